import 'server-only';
import { and, count, countDistinct, eq, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { idsOf } from '@/db/queries/aggregate';
import { withinYear } from '@/db/queries/within-year';
import { commitmentLetters, integrityAspects, integrityItems, integrityMeetings, meetings, talks } from '@/db/schema';
import { letterCounterpartKinds } from '@/lib/service/model';

/** A figure of the duty report: how many, and which records (ids) it counts. */
export type Figure = { count: number; ids: number[] };

export type LetterKindFigure = Figure & { kind: string; counterparts: number };

export type IntegrityCounts = {
  aspects: Figure;
  items: Figure;
  /** Every letter, and per kind of counterpart (in the app's order) the letters and the distinct counterparts signed with. */
  letters: Figure & { counterparts: number; byKind: LetterKindFigure[] };
  /** 廉政谈话 (talks of kind 'integrity'). */
  talks: Figure;
  /** Held meetings linked as special meetings on clean government. */
  meetings: Figure;
};

const kindRank = (kind: string) => (letterCounterpartKinds as readonly string[]).indexOf(kind);

/**
 * A year of clean-government work of a branch in numbers, each with the ids behind it: one aggregate
 * query per figure (COUNT and the ids collected by SQLite), never a walk over the records.
 */
export function integrityCountsForYear(branchId: number, year: number): IntegrityCounts {
  const liveAspects = and(
    eq(integrityAspects.branchId, branchId),
    eq(integrityAspects.year, year),
    isNull(integrityAspects.deletedAt),
  );

  const aspects = db
    .select({ count: count(), ids: idsOf(integrityAspects.id) })
    .from(integrityAspects)
    .where(liveAspects)
    .get()!;

  const items = db
    .select({ count: count(), ids: idsOf(integrityItems.id) })
    .from(integrityItems)
    .innerJoin(integrityAspects, eq(integrityAspects.id, integrityItems.aspectId))
    .where(and(liveAspects, isNull(integrityItems.deletedAt)))
    .get()!;

  const liveLetters = and(
    eq(commitmentLetters.branchId, branchId),
    isNull(commitmentLetters.deletedAt),
    withinYear(commitmentLetters.date, year),
  );
  const letters = db
    .select({
      count: count(),
      counterparts: countDistinct(commitmentLetters.counterpart),
      ids: idsOf(commitmentLetters.id),
    })
    .from(commitmentLetters)
    .where(liveLetters)
    .get()!;
  const byKind = db
    .select({
      kind: commitmentLetters.counterpartKind,
      count: count(),
      counterparts: countDistinct(commitmentLetters.counterpart),
      ids: idsOf(commitmentLetters.id),
    })
    .from(commitmentLetters)
    .where(liveLetters)
    .groupBy(commitmentLetters.counterpartKind)
    .all()
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind));

  const integrityTalks = db
    .select({ count: count(), ids: idsOf(talks.id) })
    .from(talks)
    .where(
      and(
        eq(talks.branchId, branchId),
        eq(talks.kind, 'integrity'),
        isNull(talks.deletedAt),
        withinYear(talks.date, year),
      ),
    )
    .get()!;

  const linkedMeetings = db
    .select({ count: count(), ids: idsOf(meetings.id) })
    .from(integrityMeetings)
    .innerJoin(meetings, eq(meetings.id, integrityMeetings.meetingId))
    .where(
      and(
        eq(integrityMeetings.branchId, branchId),
        eq(meetings.branchId, branchId),
        eq(meetings.status, 'held'),
        isNull(meetings.deletedAt),
        withinYear(meetings.date, year),
      ),
    )
    .get()!;

  return { aspects, items, letters: { ...letters, byKind }, talks: integrityTalks, meetings: linkedMeetings };
}
