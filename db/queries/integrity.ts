import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { inBranch, live, liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import {
  attachments,
  commitmentLetters,
  integrityAspects,
  integrityItems,
  integrityMeetings,
  meetingKinds,
  meetings,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { commitmentLetterEntity } from '@/lib/integrity/model';

/** The year's 主体责任清单 of the caller's branch: aspects in order, each with its items in order. */
export function responsibilityList(user: SessionUser, year: number) {
  const aspects = db
    .select({ id: integrityAspects.id, version: integrityAspects.version, title: integrityAspects.title })
    .from(integrityAspects)
    .where(and(liveIn(integrityAspects, user), eq(integrityAspects.year, year)))
    .orderBy(asc(integrityAspects.sortOrder), asc(integrityAspects.id))
    .all();
  const items =
    aspects.length === 0
      ? []
      : db
          .select({
            id: integrityItems.id,
            version: integrityItems.version,
            aspectId: integrityItems.aspectId,
            content: integrityItems.content,
            responsible: integrityItems.responsible,
          })
          .from(integrityItems)
          .where(
            and(
              inArray(
                integrityItems.aspectId,
                aspects.map((a) => a.id),
              ),
              live(integrityItems),
            ),
          )
          .orderBy(asc(integrityItems.sortOrder), asc(integrityItems.id))
          .all();
  return aspects.map((aspect) => ({ ...aspect, items: items.filter((i) => i.aspectId === aspect.id) }));
}

export type ResponsibilityAspect = ReturnType<typeof responsibilityList>[number];

const letterColumns = {
  id: commitmentLetters.id,
  version: commitmentLetters.version,
  date: commitmentLetters.date,
  title: commitmentLetters.title,
  signer: commitmentLetters.signer,
  counterpartKind: commitmentLetters.counterpartKind,
  counterpart: commitmentLetters.counterpart,
};

/** The year's commitment letters, by date, each with how many scans it has. */
export function listCommitmentLetters(user: SessionUser, year: number) {
  const scans = db
    .select({ entityId: attachments.entityId, scans: count().as('scans') })
    .from(attachments)
    .where(and(liveIn(attachments, user), eq(attachments.entity, commitmentLetterEntity)))
    .groupBy(attachments.entityId)
    .as('letter_scans');
  return db
    .select({ ...letterColumns, scans: scans.scans })
    .from(commitmentLetters)
    .leftJoin(scans, eq(scans.entityId, commitmentLetters.id))
    .where(and(liveIn(commitmentLetters, user), withinYear(commitmentLetters.date, year)))
    .orderBy(asc(commitmentLetters.date), asc(commitmentLetters.id))
    .all()
    .map((letter) => ({ ...letter, scans: letter.scans ?? 0 }));
}

export type LetterRow = ReturnType<typeof listCommitmentLetters>[number];

/** One letter of the caller's branch with its scans, or null. */
export function getCommitmentLetter(user: SessionUser, id: number) {
  const letter = db
    .select(letterColumns)
    .from(commitmentLetters)
    .where(and(eq(commitmentLetters.id, id), liveIn(commitmentLetters, user)))
    .get();
  if (!letter) return null;
  const files = db
    .select({ id: attachments.id, fileName: attachments.fileName, size: attachments.size })
    .from(attachments)
    .where(and(eq(attachments.entity, commitmentLetterEntity), eq(attachments.entityId, id), live(attachments)))
    .orderBy(asc(attachments.id))
    .all();
  return { ...letter, attachments: files };
}

const meetingColumns = {
  meetingId: meetings.id,
  date: meetings.date,
  kindName: meetingKinds.name,
  topic: meetings.topic,
  place: meetings.place,
};

const heldInYear = (user: SessionUser, year: number) =>
  and(liveIn(meetings, user), eq(meetings.status, 'held'), withinYear(meetings.date, year));

/** The year's held meetings linked as special meetings on clean government, by date. */
export function listIntegrityMeetings(user: SessionUser, year: number) {
  return db
    .select({ linkId: integrityMeetings.id, ...meetingColumns })
    .from(integrityMeetings)
    .innerJoin(meetings, eq(meetings.id, integrityMeetings.meetingId))
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .where(and(inBranch(integrityMeetings, user), heldInYear(user, year)))
    .orderBy(asc(meetings.date), asc(meetings.id))
    .all();
}

export type IntegrityMeetingRow = ReturnType<typeof listIntegrityMeetings>[number];

/** The year's held meetings not linked yet, newest first: what the committee may pick from. */
export function listLinkableMeetings(user: SessionUser, year: number) {
  return db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .leftJoin(integrityMeetings, eq(integrityMeetings.meetingId, meetings.id))
    .where(and(heldInYear(user, year), isNull(integrityMeetings.id)))
    .orderBy(desc(meetings.date), desc(meetings.id))
    .all();
}
