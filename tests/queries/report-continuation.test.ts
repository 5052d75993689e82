/**
 * db/report/continuation.ts and db/report/queries.ts: next year's draft continued from last
 * year's report (its text marked as carried over, 下一步打算 moved on to the next year with its
 * 书记项目, and one live comparison with last year's problems and plans), reports continued year
 * after year, the carried-over mark cleared by an edit, the migration that recognises older reports,
 * a report with its sections, the assignable writers, the reviewer's overview and comments.
 * Over new branches holding only the reports and records inserted here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { continuationDraft } = await import('@/db/report/continuation');
const { draftFacts } = await import('@/db/report/draft-facts');
const { computeFigures } = await import('@/db/report/figures/compute');
const { createReport, saveSection } = await import('@/db/report/mutations');
const { branchOwner } = await import('@/db/report/owner');
const rq = await import('@/db/report/queries');
const { getReport } = rq;
const { buildDraftSections } = await import('@/lib/report/draft');
const { figureKeysIn } = await import('@/lib/report/figure-key');
const { findPlaceholders } = await import('@/lib/report/placeholders');
const { resolveText } = await import('@/lib/report/render');
const fb = await import('@/tests/queries/fresh-branch');
const { accounts, organisations, projects, reportReviewComments, reportSections, reports } = await import(
  '@/db/schema'
);
const { desc, eq } = await import('drizzle-orm');

const committee = db.insert(organisations).values({ name: '述职测试党委' }).returning().get();
const branch = fb.freshBranch('延续测试支部', committee.id);
const empty = fb.freshBranch('延续测试空支部', committee.id);
const outsideCommittee = fb.freshBranch('述职测试别的党委的支部');

const person = fb.addPerson(branch.id, '责任人', 'full');
const committeePerson = fb.addPerson(branch.id, '支委甲', 'full', { committeeTitle: '组织委员' });
const secretaryPerson = fb.addPerson(branch.id, '书记乙', 'full', { committeeTitle: '书记' });

function addReport(
  branchId: number,
  year: number,
  preamble: string,
  sections: { level: number; heading: string; body: string; deletedAt?: string }[],
) {
  const report = db
    .insert(reports)
    .values({ branchId, year, title: `${year}年报告`, preamble })
    .returning()
    .get();
  sections.forEach((s, i) =>
    db
      .insert(reportSections)
      .values({ reportId: report.id, branchId, sortOrder: (sections.length - i) * 10, ...s })
      .run(),
  );
  return report;
}

// Inserted with descending sort orders: the draft follows the report's order, not the insertion order.
const last = addReport(branch.id, 2025, '2025年，支部围绕2025年度目标开展工作。', [
  { level: 2, heading: '（一）第三部分', body: '正文三' },
  { level: 2, heading: '已删除', body: '不应出现', deletedAt: '2025-12-01T00:00:00.000Z' },
  { level: 2, heading: '（一）第二部分', body: '正文二' },
  { level: 1, heading: '一、第一部分', body: '正文一' },
]);

// Problems found in 2025 (one removed, one found in 2024), and 书记项目 starting in 2026.
fb.addRectification(branch.id, person.id, {
  foundDate: '2025-09-01',
  deadline: '2025-12-31',
  problem: '学习不够深入。',
  state: 'checked_off',
});
fb.addRectification(branch.id, person.id, {
  foundDate: '2025-03-01',
  deadline: '2025-06-30',
  problem: '制度执行不严；台账有缺漏；',
  state: 'completed',
});
fb.addRectification(branch.id, person.id, { foundDate: '2025-11-01', deadline: '2026-03-01', problem: '台账不全' });
fb.addRectification(branch.id, person.id, {
  foundDate: '2025-05-01',
  deadline: '2025-06-01',
  problem: '已删除的问题',
  deletedAt: '2025-05-02T00:00:00.000Z',
});
fb.addRectification(branch.id, person.id, { foundDate: '2024-12-31', deadline: '2025-03-01', problem: '前年的问题' });
const project = (values: Partial<typeof projects.$inferInsert> & { name: string; startDate: string }) =>
  db
    .insert(projects)
    .values({ branchId: branch.id, kind: '书记项目', status: 'active', ...values })
    .run();
project({ name: '乡村振兴', startDate: '2026-03-01', status: 'planned' });
project({ name: '党建引领', startDate: '2026-01-01' });
project({ name: '去年的书记项目', startDate: '2025-01-01', status: 'completed' });
project({ name: '已删除的书记项目', startDate: '2026-02-01', deletedAt: '2026-02-02T00:00:00.000Z' });
project({ name: '结对项目', startDate: '2026-02-01', kind: '结对共建' });

/** A paragraph with its figures for the year written in, as the report shows it. */
function rendered(branchId: number, year: number, text: string) {
  return resolveText(text, computeFigures({ branchId }, year, figureKeysIn([text])), new Map());
}

describe('continuationDraft', () => {
  it('carries last year’s preamble and live sections in order, marked as carried over, the year moved on', () => {
    const draft = continuationDraft(branchOwner(branch.id), 2026)!;
    expect(draft.preamble).toBe('2026年，支部围绕2026年度目标开展工作。');
    expect(draft.continuedFromId).toBe(last.id);
    expect(draft.sections.slice(0, 3)).toEqual([
      { level: 1, heading: '一、第一部分', body: '正文一', kind: null, numbered: true, carriedOver: true },
      { level: 2, heading: '（一）第二部分', body: '正文二', kind: null, numbered: true, carriedOver: true },
      { level: 2, heading: '（一）第三部分', body: '正文三', kind: null, numbered: true, carriedOver: true },
    ]);
  });

  it('closes with one comparison whose figures give last year’s problems by state and this year’s 书记项目 by status', () => {
    const draft = continuationDraft(branchOwner(branch.id), 2026)!;
    expect(draft.sections).toHaveLength(4);
    const review = draft.sections[3];
    expect(review).toMatchObject({ level: 1, kind: 'review', heading: '对照2025年报告的落实情况' });
    expect(review.carriedOver).toBeFalsy();
    expect(findPlaceholders(review.body)).toEqual([]);
    expect(review.body.split('\n').map((p) => rendered(branch.id, 2026, p))).toEqual([
      '2025年查摆的问题整改情况：共3个，已对账销号1个、已完成整改待销号1个、正在整改1个，逐项为：制度执行不严；台账有缺漏（已完成）；学习不够深入（已销号）；台账不全（整改中）。',
      '2025年计划的书记项目落实情况：共2个，党建引领（进行中）；乡村振兴（计划中）。',
    ]);
  });

  it('asks the secretary to write the comparison where last year recorded no problems or plans', () => {
    addReport(empty.id, 2025, '前言', [{ level: 1, heading: '一', body: '正文' }]);
    const draft = continuationDraft(branchOwner(empty.id), 2026)!;
    expect(draft.sections.at(-1)).toEqual({
      level: 1,
      kind: 'review',
      heading: '对照2025年报告的落实情况',
      body: '【请填写：2025年查摆问题的整改情况（系统中未登记2025年查摆的问题）】\n【请填写：2025年计划的书记项目落实情况（系统中未登记2026年的书记项目）】',
    });
  });

  it('gives nothing when there is no report of last year', () => {
    expect(continuationDraft(branchOwner(branch.id), 2025)).toBeNull();
    expect(continuationDraft(branchOwner(branch.id), 2027)).toBeNull();
  });
});

describe('a report continued year after year', () => {
  const chain = fb.freshBranch('逐年续写测试支部', committee.id);
  const secretary = fb.addAccount(
    chain,
    'secretary',
    fb.addPerson(chain.id, '书记丙', 'full', { committeeTitle: '书记' }).id,
  );
  const scope = branchOwner(chain.id);
  const planned = (name: string, startDate: string) =>
    db
      .insert(projects)
      .values({ branchId: chain.id, kind: '书记项目', status: 'planned', name, startDate, goal: '服务群众' })
      .run();
  // The generated 2024 report: its 下一步打算 plans 2025's 书记项目, then 2026's is recorded, 2027's is not.
  planned('2025年书记项目：嘎查数据服务站', '2025-01-01');
  planned('2026年书记项目：人居环境整治', '2026-01-01');
  const first = buildDraftSections(draftFacts(scope, 2024));
  createReport(secretary, 2024, { preamble: first.preamble, sections: first.sections });

  const continueInto = (year: number) => {
    createReport(secretary, year, continuationDraft(scope, year)!);
    return getReport(scope, year)!;
  };
  const kinds = (report: NonNullable<ReturnType<typeof getReport>>, kind: string) =>
    report.sections.filter((s) => s.kind === kind);

  it('plans the year after the report’s, with that year’s 书记项目 or a prompt for it', () => {
    const generated = getReport(scope, 2024)!;
    expect(kinds(generated, 'secretary_project').map((s) => [s.heading, s.body])).toEqual([
      ['2025年书记项目', '拟实施2025年书记项目：嘎查数据服务站。服务群众。'],
    ]);
    const report2025 = continueInto(2025);
    expect(kinds(report2025, 'secretary_project').map((s) => [s.heading, s.body, s.carriedOver])).toEqual([
      ['2026年书记项目', '拟实施2026年书记项目：人居环境整治。服务群众。', false],
    ]);
    expect(report2025.sections.map((s) => s.body).join('\n')).not.toContain('2025年书记项目：嘎查数据服务站。');
    const report2026 = continueInto(2026);
    expect(kinds(report2026, 'secretary_project').map((s) => [s.heading, s.body])).toEqual([
      ['2027年书记项目', '【请填写：2027年书记项目的名称、内容和目标】'],
    ]);
    expect(kinds(report2026, 'plans').map((s) => [s.heading, s.carriedOver])).toEqual([['下一步打算', true]]);
  });

  it('has exactly one comparison, with the year before it, even when last year’s was renamed', () => {
    const report2025 = getReport(scope, 2025)!;
    const [review2025] = kinds(report2025, 'review');
    saveSection(secretary, {
      id: review2025.id,
      version: review2025.version,
      heading: '对照检查（改名）',
      body: '改过',
    });
    const report2027 = continueInto(2027);
    for (const report of [getReport(scope, 2026)!, report2027]) {
      const reviews = report.sections.filter((s) => s.kind === 'review' || s.heading.startsWith('对照'));
      expect(reviews.map((s) => [s.heading, s.kind])).toEqual([[`对照${report.year - 1}年报告的落实情况`, 'review']]);
      expect(report.sections.at(-1)?.kind).toBe('review');
    }
  });

  it('marks carried-over sections until a save changes what they say', () => {
    const report = getReport(scope, 2025)!;
    const carried = report.sections.filter((s) => s.carriedOver);
    expect(carried.length).toBe(report.sections.length - 2);
    expect(report.sections.filter((s) => !s.carriedOver).map((s) => s.kind)).toEqual(['secretary_project', 'review']);

    const section = carried.find((s) => s.body !== '')!;
    const unchanged = saveSection(secretary, {
      id: section.id,
      version: section.version,
      heading: ` ${section.heading}`,
      body: `${section.body}\n\n`,
    });
    expect(unchanged.carriedOver).toBe(true);
    const edited = saveSection(secretary, {
      id: section.id,
      version: unchanged.version,
      heading: section.heading,
      body: `${section.body}补充一句。`,
    });
    expect(edited.carriedOver).toBe(false);
    expect(getReport(scope, 2025)!.sections.find((s) => s.id === section.id)?.carriedOver).toBe(false);

    const renamed = carried.find((s) => s.id !== section.id)!;
    saveSection(secretary, { id: renamed.id, version: renamed.version, heading: '改过的标题', body: renamed.body });
    expect(getReport(scope, 2025)!.sections.find((s) => s.id === renamed.id)?.carriedOver).toBe(false);
    expect(getReport(scope, 2025)!.sections.filter((s) => s.carriedOver)).toHaveLength(carried.length - 2);
  });
});

describe('reports written before sections had kinds', () => {
  it('are recognised by the migration: the generated headings get their kinds, unchanged carried text its mark', () => {
    const old = fb.freshBranch('迁移前的报告测试支部', committee.id);
    const from = addReport(old.id, 2023, '前言', [
      { level: 1, heading: '一、工作', body: '原文' },
      { level: 1, heading: '下一步打算', body: '' },
      { level: 2, heading: '2024年书记项目', body: '拟实施某项目。' },
    ]);
    const continued = addReport(old.id, 2024, '前言', [
      { level: 1, heading: '一、工作', body: '原文' },
      { level: 1, heading: '二、改过', body: '改过的正文' },
      { level: 1, heading: '下一步打算', body: '' },
      { level: 2, heading: '2024年书记项目', body: '拟实施某项目。' },
      { level: 1, heading: '对照2023年报告的落实情况', body: '旧的对照' },
    ]);
    db.update(reports).set({ continuedFromId: from.id }).where(eq(reports.id, continued.id)).run();
    const sql = fs.readFileSync(path.join(process.cwd(), 'db/migrations/0011_report_section_kind.sql'), 'utf8');
    const updates = sql
      .split('--> statement-breakpoint')
      .map((s) => s.replace(/^--.*$/gm, '').trim())
      .filter((s) => s.startsWith('UPDATE'));
    expect(updates).toHaveLength(4);
    for (const update of updates) db.$client.exec(update);
    const rows = db
      .select({ heading: reportSections.heading, kind: reportSections.kind, carriedOver: reportSections.carriedOver })
      .from(reportSections)
      .where(eq(reportSections.reportId, continued.id))
      .orderBy(desc(reportSections.sortOrder))
      .all();
    expect(rows).toEqual([
      { heading: '一、工作', kind: null, carriedOver: true },
      { heading: '二、改过', kind: null, carriedOver: false },
      { heading: '下一步打算', kind: 'plans', carriedOver: true },
      { heading: '2024年书记项目', kind: 'secretary_project', carriedOver: true },
      { heading: '对照2023年报告的落实情况', kind: 'review', carriedOver: false },
    ]);
  });
});

describe('reports queries', () => {
  const secretary = fb.addAccount(branch, 'secretary', secretaryPerson.id);
  const committeeAccount = fb.addAccount(branch, 'committee', committeePerson.id);
  fb.addAccount(branch, 'member', person.id);
  const disabled = fb.addAccount(branch, 'committee', fb.addPerson(branch.id, '停用支委', 'full').id);
  db.update(accounts).set({ disabledAt: '2026-01-01T00:00:00.000Z' }).where(eq(accounts.id, disabled.accountId)).run();

  it('getReport gives the report’s live sections in order with their writer, and nothing for a year without one', () => {
    const [first] = db.select().from(reportSections).where(eq(reportSections.heading, '一、第一部分')).all();
    db.update(reportSections)
      .set({ assigneeId: committeeAccount.accountId })
      .where(eq(reportSections.id, first.id))
      .run();
    const report = rq.getReport(branchOwner(branch.id), 2025)!;
    expect(report.sections.map((s) => [s.level, s.heading, s.assigneeName])).toEqual([
      [1, '一、第一部分', '支委甲'],
      [2, '（一）第二部分', null],
      [2, '（一）第三部分', null],
    ]);
    expect(report.sections[0].assigneeId).toBe(committeeAccount.accountId);
    expect(report.overrides).toEqual([]);
    expect(rq.getReport(branchOwner(branch.id), 2024)).toBeNull();
  });

  it('listAssignableAccounts lists the branch’s committee and secretary accounts that can sign in, by person', () => {
    expect(rq.listAssignableAccounts(branchOwner(branch.id))).toEqual([
      { id: committeeAccount.accountId, name: '支委甲', committeeTitle: '组织委员' },
      { id: secretary.accountId, name: '书记乙', committeeTitle: '书记' },
    ]);
  });

  it('reportsForReview lists every branch the reviewer reads with its report of the year, if any', () => {
    const reviewer = { ...fb.userOf(branch, 'reviewer'), branchIds: [branch.id, empty.id] };
    db.update(reports)
      .set({ status: 'submitted', submittedAt: '2026-01-10T00:00:00.000Z', grade: '好' })
      .where(eq(reports.id, last.id))
      .run();
    expect(rq.reportsForReview(reviewer, 2025)).toEqual([
      {
        ref: { kind: 'branch', id: branch.id },
        name: '延续测试支部',
        status: 'submitted',
        submittedAt: '2026-01-10T00:00:00.000Z',
        grade: '好',
      },
      {
        ref: { kind: 'branch', id: empty.id },
        name: '延续测试空支部',
        status: 'draft',
        submittedAt: null,
        grade: null,
      },
    ]);
    expect(rq.reportsForReview(reviewer, 2030)).toEqual([
      { ref: { kind: 'branch', id: branch.id }, name: '延续测试支部', status: null, submittedAt: null, grade: null },
      { ref: { kind: 'branch', id: empty.id }, name: '延续测试空支部', status: null, submittedAt: null, grade: null },
    ]);
    expect(rq.reportsForReview(reviewer, 2025).map((r) => r.ref.id)).not.toContain(outsideCommittee.id);
  });

  it('reportsForReview lists the organisations beneath the reviewer’s first, each with its own report, then the branches', () => {
    const top = fb.freshOrganisation('审阅测试党委');
    const general = fb.freshOrganisation('审阅测试党总支', 'general_branch', top.id);
    const below = fb.freshBranch('审阅测试党总支的支部', general.id);
    db.insert(reports)
      .values({
        organisationId: general.id,
        year: 2025,
        title: '2025年报告',
        status: 'submitted',
        submittedAt: '2026-01-12T00:00:00.000Z',
      })
      .run();
    const reviewer = { ...fb.userOf(below, 'reviewer'), organisationId: top.id };
    expect(rq.reportsForReview(reviewer, 2025)).toEqual([
      {
        ref: { kind: 'organisation', id: general.id },
        name: '审阅测试党总支',
        status: 'submitted',
        submittedAt: '2026-01-12T00:00:00.000Z',
        grade: null,
      },
      {
        ref: { kind: 'branch', id: below.id },
        name: '审阅测试党总支的支部',
        status: null,
        submittedAt: null,
        grade: null,
      },
    ]);
    // The organisation's own report is not among those it reviews; nor is an organisation above or beside.
    const generalReviewer = { ...reviewer, organisationId: general.id };
    expect(rq.reportsForReview(generalReviewer, 2025).map((r) => r.ref)).toEqual([{ kind: 'branch', id: below.id }]);
  });

  it('listReviewComments lists a report’s comments in order with their author', () => {
    const author = fb.addAccount(branch, 'reviewer');
    db.update(accounts).set({ displayName: '审阅人丙' }).where(eq(accounts.id, author.accountId)).run();
    const first = db
      .insert(reportReviewComments)
      .values({ reportId: last.id, branchId: branch.id, body: '第一条意见', authorId: author.accountId })
      .returning()
      .get();
    const second = db
      .insert(reportReviewComments)
      .values({ reportId: last.id, branchId: branch.id, body: '第二条意见', rectificationItemId: 7 })
      .returning()
      .get();
    expect(rq.listReviewComments(last.id)).toEqual([
      { id: first.id, body: '第一条意见', createdAt: first.createdAt, rectificationItemId: null, author: '审阅人丙' },
      { id: second.id, body: '第二条意见', createdAt: second.createdAt, rectificationItemId: 7, author: null },
    ]);
  });
});
