/**
 * Query hygiene (not timed): the SQL statements each main page's data loading issues stay the same
 * however many rows there are. Each page's queries (tests/support/page-queries.ts) run over the demo,
 * then again after the branch gets many more of the records the page lists — people, meetings with
 * attendance and files, development histories, problems, and the records behind the report's figures.
 * A query per row (N+1) would make the second count larger. Statements are counted as executions, so
 * a statement prepared once and run in a loop counts every run.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../support/test-db';

const { db } = await setupTestDatabase();
const schema = await import('@/db/schema');
const { loadSessionUser } = await import('@/db/queries/session');
const { todayIso } = await import('@/lib/clock');
const { developmentSteps } = await import('@/lib/domain/development');
const { loadPageQueries } = await import('../support/page-queries');
const f = await import('../support/fixtures');

const today = todayIso();
const year = Number(today.slice(0, 4));
/** The demo's draft report (continued from 2023), whose page shows the editor with the figure picker. */
const reportYear = 2024;
const branchId = f.branchIdOf(f.statisticsBranchName);
const secretary = loadSessionUser(f.accountNamed('shuji').id, null)!;
const member = loadSessionUser(f.accountNamed('dangyuan').id, null)!;

const heldMeeting = db
  .select({ id: schema.meetings.id })
  .from(schema.meetings)
  .where(and(eq(schema.meetings.branchId, branchId), eq(schema.meetings.status, 'held')))
  .orderBy(schema.meetings.date)
  .all()
  .at(-1)!.id;

/** Counts the statements run while `run` runs: every execution of every statement prepared on the handle. */
function statementsDuring(run: () => unknown): number {
  const client = db.$client;
  const prepare = client.prepare;
  let executions = 0;
  const counted = (statement: BetterSqlite3.Statement): BetterSqlite3.Statement =>
    new Proxy(statement, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        if (property === 'raw' || property === 'pluck' || property === 'expand') {
          return (...args: unknown[]) => {
            value.apply(target, args);
            return counted(target);
          };
        }
        if (property === 'all' || property === 'get' || property === 'run' || property === 'iterate') {
          return (...args: unknown[]) => {
            executions++;
            return value.apply(target, args);
          };
        }
        return value.bind(target);
      },
    });
  client.prepare = ((source: string) => counted(prepare.call(client, source))) as typeof prepare;
  try {
    run();
  } finally {
    client.prepare = prepare;
  }
  return executions;
}

const iso = (y: number, month: number, day: number) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Many more of every kind of record the pages list, in the year the pages show and in the report's
 * year: `n` people (members and people in development with their steps), meetings with everyone's
 * attendance, files on the meeting the detail page shows, problems (completed and checked off by
 * accounts), talks, outputs, project activities with participants and outputs, letters and notices.
 */
function addRecords(n: number) {
  const s = schema;
  const kinds = db.select({ id: s.meetingKinds.id, code: s.meetingKinds.code }).from(s.meetingKinds).where(eq(s.meetingKinds.branchId, branchId)).all();
  const groupId = db.select({ id: s.partyGroups.id }).from(s.partyGroups).where(eq(s.partyGroups.branchId, branchId)).get()!.id;
  const accountIds = db.select({ id: s.accounts.id }).from(s.accounts).where(eq(s.accounts.branchId, branchId)).all().map((a) => a.id);
  const outputTypeId = db.select({ id: s.outputTypes.id }).from(s.outputTypes).where(eq(s.outputTypes.branchId, branchId)).get()!.id;
  const categoryId = db.select({ id: s.workOutputCategories.id }).from(s.workOutputCategories).where(eq(s.workOutputCategories.branchId, branchId)).get()!.id;
  db.transaction((tx) => {
    const newPeople = Array.from({ length: n }, (_, i) =>
      tx
        .insert(s.people)
        .values({
          branchId,
          groupId,
          name: `新同志${i}`,
          gender: i % 2 ? 'male' : 'female',
          birthDate: '1995-03-01',
          politicalStatus: i % 2 ? 'full' : 'applicant',
          probationaryDate: i % 2 ? '2015-07-01' : null,
          fullMemberDate: i % 2 ? '2016-07-01' : null,
          committeeTitle: i === 0 ? '宣传委员' : null,
        })
        .returning({ id: s.people.id })
        .get().id,
    );
    newPeople.forEach((personId, i) => {
      if (i % 2) return;
      const recordId = tx.insert(s.developmentRecords).values({ branchId, personId }).returning({ id: s.developmentRecords.id }).get().id;
      developmentSteps.slice(0, 6).forEach((step, k) =>
        tx.insert(s.developmentStepRecords).values({ recordId, branchId, code: step.code, date: iso(year, 1 + k, 10) }).run(),
      );
    });
    const everyone = db.select({ id: s.people.id }).from(s.people).where(eq(s.people.branchId, branchId)).all().map((p) => p.id);
    for (const y of [year, reportYear]) {
      for (let i = 0; i < n; i++) {
        const kind = kinds[i % kinds.length];
        const date = iso(y, 1 + (i % 11), 1 + (i % 27));
        const status = y === year && date > today ? 'planned' : 'held';
        const meetingId = tx
          .insert(s.meetings)
          .values({ branchId, kindId: kind.id, status, date, topic: `增补会议${i}`, place: '会议室', placeTags: ['党员活动室'], seminarMaterials: 1, exchangeArticles: 2 })
          .returning({ id: s.meetings.id })
          .get().id;
        tx.insert(s.meetingAttendance)
          .values(everyone.map((personId, k) => ({ meetingId, branchId, personId, status: status === 'held' ? (k % 5 ? ('present' as const) : ('leave' as const)) : null })))
          .run();
        tx.insert(s.talks).values({ branchId, date, kind: 'committee_member', initiatorId: everyone[0], partnerId: everyone[(i % (everyone.length - 1)) + 1] }).run();
        tx.insert(s.workOutputs).values({ branchId, categoryId, date, title: `增补成果${i}` }).run();
        tx.insert(s.commitmentLetters).values({ branchId, date, title: '承诺书', signer: '书记', counterpartKind: '股室', counterpart: `股室${i}` }).run();
        tx.insert(s.notices)
          .values({ branchId, title: `公开事项${i}`, content: '内容', category: '其他', state: 'published', proposedAt: date, approvedAt: date, publishedAt: date })
          .run();
        const found = iso(y, 1 + (i % 6), 5);
        const state = (['in_progress', 'completed', 'checked_off'] as const)[i % 3];
        tx.insert(s.rectificationItems)
          .values({
            branchId,
            aspect: `方面${i % 4}`,
            problem: `问题${i}`,
            source: 'life_meeting',
            responsiblePersonId: newPeople[i % newPeople.length],
            foundDate: found,
            deadline: iso(y, 12, 31),
            state,
            completedAt: state === 'in_progress' ? null : iso(y, 7, 1),
            completedBy: state === 'in_progress' ? null : accountIds[i % accountIds.length],
            checkedOffAt: state === 'checked_off' ? iso(y, 8, 1) : null,
            checkedOffBy: state === 'checked_off' ? accountIds[(i + 1) % accountIds.length] : null,
          })
          .run();
      }
      const projectId = tx
        .insert(s.projects)
        .values({ branchId, kind: '志愿服务', name: `增补项目${y}`, startDate: iso(y, 1, 2), status: 'active' })
        .returning({ id: s.projects.id })
        .get().id;
      for (let i = 0; i < n; i++) {
        const activityId = tx
          .insert(s.projectActivities)
          .values({ projectId, branchId, date: iso(y, 1 + (i % 11), 3), title: `活动${i}` })
          .returning({ id: s.projectActivities.id })
          .get().id;
        tx.insert(s.activityParticipants).values(newPeople.slice(0, 5).map((personId) => ({ activityId, branchId, personId }))).run();
        tx.insert(s.activityOutputs).values({ activityId, branchId, outputTypeId, quantity: 10 + i }).run();
      }
    }
    tx.insert(s.meetingAttendance)
      .values(newPeople.map((personId) => ({ meetingId: heldMeeting, branchId, personId, status: 'present' as const })))
      .onConflictDoNothing()
      .run();
    for (let i = 0; i < n; i++) {
      tx.insert(s.attachments)
        .values({ branchId, entity: 'meetings', entityId: heldMeeting, fileName: `照片${i}.jpg`, storedName: `hygiene-${i}.jpg`, mimeType: 'image/jpeg', size: 1000, createdAt: `${today}T01:00:00.000Z` })
        .run();
    }
  });
}

const pages = await loadPageQueries();
const context = { user: secretary, member, year, today, meetingId: heldMeeting };
const run = {
  dashboard: () => pages.dashboard(context),
  meetings: () => pages.meetings(context),
  meeting: () => pages.meeting(context),
  roster: () => pages.roster(context),
  development: () => pages.development(context),
  rectification: () => pages.rectification(context),
  report: () => pages.report({ ...context, year: reportYear }),
  myAttendance: () => pages.myAttendance(context),
};

describe('the SQL statements of each main page', () => {
  const before = Object.fromEntries(Object.entries(run).map(([name, load]) => [name, statementsDuring(load)]));
  const rowsBefore = db.$client.prepare('SELECT count(*) FROM meeting_attendance').pluck().get() as number;
  addRecords(40);
  const rowsAfter = db.$client.prepare('SELECT count(*) FROM meeting_attendance').pluck().get() as number;

  it('has many more records to list after the growth step', () => {
    expect(rowsAfter).toBeGreaterThan(rowsBefore * 2);
  });

  for (const [name, load] of Object.entries(run)) {
    it(`${name}: the same number of statements with many more rows (no query per row)`, () => {
      const after = statementsDuring(load);
      expect(before[name]).toBeGreaterThan(0);
      expect({ page: name, statements: after }).toEqual({ page: name, statements: before[name] });
    });
  }
});
