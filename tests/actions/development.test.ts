import { describe, expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/development/actions');
const { auditLog, branches, developmentRecords, developmentStepRecords, people } = await import('@/db/schema');
const { listBackfillCandidates, listDevelopmentRecords } = await import('@/db/queries/development');
const { loadDashboard } = await import('@/db/queries/dashboard');
const { and, eq } = await import('drizzle-orm');
const f = await import('@/tests/support/fixtures');
const { todayIso } = await import('@/lib/clock');
const { addDays } = await import('@/lib/dates');

const statisticsId = f.branchIdOf(f.statisticsBranchName);

function recordOf(name: string) {
  return db
    .select()
    .from(developmentRecords)
    .where(eq(developmentRecords.personId, f.personNamed(name).id))
    .get()!;
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
      .values({
        branchId: statisticsId,
        name: '少年申请人',
        gender: 'male',
        birthDate: addDays(todayIso(), -17 * 365),
        politicalStatus: 'masses',
      })
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
    const result = await callAction(actions.recordDevelopmentStep, {
      recordId: tian.id,
      code: 'candidate_confirmed',
      date: todayIso(),
    });
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toContain('一年以上');
    expect(tableChecksum(db)).toEqual(before);
  });

  it('records the next step, and the political status follows the steps', async () => {
    await signInAs('zuzhi');
    const xu = recordOf('徐浩'); // applied three weeks ago in the demo, not yet talked to
    const talk = await callAction(actions.recordDevelopmentStep, {
      recordId: xu.id,
      code: 'first_talk',
      date: todayIso(),
    });
    expect(talk).toMatchObject({ ok: true });
    expect(f.personNamed('徐浩').politicalStatus).toBe('applicant');
    const result = await callAction(actions.recordDevelopmentStep, {
      recordId: xu.id,
      code: 'activist_confirmed',
      date: todayIso(),
    });
    expect(result).toMatchObject({ ok: true });
    expect(f.personNamed('徐浩').politicalStatus).toBe('activist');
  });

  it('refuses a date correction that would break a rule checked when the step was recorded', async () => {
    await signInAs('shuji');
    // 何思远 became an activist on 2023-09-06 and a development candidate on 2025-03-06. Moving the
    // candidate date to 2024-09-06 keeps the steps in order but leaves exactly one year, not more.
    const candidate = stepOf('何思远', 'candidate_confirmed');
    const before = tableChecksum(db);
    const result = await callAction(actions.correctDevelopmentStepDate, {
      id: candidate.id,
      version: candidate.version,
      date: '2024-09-06',
      reason: '核对会议记录',
    });
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toContain('一年以上');
    expect(tableChecksum(db)).toEqual(before);
  });

  it('accepts a correction that keeps every rule, with its reason in the audit entry', async () => {
    await signInAs('shuji');
    const filed = stepOf('何思远', 'activist_filed');
    const result = await callAction(actions.correctDevelopmentStepDate, {
      id: filed.id,
      version: filed.version,
      date: '2023-09-14',
      reason: '以备案回执日期为准',
    });
    expect(result).toMatchObject({ ok: true });
    expect(stepOf('何思远', 'activist_filed').date).toBe('2023-09-14');
    expect(
      JSON.stringify(
        db
          .select()
          .from((await import('@/db/schema')).auditLog)
          .all()
          .at(-1),
      ),
    ).toContain('以备案回执日期为准');
  });

  it('lets nobody of another branch record a step', async () => {
    await signInAs('caizheng');
    const before = tableChecksum(db);
    const result = await callAction(actions.recordDevelopmentStep, {
      recordId: recordOf('徐浩').id,
      code: 'activist_filed',
      date: todayIso(),
    });
    expect(result).toMatchObject({ ok: false });
    expect(tableChecksum(db)).toEqual(before);
  });
});

const lastAudit = () => db.select().from(auditLog).all().at(-1)!;

describe('stopping a development record', () => {
  it('ends an activist’s development with date and reason: the person is 群众, the board drops the record, no step can follow', async () => {
    const zuzhi = await signInAs('zuzhi');
    const tian = recordOf('田雨'); // activist
    const result = await callAction(actions.stopDevelopment, {
      recordId: tian.id,
      version: tian.version,
      date: todayIso(),
      reason: '调离本单位',
    });

    expect(result).toMatchObject({ ok: true, message: '已终止发展，此人的政治面貌改为群众' });
    expect(recordOf('田雨')).toMatchObject({
      stoppedAt: todayIso(),
      stopReason: '调离本单位',
      version: tian.version + 1,
    });
    expect(f.personNamed('田雨')).toMatchObject({ politicalStatus: 'masses', probationaryDate: null });
    expect(listDevelopmentRecords(zuzhi).map((r) => r.name)).not.toContain('田雨');
    expect(lastAudit()).toMatchObject({
      action: 'development.stop',
      entity: 'development_records',
      entityId: tian.id,
      after: expect.objectContaining({ stopReason: '调离本单位', politicalStatus: 'masses' }),
    });

    const next = await callAction(actions.recordDevelopmentStep, {
      recordId: tian.id,
      code: 'activist_assessment',
      date: todayIso(),
    });
    expect(next).toMatchObject({ ok: false, error: '该发展记录已终止' });
  });

  it('keeps the person 群众 when a date of the stopped record is corrected', async () => {
    await signInAs('shuji');
    const filed = stepOf('田雨', 'activist_filed');
    const result = await callAction(actions.correctDevelopmentStepDate, {
      id: filed.id,
      version: filed.version,
      date: addDays(filed.date, 1),
      reason: '以备案回执日期为准',
    });
    expect(result).toMatchObject({ ok: true });
    expect(f.personNamed('田雨').politicalStatus).toBe('masses');
  });

  it('cancels a probationary member’s qualification: 群众 again, without the date of joining', async () => {
    await signInAs('zuzhi');
    expect(f.personNamed('吴桐')).toMatchObject({ politicalStatus: 'probationary', probationaryDate: '2025-12-26' });
    const wu = recordOf('吴桐');
    const result = await callAction(actions.stopDevelopment, {
      recordId: wu.id,
      version: wu.version,
      date: todayIso(),
      reason: '不履行党员义务，经支部党员大会讨论取消预备党员资格',
    });
    expect(result).toMatchObject({ ok: true, message: '已取消预备党员资格，此人的政治面貌改为群众' });
    expect(f.personNamed('吴桐')).toMatchObject({
      politicalStatus: 'masses',
      probationaryDate: null,
      fullMemberDate: null,
    });
  });

  it('refuses a full member’s record, a date before the last step, a stale version and a missing reason, writing nothing', async () => {
    await signInAs('zuzhi');
    const yang = recordOf('杨帆'); // full member since 2023
    const he = recordOf('何思远');
    const before = tableChecksum(db);

    const full = await callAction(actions.stopDevelopment, {
      recordId: yang.id,
      version: yang.version,
      date: todayIso(),
      reason: '调离本单位',
    });
    expect(full).toMatchObject({ ok: false, error: expect.stringContaining('正式党员的发展记录不能终止') });
    const early = await callAction(actions.stopDevelopment, {
      recordId: he.id,
      version: he.version,
      date: '2025-01-01',
      reason: '调离本单位',
    });
    expect(early).toMatchObject({
      ok: false,
      fieldErrors: { date: [expect.stringContaining('终止发展日期不能早于已记录的步骤')] },
    });
    const stale = await callAction(actions.stopDevelopment, {
      recordId: he.id,
      version: he.version + 1,
      date: todayIso(),
      reason: '调离本单位',
    });
    expect(stale).toMatchObject({ ok: false, conflict: true });
    const noReason = await callAction(actions.stopDevelopment, {
      recordId: he.id,
      version: he.version,
      date: todayIso(),
      reason: ' ',
    });
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: ['请填写终止原因'] } });

    expect(tableChecksum(db)).toEqual(before);
  });
});

describe('the branch’s 公示 period', () => {
  const noticeWarnings = (code: string) => stepOf('何思远', code).warnings.filter((w) => w.rule === 'notice-period');
  const branchRow = () =>
    db
      .select()
      .from(branches)
      .all()
      .find((b) => b.id === statisticsId)!;

  it('seeds demo histories that keep the default period of 5 working days', () => {
    expect(branchRow().developmentNoticeWorkingDays).toBe(5);
    const preReviews = db
      .select()
      .from(developmentStepRecords)
      .all()
      .filter((s) => s.code === 'pre_review');
    expect(preReviews.length).toBeGreaterThan(0);
    expect(preReviews.flatMap((s) => s.warnings)).toEqual([]);
  });

  it('is the secretary’s to set, version-checked and audited', async () => {
    await signInAs('zuzhi');
    expect(
      await callAction(actions.updateDevelopmentNoticePeriod, { version: branchRow().version, noticeWorkingDays: 7 }),
    ).toMatchObject({ ok: false, error: '您没有执行此操作的权限' });

    await signInAs('shuji');
    const { version } = branchRow();
    expect(await callAction(actions.updateDevelopmentNoticePeriod, { version, noticeWorkingDays: 31 })).toMatchObject({
      ok: false,
      fieldErrors: { noticeWorkingDays: ['公示期不能超过30个工作日'] },
    });
    expect(await callAction(actions.updateDevelopmentNoticePeriod, { version, noticeWorkingDays: 7 })).toMatchObject({
      ok: true,
    });
    expect(branchRow()).toMatchObject({ developmentNoticeWorkingDays: 7, version: version + 1 });
    expect(lastAudit()).toMatchObject({
      action: 'development.notice_period',
      entity: 'branches',
      entityId: statisticsId,
    });
    expect(await callAction(actions.updateDevelopmentNoticePeriod, { version, noticeWorkingDays: 5 })).toMatchObject({
      ok: false,
      conflict: true,
    });
  });

  it('is what recording and correcting 上级党委预审 check against', async () => {
    await signInAs('zuzhi');
    const he = recordOf('何思远'); // development candidate, trained on 2025-06-20
    // 支部委员会审查 on Monday 2026-11-02: 7 working days end on Tuesday 2026-11-10, 5 on Friday 2026-11-06.
    expect(
      await callAction(actions.recordDevelopmentStep, {
        recordId: he.id,
        code: 'committee_review',
        date: '2026-11-02',
      }),
    ).toMatchObject({ ok: true });
    const recorded = await callAction(actions.recordDevelopmentStep, {
      recordId: he.id,
      code: 'pre_review',
      date: '2026-11-09',
    });
    expect(recorded).toMatchObject({ ok: true, message: expect.stringContaining('公示（7个工作日）') });
    expect(noticeWarnings('pre_review')).toHaveLength(1);

    await signInAs('shuji');
    expect(
      await callAction(actions.updateDevelopmentNoticePeriod, { version: branchRow().version, noticeWorkingDays: 5 }),
    ).toMatchObject({ ok: true });
    const step = stepOf('何思远', 'pre_review');
    expect(
      await callAction(actions.correctDevelopmentStepDate, {
        id: step.id,
        version: step.version,
        date: '2026-11-10',
        reason: '以预审批复日期为准',
      }),
    ).toMatchObject({ ok: true });
    expect(noticeWarnings('pre_review')).toEqual([]);
  });
});

describe('the people a step names', () => {
  it('refuses a talker from another branch, writing nothing', async () => {
    await signInAs('zuzhi');
    const applicant = db
      .insert(people)
      .values({
        branchId: statisticsId,
        name: '谈话测试申请人',
        gender: 'male',
        birthDate: '1998-01-01',
        politicalStatus: 'masses',
      })
      .returning()
      .get();
    expect(await callAction(actions.startDevelopment, { personId: applicant.id, date: todayIso() })).toMatchObject({
      ok: true,
    });
    const record = recordOf('谈话测试申请人');
    const stranger = db
      .select()
      .from(people)
      .where(eq(people.branchId, f.branchIdOf(f.financeBranchName)))
      .get()!;
    const colleague = f.personNamed('王海燕');
    const before = tableChecksum(db);
    const result = await callAction(actions.recordDevelopmentStep, {
      recordId: record.id,
      code: 'first_talk',
      date: todayIso(),
      talkerId: stranger.id,
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { talkerId: ['请选择本支部的人员'] } });
    expect(tableChecksum(db)).toEqual(before);
    // The same step with a talker of the branch goes through.
    expect(
      await callAction(actions.recordDevelopmentStep, {
        recordId: record.id,
        code: 'first_talk',
        date: todayIso(),
        talkerId: colleague.id,
      }),
    ).toMatchObject({ ok: true });
  });
});

describe('补录发展过程 for people imported in development', () => {
  function imported(name: string, politicalStatus: 'probationary' | 'activist', branchId = statisticsId) {
    return db
      .insert(people)
      .values({
        branchId,
        name,
        gender: 'female',
        birthDate: '1996-04-04',
        politicalStatus,
        probationaryDate: politicalStatus === 'probationary' ? '2026-01-12' : null,
      })
      .returning()
      .get();
  }
  // Today is pinned; the admission vote eleven months ago ends the probationary year within the dashboard's horizon.
  const vote = addDays(todayIso(), -330);
  const approved = addDays(todayIso(), -300);

  it('lists them for 补录 until done, then keeps their status and reminds 转正 from the admission vote', async () => {
    const user = await signInAs('zuzhi');
    const person = imported('补录预备党员甲', 'probationary');
    expect(listBackfillCandidates(user).map((p) => p.name)).toContain('补录预备党员甲');

    const result = await callAction(actions.backfillDevelopment, {
      personId: person.id,
      version: person.version,
      admission_vote: vote,
      admission_approved: approved,
    });
    expect(result).toMatchObject({ ok: true });
    expect(listBackfillCandidates(user).map((p) => p.name)).not.toContain('补录预备党员甲');

    const steps = db
      .select()
      .from(developmentStepRecords)
      .where(eq(developmentStepRecords.recordId, recordOf('补录预备党员甲').id))
      .all();
    expect(steps.map((s) => [s.code, s.date, s.data])).toEqual([
      ['admission_vote', vote, { backfilled: true }],
      ['admission_approved', approved, { backfilled: true }],
    ]);
    expect(f.personNamed('补录预备党员甲')).toMatchObject({ politicalStatus: 'probationary', probationaryDate: vote });
    expect(lastAudit()).toMatchObject({
      action: 'development.backfill',
      entity: 'development_records',
      entityId: recordOf('补录预备党员甲').id,
    });

    const reminders = loadDashboard(user, Number(todayIso().slice(0, 4)), todayIso()).developmentReminders!;
    expect(reminders).toContainEqual(expect.objectContaining({ code: 'full_vote', who: '预备党员 补录预备党员甲' }));
  });

  it('refuses a missing required date or a date the rules refuse, against its field, writing nothing', async () => {
    await signInAs('zuzhi');
    const person = imported('补录积极分子乙', 'activist');
    const before = tableChecksum(db);
    expect(
      await callAction(actions.backfillDevelopment, { personId: person.id, version: person.version }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { activist_confirmed: [expect.stringContaining('请填写确定为入党积极分子日期')] },
    });
    expect(
      await callAction(actions.backfillDevelopment, {
        personId: person.id,
        version: person.version,
        application: '2026-05-01',
        activist_confirmed: '2026-03-01',
      }),
    ).toMatchObject({ ok: false, fieldErrors: { activist_confirmed: [expect.stringContaining('不能早于上一步骤')] } });
    expect(
      await callAction(actions.backfillDevelopment, {
        personId: person.id,
        version: person.version,
        activist_confirmed: '2026-13-01',
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { activist_confirmed: [expect.stringContaining('有效日期')] },
    });
    expect(tableChecksum(db)).toEqual(before);
  });

  it('refuses someone with a record already, a full member, a stale roster row and another branch’s person', async () => {
    await signInAs('zuzhi');
    const he = f.personNamed('何思远'); // a development candidate with a record in the demo
    const full = db
      .select()
      .from(people)
      .where(and(eq(people.branchId, statisticsId), eq(people.politicalStatus, 'full')))
      .get()!;
    const other = imported('他支部预备党员', 'probationary', f.branchIdOf(f.financeBranchName));
    const fresh = imported('补录预备党员丙', 'probationary');
    const dates = { admission_vote: vote, admission_approved: approved };
    const before = tableChecksum(db);
    expect(
      await callAction(actions.backfillDevelopment, {
        personId: he.id,
        version: he.version,
        candidate_confirmed: '2025-06-01',
      }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('已有发展记录') });
    expect(
      await callAction(actions.backfillDevelopment, { personId: full.id, version: full.version, ...dates }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('只有入党申请人') });
    expect(tableChecksum(db)).toEqual(before);
    db.update(people)
      .set({ version: fresh.version + 1 })
      .where(eq(people.id, fresh.id))
      .run(); // edited in the roster meanwhile
    const edited = tableChecksum(db);
    expect(
      await callAction(actions.backfillDevelopment, { personId: fresh.id, version: fresh.version, ...dates }),
    ).toMatchObject({ ok: false, conflict: true });
    expect(tableChecksum(db)).toEqual(edited);
    expect(
      await callAction(actions.backfillDevelopment, { personId: other.id, version: other.version, ...dates }),
    ).toMatchObject({ ok: false, error: '记录不存在，或您无权操作该记录' });
    expect(tableChecksum(db)).toEqual(edited);
  });
});
