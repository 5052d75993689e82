/**
 * A second branch in another committee with a record of every kind: the statistics branch's whole year
 * of work seeded again for it (meetings with attendance and files, development, clean-government work,
 * outputs, service projects, carried-over rectification, notices, 党纪处分 and honours), reports with sections, revisions,
 * overrides and comments, and then some of each soft-deletable kind removed and some meetings planned
 * or cancelled. Its ids all lie above `mirrorIdFloor`, so no id of it is also an id of the demo's rows.
 *
 * Load it with `await import(...)` after `setupTestDatabase()`.
 */
import { and, eq, getTableName } from 'drizzle-orm';
import { db } from '@/db';
import {
  accounts,
  auditLog,
  branches,
  ledgerEntries,
  ledgerEntryPeople,
  ledgers,
  meetings,
  notices,
  organisations,
  people,
  personDisciplines,
  rectificationItems,
  reportSectionRevisions,
} from '@/db/schema';
import { seedDemoBranchRecords } from '@/db/seed/demo';
import { addDemoBranch } from '@/db/seed/demo-branch';
import { demoCalendar } from '@/db/seed/demo-calendar';
import { statisticsBureau } from '@/db/seed/demo-people';
import { todayIso } from '@/lib/clock';
import { insertAttachment, insertMeeting, isoDaysFromToday } from '@/tests/support/meetings';
import { insertOverride, insertReport, insertReviewComment, insertSection } from '@/tests/support/reports';

export const mirrorIdFloor = 1_000_000;

function autoIncrementTables(): string[] {
  return db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%' ORDER BY name")
    .pluck()
    .all() as string[];
}

function columnsOf(table: string): string[] {
  return (db.$client.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}

/** Moves every table's next id above the floor. */
function raiseIdFloor() {
  for (const table of autoIncrementTables()) {
    db.$client.prepare('DELETE FROM sqlite_sequence WHERE name = ?').run(table);
    db.$client.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table, mirrorIdFloor);
  }
}

/** Soft-deletes one row in five of the branch in each table that keeps removed rows. */
function removeSome(branchId: number) {
  for (const table of autoIncrementTables()) {
    const columns = columnsOf(table);
    if (!columns.includes('deleted_at') || !columns.includes('branch_id')) continue;
    db.$client
      .prepare(`UPDATE "${table}" SET deleted_at = ? WHERE branch_id = ? AND id % 5 = 4`)
      .run(`${todayIso()}T00:00:00.000Z`, branchId);
  }
}

/** Files on some meetings, rectification items and notices, an audit trail for them, and a meeting still to come. */
function addFilesAndHistory(branchId: number) {
  for (const table of [meetings, rectificationItems, notices]) {
    const rows = db.select({ id: table.id }).from(table).where(eq(table.branchId, branchId)).all();
    const entity = getTableName(table);
    for (const { id } of rows.filter((_, index) => index % 3 === 0)) {
      insertAttachment(branchId, id, entity);
      db.insert(auditLog)
        .values({
          at: `${todayIso()}T01:00:00.000Z`,
          branchId,
          action: 'update',
          entity,
          entityId: id,
          before: { id },
          after: { id },
        })
        .run();
    }
  }
  insertMeeting(branchId, { status: 'planned', date: isoDaysFromToday(7), topic: '镜像支部计划召开的会议' });
}

/** A ledger of its own whose entries name its people (the demo's branches may have none with entries). */
function addLedger(branchId: number) {
  const ledger = db
    .insert(ledgers)
    .values({ branchId, name: '镜像台账', tags: ['镜像'], hasPeople: true, hasAmount: true, hasAttachments: true })
    .returning()
    .get();
  const person = db.select({ id: people.id }).from(people).where(eq(people.branchId, branchId)).get()!;
  for (let i = 1; i <= 3; i++) {
    const entry = db
      .insert(ledgerEntries)
      .values({
        branchId,
        ledgerId: ledger.id,
        date: `${todayIso().slice(0, 4)}-01-0${i}`,
        title: `镜像记录${i}`,
        amountFen: 100 * i,
        tags: ['镜像'],
      })
      .returning()
      .get();
    db.insert(ledgerEntryPeople).values({ branchId, entryId: entry.id, personId: person.id }).run();
  }
}

/** 党纪处分 and 评先评优 honours naming its people (two of each, so that removing one in five leaves one). */
function addDisciplinesAndHonours(branchId: number) {
  const [first, second] = db.select({ id: people.id }).from(people).where(eq(people.branchId, branchId)).all();
  const honours = db
    .select({ id: ledgers.id })
    .from(ledgers)
    .where(and(eq(ledgers.branchId, branchId), eq(ledgers.template, 'honours')))
    .get()!;
  for (const [i, person] of [first, second].entries()) {
    db.insert(personDisciplines)
      .values({ branchId, personId: person.id, kind: 'warning', decidedOn: `2025-0${i + 1}-01`, decidedBy: '镜像纪委' })
      .run();
    const entry = db
      .insert(ledgerEntries)
      .values({ branchId, ledgerId: honours.id, date: `2025-0${i + 1}-01`, title: `镜像表彰${i + 1}`, level: 'county' })
      .returning()
      .get();
    db.insert(ledgerEntryPeople).values({ branchId, entryId: entry.id, personId: person.id }).run();
  }
}

export type MirrorBranch = { organisationId: number; branchId: number; secretaryAccountId: number };

export function seedMirrorBranch(): MirrorBranch {
  raiseIdFloor();
  const calendar = demoCalendar(todayIso());
  const mirror = db.transaction((tx) => {
    const committee = tx.insert(organisations).values({ name: '镜像党委' }).returning().get();
    const branch = addDemoBranch(
      tx,
      {
        organisationId: committee.id,
        name: '镜像党支部',
        groupNames: ['镜像第一党小组', '镜像第二党小组'],
        roster: statisticsBureau,
        unit: '镜像单位',
        phonePrefix: '1300000',
        firstIdSequence: 500,
        passwordHash: 'not a hash: nobody signs in here',
        usernamePrefix: 'jingxiang-',
      },
      calendar,
    );
    seedDemoBranchRecords(tx, branch, calendar);
    return branch;
  });
  const branchId = mirror.branch.id;
  for (const [year, status] of [
    [2023, 'submitted'],
    [2024, 'draft'],
  ] as const) {
    const report = insertReport(branchId, { year, status });
    for (let i = 0; i < 3; i++) {
      const section = insertSection(report.id, { body: `镜像正文{{meetings:kind=committee}}次 ${i}` });
      db.insert(reportSectionRevisions)
        .values({
          sectionId: section.id,
          reportId: report.id,
          branchId,
          version: 1,
          heading: section.heading,
          body: section.body,
          savedAt: `${year}-06-01T01:00:00.000Z`,
        })
        .run();
    }
    insertOverride(report.id, 'meetings:kind=committee');
    insertReviewComment(report.id);
  }

  const branchMeetings = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.branchId, branchId)).all();
  branchMeetings.forEach(({ id }, index) => {
    if (index % 7 === 1) db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, id)).run();
    if (index % 7 === 2) db.update(meetings).set({ status: 'planned' }).where(eq(meetings.id, id)).run();
  });
  // Someone brought in with the roster while in development, whose steps are not kept here yet.
  db.insert(people)
    .values({
      branchId,
      name: '镜像待补录预备党员',
      gender: 'female',
      politicalStatus: 'probationary',
      probationaryDate: '2026-01-01',
    })
    .run();
  // It began keeping its records here some years ago and has not ended its 上线准备; the demo branch's
  // own calendar and checklist must not notice.
  db.update(branches).set({ recordsFrom: '2024-01-01', setupDoneOn: null }).where(eq(branches.id, branchId)).run();
  addLedger(branchId);
  addDisciplinesAndHonours(branchId);
  addFilesAndHistory(branchId);
  removeSome(branchId);
  const secretary = db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.username, 'jingxiang-shuji'))
    .get()!;
  return { organisationId: mirror.branch.organisationId, branchId, secretaryAccountId: secretary.id };
}
