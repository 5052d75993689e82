import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db';
import { developmentPersonColumns } from '@/db/queries/people-columns';
import { currentIn, inBranch, live, type Scope } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import {
  attachments,
  branches,
  developmentRecords,
  developmentStepRecords,
  meetings,
  partyGroups,
  people,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { backfillStatuses } from '@/lib/development/backfill';

/** Every open development record of the branch with its steps: two queries, grouped here. */
export function listDevelopmentRecords(scope: Scope) {
  const records = db
    .select({
      id: developmentRecords.id,
      branchId: developmentRecords.branchId,
      personId: people.id,
      name: people.name,
      ...developmentPersonColumns,
    })
    .from(developmentRecords)
    .innerJoin(people, eq(people.id, developmentRecords.personId))
    .where(and(inBranch(developmentRecords, scope), isNull(developmentRecords.stoppedAt), isNull(people.archivedAt)))
    .orderBy(asc(people.id))
    .all();
  const steps = db
    .select({
      recordId: developmentStepRecords.recordId,
      code: developmentStepRecords.code,
      date: developmentStepRecords.date,
      data: developmentStepRecords.data,
    })
    .from(developmentStepRecords)
    .where(inBranch(developmentStepRecords, scope))
    .orderBy(asc(developmentStepRecords.date), asc(developmentStepRecords.id))
    .all();
  const byRecord = new Map<number, typeof steps>();
  for (const step of steps) byRecord.set(step.recordId, [...(byRecord.get(step.recordId) ?? []), step]);
  return records.map((r) => ({ ...r, steps: byRecord.get(r.id) ?? [] }));
}

export type DevelopmentListRow = ReturnType<typeof listDevelopmentRecords>[number];

/** One person's record with every step as recorded (warnings, linked meeting), or null. */
export function getDevelopment(user: SessionUser, personId: number) {
  const record = db
    .select({
      id: developmentRecords.id,
      version: developmentRecords.version,
      stoppedAt: developmentRecords.stoppedAt,
      stopReason: developmentRecords.stopReason,
      personId: people.id,
      name: people.name,
      ...developmentPersonColumns,
      groupId: people.groupId,
    })
    .from(developmentRecords)
    .innerJoin(people, eq(people.id, developmentRecords.personId))
    .where(and(eq(developmentRecords.personId, personId), inBranch(developmentRecords, user)))
    .get();
  if (!record) return null;
  const steps = db
    .select({
      id: developmentStepRecords.id,
      version: developmentStepRecords.version,
      code: developmentStepRecords.code,
      date: developmentStepRecords.date,
      data: developmentStepRecords.data,
      warnings: developmentStepRecords.warnings,
      meetingId: developmentStepRecords.meetingId,
      meetingTopic: meetings.topic,
    })
    .from(developmentStepRecords)
    .leftJoin(meetings, eq(meetings.id, developmentStepRecords.meetingId))
    .where(eq(developmentStepRecords.recordId, record.id))
    .orderBy(asc(developmentStepRecords.date), asc(developmentStepRecords.id))
    .all();
  const files = db
    .select({
      id: attachments.id,
      stepId: attachments.entityId,
      fileName: attachments.fileName,
      size: attachments.size,
    })
    .from(attachments)
    .innerJoin(developmentStepRecords, eq(developmentStepRecords.id, attachments.entityId))
    .where(
      and(
        eq(attachments.entity, 'development_steps'),
        eq(developmentStepRecords.recordId, record.id),
        live(attachments),
      ),
    )
    .orderBy(asc(attachments.id))
    .all();
  return { ...record, steps: steps.map((s) => ({ ...s, files: files.filter((f) => f.stepId === s.id) })) };
}

export type DevelopmentDetail = NonNullable<ReturnType<typeof getDevelopment>>;

/** Every 党小组 of the branch by id, dissolved ones too: the names the recorded 第19步 show. */
export function groupNamesOf(user: SessionUser): Map<number, string> {
  const rows = db
    .select({ id: partyGroups.id, name: partyGroups.name })
    .from(partyGroups)
    .where(inBranch(partyGroups, user))
    .all();
  return new Map(rows.map((g) => [g.id, g.name]));
}

/** People who may start a development record: masses and applicants without one. */
export function listDevelopmentCandidates(user: SessionUser) {
  return db
    .select({ id: people.id, name: people.name, politicalStatus: people.politicalStatus })
    .from(people)
    .leftJoin(developmentRecords, eq(developmentRecords.personId, people.id))
    .where(and(currentIn(people, user), isNull(developmentRecords.id)))
    .all()
    .filter((p) => p.politicalStatus === 'masses' || p.politicalStatus === 'applicant');
}

/**
 * People whose status implies a development history that is not kept here yet (an imported 预备党员,
 * 发展对象, 积极分子 or 申请人 without a record): the ones to offer 补录发展过程. With `personId`, that
 * one person if they qualify.
 */
export function listBackfillCandidates(user: SessionUser, personId?: number) {
  return db
    .select({
      id: people.id,
      version: people.version,
      name: people.name,
      politicalStatus: people.politicalStatus,
      probationaryDate: people.probationaryDate,
    })
    .from(people)
    .leftJoin(developmentRecords, eq(developmentRecords.personId, people.id))
    .where(
      and(
        currentIn(people, user),
        isNull(developmentRecords.id),
        inArray(people.politicalStatus, [...backfillStatuses]),
        personId === undefined ? undefined : eq(people.id, personId),
      ),
    )
    .orderBy(asc(people.id))
    .all();
}

export type BackfillCandidate = ReturnType<typeof listBackfillCandidates>[number];

/**
 * The year's development figures for the report, each with the people behind it: one grouped query
 * over the steps that mark a change (application, activist, candidate, admission, full membership).
 */
export function developmentCountsForYear(user: SessionUser, year: number) {
  const rows = db
    .select({
      code: developmentStepRecords.code,
      count: sql<number>`count(distinct ${developmentRecords.personId})`,
      names: sql<string>`group_concat(${people.name}, '、')`,
    })
    .from(developmentStepRecords)
    .innerJoin(developmentRecords, eq(developmentRecords.id, developmentStepRecords.recordId))
    .innerJoin(people, eq(people.id, developmentRecords.personId))
    .where(
      and(
        inBranch(developmentStepRecords, user),
        inArray(developmentStepRecords.code, [
          'application',
          'activist_confirmed',
          'candidate_confirmed',
          'admission_approved',
          'full_approved',
        ]),
        withinYear(developmentStepRecords.date, year),
      ),
    )
    .groupBy(developmentStepRecords.code)
    .all();
  return new Map(rows.map((r) => [r.code, { count: r.count, names: r.names }]));
}

/** The branch's development settings as the settings form edits them. */
export function developmentSettings(user: SessionUser) {
  return db
    .select({ version: branches.version, noticeWorkingDays: branches.developmentNoticeWorkingDays })
    .from(branches)
    .where(eq(branches.id, user.branchId))
    .get()!;
}
