/**
 * db/report/owner.ts and db/report/rendered.ts: which report a reader asks for, and a report rendered with its
 * figures counted over the branch's year, signed by its current secretary, with the placeholders still
 * to fill in. Over a new branch and its own report.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { loadRenderedReport } = await import('@/db/report/rendered');
const { branchOwner, organisationOwner } = await import('@/db/report/owner');
const { requestedReport } = await import('@/db/report/access');
const { reportDocx } = await import('@/server/report/docx-export');
const { default: JSZip } = await import('jszip');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');
const { eq } = await import('drizzle-orm');

const branch = fb.freshBranch('渲染测试支部');
fb.addPerson(branch.id, '前任书记', 'full', { committeeTitle: '书记', archivedAt: '2026-01-01T00:00:00.000Z' });
fb.addPerson(branch.id, '现任书记', 'full', { committeeTitle: '书记' });
fb.addMeeting(branch.id, 'committee', '2026-02-01', 'held');
fb.addMeeting(branch.id, 'committee', '2026-03-01', 'held');
fb.addMeeting(branch.id, 'committee', '2025-03-01', 'held');

const report = db
  .insert(s.reports)
  .values({
    branchId: branch.id,
    year: 2026,
    title: '2026年党支部书记抓基层党建工作述职报告',
    preamble: '全年召开支委会{{meetings:kind=committee}}次。',
  })
  .returning()
  .get();
db.insert(s.reportSections)
  .values({
    reportId: report.id,
    branchId: branch.id,
    level: 1,
    heading: '一、基本情况',
    body: '发展党员xx名，某某同志表现突出。',
    sortOrder: 10,
  })
  .run();
db.insert(s.reportSections)
  .values({ reportId: report.id, branchId: branch.id, level: 2, heading: '【请填写：标题】', body: '', sortOrder: 20 })
  .run();

describe('requestedReport', () => {
  const reviewer = { ...fb.userOf(branch, 'reviewer'), branchIds: [branch.id, 77] };
  const secretary = fb.userOf(branch, 'secretary');
  const ownOfReviewer = {
    kind: 'organisation',
    organisationId: branch.organisationId,
    subtreeBranchIds: [branch.id, 77],
  };

  it('gives the reader’s own report unless another is named', () => {
    for (const search of [{}, { branch: null }, { branch: '' }, { organisation: '' }]) {
      expect(requestedReport(reviewer, search)).toEqual({ owner: ownOfReviewer, own: true, ref: undefined });
      expect(requestedReport(secretary, search)).toEqual({ owner: branchOwner(branch.id), own: true, ref: undefined });
    }
  });

  it('gives a named branch only if the reader may read it', () => {
    expect(requestedReport(reviewer, { branch: '77' })).toEqual({
      owner: branchOwner(77),
      own: false,
      ref: { kind: 'branch', id: 77 },
    });
    expect(requestedReport(secretary, { branch: String(branch.id) })).toEqual({
      owner: branchOwner(branch.id),
      own: true,
      ref: { kind: 'branch', id: branch.id },
    });
    expect(requestedReport(reviewer, { branch: '78' })).toBeNull();
    expect(requestedReport(reviewer, { branch: '77.5' })).toBeNull();
    expect(requestedReport(reviewer, { branch: 'abc' })).toBeNull();
    expect(requestedReport(secretary, { branch: '77' })).toBeNull();
  });

  describe('naming an organisation', () => {
    const top = fb.freshOrganisation('读取测试党委');
    const beneath = fb.freshOrganisation('读取测试党总支', 'general_branch', top.id);
    const outside = fb.freshOrganisation('读取测试别的党委', 'working_committee');
    const topBranch = fb.freshBranch('读取测试党委的支部', top.id);
    const beneathBranch = fb.freshBranch('读取测试党总支的支部', beneath.id);
    const outsideBranch = fb.freshBranch('读取测试别的党委的支部', outside.id);
    const orgSecretary = {
      ...fb.userOf(topBranch, 'org_secretary'),
      organisationId: top.id,
      branchIds: [topBranch.id, beneathBranch.id],
    };
    const search = (id: number) => ({ organisation: String(id) });

    it('gives an organisation beneath an organisation account’s own as not its own: it reviews it', () => {
      expect(requestedReport(orgSecretary, search(beneath.id))).toEqual({
        owner: { kind: 'organisation', organisationId: beneath.id, subtreeBranchIds: [beneathBranch.id] },
        own: false,
        ref: { kind: 'organisation', id: beneath.id },
      });
      expect(organisationOwner(beneath.id).subtreeBranchIds).toEqual([beneathBranch.id]);
    });

    it('gives the organisation account’s own organisation as its own report', () => {
      const own = {
        owner: { kind: 'organisation', organisationId: top.id, subtreeBranchIds: [topBranch.id, beneathBranch.id] },
        own: true,
      };
      expect(requestedReport(orgSecretary, search(top.id))).toEqual({
        ...own,
        ref: { kind: 'organisation', id: top.id },
      });
      expect(requestedReport(orgSecretary, {})).toEqual({ ...own, ref: undefined });
    });

    it('gives nothing for an organisation outside the account’s tree, nor for nonsense', () => {
      expect(requestedReport(orgSecretary, search(outside.id))).toBeNull();
      expect(requestedReport(orgSecretary, search(99999))).toBeNull();
      expect(requestedReport(orgSecretary, { organisation: 'abc' })).toBeNull();
      expect(requestedReport(orgSecretary, { branch: String(outsideBranch.id) })).toBeNull();
    });

    it('gives a branch account no organisation’s report, not even the one above it', () => {
      const branchSecretary = fb.userOf(beneathBranch, 'secretary');
      for (const id of [beneath.id, top.id, outside.id]) {
        expect(requestedReport(branchSecretary, search(id))).toBeNull();
      }
    });
  });
});

describe('loadRenderedReport', () => {
  it('renders the report with its figures over the year, signed by the current secretary', () => {
    const loaded = loadRenderedReport(branchOwner(branch.id), 2026)!;
    expect(loaded.rendered).toMatchObject({
      title: '2026年党支部书记抓基层党建工作述职报告',
      branchName: '渲染测试支部',
      author: '现任书记',
      year: 2026,
      preamble: ['全年召开支委会2次。'],
    });
    expect(loaded.rendered.sections.map((x) => [x.level, x.number, x.heading])).toEqual([
      [1, '一、', '一、基本情况'],
      [2, '（一）', '【请填写：标题】'],
    ]);
    expect(loaded.submitted).toBe(false);
  });

  it('lists the placeholders still to fill in, in the order of the text', () => {
    expect(loadRenderedReport(branchOwner(branch.id), 2026)!.placeholders).toEqual(['xx', '某某', '【请填写：标题】']);
  });

  it('says whether the report was submitted, and gives nothing for a year without a report', () => {
    db.update(s.reports).set({ status: 'submitted' }).where(eq(s.reports.id, report.id)).run();
    expect(loadRenderedReport(branchOwner(branch.id), 2026)!.submitted).toBe(true);
    expect(loadRenderedReport(branchOwner(branch.id), 2025)).toBeNull();
  });

  it('signs with nobody when the branch has no secretary on the roster', () => {
    const other = fb.freshBranch('无书记支部');
    db.insert(s.reports).values({ branchId: other.id, year: 2026, title: '报告', preamble: '前言' }).run();
    expect(loadRenderedReport(branchOwner(other.id), 2026)!.rendered).toMatchObject({
      author: '',
      branchName: '无书记支部',
      preamble: ['前言'],
      sections: [],
    });
  });
});

describe('loadRenderedReport with unnumbered headings', () => {
  it('prints an unnumbered heading without a number and numbers the rest as if it were not there', () => {
    const other = fb.freshBranch('标语标题支部');
    const own = db.insert(s.reports).values({ branchId: other.id, year: 2026, title: '报告' }).returning().get();
    const section = (sortOrder: number, level: 1 | 2, heading: string, numbered = true) =>
      db
        .insert(s.reportSections)
        .values({ reportId: own.id, branchId: other.id, level, heading, numbered, body: '', sortOrder })
        .run();
    section(10, 1, '基本情况');
    section(20, 1, '担当作为，勇毅前行', false);
    section(30, 1, '本年度履职情况');
    section(40, 2, '抓学习');
    const rendered = loadRenderedReport(branchOwner(other.id), 2026)!.rendered;
    expect(rendered.sections.map((x) => [x.number, x.heading])).toEqual([
      ['一、', '基本情况'],
      ['', '担当作为，勇毅前行'],
      ['二、', '本年度履职情况'],
      ['（一）', '抓学习'],
    ]);
  });
});

describe('reportDocx', () => {
  it('writes the current secretary as the .docx’s author and the report’s title as its title', async () => {
    const loaded = (await reportDocx(branchOwner(branch.id), 2026))!;
    const core = await (await JSZip.loadAsync(loaded.docx)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:creator>现任书记</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>现任书记</cp:lastModifiedBy>');
    expect(core).toContain('<dc:title>2026年党支部书记抓基层党建工作述职报告</dc:title>');
    expect(loaded.fileName).toBe('渲染测试支部2026年党支部书记抓基层党建工作述职报告.docx');
  });
});
