import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { applyStop, loadHistory, ruleContext, syncMembership } from '@/db/mutations/development';
import { insertGroup } from '@/db/mutations/party-groups';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { withDisciplines } from '@/db/queries/discipline-periods';
import { developmentPersonColumns, privatePersonColumns, publicPersonColumns } from '@/db/queries/people-columns';
import { currentIn, inBranch, liveIn } from '@/db/queries/scope';
import { developmentRecords, developmentStepRecords, partyGroups, people, personDisciplines } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { todayIso } from '@/lib/clock';
import { fieldOfRule, type RuleField } from '@/lib/development/rule-fields';
import { checkStep, type DevelopmentHistory, type DevelopmentPerson, type StepRecord } from '@/lib/development/rules';
import { checkStop } from '@/lib/development/status';
import { stepNumber } from '@/lib/development/steps';
import { mayBeDisciplined, notAMemberMessage } from '@/lib/people/discipline';
import { privatePersonFields } from '@/lib/people/model';
import {
  type ParsedWorkbook,
  personHeader,
  type RosterPerson,
  rosterSheetName,
  stepsSheetName,
} from '@/lib/roster/columns';
import { stepDataOf } from '@/lib/roster/mapping';
import { RosterImportError, type RosterProblem } from '@/lib/roster/problems';

export type RosterImportCounts = {
  created: number;
  updated: number;
  steps: number;
  stopped: number;
  groups: number;
  disciplines: number;
};

type Report = (row: number, column: string, message: string) => void;

const existingColumns = { ...publicPersonColumns, ...privatePersonColumns };

type Existing = { [K in keyof typeof existingColumns]: (typeof people.$inferSelect)[K] };

type PersonValues = Omit<RosterPerson, 'groupName' | 'disciplines' | 'stoppedAt' | 'stopReason' | 'version'> & {
  groupId: number | null;
};

/** Status and membership dates of someone with a development record come from the steps, not the sheet. */
const membershipKeys = ['politicalStatus', 'probationaryDate', 'fullMemberDate'] as const;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Roster
// ---------------------------------------------------------------------------------------------

function applyRoster(tx: Transaction, user: SessionUser, parsed: ParsedWorkbook, report: Report) {
  const groups = new Map(
    tx
      .select({ id: partyGroups.id, name: partyGroups.name })
      .from(partyGroups)
      .where(currentIn(partyGroups, user))
      .all()
      .map((g) => [g.name, g.id]),
  );
  const existing: Existing[] = tx
    .select(existingColumns)
    .from(people)
    .where(currentIn(people, user))
    .orderBy(asc(people.id))
    .all();
  const inDevelopment = new Set(
    tx
      .select({ personId: developmentRecords.personId })
      .from(developmentRecords)
      .where(inBranch(developmentRecords, user))
      .all()
      .map((r) => r.personId),
  );
  const byIdNumber = groupBy(
    existing.filter((p) => p.idNumber),
    (p) => p.idNumber!.toUpperCase(),
  );
  const byName = groupBy(existing, (p) => p.name);
  const mayAssignTitles = can(user, 'accounts.manage');
  // Versions are those of the branch exported: in another branch's file they say nothing about ours.
  const checkVersions = parsed.branchId === user.branchId;

  /** Existing person id → the sheet row it was matched to. */
  const claimed = new Map<number, number>();
  /** Sheet name → person id, for the steps sheet. */
  const personIdByName = new Map<string, number>();
  let created = 0;
  let updated = 0;

  /** The existing person a row stands for: by ID number, else by name; a problem when that is not clear. */
  function match(row: ParsedWorkbook['people'][number]): Existing | null | 'problem' {
    if (row.idNumber) {
      const hits = byIdNumber.get(row.idNumber) ?? [];
      if (hits.length > 1) {
        report(
          row.row,
          '身份证号',
          `本支部有 ${hits.length} 人（${hits.map((p) => p.name).join('、')}）使用这个身份证号，请先在党员名册中核对`,
        );
        return 'problem';
      }
      if (hits.length === 1) return hits[0];
    }
    const hits = byName.get(row.name) ?? [];
    if (hits.length > 1) {
      report(
        row.row,
        '姓名',
        `本支部有 ${hits.length} 名叫「${row.name}」的人员，无法确定是哪一位：请填写身份证号以区分`,
      );
      return 'problem';
    }
    if (hits.length === 0) return null;
    const person = hits[0];
    if (row.idNumber && person.idNumber && person.idNumber.toUpperCase() !== row.idNumber) {
      report(
        row.row,
        '身份证号',
        `本支部已有「${row.name}」，但身份证号与此行不同：如为同一人，请核对身份证号；如为同名的另一人，请先在党员名册中录入`,
      );
      return 'problem';
    }
    return person;
  }

  for (const row of parsed.people) {
    const {
      row: rowNumber,
      groupName,
      disciplines: _disciplines,
      stoppedAt: _stoppedAt,
      stopReason: _stopReason,
      version,
      ...fields
    } = row;
    let groupId: number | null = null;
    if (groupName !== null) {
      const id = groups.get(groupName);
      if (id === undefined) {
        report(rowNumber, '党小组', `本支部没有名为「${groupName}」的党小组`);
        continue;
      }
      groupId = id;
    }

    const person = match(row);
    if (person === 'problem') continue;
    if (person && claimed.has(person.id)) {
      report(rowNumber, '姓名', `与第${claimed.get(person.id)}行对应到同一人（${person.name}），请删除重复的行`);
      continue;
    }
    if (person && checkVersions && version !== null && version !== person.version) {
      report(
        rowNumber,
        personHeader('version'),
        `导出后此人的资料已被修改（导出时第${version}版，现为第${person.version}版），请重新导出后再修改`,
      );
      continue;
    }

    // Committee titles are the secretary's to assign; others keep what is there.
    const committeeTitle = mayAssignTitles ? fields.committeeTitle : (person?.committeeTitle ?? null);
    const values: PersonValues = { ...fields, groupId, committeeTitle };

    if (!person) {
      const inserted = tx
        .insert(people)
        .values({ ...values, branchId: user.branchId })
        .returning({ id: people.id })
        .get();
      personIdByName.set(fields.name, inserted.id);
      created++;
      continue;
    }

    claimed.set(person.id, rowNumber);
    personIdByName.set(fields.name, person.id);
    const changes: Partial<PersonValues> = {};
    for (const key of Object.keys(values) as (keyof PersonValues)[]) {
      if (inDevelopment.has(person.id) && (membershipKeys as readonly string[]).includes(key)) continue;
      // A blank private field never erases what is stored: exports made without the right to see them leave them blank.
      if ((privatePersonFields as readonly string[]).includes(key) && values[key] === null) continue;
      if (values[key] !== person[key]) (changes as Record<string, unknown>)[key] = values[key];
    }
    if (Object.keys(changes).length === 0) continue;
    updateVersioned(tx, people, { id: person.id, branchId: user.branchId, version: person.version }, changes);
    updated++;
  }
  return { personIdByName, created, updated };
}

// ---------------------------------------------------------------------------------------------
// 党纪处分
// ---------------------------------------------------------------------------------------------

/**
 * Records the 党纪处分 the roster rows list that the person does not have yet (same kind, same decision
 * date), before the steps are checked, so an introducer under 留党察看 in the file is refused too. A
 * record is never removed here. Returns how many were recorded.
 */
function applyDisciplines(
  tx: Transaction,
  user: SessionUser,
  parsed: ParsedWorkbook,
  personIdByName: Map<string, number>,
  report: Report,
): number {
  const column = personHeader('disciplines');
  const mayRecord = can(user, 'members.read_private');
  let recorded = 0;
  for (const row of parsed.people) {
    const personId = personIdByName.get(row.name);
    if (row.disciplines.length === 0 || personId === undefined) continue;
    if (!mayRecord) {
      report(row.row, column, '您无权查看和登记党纪处分，请清空此列后导入');
      continue;
    }
    if (!mayBeDisciplined(row)) {
      report(row.row, column, notAMemberMessage);
      continue;
    }
    const known = new Set(
      tx
        .select({ kind: personDisciplines.kind, decidedOn: personDisciplines.decidedOn })
        .from(personDisciplines)
        .where(and(liveIn(personDisciplines, user), eq(personDisciplines.personId, personId)))
        .all()
        .map((d) => `${d.kind} ${d.decidedOn}`),
    );
    for (const record of row.disciplines) {
      const key = `${record.kind} ${record.decidedOn}`;
      if (known.has(key)) continue;
      known.add(key);
      tx.insert(personDisciplines)
        .values({ ...record, personId, branchId: user.branchId, recordedBy: user.accountId })
        .run();
      recorded++;
    }
  }
  return recorded;
}

// ---------------------------------------------------------------------------------------------
// Development steps
// ---------------------------------------------------------------------------------------------

/** The column a refusing rule is about. */
/** The sheet's column for each field a refusing rule is about (the map from rule to field is the step form's). */
const columnOfField: Record<RuleField, string> = {
  code: '步骤序号',
  contactIds: '培养联系人',
  introducerIds: '入党介绍人',
  days: '培训天数',
  yes: '赞成',
  extensionMonths: '延长预备期（月）',
  date: '日期',
};
const columnOfRule = (rule: string) => columnOfField[fieldOfRule(rule)];

function applySteps(
  tx: Transaction,
  user: SessionUser,
  parsed: ParsedWorkbook,
  personIdByName: Map<string, number>,
  report: Report,
): number {
  // Everyone in the branch as the roster sheet left them: the people of the steps and those they name.
  const directory = withDisciplines(
    tx,
    user,
    tx
      .select({ id: people.id, name: people.name, ...developmentPersonColumns })
      .from(people)
      .where(currentIn(people, user))
      .all(),
  );
  const byId = new Map(directory.map((p) => [p.id, p]));
  const idsByName = groupBy(directory, (p) => p.name);
  const context = ruleContext(tx, user, byId as Map<number, DevelopmentPerson>);

  /** Names in a cell as person ids; unknown or ambiguous names are problems (null). */
  function idsOf(row: number, column: string, label: string, names: string[]): number[] | null {
    let ok = true;
    const ids: number[] = [];
    for (const name of names) {
      const hits = idsByName.get(name) ?? [];
      if (hits.length === 1) ids.push(hits[0].id);
      else {
        ok = false;
        report(
          row,
          column,
          hits.length
            ? `本支部有 ${hits.length} 名叫「${name}」的人员，无法确定哪一位是${label}`
            : `${label}「${name}」不在本支部名册中`,
        );
      }
    }
    return ok ? ids : null;
  }

  let inserted = 0;
  for (const [name, rows] of groupBy(parsed.steps, (s) => s.name)) {
    const personId = personIdByName.get(name);
    if (personId === undefined) continue; // the person's roster row has a problem, reported there
    const person = byId.get(personId)!;
    rows.sort(
      (a, b) =>
        stepNumber(a.code) - stepNumber(b.code) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.row - b.row,
    );

    let record = tx
      .select({ id: developmentRecords.id, stoppedAt: developmentRecords.stoppedAt })
      .from(developmentRecords)
      .where(and(eq(developmentRecords.personId, personId), inBranch(developmentRecords, user)))
      .get();
    const recorded: StepRecord[] = record
      ? tx
          .select({
            code: developmentStepRecords.code,
            date: developmentStepRecords.date,
            data: developmentStepRecords.data,
          })
          .from(developmentStepRecords)
          .where(eq(developmentStepRecords.recordId, record.id))
          .orderBy(asc(developmentStepRecords.date), asc(developmentStepRecords.id))
          .all()
      : [];
    const history: DevelopmentHistory = {
      birthDate: person.birthDate,
      idNumber: person.idNumber,
      steps: [...recorded],
      stoppedAt: record?.stoppedAt,
    };

    for (const row of rows) {
      // Already recorded (or twice in the file): the same step on the same date is not recorded again.
      if (history.steps.some((s) => s.code === row.code && s.date === row.date)) continue;
      if (record?.stoppedAt) {
        report(row.row, '姓名', `${name}的发展记录已于 ${record.stoppedAt} 终止，不能再导入新的步骤`);
        break;
      }
      const contactIds = idsOf(row.row, '培养联系人', '培养联系人', row.contactNames);
      const introducerIds = idsOf(row.row, '入党介绍人', '入党介绍人', row.introducerNames);
      const step: StepRecord = {
        code: row.code,
        date: row.date,
        data: stepDataOf(row, { contactIds: contactIds ?? [], introducerIds: introducerIds ?? [] }),
      };
      // A refused step still counts as recorded for checking the rows after it, so one mistake is
      // reported once rather than as every later step being out of order.
      if (!contactIds || !introducerIds) {
        history.steps.push(step);
        continue;
      }
      const check = checkStep(history, step, context);
      history.steps.push(step);
      if (check.errors.length) {
        for (const error of check.errors) report(row.row, columnOfRule(error.rule), error.message);
        continue;
      }
      record ??= tx
        .insert(developmentRecords)
        .values({ branchId: user.branchId, personId })
        .returning({ id: developmentRecords.id, stoppedAt: developmentRecords.stoppedAt })
        .get();
      tx.insert(developmentStepRecords)
        .values({
          recordId: record.id,
          branchId: user.branchId,
          ...step,
          warnings: check.warnings,
          recordedBy: user.accountId,
        })
        .run();
      inserted++;
    }

    if (!record) continue;
    // Status and membership dates follow the steps.
    Object.assign(person, syncMembership(tx, person, history));
  }
  return inserted;
}

/**
 * Stops the records of the roster rows with a 终止发展日期, after their steps are recorded; a record
 * already stopped on that date is left as it is. Returns how many were stopped.
 */
function applyStops(
  tx: Transaction,
  user: SessionUser,
  parsed: ParsedWorkbook,
  personIdByName: Map<string, number>,
  report: Report,
): number {
  const column = personHeader('stoppedAt');
  let stopped = 0;
  for (const row of parsed.people) {
    const personId = personIdByName.get(row.name);
    if (row.stoppedAt === null || row.stopReason === null || personId === undefined) continue;
    const record = tx
      .select({ id: developmentRecords.id })
      .from(developmentRecords)
      .where(and(eq(developmentRecords.personId, personId), inBranch(developmentRecords, user)))
      .get();
    if (!record) {
      report(
        row.row,
        column,
        `${row.name}没有发展过程，不能终止发展：请在「${stepsSheetName}」中填写其已完成的步骤，或不填终止发展日期`,
      );
      continue;
    }
    const loaded = loadHistory(tx, user, record.id);
    if (loaded.record.stoppedAt === row.stoppedAt) continue;
    const errors = checkStop(loaded.history, row.stoppedAt, todayIso());
    for (const error of errors) report(row.row, column, error.message);
    if (errors.length) continue;
    applyStop(tx, user, loaded, { version: loaded.record.version, date: row.stoppedAt, reason: row.stopReason });
    stopped++;
  }
  return stopped;
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/**
 * Applies a read workbook to the caller's branch in one transaction: each roster row updates the person
 * it matches (by ID number, else by name) or creates one; then each person's steps not yet recorded
 * (same step, same date) are checked against the rules in order and recorded, and the person's status
 * follows them. Any problem refuses the whole file (RosterImportError with every problem found, nothing
 * written); otherwise one audit entry records the counts.
 */
/**
 * Writes a checked workbook: the whole file or nothing. `newGroups` are the party groups the file names
 * that the secretary chose to set up with it; they are created first, after the branch's others.
 */
export function importRosterWorkbook(
  user: SessionUser,
  parsed: ParsedWorkbook,
  newGroups: readonly string[] = [],
): RosterImportCounts {
  return writeWithAudit(user, (tx, audit) => {
    for (const name of newGroups) insertGroup(tx, user.branchId, name);
    const problems: RosterProblem[] = [];
    const reporter =
      (sheet: string): Report =>
      (row, column, message) =>
        problems.push({ sheet, row, column, message });

    const { personIdByName, created, updated } = applyRoster(tx, user, parsed, reporter(rosterSheetName));
    const disciplines = applyDisciplines(tx, user, parsed, personIdByName, reporter(rosterSheetName));
    const steps = applySteps(tx, user, parsed, personIdByName, reporter(stepsSheetName));
    const stopped = applyStops(tx, user, parsed, personIdByName, reporter(rosterSheetName));
    if (problems.length) throw new RosterImportError(problems);

    const counts = { created, updated, steps, stopped, groups: newGroups.length, disciplines };
    audit({
      action: 'roster.import',
      entity: 'people',
      after: { ...counts, newGroups, rosterRows: parsed.people.length, stepRows: parsed.steps.length },
    });
    return counts;
  });
}
