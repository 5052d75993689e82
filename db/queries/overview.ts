import 'server-only';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { db } from '@/db';
import { listDevelopmentRecords } from '@/db/queries/development';
import { duesLedger } from '@/db/queries/dues';
import { expectedAttendee } from '@/db/queries/expected-attendee';
import { overdue } from '@/db/queries/rectification';
import { currentIn, inBranch, liveIn, type SubtreeScope } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import {
  branches,
  meetingAttendance,
  meetingKinds,
  meetings,
  partyGroups,
  people,
  rectificationItems,
  reports,
} from '@/db/schema';
import { nextDeadlines } from '@/lib/development/rules';
import { monthOf } from '@/lib/dues/month';
import { duesTotals } from '@/lib/dues/summary';
import { complianceCalendar, frequencyRulesOf, type HeldMeeting } from '@/lib/meetings/compliance';
import { complianceCounts, monthStates } from '@/lib/overview/compliance-summary';
import type { BranchFacts } from '@/lib/overview/facts';

/** Rows grouped by their branch id. */
function byBranch<T extends { branchId: number }>(rows: T[]): (branchId: number) => T[] {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(row.branchId, [...(groups.get(row.branchId) ?? []), row]);
  return (branchId) => groups.get(branchId) ?? [];
}

function meetingRules(scope: SubtreeScope) {
  const kinds = byBranch(
    db
      .select({
        branchId: meetingKinds.branchId,
        id: meetingKinds.id,
        name: meetingKinds.name,
        period: meetingKinds.period,
        minCount: meetingKinds.minCount,
        perGroup: meetingKinds.perGroup,
      })
      .from(meetingKinds)
      .where(currentIn(meetingKinds, scope))
      .orderBy(meetingKinds.sortOrder, meetingKinds.id)
      .all(),
  );
  const groups = byBranch(
    db
      .select({ branchId: partyGroups.branchId, id: partyGroups.id, name: partyGroups.name })
      .from(partyGroups)
      .where(currentIn(partyGroups, scope))
      .orderBy(partyGroups.sortOrder, partyGroups.id)
      .all(),
  );
  return (branchId: number) => frequencyRulesOf(kinds(branchId), groups(branchId));
}

function heldMeetings(scope: SubtreeScope, year: number) {
  return byBranch<HeldMeeting & { branchId: number }>(
    db
      .select({
        branchId: meetings.branchId,
        id: meetings.id,
        kindId: meetings.kindId,
        date: meetings.date,
        groupId: meetings.groupId,
      })
      .from(meetings)
      .where(and(liveIn(meetings, scope), eq(meetings.status, 'held'), withinYear(meetings.date, year)))
      .all(),
  );
}

/** 出席 and 应到 at the held meetings of the year, per branch: the `attendance` figure's count, grouped. */
function attendance(scope: SubtreeScope, year: number) {
  const rows = db
    .select({
      branchId: meetings.branchId,
      present: sql<number>`count(*) filter (where ${meetingAttendance.status} = 'present')`,
      expected: sql<number>`count(*)`,
    })
    .from(meetingAttendance)
    .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .innerJoin(people, eq(people.id, meetingAttendance.personId))
    .where(and(liveIn(meetings, scope), eq(meetings.status, 'held'), withinYear(meetings.date, year), expectedAttendee))
    .groupBy(meetings.branchId)
    .all();
  return new Map(rows.map((r) => [r.branchId, r]));
}

function rectification(scope: SubtreeScope, today: string) {
  const rows = db
    .select({
      branchId: rectificationItems.branchId,
      open: sql<number>`count(*)`,
      overdue: sql<number>`count(*) filter (where ${overdue(today)})`,
    })
    .from(rectificationItems)
    .where(and(liveIn(rectificationItems, scope), ne(rectificationItems.state, 'checked_off')))
    .groupBy(rectificationItems.branchId)
    .all();
  return new Map(rows.map((r) => [r.branchId, r]));
}

const pipeline = ['applicant', 'activist', 'candidate', 'probationary'] as const;

function developmentStages(scope: SubtreeScope) {
  const rows = db
    .select({ branchId: people.branchId, status: people.politicalStatus, n: sql<number>`count(*)` })
    .from(people)
    .where(and(currentIn(people, scope), inArray(people.politicalStatus, [...pipeline])))
    .groupBy(people.branchId, people.politicalStatus)
    .all();
  return byBranch(rows);
}

function overdueSteps(scope: SubtreeScope, today: string) {
  const counts = new Map<number, number>();
  for (const record of listDevelopmentRecords(scope)) {
    const late = nextDeadlines(
      { birthDate: record.birthDate, idNumber: record.idNumber, steps: record.steps },
      today,
    ).filter((d) => d.kind === 'deadline' && d.due < today).length;
    if (late) counts.set(record.branchId, (counts.get(record.branchId) ?? 0) + late);
  }
  return counts;
}

function reportStates(scope: SubtreeScope, year: number) {
  const rows = db
    .select({ branchId: reports.branchId, id: reports.id, status: reports.status, grade: reports.grade })
    .from(reports)
    .where(and(inBranch(reports, scope), eq(reports.year, year)))
    .all();
  return new Map(rows.map((r) => [r.branchId, r]));
}

/** On-time rate of dues so far this year, for branches that keep their dues here (null otherwise). */
function dues(scope: SubtreeScope, year: number, today: string) {
  const current = monthOf(today);
  const through = `${year}-12` < current ? `${year}-12` : current;
  if (`${year}-01` > current) return new Map<number, ReturnType<typeof duesTotals>>();
  const ledger = byBranch(duesLedger(scope, { from: `${year}-01`, to: through }));
  const result = new Map<number, ReturnType<typeof duesTotals>>();
  for (const branchId of scope.subtreeBranchIds) {
    const rows = ledger(branchId);
    if (rows.some((r) => r.facts.bases.length > 0)) result.set(branchId, duesTotals(rows, through));
  }
  return result;
}

/**
 * This year's key facts of every branch beneath an organisation: a handful of queries over the whole
 * subtree, grouped by branch, whatever its size (never a query per branch).
 */
export function overviewFacts(subtree: SubtreeScope, year: number, today: string): BranchFacts[] {
  const scope = subtree;
  const branchRows = db
    .select({ id: branches.id, recordsFrom: branches.recordsFrom, setupDoneOn: branches.setupDoneOn })
    .from(branches)
    .where(inArray(branches.id, scope.subtreeBranchIds.length ? [...scope.subtreeBranchIds] : [0]))
    .all();
  const rules = meetingRules(scope);
  const held = heldMeetings(scope, year);
  const present = attendance(scope, year);
  const open = rectification(scope, today);
  const stages = developmentStages(scope);
  const late = overdueSteps(scope, today);
  const report = reportStates(scope, year);
  const duesOf = dues(scope, year, today);

  return branchRows.map((branch) => {
    const calendar = complianceCalendar(rules(branch.id), held(branch.id), year, today, branch.recordsFrom);
    const seen = present.get(branch.id);
    const stageCounts = Object.fromEntries(pipeline.map((s) => [s, 0])) as Record<(typeof pipeline)[number], number>;
    for (const row of stages(branch.id)) stageCounts[row.status as (typeof pipeline)[number]] = row.n;
    const totals = duesOf.get(branch.id);
    return {
      branchId: branch.id,
      setupPending: branch.setupDoneOn === null,
      compliance: complianceCounts(calendar),
      months: monthStates(calendar, today),
      attendance: { present: seen?.present ?? 0, expected: seen?.expected ?? 0 },
      rectification: { open: open.get(branch.id)?.open ?? 0, overdue: open.get(branch.id)?.overdue ?? 0 },
      development: { ...stageCounts, overdueSteps: late.get(branch.id) ?? 0 },
      report: report.get(branch.id) ?? null,
      dues: totals ? { members: totals.members, onTime: totals.onTime } : null,
    };
  });
}
