import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction, refusal, succeeded } from '@/tests/support/call-action';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/report/actions');
const { getReport } = await import('@/db/report/queries');
const { branchOwner } = await import('@/db/report/owner');
const { computeFigures } = await import('@/db/report/figures/compute');
const { reportSectionRevisions, reportSections } = await import('@/db/schema');
const { figureKeysIn } = await import('@/lib/report/figure-key');
const { isProblem } = await import('@/lib/report/figure-types');
const { resolveText } = await import('@/lib/report/render');
const f = await import('@/tests/support/fixtures');
const rp = await import('@/tests/support/reports');

const statisticsId = f.branchIdOf(f.statisticsBranchName);

function sectionOf(year: number, heading: string) {
  const report = getReport(branchOwner(statisticsId), year)!;
  return report.sections.find((s) => s.heading === heading)!;
}

describe('the demo reports', () => {
  it('2024 continues 2023: the same text marked as carried over, 下一步打算 moved on to 2025, one live comparison', () => {
    const last = getReport(branchOwner(statisticsId), 2023)!;
    const continued = getReport(branchOwner(statisticsId), 2024)!;
    expect(continued.continuedFromId).toBe(last.id);
    expect(continued.sections.slice(0, last.sections.length).map((s) => s.heading)).toEqual(
      last.sections.map((s) => (s.kind === 'secretary_project' ? '2025年书记项目' : s.heading)),
    );
    const carried = continued.sections.filter((s) => s.carriedOver);
    expect(carried.map((s) => s.body)).toEqual(
      last.sections.filter((s) => s.kind !== 'secretary_project').map((s) => s.body),
    );
    // The demo records no 书记项目 for 2025: the secretary is asked for it, 2024's plans are not carried.
    const [project] = continued.sections.filter((s) => s.kind === 'secretary_project');
    expect(project).toMatchObject({ body: '【请填写：2025年书记项目的名称、内容和目标】', carriedOver: false });
    expect(continued.sections.map((s) => s.body).join('\n')).not.toContain('拟实施2024年书记项目');

    const review = continued.sections.filter((s) => s.kind === 'review' || s.heading.startsWith('对照'));
    expect(review.map((s) => s.heading)).toEqual(['对照2023年报告的落实情况']);
    expect(continued.sections.at(-1)).toBe(review[0]);
    const figures = computeFigures({ branchId: statisticsId }, 2024, figureKeysIn([review[0].body]));
    const text = resolveText(review[0].body, figures, new Map());
    expect(text).toContain('2023年查摆的问题整改情况：共');
    expect(text).toContain('（已销号）');
    expect(text).toContain(
      '2023年计划的书记项目落实情况：共1个，2024年书记项目：胡杨林病虫害防治与垃圾点改造（已完成）。',
    );

    const key = 'meetings:kind=committee';
    expect(figureKeysIn(continued.sections.map((s) => s.body))).toContain(key);
    const heldIn = (year: number) =>
      db.$client
        .prepare(
          "select count(*) from meetings m join meeting_kinds k on k.id = m.kind_id where m.branch_id = ? and k.code = 'committee' and m.status = 'held' and m.deleted_at is null and m.date like ?",
        )
        .pluck()
        .get(statisticsId, `${year}-%`);
    for (const year of [2023, 2024]) {
      const figure = computeFigures({ branchId: statisticsId }, year, [key]).get(key)!;
      expect(isProblem(figure)).toBe(false);
      if (!isProblem(figure)) expect(figure.value).toBe(heldIn(year));
    }
  });
});

describe('saving a section', () => {
  it('keeps every save as a version and refuses a stale one with the text as it now is', async () => {
    await signInAs('shuji');
    const section = sectionOf(2024, '深化理论学习，注重学用结合');
    expect(section.carriedOver).toBe(true);
    const first = await callAction(actions.saveReportSection, {
      id: section.id,
      version: section.version,
      heading: section.heading,
      body: '第一次保存',
    });
    expect(first).toMatchObject({
      ok: true,
      data: { version: section.version + 1, body: '第一次保存', carriedOver: false },
    });
    expect(sectionOf(2024, '深化理论学习，注重学用结合').carriedOver).toBe(false);

    const before = tableChecksum(db);
    const stale = await callAction(actions.saveReportSection, {
      id: section.id,
      version: section.version,
      heading: section.heading,
      body: '过期的保存',
    });
    expect(stale).toMatchObject({
      ok: false,
      conflict: true,
      current: { version: section.version + 1, body: '第一次保存' },
    });
    expect(tableChecksum(db)).toEqual(before);

    const versions = db
      .select({ version: reportSectionRevisions.version, body: reportSectionRevisions.body })
      .from(reportSectionRevisions)
      .where(eq(reportSectionRevisions.sectionId, section.id))
      .all();
    expect(versions.map((v) => v.version)).toEqual([section.version, section.version + 1]);
    expect(versions.at(-1)?.body).toBe('第一次保存');
  });

  it('lets a committee member write only the sections assigned to them', async () => {
    await signInAs('shuji');
    const section = sectionOf(2024, '提升组织生活质量，推进支部规范化建设');
    const zuzhi = f.accountNamed('zuzhi');
    expect(
      succeeded(
        await callAction(actions.assignReportSection, {
          id: section.id,
          version: section.version,
          assigneeId: zuzhi.id,
        }),
      ),
    ).toBe(true);

    await signInAs('zuzhi');
    const assigned = sectionOf(2024, '提升组织生活质量，推进支部规范化建设');
    expect(
      succeeded(
        await callAction(actions.saveReportSection, {
          id: assigned.id,
          version: assigned.version,
          heading: assigned.heading,
          body: '组织委员撰写',
        }),
      ),
    ).toBe(true);
    const other = sectionOf(2024, '抓实问题整改，巩固整改成果');
    const before = tableChecksum(db);
    const refused = await callAction(actions.saveReportSection, {
      id: other.id,
      version: other.version,
      heading: other.heading,
      body: '越权',
    });
    expect(refusal(refused)).toContain('没有分配给您');
    expect(tableChecksum(db)).toEqual(before);
  });

  it('refuses every change to a submitted report', async () => {
    await signInAs('shuji');
    const section = sectionOf(2023, '存在的主要问题');
    const before = tableChecksum(db);
    const refused = await callAction(actions.saveReportSection, {
      id: section.id,
      version: section.version,
      heading: section.heading,
      body: '提交后再改',
    });
    expect(refusal(refused)).toBe('报告已提交，不能再修改');
    const override = await callAction(actions.overrideReportFigure, {
      reportId: getReport(branchOwner(statisticsId), 2023)!.id,
      figureKey: 'notices',
      text: '99',
      reason: '试图修改',
    });
    expect(refusal(override)).toBe('报告已提交，不能再修改');
    expect(tableChecksum(db)).toEqual(before);
  });
});

describe('overriding a figure', () => {
  it('needs a reason, and is kept apart from the computed value until restored', async () => {
    await signInAs('shuji');
    const reportId = getReport(branchOwner(statisticsId), 2024)!.id;
    const before = tableChecksum(db);
    const noReason = await callAction(actions.overrideReportFigure, {
      reportId,
      figureKey: 'notices',
      text: '13',
      reason: '',
    });
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect(tableChecksum(db)).toEqual(before);

    expect(
      succeeded(
        await callAction(actions.overrideReportFigure, {
          reportId,
          figureKey: 'notices',
          text: '13',
          reason: '含一项线下公示',
        }),
      ),
    ).toBe(true);
    expect(getReport(branchOwner(statisticsId), 2024)!.overrides).toEqual([
      { figureKey: 'notices', text: '13', reason: '含一项线下公示' },
    ]);
    expect(succeeded(await callAction(actions.restoreReportFigure, { reportId, figureKey: 'notices' }))).toBe(true);
    expect(getReport(branchOwner(statisticsId), 2024)!.overrides).toEqual([]);
  });
});

describe('the structure', () => {
  it('numbers follow the order after a move, and a removed section leaves the report but keeps its versions', async () => {
    await signInAs('shuji');
    const report = getReport(branchOwner(statisticsId), 2024)!;
    const last = report.sections.at(-1)!;
    expect(succeeded(await callAction(actions.moveReportSection, { id: last.id, direction: 'up' }))).toBe(true);
    const moved = getReport(branchOwner(statisticsId), 2024)!.sections;
    expect(moved.at(-2)?.id).toBe(last.id);

    const extra = rp.insertSection(report.id, { heading: '临时部分' });
    expect(succeeded(await callAction(actions.removeReportSection, { id: extra.id, version: extra.version }))).toBe(
      true,
    );
    expect(getReport(branchOwner(statisticsId), 2024)!.sections.some((s) => s.id === extra.id)).toBe(false);
    expect(db.select().from(reportSections).where(eq(reportSections.id, extra.id)).get()?.deletedAt).toBeTruthy();
  });
});

describe('the review', () => {
  it('turns a comment into a rectification item of the branch, once, with its source', async () => {
    const review = await import('@/app/(app)/review/actions');
    const { rectificationItems, reportReviewComments } = await import('@/db/schema');
    await signInAs('dangwei');
    const report = getReport(branchOwner(statisticsId), 2023)!;
    const comment = db.select().from(reportReviewComments).where(eq(reportReviewComments.reportId, report.id)).get()!;
    const payload = {
      commentId: comment.id,
      aspect: '品牌建设',
      responsiblePersonId: f.personNamed('李娜').id,
      deadline: '2099-06-30',
    };

    expect(succeeded(await callAction(review.turnCommentIntoRectification, payload))).toBe(true);
    const linked = db.select().from(reportReviewComments).where(eq(reportReviewComments.id, comment.id)).get()!;
    const item = db
      .select()
      .from(rectificationItems)
      .where(eq(rectificationItems.id, linked.rectificationItemId!))
      .get()!;
    expect(item).toMatchObject({
      branchId: statisticsId,
      source: 'duty_review',
      sourceReportId: report.id,
      problem: comment.body,
      state: 'in_progress',
    });

    const before = tableChecksum(db);
    expect(refusal(await callAction(review.turnCommentIntoRectification, payload))).toBe('这条意见已转为整改事项');
    expect(tableChecksum(db)).toEqual(before);
  });

  it('grades only submitted reports', async () => {
    const review = await import('@/app/(app)/review/actions');
    await signInAs('dangwei');
    const draft = getReport(branchOwner(statisticsId), 2024)!;
    const before = tableChecksum(db);
    expect(refusal(await callAction(review.gradeReport, { id: draft.id, version: draft.version, grade: '好' }))).toBe(
      '报告尚未提交，不能评议',
    );
    expect(tableChecksum(db)).toEqual(before);
  });
});

describe('a reviewer outside the committee', () => {
  it('can neither grade nor comment on a report of another committee’s branch, nor turn its comments into items', async () => {
    const { branches, organisations, people } = await import('@/db/schema');
    const review = await import('@/app/(app)/review/actions');
    const other = db.insert(organisations).values({ name: '另一个党工委' }).returning().get();
    const branch = db
      .insert(branches)
      .values({ organisationId: other.id, name: '另一个党工委的支部' })
      .returning()
      .get();
    const person = db
      .insert(people)
      .values({ branchId: branch.id, name: '外委党员', gender: 'female', politicalStatus: 'full' })
      .returning()
      .get();
    const report = rp.insertReport(branch.id, { status: 'submitted' });
    const comment = rp.insertReviewComment(report.id);

    await signInAs('dangwei');
    const before = tableChecksum(db);
    const attempts = [
      await callAction(review.gradeReport, { id: report.id, version: report.version, grade: '好' }),
      await callAction(review.addReviewComment, { reportId: report.id, body: '越权的评议意见' }),
      await callAction(review.turnCommentIntoRectification, {
        commentId: comment.id,
        aspect: '越权',
        responsiblePersonId: person.id,
        deadline: '2099-12-31',
      }),
    ];
    expect(attempts.map(refusal)).toEqual(attempts.map(() => expect.stringContaining('不存在')));
    expect(tableChecksum(db)).toEqual(before);
  });
});
