import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { withDisciplines } from '@/db/queries/discipline-periods';
import { developmentPersonColumns } from '@/db/queries/people-columns';
import { currentIn, inBranch } from '@/db/queries/scope';
import { branches, developmentRecords, developmentStepRecords, meetings, partyGroups, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso, todayIso } from '@/lib/clock';
import { checkBackfill, isBackfillStatus } from '@/lib/development/backfill';
import { findingsByField } from '@/lib/development/rule-fields';
import {
  type CheckContext,
  checkStep,
  type DevelopmentHistory,
  type DevelopmentPerson,
  type StepRecord,
} from '@/lib/development/rules';
import { checkStop, membershipFromSteps, stopKind } from '@/lib/development/status';
import { developmentSteps, type RuleFinding, stepNumber } from '@/lib/development/steps';
import type { BackfillDevelopmentInput, RecordStepInput } from '@/lib/development/validation';
import { ActionError, ConflictError, notFoundMessage } from '@/lib/errors';
import type { PoliticalStatus } from '@/lib/people/model';

/** Refuses a date (a correction, a stop, the first step) with every finding. */
function refuse(errors: RuleFinding[]): never {
  throw new ActionError(errors.map((e) => e.message).join('；'), { date: errors.map((e) => e.message) });
}

/** Refuses a step with every finding, each under the field its rule is about (the vote, the hours … or the date). */
function refuseStep(errors: RuleFinding[]): never {
  throw new ActionError(errors.map((e) => e.message).join('；'), findingsByField(errors));
}

/** What the rules engine needs besides the history: today, the branch's 公示 period, the people a step names. */
export function ruleContext(tx: Transaction, user: SessionUser, named?: Map<number, DevelopmentPerson>): CheckContext {
  const branch = tx
    .select({ noticeWorkingDays: branches.developmentNoticeWorkingDays })
    .from(branches)
    .where(eq(branches.id, user.branchId))
    .get();
  return { today: todayIso(), noticeWorkingDays: branch?.noticeWorkingDays, people: named };
}

/** A record of the caller's branch with its person and steps, as the rules engine reads them. */
export function loadHistory(tx: Transaction, user: SessionUser, recordId: number) {
  const record = tx
    .select({
      id: developmentRecords.id,
      version: developmentRecords.version,
      personId: developmentRecords.personId,
      stoppedAt: developmentRecords.stoppedAt,
      ...developmentPersonColumns,
    })
    .from(developmentRecords)
    .innerJoin(people, eq(people.id, developmentRecords.personId))
    .where(and(eq(developmentRecords.id, recordId), inBranch(developmentRecords, user)))
    .get();
  if (!record) throw new ActionError(notFoundMessage);
  const steps = tx
    .select({
      id: developmentStepRecords.id,
      code: developmentStepRecords.code,
      date: developmentStepRecords.date,
      data: developmentStepRecords.data,
    })
    .from(developmentStepRecords)
    .where(eq(developmentStepRecords.recordId, recordId))
    .orderBy(asc(developmentStepRecords.date), asc(developmentStepRecords.id))
    .all();
  const history: DevelopmentHistory = {
    birthDate: record.birthDate,
    idNumber: record.idNumber,
    steps,
    stoppedAt: record.stoppedAt,
  };
  return { record, steps, history };
}

type Loaded = ReturnType<typeof loadHistory>;

/** The loaded record's person, as syncMembership takes it. */
function personOf(record: Loaded['record']) {
  return { ...record, id: record.personId };
}

/** The fields of a step's data that name people of the branch. */
const personFields = { talkerId: '谈话人', contactIds: '培养联系人', introducerIds: '入党介绍人' } as const;

/**
 * Everyone named in a step (talker, contacts, introducers), as the rules engine needs them. Whatever
 * the step, a name that is not a person of the branch is refused, against its field.
 */
function namedPeople(tx: Transaction, user: SessionUser, data: Record<string, unknown>) {
  const idsOf = (field: keyof typeof personFields) =>
    [data[field]].flat().filter((id): id is number => typeof id === 'number');
  const ids = Object.keys(personFields).flatMap((field) => idsOf(field as keyof typeof personFields));
  const map = new Map<number, DevelopmentPerson>();
  if (ids.length === 0) return map;
  const rows = tx
    .select({ id: people.id, name: people.name, politicalStatus: people.politicalStatus })
    .from(people)
    .where(and(inArray(people.id, ids), inBranch(people, user)))
    .all();
  for (const row of withDisciplines(tx, user, rows)) map.set(row.id, row);
  for (const [field, label] of Object.entries(personFields)) {
    if (idsOf(field as keyof typeof personFields).some((id) => !map.has(id))) {
      throw new ActionError(`${label}不在本支部名册中`, { [field]: ['请选择本支部的人员'] });
    }
  }
  return map;
}

/**
 * Makes the person's status and membership dates agree with the recorded steps. A change bumps the
 * person's version, so a roster form opened before it is refused as stale rather than misled.
 */
export function syncMembership(
  tx: Transaction,
  person: {
    id: number;
    politicalStatus: PoliticalStatus;
    probationaryDate?: string | null;
    fullMemberDate?: string | null;
  },
  history: DevelopmentHistory,
) {
  const derived = membershipFromSteps(history, person.politicalStatus);
  const changed =
    derived.politicalStatus !== person.politicalStatus ||
    derived.probationaryDate !== (person.probationaryDate ?? null) ||
    derived.fullMemberDate !== (person.fullMemberDate ?? null);
  if (changed) {
    tx.update(people)
      .set({ ...derived, version: sql`${people.version} + 1`, updatedAt: nowIso() })
      .where(eq(people.id, person.id))
      .run();
  }
  return derived;
}

/** A person of the caller's branch as a new development record starts from them, and whether they have one already. */
function personToRecord(tx: Transaction, user: SessionUser, personId: number) {
  const person = tx
    .select({
      id: people.id,
      version: people.version,
      archivedAt: people.archivedAt,
      ...developmentPersonColumns,
    })
    .from(people)
    .where(and(eq(people.id, personId), inBranch(people, user)))
    .get();
  if (!person) throw new ActionError(notFoundMessage);
  const existing = tx
    .select({ id: developmentRecords.id })
    .from(developmentRecords)
    .where(eq(developmentRecords.personId, person.id))
    .get();
  return { person, hasRecord: existing !== undefined };
}

/** A new record with its first steps (each with the warnings it was checked with), the person's status following them. */
function insertRecord(
  tx: Transaction,
  user: SessionUser,
  person: ReturnType<typeof personToRecord>['person'],
  steps: (StepRecord & { warnings: RuleFinding[] })[],
) {
  const record = tx
    .insert(developmentRecords)
    .values({ branchId: user.branchId, personId: person.id })
    .returning()
    .get();
  tx.insert(developmentStepRecords)
    .values(
      steps.map((step) => ({ recordId: record.id, branchId: user.branchId, ...step, recordedBy: user.accountId })),
    )
    .run();
  const derived = syncMembership(tx, person, { birthDate: person.birthDate, idNumber: person.idNumber, steps });
  return { record, derived };
}

export function startDevelopment(user: SessionUser, input: { personId: number; date: string }): number {
  return writeWithAudit(user, (tx, audit) => {
    const { person, hasRecord } = personToRecord(tx, user, input.personId);
    if (person.politicalStatus !== 'masses' && person.politicalStatus !== 'applicant') {
      throw new ActionError('只有群众或入党申请人可以开始发展记录');
    }
    if (hasRecord) throw new ActionError('此人已有发展记录');
    const step = { code: 'application' as const, date: input.date };
    const check = checkStep(
      { birthDate: person.birthDate, idNumber: person.idNumber, steps: [] },
      step,
      ruleContext(tx, user),
    );
    if (check.errors.length) refuse(check.errors);

    const { record, derived } = insertRecord(tx, user, person, [{ ...step, warnings: check.warnings }]);
    audit({
      action: 'development.start',
      entity: 'development_records',
      entityId: record.id,
      after: { personId: person.id, ...step, warnings: check.warnings, ...derived },
    });
    return record.id;
  });
}

/**
 * 补录发展过程 for someone whose development began before the branch kept it here (an imported 预备党员,
 * 发展对象, 积极分子 or 申请人): the dates their status asks for become steps marked as 补录, checked by
 * the same rules, so the deadlines that follow from them (转正, 确定发展对象 …) are reminded.
 */
export function backfillDevelopment(user: SessionUser, input: BackfillDevelopmentInput): number {
  return writeWithAudit(user, (tx, audit) => {
    const { person, hasRecord } = personToRecord(tx, user, input.personId);
    if (person.archivedAt) throw new ActionError(notFoundMessage);
    if (person.version !== input.version) throw new ConflictError();
    const status = person.politicalStatus;
    if (!isBackfillStatus(status))
      throw new ActionError('只有入党申请人、积极分子、发展对象和预备党员需要补录发展过程');
    if (hasRecord) throw new ActionError('此人已有发展记录，请在发展过程中逐步记录');

    const { errors, steps } = checkBackfill(status, input.dates, person, ruleContext(tx, user));
    if (errors.length) {
      const fields: Record<string, string[]> = {};
      for (const e of errors) fields[e.code] = [...(fields[e.code] ?? []), e.message];
      throw new ActionError(errors.map((e) => e.message).join('；'), fields);
    }
    const { record, derived } = insertRecord(tx, user, person, steps);
    audit({
      action: 'development.backfill',
      entity: 'development_records',
      entityId: record.id,
      after: { personId: person.id, steps, ...derived },
    });
    return record.id;
  });
}

/**
 * The 党小组 第19步 places the new member in: one of the branch's current groups, required when the
 * branch has any. null when it has none (the person stays without a group).
 */
function groupToPlaceIn(tx: Transaction, user: SessionUser, groupId: unknown): number | null {
  const groups = tx.select({ id: partyGroups.id }).from(partyGroups).where(currentIn(partyGroups, user)).all();
  if (groupId === undefined || groupId === null) {
    if (groups.length === 0) return null;
    throw new ActionError('请选择编入的党小组', { groupId: ['请选择党小组'] });
  }
  if (!groups.some((g) => g.id === groupId)) {
    throw new ActionError('所选党小组不属于本支部', { groupId: ['请选择本支部的党小组'] });
  }
  return groupId as number;
}

/**
 * Writes the person's 党小组, bumping their version so a roster form opened before is refused as stale.
 * Returns the group they were in, or undefined when they were in this one already.
 */
function placeInGroup(tx: Transaction, personId: number, groupId: number): { groupId: number | null } | undefined {
  const before = tx.select({ groupId: people.groupId }).from(people).where(eq(people.id, personId)).get();
  if (!before || before.groupId === groupId) return undefined;
  tx.update(people)
    .set({ groupId, version: sql`${people.version} + 1`, updatedAt: nowIso() })
    .where(eq(people.id, personId))
    .run();
  return before;
}

export function recordStep(user: SessionUser, input: RecordStepInput): { warnings: RuleFinding[]; step: string } {
  return writeWithAudit(user, (tx, audit) => {
    const { record, history } = loadHistory(tx, user, input.recordId);
    if (record.stoppedAt) throw new ActionError('该发展记录已终止');
    if (input.meetingId) {
      const meeting = tx
        .select({ id: meetings.id })
        .from(meetings)
        .where(and(eq(meetings.id, input.meetingId), inBranch(meetings, user)))
        .get();
      if (!meeting) throw new ActionError('所选会议不属于本支部', { meetingId: ['请选择本支部的会议'] });
    }
    const named = namedPeople(tx, user, input.data);
    const step = { code: input.code, date: input.date, data: input.data };
    const check = checkStep(history, step, ruleContext(tx, user, named));
    if (check.errors.length) refuseStep(check.errors);
    const group = input.code === 'placed_in_group' ? groupToPlaceIn(tx, user, input.data.groupId) : null;

    const row = tx
      .insert(developmentStepRecords)
      .values({
        recordId: record.id,
        branchId: user.branchId,
        ...step,
        meetingId: input.meetingId,
        warnings: check.warnings,
        recordedBy: user.accountId,
      })
      .returning()
      .get();
    const derived = syncMembership(tx, personOf(record), { ...history, steps: [...history.steps, step] });
    const placed = group === null ? undefined : placeInGroup(tx, record.personId, group);
    if (placed) {
      audit({
        action: 'development.place_in_group',
        entity: 'people',
        entityId: record.personId,
        before: placed,
        after: { groupId: group },
      });
    }
    audit({
      action: 'development.record_step',
      entity: 'development_steps',
      entityId: row.id,
      after: { personId: record.personId, step: stepNumber(input.code), ...step, warnings: check.warnings, ...derived },
    });
    return {
      warnings: check.warnings,
      step: `第${stepNumber(input.code)}步「${developmentSteps[stepNumber(input.code) - 1].name}」`,
    };
  });
}

/**
 * Corrects a recorded date, with a reason. The whole history is checked again with the corrected date,
 * step by step, so a correction cannot break a rule (order, age, the year as activist, deadlines …) that
 * recording the step would have refused; the change and its reason are audited.
 */
export function correctStepDate(
  user: SessionUser,
  input: { id: number; version: number; date: string; reason: string },
): void {
  writeWithAudit(user, (tx, audit) => {
    const current = tx
      .select({ recordId: developmentStepRecords.recordId })
      .from(developmentStepRecords)
      .where(and(eq(developmentStepRecords.id, input.id), inBranch(developmentStepRecords, user)))
      .get();
    if (!current) throw new ActionError(notFoundMessage);
    const { record, steps, history } = loadHistory(tx, user, current.recordId);
    const position = (code: string) => developmentSteps.findIndex((d) => d.code === code);
    const corrected = steps
      .map((s) => (s.id === input.id ? { ...s, date: input.date } : s))
      .sort((a, b) => position(a.code) - position(b.code) || a.date.localeCompare(b.date));
    const context = ruleContext(tx, user, namedPeople(tx, user, Object.assign({}, ...corrected.map((s) => s.data))));
    const replayed: typeof corrected = [];
    let warnings: RuleFinding[] = [];
    for (const step of corrected) {
      const check = checkStep({ ...history, steps: replayed }, step, context);
      if (check.errors.length) refuse(check.errors);
      if (step.id === input.id) warnings = check.warnings;
      replayed.push(step);
    }
    const { before, after } = updateVersioned(
      tx,
      developmentStepRecords,
      { id: input.id, version: input.version, branchId: user.branchId },
      { date: input.date, warnings },
    );
    const derived = syncMembership(tx, personOf(record), { ...history, steps: corrected });
    audit({
      action: 'development.correct_date',
      entity: 'development_steps',
      entityId: input.id,
      before,
      after: { ...after, reason: input.reason, ...derived },
    });
  });
}

/**
 * Writes the stop of a record the rules allow (checkStop) and makes the person 群众 again, checking the
 * record's version. Returns what changed, for the caller's audit entry.
 */
export function applyStop(
  tx: Transaction,
  user: SessionUser,
  { record, history }: Loaded,
  stop: { version: number; date: string; reason: string },
) {
  const { before, after } = updateVersioned(
    tx,
    developmentRecords,
    { id: record.id, version: stop.version, branchId: user.branchId },
    {
      stoppedAt: stop.date,
      stopReason: stop.reason,
    },
  );
  const derived = syncMembership(tx, personOf(record), { ...history, stoppedAt: stop.date });
  return { before, after: { ...after, personId: record.personId, ...derived } };
}

/**
 * 终止发展 (moved away, gave up, not approved) or 取消预备党员资格, with a date and a reason: no further
 * step can be recorded and the person is 群众 again. A full member's record cannot be stopped.
 */
export function stopDevelopment(
  user: SessionUser,
  input: { recordId: number; version: number; date: string; reason: string },
): string {
  return writeWithAudit(user, (tx, audit) => {
    const loaded = loadHistory(tx, user, input.recordId);
    const errors = checkStop(loaded.history, input.date, todayIso());
    if (errors.length) refuse(errors);
    const { before, after } = applyStop(tx, user, loaded, input);
    audit({ action: 'development.stop', entity: 'development_records', entityId: input.recordId, before, after });
    return stopKind(loaded.history);
  });
}

/** The branch's 公示 period for development candidates, in working days (0: not checked). */
export function updateNoticePeriod(user: SessionUser, input: { version: number; noticeWorkingDays: number }): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      branches,
      { id: user.branchId, branchId: user.branchId, version: input.version },
      {
        developmentNoticeWorkingDays: input.noticeWorkingDays,
      },
    );
    audit({ action: 'development.notice_period', entity: 'branches', entityId: user.branchId, before, after });
  });
}
