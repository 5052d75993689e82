import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction, refusal, succeeded } from '@/tests/support/call-action';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/projects/actions');
const { getProject } = await import('@/db/queries/project-detail');
const { listProjects } = await import('@/db/queries/project-list');
const { serviceTotalsForYear } = await import('@/db/report/totals/service');
const { outputTypes, projectActivities, projects } = await import('@/db/schema');
const f = await import('@/tests/support/fixtures');

const statisticsId = f.branchIdOf(f.statisticsBranchName);
const financeId = f.branchIdOf(f.financeBranchName);

function typeNamed(branchId: number, name: string) {
  return db
    .select()
    .from(outputTypes)
    .where(and(eq(outputTypes.branchId, branchId), eq(outputTypes.name, name)))
    .get()!;
}

function projectNamed(name: string) {
  return db.select().from(projects).where(eq(projects.name, name)).get()!;
}

const pairing = () => projectNamed('“A+B”结对共建：与居延社区联合党支部共建');

function totalsByName(year: number) {
  return Object.fromEntries(serviceTotalsForYear({ branchId: statisticsId }, year).map((t) => [t.name, t.total]));
}

describe('the demo 2023 service figures', () => {
  it('come from the recorded activities, each total with the activities behind it', () => {
    expect(totalsByName(2023)).toEqual({
      捐款: 3650,
      投入资金: 80000,
      大米: 20,
      面粉: 20,
      食用油: 20,
      垃圾点升级改造: 3,
      受益农牧民: 56,
      受益群众: 1120,
      横幅: 26,
      手机短信: 32000,
      宣传手册: 2600,
      宣传展板: 18,
    });
    const invested = serviceTotalsForYear({ branchId: statisticsId }, 2023).find((t) => t.name === '投入资金')!;
    const behind = db
      .select({ title: projectActivities.title })
      .from(projectActivities)
      .where(inArray(projectActivities.id, invested.activityIds))
      .orderBy(projectActivities.date)
      .all();
    expect(behind.map((a) => a.title)).toEqual(['第一批垃圾点改造完工', '第二批垃圾点改造完工并验收']);
  });

  it('show the 2024 secretary project reaching its targets', async () => {
    const user = await signInAs('shuji');
    const project = getProject(user, projectNamed('2024年书记项目：胡杨林病虫害防治与垃圾点改造').id)!;
    const pest = project.totals.find((t) => t.name === '病虫害防治');
    expect(pest?.total).toBe(3300);
    expect(project.targets.map((t) => [t.name, t.quantity])).toEqual([
      ['垃圾点升级改造', 1],
      ['病虫害防治', 3000],
    ]);
  });
});

describe('recordActivity', () => {
  const activity = (overrides: Record<string, unknown> = {}) => ({
    projectId: pairing().id,
    date: '2023-06-01',
    title: '测试：社区义务清扫',
    place: '居延社区',
    participantIds: [f.personNamed('王海燕').id, f.personNamed('杨帆').id],
    otherParticipants: 5,
    outputs: JSON.stringify([
      { outputTypeId: typeNamed(statisticsId, '捐款').id, quantity: '1200', note: '' },
      { outputTypeId: typeNamed(statisticsId, '横幅').id, quantity: '3', note: '' },
    ]),
    ...overrides,
  });

  it('adds the outputs to the year totals and audits the activity', async () => {
    await signInAs('zuzhi');
    const before = totalsByName(2023);
    const auditBefore = f.lastAuditId();

    const result = await callAction(actions.recordActivity, activity());

    expect(succeeded(result)).toBe(true);
    const after = totalsByName(2023);
    expect(after.捐款).toBe(before.捐款 + 1200);
    expect(after.横幅).toBe(before.横幅 + 3);
    expect(after.宣传手册).toBe(before.宣传手册);
    const audit = await f.auditEntriesAfter(auditBefore);
    expect(audit.map((a) => a.action)).toEqual(['project.activity.create']);
  });

  it.each([
    [
      'a negative quantity',
      { outputs: JSON.stringify([{ outputTypeId: 1, quantity: '-5', note: '' }]) },
      'outputs.0.quantity',
    ],
    [
      'a quantity that is not a number',
      { outputs: JSON.stringify([{ outputTypeId: 1, quantity: '十', note: '' }]) },
      'outputs.0.quantity',
    ],
    ['a date in the future', { date: '2999-01-01' }, 'date'],
    [
      'the same type twice',
      {
        outputs: JSON.stringify([
          { outputTypeId: 1, quantity: '1' },
          { outputTypeId: 1, quantity: '2' },
        ]),
      },
      'outputs',
    ],
    ['a missing title', { title: '  ' }, 'title'],
  ])('refuses %s on its field and writes nothing', async (_case, overrides, field) => {
    await signInAs('zuzhi');
    const before = tableChecksum(db);
    const result = await callAction(actions.recordActivity, activity(overrides));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.any(String)] } });
    expect(tableChecksum(db)).toEqual(before);
  });

  it("refuses another branch's output type or people, and writes nothing", async () => {
    await signInAs('zuzhi');
    const before = tableChecksum(db);
    const foreignType = await callAction(
      actions.recordActivity,
      activity({ outputs: JSON.stringify([{ outputTypeId: typeNamed(financeId, '捐款').id, quantity: '10' }]) }),
    );
    const foreignPerson = await callAction(
      actions.recordActivity,
      activity({ participantIds: [f.personNamed('乔振宇').id] }),
    );
    expect(refusal(foreignType)).toContain('成效类型');
    expect(refusal(foreignPerson)).toContain('本支部');
    expect(tableChecksum(db)).toEqual(before);
  });

  it("refuses an activity for another branch's project as if it did not exist", async () => {
    await signInAs('caizheng');
    const before = tableChecksum(db);
    const result = await callAction(actions.recordActivity, activity({ outputs: '[]', participantIds: [] }));
    expect(refusal(result)).toBeTruthy();
    expect(tableChecksum(db)).toEqual(before);
  });
});

describe('editing', () => {
  it('refuses a stale save of a project and keeps the other edit', async () => {
    await signInAs('shuji');
    const project = projectNamed('“最美统计调查员”宣传队');
    const payload = (name: string) => ({
      id: project.id,
      version: project.version,
      kind: project.kind,
      name,
      partner: '',
      goal: project.goal,
      startDate: project.startDate,
      endDate: '',
      budget: '',
      status: project.status,
      memberIds: [],
      targets: '[]',
    });
    expect(succeeded(await callAction(actions.updateProject, payload('“最美统计调查员”宣传队（第一次修改）')))).toBe(
      true,
    );
    const before = tableChecksum(db);
    const stale = await callAction(actions.updateProject, payload('另一人的修改'));
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect(tableChecksum(db)).toEqual(before);
    expect(projectNamed('“最美统计调查员”宣传队（第一次修改）').version).toBe(project.version + 1);
  });

  it('removes an activity softly: it leaves the totals but stays in the table', async () => {
    await signInAs('shuji');
    const target = db.select().from(projectActivities).where(eq(projectActivities.title, '普查政策短信推送')).get()!;
    const before = totalsByName(2023).手机短信;
    expect(succeeded(await callAction(actions.removeActivity, { id: target.id, version: target.version }))).toBe(true);
    expect(totalsByName(2023).手机短信 ?? 0).toBe(before - 32000);
    expect(
      db.select().from(projectActivities).where(eq(projectActivities.id, target.id)).get()?.deletedAt,
    ).toBeTruthy();
  });
});

describe('what a member sees', () => {
  it('lists only projects they took part in and only their activities', async () => {
    const member = await signInAs('dangyuan');
    const secretary = await signInAs('shuji');
    const names = listProjects(member, 2023).map((p) => p.name);
    expect(names).toContain(pairing().name);
    expect(names).not.toContain('巴苏木昂嘎查居民生活垃圾点升级改造');
    expect(listProjects(secretary, 2023).map((p) => p.name)).toContain('巴苏木昂嘎查居民生活垃圾点升级改造');

    const seen = getProject(member, pairing().id)!;
    const wang = f.personNamed('王海燕').id;
    expect(seen.activities.length).toBeGreaterThan(0);
    expect(seen.activities.every((a) => a.participants.some((p) => p.personId === wang))).toBe(true);
    expect(getProject(member, projectNamed('巴苏木昂嘎查居民生活垃圾点升级改造').id)).toBeNull();
  });
});
