/**
 * An organisation's own duty report (党工委书记述职): written by its secretary with the same editor and
 * writes as a branch's, its figures summed over every branch beneath it with the records grouped by
 * branch, reviewed by the organisations above it and by nobody else. Neither side may write the other's
 * report, and every refusal writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf } from '@/tests/support/refused';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { loadSessionUser } = await import('@/db/queries/session');
const { createReport, saveSection, submitReport } = await import('@/db/report/mutations');
const { firstDraft } = await import('@/db/report/first-draft');
const { getReport, reportsBeneath } = await import('@/db/report/queries');
const { loadRenderedReport } = await import('@/db/report/rendered');
const { addReviewComment, commentToRectification, gradeReport } = await import('@/db/report/review');
const { branchOwner, organisationOwner, reportOwnerOf } = await import('@/db/report/owner');
const { requestedReport } = await import('@/db/report/access');
const { computeFigures } = await import('@/db/report/figures/compute');
const { accounts, auditLog } = await import('@/db/schema');
const { and, eq, gt, isNull } = await import('drizzle-orm');
const { recordIsOwnedBy } = await import('@/db/queries/ownership');
const fb = await import('@/tests/queries/fresh-branch');
const rp = await import('@/tests/support/reports');

const county = fb.freshOrganisation('述职测试县委');
const committee = fb.freshOrganisation('述职测试机关党工委', 'working_committee', county.id);
const otherTree = fb.freshOrganisation('别处县委');
const first = fb.freshBranch('述职测试一支部', committee.id);
const second = fb.freshBranch('述职测试二支部', committee.id);
const outside = fb.freshBranch('别处支部', otherTree.id);

let serial = 0;
function organisationAccount(organisationId: number, role: 'reviewer' | 'org_secretary') {
  const row = db
    .insert(accounts)
    .values({
      username: `org-report-${++serial}`,
      passwordHash: 'x',
      role,
      displayName: `测试${role}${serial}`,
      organisationId,
      mustChangePassword: false,
    })
    .returning()
    .get();
  return loadSessionUser(row.id, null)!;
}
const secretary = organisationAccount(committee.id, 'org_secretary');
const countyReviewer = organisationAccount(county.id, 'reviewer');
const committeeReviewer = organisationAccount(committee.id, 'reviewer');
const otherReviewer = organisationAccount(otherTree.id, 'reviewer');
const branchSecretary = fb.addAccount(first, 'secretary', fb.addPerson(first.id, '一支部书记', 'full').id);

for (const [branch, dates] of [
  [first, ['2025-01-10', '2025-02-12', '2025-03-11']],
  [second, ['2025-01-20', '2025-04-08']],
  [outside, ['2025-05-05']],
] as const) {
  for (const date of dates) fb.addMeeting(branch.id, 'committee', date, 'held');
}

const owner = reportOwnerOf(secretary);
const year = 2025;
createReport(secretary, year, firstDraft(owner, year));
const report = getReport(owner, year)!;

describe('the organisation’s own report', () => {
  it('belongs to the organisation, not to the branch its secretary is looking at', () => {
    expect(owner).toEqual({
      kind: 'organisation',
      organisationId: committee.id,
      subtreeBranchIds: [first.id, second.id],
    });
    expect(report).toMatchObject({
      organisationId: committee.id,
      branchId: null,
      title: '2025年度党工委书记抓基层党建工作述职报告',
    });
    expect(report.sections.length).toBeGreaterThan(3);
    expect(getReport(branchOwner(secretary.branchId), year)).toBeNull();
    const created = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report.create'), eq(auditLog.entityId, report.id)))
      .all();
    expect(created).toEqual([expect.objectContaining({ organisationId: committee.id, branchId: null })]);
  });

  it('counts every branch beneath it: each figure is the sum of its branches’, its records named by branch', () => {
    const key = 'meetings:kind=committee';
    const summed = computeFigures(owner, year, [key, 'branches']);
    const each = [first, second].map((b) => computeFigures(branchOwner(b.id), year, [key]).get(key));
    const value = (r: unknown) => (r as { value: number }).value;
    expect(value(summed.get(key))).toBe(5);
    expect(value(summed.get(key))).toBe(each.reduce((sum, r) => sum + value(r), 0));
    expect(value(summed.get('branches'))).toBe(2);
    const records = (summed.get(key) as { records: { branch?: string; href?: string | null }[] }).records;
    expect(records.map((r) => r.branch).sort()).toEqual([
      '述职测试一支部',
      '述职测试一支部',
      '述职测试一支部',
      '述职测试二支部',
      '述职测试二支部',
    ]);
    for (const r of records) expect(r.href).toMatch(/^\/overview\/open\?branch=\d+&to=%2Fmeetings%2F\d+$/);
  });

  it('reads as the organisation’s, signed by its secretary', () => {
    const rendered = loadRenderedReport(owner, year)!.rendered;
    expect(rendered.branchName).toBe('述职测试机关党工委');
    expect(rendered.author).toBe(secretary.name);
  });

  it('cannot be written by a branch’s secretary, nor can its secretary write a branch’s report', () => {
    const orgSection = report.sections[0];
    const branchReport = rp.insertReport(first.id, { year: 2031 });
    const branchSection = rp.insertSection(branchReport.id);
    const before = tableChecksum(db);
    const save = (id: number, version: number) => ({ id, version, heading: '改写', body: '改写的正文' });
    expect(refusalOf(() => saveSection(branchSecretary, save(orgSection.id, orgSection.version))).message).toBe(
      '记录不存在，或您无权操作该记录',
    );
    expect(refusalOf(() => saveSection(secretary, save(branchSection.id, branchSection.version))).message).toBe(
      '记录不存在，或您无权操作该记录',
    );
    expect(tableChecksum(db)).toEqual(before);
    // The action's own check, before any write: the section is the organisation's, not any branch's.
    expect(recordIsOwnedBy(secretary, 'reportSections', orgSection.id)).toBe(true);
    expect(recordIsOwnedBy(secretary, 'reportSections', branchSection.id)).toBe(false);
    expect(recordIsOwnedBy(branchSecretary, 'reportSections', orgSection.id)).toBe(false);
  });
});

describe('its review by the level above', () => {
  const submitted = () => getReport(owner, year)!;
  submitReport(secretary, { id: report.id, version: report.version });

  it('is in the queue of the organisations above, and nobody else’s', () => {
    const awaiting = reportsBeneath(county.id).reports.filter((r) => r.ref.kind === 'organisation');
    expect(awaiting).toEqual([
      expect.objectContaining({ ref: { kind: 'organisation', id: committee.id }, status: 'submitted' }),
    ]);
    expect(reportsBeneath(committee.id).writers.map((w) => w.ref.kind)).toEqual(['branch', 'branch']);
    expect(requestedReport(countyReviewer, { organisation: String(committee.id) })).toMatchObject({ own: false });
    expect(requestedReport(committeeReviewer, { organisation: String(committee.id) })).toMatchObject({ own: true });
    expect(requestedReport(otherReviewer, { organisation: String(committee.id) })).toBeNull();
    expect(requestedReport(branchSecretary, { organisation: String(committee.id) })).toBeNull();
  });

  it('is graded and commented on by the county committee, the entries filed under the organisation', () => {
    gradeReport(countyReviewer, { id: report.id, version: submitted().version, grade: '好' });
    addReviewComment(countyReviewer, { reportId: report.id, body: '支部书记培训要更有针对性。' });
    expect(submitted()).toMatchObject({ grade: '好', reviewedBy: countyReviewer.accountId });
    const entries = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.accountId, countyReviewer.accountId), isNull(auditLog.branchId)))
      .all();
    expect(entries.map((e) => [e.action, e.organisationId])).toEqual([
      ['report.grade', committee.id],
      ['report.comment', committee.id],
    ]);
  });

  it('is refused to a reviewer of the organisation itself and of another tree, writing nothing', () => {
    const before = tableChecksum(db);
    for (const reviewer of [committeeReviewer, otherReviewer]) {
      expect(
        refusalOf(() => gradeReport(reviewer, { id: report.id, version: submitted().version, grade: '差' })).message,
      ).toBe('记录不存在，或您无权操作该记录');
      expect(refusalOf(() => addReviewComment(reviewer, { reportId: report.id, body: '越级意见' })).message).toBe(
        '记录不存在，或您无权操作该记录',
      );
    }
    expect(tableChecksum(db)).toEqual(before);
  });

  it('keeps its comments from becoming a branch’s rectification items, writing nothing', () => {
    const comment = db.select().from(auditLog).where(eq(auditLog.action, 'report.comment')).all().at(-1)!;
    const before = tableChecksum(db);
    const refusal = refusalOf(() =>
      commentToRectification(countyReviewer, {
        commentId: comment.entityId!,
        aspect: '组织建设',
        responsiblePersonId: 1,
        deadline: '2099-12-31',
      }),
    );
    expect(refusal.message).toBe('党组织述职报告的意见不能转为支部的整改事项');
    expect(tableChecksum(db)).toEqual(before);
  });

  it('leaves the branches’ own audit trails alone: none of it is filed under a branch', () => {
    const filedUnderBranches = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'reports'), eq(auditLog.entityId, report.id), gt(auditLog.branchId, 0)))
      .all();
    expect(filedUnderBranches).toEqual([]);
    expect(organisationOwner(committee.id)).toEqual(owner);
  });
});
