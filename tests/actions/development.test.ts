import { describe, expect, it, vi } from 'vitest';
import { callAction } from '../support/call-action';
import { signInAs } from '../support/session';
import { setupTestDatabase, tableChecksum } from '../support/test-db';

vi.mock('@/lib/auth/current-user', () => import('../support/session'));
vi.mock('next/cache', () => import('../support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('../support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/development/actions');
const { developmentRecords, developmentStepRecords, people } = await import('@/db/schema');
const { and, eq } = await import('drizzle-orm');
const f = await import('../support/fixtures');
const { todayIso } = await import('@/lib/validation/fields');
const { addDays } = await import('@/lib/rules/dates');

const statisticsId = f.branchIdOf(f.statisticsBranchName);

function recordOf(name: string) {
  return db.select().from(developmentRecords).where(eq(developmentRecords.personId, f.personNamed(name).id)).get()!;
}

function stepOf(name: string, code: string) {
  return db
    .select()
    .from(developmentStepRecords)
    .where(and(eq(developmentStepRecords.recordId, recordOf(name).id), eq(developmentStepRecords.code, code as never)))
    .get()!;
}

describe('member development actions', () => {
  it('refuses an applicant under 18 on the day of application, naming the rule, and writes nothing', async () => {
    await signInAs('zuzhi');
    const young = db
      .insert(people)
      .values({ branchId: statisticsId, name: '少年申请人', gender: 'male', birthDate: addDays(todayIso(), -17 * 365), politicalStatus: 'masses' })
      .returning()
      .get();
    const before = tableChecksum(db);
    const result = await callAction(actions.startDevelopment, { personId: young.id, date: todayIso() });
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toContain('18');
    expect(tableChecksum(db)).toEqual(before);
  });

  it('refuses 发展对象 before more than a year as activist, and nothing is recorded', async () => {
    await signInAs('zuzhi');
    const tian = recordOf('田雨'); // activist since 2026-03-06 in the demo
    const before = tableChecksum(db);
    const result = await callAction(actions.recordDevelopmentStep, { recordId: tian.id, code: 'candidate_confirmed', date: todayIso() });
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toContain('一年以上');
    expect(tableChecksum(db)).toEqual(before);
  });

  it('records the next step, and the political status follows the steps', async () => {
    await signInAs('zuzhi');
    const xu = recordOf('徐浩'); // applicant, first talk recorded in the demo
    const result = await callAction(actions.recordDevelopmentStep, { recordId: xu.id, code: 'activist_confirmed', date: todayIso() });
    expect(result).toMatchObject({ ok: true });
    expect(f.personNamed('徐浩').politicalStatus).toBe('activist');
  });

  it('refuses a date correction that would break a rule checked when the step was recorded', async () => {
    await signInAs('shuji');
    // 何思远 became an activist on 2023-09-06 and a development candidate on 2025-03-06. Moving the
    // candidate date to 2024-09-06 keeps the steps in order but leaves exactly one year, not more.
    const candidate = stepOf('何思远', 'candidate_confirmed');
    const before = tableChecksum(db);
    const result = await callAction(actions.correctDevelopmentStepDate, { id: candidate.id, version: candidate.version, date: '2024-09-06', reason: '核对会议记录' });
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toContain('一年以上');
    expect(tableChecksum(db)).toEqual(before);
  });

  it('accepts a correction that keeps every rule, with its reason in the audit entry', async () => {
    await signInAs('shuji');
    const filed = stepOf('何思远', 'activist_filed');
    const result = await callAction(actions.correctDevelopmentStepDate, { id: filed.id, version: filed.version, date: '2023-09-14', reason: '以备案回执日期为准' });
    expect(result).toMatchObject({ ok: true });
    expect(stepOf('何思远', 'activist_filed').date).toBe('2023-09-14');
    expect(JSON.stringify(db.select().from((await import('@/db/schema')).auditLog).all().at(-1))).toContain('以备案回执日期为准');
  });

  it('lets nobody of another branch record a step', async () => {
    await signInAs('caizheng');
    const before = tableChecksum(db);
    const result = await callAction(actions.recordDevelopmentStep, { recordId: recordOf('徐浩').id, code: 'activist_filed', date: todayIso() });
    expect(result).toMatchObject({ ok: false });
    expect(tableChecksum(db)).toEqual(before);
  });
});
