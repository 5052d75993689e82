/**
 * Query hygiene (not timed): the SQL statements each page issues stay the same however many rows there
 * are. Every page of the app (found on disk) is run as the server runs it — its layouts and its server
 * components all the way down (tests/support/server-pages.ts) — over the demo, then again after the
 * branch gets many more of the records the pages list: people, meetings with attendance and files,
 * development histories, problems, project activities, notices and their readers, letters with files,
 * and the records behind the report's figures. A query per row (N+1) makes the second count larger.
 * Statements are counted as executions, so a statement prepared once and run in a loop counts every run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { isNavigationStop, renderServerTree, stubClientComponents } from '@/tests/support/server-pages';
import { setSessionUser, signInAs, signOut } from '@/tests/support/session';
import { appRouteFiles } from '@/tests/support/source-files';
import { statementsDuring } from '@/tests/support/statement-count';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));

const { db } = await setupTestDatabase();
stubClientComponents();
const schema = await import('@/db/schema');
const { loadSessionUser } = await import('@/db/queries/session');
const { todayIso } = await import('@/lib/clock');
const { developmentSteps } = await import('@/lib/development/steps');
const { noticeEntity, rectificationEntity } = await import('@/lib/rectification/model');
const { commitmentLetterEntity } = await import('@/lib/integrity/model');
const f = await import('@/tests/support/fixtures');

const today = todayIso();
const year = Number(today.slice(0, 4));
const branchId = f.branchIdOf(f.statisticsBranchName);
const s = schema;

/** The records the detail pages show: the branch's first of each kind (the latest held meeting). */
const shown = (() => {
  const first = (rows: { id: number }[]) => rows[0].id;
  const project = first(
    db
      .select({ id: s.projects.id })
      .from(s.projects)
      .where(eq(s.projects.branchId, branchId))
      .orderBy(asc(s.projects.id))
      .all(),
  );
  const ledger =
    db.select({ id: s.ledgers.id }).from(s.ledgers).where(eq(s.ledgers.branchId, branchId)).get()?.id ??
    db
      .insert(s.ledgers)
      .values({ branchId, name: '测试台账', hasPeople: true, hasAttachments: true, tags: ['甲'] })
      .returning({ id: s.ledgers.id })
      .get().id;
  return {
    ledger,
    meeting: db
      .select({ id: s.meetings.id })
      .from(s.meetings)
      .where(and(eq(s.meetings.branchId, branchId), eq(s.meetings.status, 'held')))
      .orderBy(s.meetings.date)
      .all()
      .at(-1)!.id,
    person: f.personNamed('王海燕').id,
    developing: f.personNamed('吴桐').id,
    letter: first(
      db
        .select({ id: s.commitmentLetters.id })
        .from(s.commitmentLetters)
        .where(eq(s.commitmentLetters.branchId, branchId))
        .all(),
    ),
    notice: first(
      db
        .select({ id: s.notices.id })
        .from(s.notices)
        .where(and(eq(s.notices.branchId, branchId), eq(s.notices.state, 'published')))
        .all(),
    ),
    output: first(
      db.select({ id: s.workOutputs.id }).from(s.workOutputs).where(eq(s.workOutputs.branchId, branchId)).all(),
    ),
    project,
    activity: first(
      db
        .select({ id: s.projectActivities.id })
        .from(s.projectActivities)
        .where(eq(s.projectActivities.projectId, project))
        .all(),
    ),
    rectificationItem: first(
      db
        .select({ id: s.rectificationItems.id })
        .from(s.rectificationItems)
        .where(eq(s.rectificationItems.branchId, branchId))
        .all(),
    ),
  };
})();

const iso = (y: number, month: number, day: number) =>
  `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Many more of every kind of record the pages list, in the year the pages show and in the report's
 * year: `n` people (members and people in development with their steps), meetings with everyone's
 * attendance, problems (completed and checked off by accounts), talks, outputs, letters, notices, a
 * project with activities; and on each record a detail page shows, more people, activities and files.
 */
function addRecords(n: number) {
  const s = schema;
  const kinds = db
    .select({ id: s.meetingKinds.id, code: s.meetingKinds.code })
    .from(s.meetingKinds)
    .where(eq(s.meetingKinds.branchId, branchId))
    .all();
  const groupId = db
    .select({ id: s.partyGroups.id })
    .from(s.partyGroups)
    .where(eq(s.partyGroups.branchId, branchId))
    .get()!.id;
  const accountIds = db
    .select({ id: s.accounts.id })
    .from(s.accounts)
    .where(eq(s.accounts.branchId, branchId))
    .all()
    .map((a) => a.id);
  const outputTypeId = db
    .select({ id: s.outputTypes.id })
    .from(s.outputTypes)
    .where(eq(s.outputTypes.branchId, branchId))
    .get()!.id;
  const categoryId = db
    .select({ id: s.workOutputCategories.id })
    .from(s.workOutputCategories)
    .where(eq(s.workOutputCategories.branchId, branchId))
    .get()!.id;
  db.transaction((tx) => {
    const newPeople = Array.from(
      { length: n },
      (_, i) =>
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
      const recordId = tx
        .insert(s.developmentRecords)
        .values({ branchId, personId })
        .returning({ id: s.developmentRecords.id })
        .get().id;
      developmentSteps.slice(0, 6).forEach((step, k) =>
        tx
          .insert(s.developmentStepRecords)
          .values({ recordId, branchId, code: step.code, date: iso(year, 1 + k, 10) })
          .run(),
      );
    });
    const everyone = db
      .select({ id: s.people.id })
      .from(s.people)
      .where(eq(s.people.branchId, branchId))
      .all()
      .map((p) => p.id);
    for (const y of [year, 2024]) {
      for (let i = 0; i < n; i++) {
        const kind = kinds[i % kinds.length];
        const date = iso(y, 1 + (i % 11), 1 + (i % 27));
        const status = y === year && date > today ? 'planned' : 'held';
        const meetingId = tx
          .insert(s.meetings)
          .values({
            branchId,
            kindId: kind.id,
            status,
            date,
            topic: `增补会议${i}`,
            place: '会议室',
            placeTags: ['党员活动室'],
            seminarMaterials: 1,
            exchangeArticles: 2,
          })
          .returning({ id: s.meetings.id })
          .get().id;
        tx.insert(s.meetingAttendance)
          .values(
            everyone.map((personId, k) => ({
              meetingId,
              branchId,
              personId,
              status: status === 'held' ? (k % 5 ? ('present' as const) : ('leave' as const)) : null,
            })),
          )
          .run();
        tx.insert(s.talks)
          .values({
            branchId,
            date,
            kind: 'committee_member',
            initiatorId: everyone[0],
            partnerId: everyone[(i % (everyone.length - 1)) + 1],
          })
          .run();
        tx.insert(s.workOutputs)
          .values({ branchId, categoryId, date, title: `增补成果${i}` })
          .run();
        tx.insert(s.commitmentLetters)
          .values({ branchId, date, title: '承诺书', signer: '书记', counterpartKind: '股室', counterpart: `股室${i}` })
          .run();
        tx.insert(s.notices)
          .values({
            branchId,
            title: `公开事项${i}`,
            content: '内容',
            category: '其他',
            state: 'published',
            proposedAt: date,
            approvedAt: date,
            publishedAt: date,
          })
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
        tx.insert(s.activityParticipants)
          .values(newPeople.slice(0, 5).map((personId) => ({ activityId, branchId, personId })))
          .run();
        tx.insert(s.activityOutputs)
          .values({ activityId, branchId, outputTypeId, quantity: 10 + i })
          .run();
      }
    }
    tx.insert(s.meetingAttendance)
      .values(
        newPeople.map((personId) => ({ meetingId: shown.meeting, branchId, personId, status: 'present' as const })),
      )
      .onConflictDoNothing()
      .run();
    tx.insert(s.noticeReads)
      .values(
        newPeople.map((personId) => ({ noticeId: shown.notice, branchId, personId, readAt: `${today}T01:00:00.000Z` })),
      )
      .run();
    tx.insert(s.projectMembers)
      .values(newPeople.map((personId) => ({ projectId: shown.project, branchId, personId })))
      .run();
    for (let i = 0; i < n; i++) {
      const activityId = tx
        .insert(s.projectActivities)
        .values({ projectId: shown.project, branchId, date: iso(year, 1 + (i % 11), 4), title: `增补活动${i}` })
        .returning({ id: s.projectActivities.id })
        .get().id;
      tx.insert(s.activityParticipants)
        .values(newPeople.slice(0, 5).map((personId) => ({ activityId, branchId, personId })))
        .run();
      tx.insert(s.activityOutputs)
        .values({ activityId, branchId, outputTypeId, quantity: 1 + i })
        .run();
    }
    for (let i = 0; i < n; i++) {
      const entryId = tx
        .insert(s.ledgerEntries)
        .values({ branchId, ledgerId: shown.ledger, date: iso(year, 1 + (i % 11), 6), title: `增补台账记录${i}` })
        .returning({ id: s.ledgerEntries.id })
        .get().id;
      tx.insert(s.ledgerEntryPeople)
        .values(newPeople.slice(0, 3).map((personId) => ({ entryId, branchId, personId })))
        .run();
      tx.insert(s.attachments)
        .values({
          branchId,
          entity: 'ledger_entries',
          entityId: entryId,
          fileName: `台账照片${i}.jpg`,
          storedName: `hygiene-ledger-${i}.jpg`,
          mimeType: 'image/jpeg',
          size: 1000,
          createdAt: `${today}T01:00:00.000Z`,
        })
        .run();
    }
    const files: [string, number][] = [
      ['meetings', shown.meeting],
      [rectificationEntity, shown.rectificationItem],
      [noticeEntity, shown.notice],
      [commitmentLetterEntity, shown.letter],
      ['project_activities', shown.activity],
    ];
    for (const [entity, entityId] of files) {
      for (let i = 0; i < n; i++) {
        tx.insert(s.attachments)
          .values({
            branchId,
            entity,
            entityId,
            fileName: `照片${i}.jpg`,
            storedName: `hygiene-${entity}-${i}.jpg`,
            mimeType: 'image/jpeg',
            size: 1000,
            createdAt: `${today}T01:00:00.000Z`,
          })
          .run();
      }
    }
  });
}

type Reader = 'secretary' | 'member' | 'reviewer' | 'anonymous';
type PageCase = {
  reader?: Reader;
  params?: Record<string, string | number>;
  searchParams?: Record<string, string>;
  redirects?: true;
  readsNothing?: true;
};

/** How each page is opened: by whom (the secretary unless named), with which record; a new page needs a row. */
const pageCases: Record<string, PageCase> = {
  '/': {},
  '/ping': {},
  '/accounts': {},
  '/settings': {},
  '/password': { reader: 'member' },
  '/login': { reader: 'anonymous', readsNothing: true },
  '/development': {},
  '/development/[personId]': { params: { personId: shown.developing } },
  '/development/import': {},
  '/integrity': {},
  '/integrity/letters/[id]': { params: { id: shown.letter } },
  '/meetings': {},
  '/meetings/[id]': { params: { id: shown.meeting } },
  '/meetings/[id]/edit': { params: { id: shown.meeting } },
  '/meetings/calendar': {},
  '/meetings/mine': { reader: 'member' },
  '/meetings/new': {},
  '/meetings/settings': {},
  '/meetings/stats': {},
  '/meetings/talks': {},
  '/members': {},
  '/members/[id]': { params: { id: shown.person } },
  '/members/[id]/edit': { params: { id: shown.person } },
  '/members/new': {},
  '/notices': {},
  '/notices/[id]': { params: { id: shown.notice } },
  '/notices/new': {},
  '/ledgers': {},
  '/dues': {},
  '/dues/[personId]': { params: { personId: shown.person } },
  '/ledgers/[id]': { params: { id: shown.ledger } },
  '/outputs': {},
  '/outputs/[id]': { params: { id: shown.output } },
  '/projects': {},
  '/projects/[id]': { params: { id: shown.project } },
  '/projects/[id]/edit': { params: { id: shown.project } },
  '/projects/activities/[id]/edit': { params: { id: shown.activity } },
  '/projects/new': {},
  '/projects/settings': {},
  '/rectification': {},
  '/rectification/[id]': { params: { id: shown.rectificationItem } },
  '/rectification/[id]/edit': { params: { id: shown.rectificationItem } },
  '/rectification/new': {},
  '/rectification/review': {},
  // Every year's report with its state.
  '/report': {},
  // The demo's draft (continued from 2023): the editor with the figure picker.
  '/report/[year]': { params: { year: 2024 } },
  '/report/[year]/print': { params: { year: 2023 } },
  '/review': { reader: 'reviewer', redirects: true },
  '/review/[year]': { reader: 'reviewer', params: { year: 2023 } },
  '/overview': { reader: 'reviewer', searchParams: { sort: 'missed', dir: 'desc' } },
  '/overview/calendar': { reader: 'reviewer' },
  '/overview/reviews': { reader: 'reviewer', searchParams: { state: 'graded' } },
};

type Page = { route: string; file: string; layouts: string[] };

/** Every page under app/, with the layouts around it (outermost first). */
function discoverPages(): Page[] {
  return appRouteFiles()
    .filter(({ file }) => path.basename(file) === 'page.tsx')
    .map(({ file, route }) => {
      const dirs = path.dirname(file).split(path.sep);
      const layouts = dirs
        .map((_, i) => path.join(...dirs.slice(0, i + 1), 'layout.tsx'))
        .filter((layout) => fs.existsSync(layout));
      return { route, file, layouts };
    });
}

async function readAs(reader: Reader) {
  if (reader === 'anonymous') signOut();
  else if (reader === 'reviewer') setSessionUser(loadSessionUser(f.accountNamed('dangwei').id, branchId));
  else await signInAs(reader === 'member' ? 'dangyuan' : 'shuji');
}

type Component = (props: Record<string, unknown>) => unknown;
const load = async (file: string) =>
  ((await import(/* @vite-ignore */ path.resolve(file))) as { default: Component }).default;

/** Opens a page as the server would; returns whether it ended in a redirect or another navigation stop. */
async function openPage(page: Page): Promise<boolean> {
  const { reader = 'secretary', params = {}, searchParams = {} } = pageCases[page.route];
  await readAs(reader);
  const stringParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
  try {
    for (const layout of page.layouts)
      await renderServerTree((await load(layout))({ children: null, params: Promise.resolve(stringParams) }));
    await renderServerTree(
      (await load(page.file))({ params: Promise.resolve(stringParams), searchParams: Promise.resolve(searchParams) }),
    );
    return false;
  } catch (error) {
    if (isNavigationStop(error)) return true;
    throw error;
  }
}

/** A write that changes nothing, so that what is kept until the next write is computed again. */
const forgetCaches = () => db.$client.prepare('UPDATE branches SET name = name WHERE id = ?').run(branchId);

/** A page's statements, computed afresh (as on the first request after a write). */
async function statementsOf(page: Page): Promise<{ statements: number; stopped: boolean }> {
  forgetCaches();
  let stopped = false;
  const statements = await statementsDuring(db.$client, async () => (stopped = await openPage(page)));
  return { statements, stopped };
}

const pages = discoverPages();
const measured = pages.filter((p) => p.route in pageCases);
// Once unmeasured: what a process reads only the first time (lazily kept lookups) is not a page's cost.
for (const page of measured) await openPage(page);
const before = new Map<string, number>();
for (const page of measured) {
  const { statements, stopped } = await statementsOf(page);
  before.set(page.route, statements);
  if (stopped !== !!pageCases[page.route].redirects)
    throw new Error(`${page.route} ${stopped ? 'stopped early' : 'rendered'} unexpectedly`);
}
const rowsBefore = db.$client.prepare('SELECT count(*) FROM meeting_attendance').pluck().get() as number;
addRecords(40);
const rowsAfter = db.$client.prepare('SELECT count(*) FROM meeting_attendance').pluck().get() as number;

describe('the SQL statements of every page', () => {
  it('are measured for every page of the app', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.map((p) => p.route).filter((route) => !(route in pageCases))).toEqual([]);
    expect(Object.keys(pageCases).filter((route) => !pages.some((p) => p.route === route))).toEqual([]);
  });

  it('have many more records to list after the growth step', () => {
    expect(rowsAfter).toBeGreaterThan(rowsBefore * 2);
  });

  it.each(pages.map((p) => [p.route, p] as const))(
    '%s: the same number with many more rows (no query per row)',
    async (route, page) => {
      const after = (await statementsOf(page)).statements;
      expect(before.get(route)! > 0).toBe(!pageCases[route].readsNothing);
      expect({ page: route, statements: after }).toEqual({ page: route, statements: before.get(route) });
    },
  );
});
