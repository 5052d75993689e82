/**
 * db/report/mutations.ts, called directly: creating a year's report, editing its structure (add, move,
 * level, remove, assign), the preamble, figure overrides and submitting, each with what it stores, what
 * it audits and what it refuses. Over a new branch with its own accounts, so every row is known.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf } from '@/tests/support/refused';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const m = await import('@/db/report/mutations');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const { accounts, reportFigureOverrides, reportSectionRevisions, reportSections, reports } = await import(
  '@/db/schema'
);
const { and, asc, eq, isNull } = await import('drizzle-orm');
const { ConflictError, notFoundMessage } = await import('@/lib/errors');

const branch = fb.freshBranch('述职测试支部');
const secretaryPerson = fb.addPerson(branch.id, '书记甲', 'full');
const committeePerson = fb.addPerson(branch.id, '支委乙', 'full');
const memberPerson = fb.addPerson(branch.id, '党员丙', 'full');
const secretary = fb.addAccount(branch, 'secretary', secretaryPerson.id);
const committee = fb.addAccount(branch, 'committee', committeePerson.id);
const member = fb.addAccount(branch, 'member', memberPerson.id);
const disabledCommittee = fb.addAccount(branch, 'committee');
db.update(accounts)
  .set({ disabledAt: '2026-01-01T00:00:00.000Z' })
  .where(eq(accounts.id, disabledCommittee.accountId))
  .run();

const other = fb.freshBranch('述职测试另一支部');
const otherSecretary = fb.addAccount(other, 'secretary');
const otherCommittee = fb.addAccount(other, 'committee');

let nextYear = 2001;
const draft = (headings: string[]) => ({
  preamble: '前言',
  sections: headings.map((heading, i) => ({ level: (i === 0 ? 1 : 2) as 1 | 2, heading, body: `${heading}的正文` })),
});

function newReport(headings = ['一', '二', '三']) {
  const year = nextYear++;
  return { year, id: m.createReport(secretary, year, draft(headings)) };
}

function liveSections(reportId: number) {
  return db
    .select()
    .from(reportSections)
    .where(and(eq(reportSections.reportId, reportId), isNull(reportSections.deletedAt)))
    .orderBy(asc(reportSections.sortOrder), asc(reportSections.id))
    .all();
}

const headings = (reportId: number) => liveSections(reportId).map((s) => s.heading);
const report = (id: number) => db.select().from(reports).where(eq(reports.id, id)).get()!;
const revisionsOf = (sectionId: number) =>
  db
    .select()
    .from(reportSectionRevisions)
    .where(eq(reportSectionRevisions.sectionId, sectionId))
    .orderBy(asc(reportSectionRevisions.id))
    .all();

const refusal = (run: () => unknown) => refusalOf(run).message;

describe('createReport', () => {
  it('creates the year’s report with its title, preamble and numbered sections, each kept as a first revision', async () => {
    const before = f.lastAuditId();
    const id = m.createReport(secretary, 2030, draft(['一、基本情况', '（一）组织建设']));
    expect(report(id)).toMatchObject({
      branchId: branch.id,
      year: 2030,
      title: '2030年党支部书记抓基层党建工作述职报告',
      preamble: '前言',
      status: 'draft',
      continuedFromId: null,
      createdBy: secretary.accountId,
    });
    const sections = liveSections(id);
    expect(sections.map((s) => [s.level, s.heading, s.body, s.sortOrder, s.branchId, s.updatedBy])).toEqual([
      [1, '一、基本情况', '一、基本情况的正文', 10, branch.id, secretary.accountId],
      [2, '（一）组织建设', '（一）组织建设的正文', 20, branch.id, secretary.accountId],
    ]);
    expect(revisionsOf(sections[1].id)).toEqual([
      expect.objectContaining({
        reportId: id,
        branchId: branch.id,
        version: 1,
        heading: '（一）组织建设',
        body: '（一）组织建设的正文',
        savedBy: secretary.accountId,
      }),
    ]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.accountId, a.branchId])).toEqual([
      ['report.create', 'reports', id, secretary.accountId, branch.id],
    ]);
    expect(audit[0].after).toEqual({ year: 2030, sections: 2, continuedFromId: null });
  });

  it('records the report a continuation comes from', async () => {
    const from = newReport();
    const before = f.lastAuditId();
    const id = m.createReport(secretary, 2031, { ...draft(['一']), continuedFromId: from.id });
    expect(report(id).continuedFromId).toBe(from.id);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => a.action)).toEqual(['report.continue']);
    expect(audit[0].after).toEqual({ year: 2031, sections: 1, continuedFromId: from.id });
  });

  it('refuses a second report for the same year, but another branch may have its own', () => {
    m.createReport(secretary, 2032, draft(['一']));
    expect(refusal(() => m.createReport(secretary, 2032, draft(['一'])))).toBe('2032年的述职报告已存在');
    expect(report(m.createReport(otherSecretary, 2032, draft([]))).branchId).toBe(other.id);
  });
});

describe('savePreamble', () => {
  it('saves the preamble, returns the new version and audits the change', async () => {
    const { id } = newReport();
    const before = f.lastAuditId();
    expect(m.savePreamble(secretary, { id, version: 1, preamble: '新的前言' })).toBe(2);
    expect(report(id)).toMatchObject({ preamble: '新的前言', version: 2 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.before, a.after])).toEqual([
      ['report.preamble.save', 'reports', id, { preamble: '前言' }, { preamble: '新的前言' }],
    ]);
    expect(() => m.savePreamble(secretary, { id, version: 1, preamble: '过期' })).toThrow(ConflictError);
  });

  it('refuses a report of another branch and a submitted report', () => {
    const { id } = newReport();
    expect(refusal(() => m.savePreamble(otherSecretary, { id, version: 1, preamble: 'x' }))).toBe(notFoundMessage);
    m.submitReport(secretary, { id, version: 1 });
    expect(refusal(() => m.savePreamble(secretary, { id, version: 2, preamble: 'x' }))).toBe('报告已提交，不能再修改');
  });
});

describe('addSection', () => {
  it('adds a section after another, renumbering the report, or at the end', async () => {
    const { id } = newReport(['一', '二', '三']);
    const [first] = liveSections(id);
    const before = f.lastAuditId();
    const added = m.addSection(secretary, { reportId: id, afterId: first.id, level: 2, heading: '一点五' });
    expect(headings(id)).toEqual(['一', '一点五', '二', '三']);
    expect(liveSections(id).map((s) => s.sortOrder)).toEqual([10, 20, 30, 40]);
    const row = liveSections(id)[1];
    expect(row).toMatchObject({ id: added, level: 2, heading: '一点五', body: '', updatedBy: secretary.accountId });
    expect(revisionsOf(added)).toHaveLength(1);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.after])).toEqual([
      ['report.section.add', 'report_sections', added, { level: 2, heading: '一点五', position: 2 }],
    ]);

    const last = m.addSection(secretary, { reportId: id, afterId: null, level: 1, heading: '四' });
    expect(headings(id)).toEqual(['一', '一点五', '二', '三', '四']);
    expect(liveSections(id).at(-1)).toMatchObject({ id: last, level: 1, sortOrder: 50 });
    const lastAt = m.addSection(secretary, { reportId: id, afterId: last, level: 2, heading: '四之后' });
    expect(headings(id).at(-1)).toBe('四之后');
    expect(lastAt).toBeGreaterThan(last);
  });

  it('adds the first section of a report without any', () => {
    const { id } = newReport([]);
    const added = m.addSection(secretary, { reportId: id, afterId: null, level: 1, heading: '第一部分' });
    expect(liveSections(id).map((s) => [s.id, s.heading, s.sortOrder])).toEqual([[added, '第一部分', 10]]);
  });

  it('refuses a place after a section not in the report', () => {
    const { id } = newReport(['一']);
    const elsewhere = newReport(['别处']);
    const [foreign] = liveSections(elsewhere.id);
    expect(refusal(() => m.addSection(secretary, { reportId: id, afterId: foreign.id, level: 2, heading: 'x' }))).toBe(
      notFoundMessage,
    );
    expect(headings(id)).toEqual(['一']);
  });
});

describe('moveSection', () => {
  it('moves a section one place up or down, and does nothing at either end', async () => {
    const { id } = newReport(['一', '二', '三']);
    const [a, b, c] = liveSections(id);
    m.moveSection(secretary, { id: c.id, direction: 'up' });
    expect(headings(id)).toEqual(['一', '三', '二']);
    m.moveSection(secretary, { id: a.id, direction: 'down' });
    expect(headings(id)).toEqual(['三', '一', '二']);
    expect(liveSections(id).map((s) => s.sortOrder)).toEqual([10, 20, 30]);

    const before = f.lastAuditId();
    m.moveSection(secretary, { id: c.id, direction: 'up' });
    m.moveSection(secretary, { id: b.id, direction: 'down' });
    expect(headings(id)).toEqual(['三', '一', '二']);
    expect(await f.auditEntriesAfter(before)).toEqual([]);

    m.moveSection(secretary, { id: a.id, direction: 'up' });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((x) => [x.action, x.entity, x.entityId, x.after])).toEqual([
      ['report.section.move', 'report_sections', a.id, { direction: 'up', position: 1 }],
    ]);
  });

  it('puts a section at a position, as dragging it in the outline does; a position past the end changes nothing', async () => {
    const { id } = newReport(['一', '二', '三', '四']);
    const [a, , , d] = liveSections(id);
    m.placeSection(secretary, { id: d.id, position: 2 });
    expect(headings(id)).toEqual(['一', '四', '二', '三']);
    m.placeSection(secretary, { id: a.id, position: 4 });
    expect(headings(id)).toEqual(['四', '二', '三', '一']);
    expect(liveSections(id).map((s) => s.sortOrder)).toEqual([10, 20, 30, 40]);

    const before = f.lastAuditId();
    m.placeSection(secretary, { id: a.id, position: 5 });
    m.placeSection(secretary, { id: a.id, position: 4 });
    expect(headings(id)).toEqual(['四', '二', '三', '一']);
    expect(await f.auditEntriesAfter(before)).toEqual([]);
  });

  it('skips removed sections when moving', () => {
    const { id } = newReport(['一', '二', '三']);
    const [a, b, c] = liveSections(id);
    m.removeSection(secretary, { id: b.id, version: 1 });
    m.moveSection(secretary, { id: c.id, direction: 'up' });
    expect(headings(id)).toEqual(['三', '一']);
    expect(a.id).toBeLessThan(c.id);
  });
});

describe('saveTitle', () => {
  it('saves the title, returns the new version and audits the change', async () => {
    const { id } = newReport();
    const before = f.lastAuditId();
    expect(m.saveTitle(secretary, { id, version: 1, title: '2026年度村党支部书记述职报告' })).toBe(2);
    expect(report(id)).toMatchObject({ title: '2026年度村党支部书记述职报告', version: 2 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.after])).toEqual([
      ['report.title.save', 'reports', id, { title: '2026年度村党支部书记述职报告' }],
    ]);
    expect(() => m.saveTitle(secretary, { id, version: 1, title: '过期' })).toThrow(ConflictError);
  });

  it('refuses a report of another branch and a submitted report, writing nothing', () => {
    const { id } = newReport();
    const title = report(id).title;
    expect(refusal(() => m.saveTitle(otherSecretary, { id, version: 1, title: 'x' }))).toBe(notFoundMessage);
    m.submitReport(secretary, { id, version: 1 });
    expect(refusal(() => m.saveTitle(secretary, { id, version: 2, title: 'x' }))).toBe('报告已提交，不能再修改');
    expect(report(id).title).toBe(title);
  });

  it('starts a report with the draft’s title when it gives one', () => {
    const year = nextYear++;
    const id = m.createReport(secretary, year, { ...draft(['一']), title: `${year}年度自拟标题` });
    expect(report(id).title).toBe(`${year}年度自拟标题`);
  });
});

describe('setSectionNumbered', () => {
  it('leaves a heading unnumbered and numbers it again, with its version, audited', async () => {
    const { id } = newReport(['一', '二']);
    const [, second] = liveSections(id);
    expect(second.numbered).toBe(true);
    const before = f.lastAuditId();
    m.setSectionNumbered(secretary, { id: second.id, version: 1, numbered: false });
    expect(liveSections(id)[1]).toMatchObject({ numbered: false, version: 2 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.before, a.after])).toEqual([
      ['report.section.numbered', 'report_sections', second.id, { numbered: true }, { numbered: false }],
    ]);
    expect(() => m.setSectionNumbered(secretary, { id: second.id, version: 1, numbered: true })).toThrow(ConflictError);
    m.setSectionNumbered(secretary, { id: second.id, version: 2, numbered: true });
    expect(liveSections(id)[1].numbered).toBe(true);
  });

  it('refuses another branch’s section and a submitted report’s', () => {
    const { id } = newReport(['一']);
    const [section] = liveSections(id);
    expect(refusal(() => m.setSectionNumbered(otherSecretary, { id: section.id, version: 1, numbered: false }))).toBe(
      notFoundMessage,
    );
    m.submitReport(secretary, { id, version: 1 });
    expect(refusal(() => m.setSectionNumbered(secretary, { id: section.id, version: 1, numbered: false }))).toBe(
      '报告已提交，不能再修改',
    );
    expect(liveSections(id)[0].numbered).toBe(true);
  });
});

describe('setSectionLevel and removeSection', () => {
  it('changes a section’s level with its version, and audits it', async () => {
    const { id } = newReport(['一', '二']);
    const [, second] = liveSections(id);
    const before = f.lastAuditId();
    m.setSectionLevel(secretary, { id: second.id, version: 1, level: 1 });
    expect(liveSections(id)[1]).toMatchObject({ level: 1, version: 2 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.before, a.after])).toEqual([
      ['report.section.level', 'report_sections', second.id, { level: 2 }, { level: 1 }],
    ]);
    expect(() => m.setSectionLevel(secretary, { id: second.id, version: 1, level: 2 })).toThrow(ConflictError);
  });

  it('removes a section softly: it leaves the report, keeps its revisions, and cannot be changed again', async () => {
    const { id } = newReport(['一', '二']);
    const [, second] = liveSections(id);
    const before = f.lastAuditId();
    m.removeSection(secretary, { id: second.id, version: 1 });
    expect(headings(id)).toEqual(['一']);
    expect(revisionsOf(second.id)).toHaveLength(1);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.before])).toEqual([
      ['report.section.remove', 'report_sections', second.id, { heading: '二' }],
    ]);
    expect((audit[0].after as { deletedAt: string }).deletedAt).toEqual(expect.any(String));
    expect(refusal(() => m.setSectionLevel(secretary, { id: second.id, version: 2, level: 1 }))).toBe(notFoundMessage);
  });
});

describe('assignSection', () => {
  it('gives a section to a committee member of the branch, and takes it back', async () => {
    const { id } = newReport(['一']);
    const [section] = liveSections(id);
    const before = f.lastAuditId();
    m.assignSection(secretary, { id: section.id, version: 1, assigneeId: committee.accountId });
    expect(liveSections(id)[0]).toMatchObject({ assigneeId: committee.accountId, version: 2 });
    m.assignSection(secretary, { id: section.id, version: 2, assigneeId: secretary.accountId });
    m.assignSection(secretary, { id: section.id, version: 3, assigneeId: null });
    expect(liveSections(id)[0]).toMatchObject({ assigneeId: null, version: 4 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.every((a) => a.entity === 'report_sections' && a.entityId === section.id)).toBe(true);
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['report.section.assign', { assigneeId: null }, { assigneeId: committee.accountId }],
      ['report.section.assign', { assigneeId: committee.accountId }, { assigneeId: secretary.accountId }],
      ['report.section.assign', { assigneeId: secretary.accountId }, { assigneeId: null }],
    ]);
  });

  it('refuses a member, a disabled account and another branch’s committee as the writer', () => {
    const { id } = newReport(['一']);
    const [section] = liveSections(id);
    for (const assignee of [member, disabledCommittee, otherCommittee]) {
      expect(
        refusalOf(() => m.assignSection(secretary, { id: section.id, version: 1, assigneeId: assignee.accountId })),
      ).toEqual({
        message: '请选择本支部的支委作为撰写人',
        fieldErrors: { assigneeId: ['请选择本支部的支委'] },
      });
    }
    expect(liveSections(id)[0]).toMatchObject({ assigneeId: null, version: 1 });
  });

  it('lets the assigned committee member save the section, and nobody else below the secretary', () => {
    const { id } = newReport(['一', '二']);
    const [mine, notMine] = liveSections(id);
    m.assignSection(secretary, { id: mine.id, version: 1, assigneeId: committee.accountId });
    expect(m.saveSection(committee, { id: mine.id, version: 2, heading: '一', body: '支委写的' })).toMatchObject({
      version: 3,
      body: '支委写的',
      updatedBy: committee.accountId,
    });
    expect(refusal(() => m.saveSection(committee, { id: notMine.id, version: 1, heading: '二', body: 'x' }))).toBe(
      '这一部分没有分配给您，由书记或被分配的支委撰写',
    );
    expect(m.saveSection(secretary, { id: notMine.id, version: 1, heading: '二', body: '书记写的' }).body).toBe(
      '书记写的',
    );
  });
});

describe('setFigureOverride', () => {
  const overrides = (reportId: number) =>
    db
      .select()
      .from(reportFigureOverrides)
      .where(eq(reportFigureOverrides.reportId, reportId))
      .orderBy(asc(reportFigureOverrides.id))
      .all();

  it('sets a figure by hand with its reason, replaces it, and restores the computed value', async () => {
    const { id } = newReport(['一']);
    const before = f.lastAuditId();
    m.setFigureOverride(secretary, {
      reportId: id,
      figureKey: 'meetings:kind=lecture',
      text: '5',
      reason: '含线上党课',
    });
    expect(overrides(id)).toEqual([
      expect.objectContaining({
        branchId: branch.id,
        figureKey: 'meetings:kind=lecture',
        text: '5',
        reason: '含线上党课',
        setBy: secretary.accountId,
      }),
    ]);
    m.setFigureOverride(committee, { reportId: id, figureKey: 'meetings:kind=lecture', text: '6', reason: '又补一次' });
    expect(overrides(id)).toEqual([
      expect.objectContaining({ text: '6', reason: '又补一次', setBy: committee.accountId }),
    ]);
    m.setFigureOverride(secretary, { reportId: id, figureKey: 'meetings:kind=lecture', text: null, reason: null });
    expect(overrides(id)).toEqual([]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.before, a.after])).toEqual([
      [
        'report.figure.override',
        'reports',
        id,
        null,
        { figureKey: 'meetings:kind=lecture', text: '5', reason: '含线上党课' },
      ],
      [
        'report.figure.override',
        'reports',
        id,
        { figureKey: 'meetings:kind=lecture', text: '5', reason: '含线上党课' },
        { figureKey: 'meetings:kind=lecture', text: '6', reason: '又补一次' },
      ],
      [
        'report.figure.restore',
        'reports',
        id,
        { figureKey: 'meetings:kind=lecture', text: '6', reason: '又补一次' },
        null,
      ],
    ]);
  });

  it('refuses restoring a figure that was not overridden, a figure no report can hold, and an override without a reason', () => {
    const { id } = newReport(['一']);
    expect(
      refusal(() => m.setFigureOverride(secretary, { reportId: id, figureKey: 'notices', text: null, reason: null })),
    ).toBe(notFoundMessage);
    for (const figureKey of ['no_such_source', 'meetings:status=held,kind=lecture', 'meetings:kind', 'Meetings']) {
      expect(
        refusalOf(() => m.setFigureOverride(secretary, { reportId: id, figureKey, text: '1', reason: '原因' })),
      ).toEqual({
        message: '没有这个数字，无法手动修改',
        fieldErrors: { figureKey: ['没有这个数字'] },
      });
    }
    expect(
      refusalOf(() => m.setFigureOverride(secretary, { reportId: id, figureKey: 'notices', text: '1', reason: '' })),
    ).toEqual({
      message: '手动修改数字须填写原因',
      fieldErrors: { reason: ['请填写修改原因'] },
    });
    m.setFigureOverride(secretary, {
      reportId: id,
      figureKey: 'meetings:kind=lecture,status=held',
      text: '1',
      reason: '原因',
    });
    expect(overrides(id).map((o) => o.figureKey)).toEqual(['meetings:kind=lecture,status=held']);
  });
});

describe('submitReport', () => {
  it('submits the report with who and when, after which nothing in it can change', async () => {
    const { id } = newReport(['一']);
    const [section] = liveSections(id);
    const before = f.lastAuditId();
    m.submitReport(secretary, { id, version: 1 });
    expect(report(id)).toMatchObject({ status: 'submitted', submittedBy: secretary.accountId, version: 2 });
    expect(report(id).submittedAt).toEqual(expect.any(String));
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.before])).toEqual([
      ['report.submit', 'reports', id, { status: 'draft' }],
    ]);
    expect(audit[0].after).toEqual({ status: 'submitted', submittedAt: report(id).submittedAt });

    const locked = '报告已提交，不能再修改';
    expect(refusal(() => m.submitReport(secretary, { id, version: 2 }))).toBe(locked);
    expect(refusal(() => m.addSection(secretary, { reportId: id, afterId: null, level: 1, heading: 'x' }))).toBe(
      locked,
    );
    expect(refusal(() => m.moveSection(secretary, { id: section.id, direction: 'down' }))).toBe(locked);
    expect(refusal(() => m.setSectionLevel(secretary, { id: section.id, version: 1, level: 2 }))).toBe(locked);
    expect(refusal(() => m.removeSection(secretary, { id: section.id, version: 1 }))).toBe(locked);
    expect(refusal(() => m.assignSection(secretary, { id: section.id, version: 1, assigneeId: null }))).toBe(locked);
    expect(
      refusal(() => m.setFigureOverride(secretary, { reportId: id, figureKey: 'notices', text: '1', reason: '原因' })),
    ).toBe(locked);
    expect(refusal(() => m.saveSection(secretary, { id: section.id, version: 1, heading: '一', body: 'x' }))).toBe(
      locked,
    );
  });

  it('refuses a report of another branch', () => {
    const { id } = newReport(['一']);
    expect(refusal(() => m.submitReport(otherSecretary, { id, version: 1 }))).toBe(notFoundMessage);
    expect(report(id).status).toBe('draft');
  });
});
