/**
 * Recording a step through the action as the step form sends it: each refusal comes back under the
 * field its rule is about, and 第19步 places the new member in a 党小组.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PoliticalStatus } from '@/lib/people/model';
import { callAction } from '@/tests/support/call-action';
import { setSessionUser } from '@/tests/support/session';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/development/actions');
const fb = await import('@/tests/queries/fresh-branch');
const { auditLog, developmentStepRecords, people } = await import('@/db/schema');
const { desc, eq } = await import('drizzle-orm');
const { todayIso } = await import('@/lib/clock');
const { addDays } = await import('@/lib/dates');
const { developmentSteps } = await import('@/lib/development/steps');

const today = todayIso();

/** A person of the branch with the first `done` of the 25 steps recorded, ten days apart, the last a month ago. */
function personAtStep(branch: { id: number }, done: number, status: PoliticalStatus, name: string) {
  const person = fb.addPerson(branch.id, name, status, { birthDate: '1995-05-05' });
  const steps = developmentSteps
    .slice(0, done)
    .map((s, i): [(typeof s)['code'], string] => [s.code, addDays(today, -30 - (done - 1 - i) * 10)]);
  const { record } = fb.addDevelopment(branch.id, person.id, steps);
  return { person, record };
}

function personRow(id: number) {
  return db.select().from(people).where(eq(people.id, id)).get()!;
}

function lastAudit() {
  return db.select().from(auditLog).orderBy(desc(auditLog.id)).get()!;
}

describe('a refused step names the field its rule is about', () => {
  const branch = fb.freshBranch('字段测试支部');
  const secretary = fb.addAccount(branch, 'secretary');

  it('puts a vote fault under the vote, not under 日期, and records nothing', async () => {
    setSessionUser(secretary);
    const { record } = personAtStep(branch, 14, 'candidate', '表决测试对象');
    const before = tableChecksum(db);
    const result = await callAction(actions.recordDevelopmentStep, {
      recordId: record.id,
      code: 'admission_vote',
      date: today,
      expectedVoting: 20,
      present: 9,
      yes: 11,
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { yes: [expect.stringContaining('超过实到 9 人')] },
    });
    expect(result).not.toHaveProperty('fieldErrors.date');
    expect(tableChecksum(db)).toEqual(before);
  });

  it('keeps a date fault under 日期 beside a vote fault of the same step', async () => {
    setSessionUser(secretary);
    const { record } = personAtStep(branch, 14, 'candidate', '日期测试对象');
    const result = await callAction(actions.recordDevelopmentStep, {
      recordId: record.id,
      code: 'admission_vote',
      date: addDays(today, 1),
      expectedVoting: 14,
      yes: 7,
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        date: [expect.stringContaining('不能晚于今天')],
        yes: [expect.stringContaining('未超过半数')],
      },
    });
  });

  it('puts too short a training under its days and a skipped step under the step', async () => {
    setSessionUser(secretary);
    const { record } = personAtStep(branch, 10, 'candidate', '培训测试对象');
    const training = await callAction(actions.recordDevelopmentStep, {
      recordId: record.id,
      code: 'short_training',
      date: today,
      hours: 10,
    });
    expect(training).toMatchObject({ ok: false, fieldErrors: { days: [expect.stringContaining('24学时')] } });
    const skipped = await callAction(actions.recordDevelopmentStep, {
      recordId: record.id,
      code: 'committee_review',
      date: today,
    });
    expect(skipped).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining('不能跳过')] } });
  });
});

describe('第19步 编入党支部和党小组', () => {
  const branch = fb.freshBranch('党小组测试支部');
  const secretary = fb.addAccount(branch, 'secretary');
  const first = fb.addGroup(branch.id, '第一党小组');
  const second = fb.addGroup(branch.id, '第二党小组');
  const other = fb.freshBranch('另一个支部');
  const foreign = fb.addGroup(other.id, '外支部党小组');

  it('writes the chosen group to the new member with the step, audited', async () => {
    setSessionUser(secretary);
    const { person, record } = personAtStep(branch, 18, 'probationary', '编组测试预备党员');
    fb.addPerson(branch.id, '同组党员', 'full', { groupId: first.id });
    const result = await callAction(actions.recordDevelopmentStep, {
      recordId: record.id,
      code: 'placed_in_group',
      date: today,
      groupId: String(second.id),
    });
    expect(result).toMatchObject({ ok: true });
    const after = personRow(person.id);
    expect(after.groupId).toBe(second.id);
    expect(after.version).toBeGreaterThan(person.version);
    const step = db
      .select()
      .from(developmentStepRecords)
      .where(eq(developmentStepRecords.recordId, record.id))
      .all()
      .find((s) => s.code === 'placed_in_group')!;
    expect(step.data).toMatchObject({ groupId: second.id });
    const placed = db
      .select()
      .from(auditLog)
      .all()
      .find((a) => a.action === 'development.place_in_group' && a.entityId === person.id);
    expect(placed).toMatchObject({ entity: 'people', before: { groupId: null }, after: { groupId: second.id } });
    expect(lastAudit()).toMatchObject({ action: 'development.record_step' });
  });

  it('asks for a group when the branch has groups, and refuses another branch’s, writing nothing', async () => {
    setSessionUser(secretary);
    const { record } = personAtStep(branch, 18, 'probationary', '未编组预备党员');
    const before = tableChecksum(db);
    const missing = await callAction(actions.recordDevelopmentStep, {
      recordId: record.id,
      code: 'placed_in_group',
      date: today,
    });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { groupId: ['请选择党小组'] } });
    const foreignGroup = await callAction(actions.recordDevelopmentStep, {
      recordId: record.id,
      code: 'placed_in_group',
      date: today,
      groupId: foreign.id,
    });
    expect(foreignGroup).toMatchObject({ ok: false, fieldErrors: { groupId: ['请选择本支部的党小组'] } });
    expect(tableChecksum(db)).toEqual(before);
  });

  it('refuses a group given with any other step', async () => {
    setSessionUser(secretary);
    const { record } = personAtStep(branch, 19, 'probationary', '宣誓测试预备党员');
    const before = tableChecksum(db);
    const result = await callAction(actions.recordDevelopmentStep, {
      recordId: record.id,
      code: 'oath',
      date: today,
      groupId: first.id,
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { groupId: [expect.stringContaining('编入党支部和党小组')] },
    });
    expect(tableChecksum(db)).toEqual(before);
  });

  it('records the step without a group in a branch that has none', async () => {
    const lone = fb.freshBranch('无党小组支部');
    setSessionUser(fb.addAccount(lone, 'secretary'));
    const { person, record } = personAtStep(lone, 18, 'probationary', '无组预备党员');
    const result = await callAction(actions.recordDevelopmentStep, {
      recordId: record.id,
      code: 'placed_in_group',
      date: today,
      groupId: '',
    });
    expect(result).toMatchObject({ ok: true });
    expect(personRow(person.id).groupId).toBeNull();
  });
});
