import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import type { Transaction } from '@/db/client';
import { type Audit, updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { live } from '@/db/queries/scope';
import { isFigureSource } from '@/db/report/figures/registry';
import { ownedBy, ownerColumns, ownerKey, type ReportOwner, reportOwnerOf } from '@/db/report/owner';
import { assignableTo } from '@/db/report/queries';
import { accounts, reportFigureOverrides, reportSectionRevisions, reportSections, reports } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { ActionError, ConflictError, notFoundMessage } from '@/lib/errors';
import type { NewReport } from '@/lib/report/draft';
import type { DraftSection } from '@/lib/report/draft-parts';
import { figureKey, parseFigureKey } from '@/lib/report/figure-key';
import { reportTitle } from '@/lib/report/model';
import { paragraphsOf } from '@/lib/report/render';

const lockedMessage = '报告已提交，不能再修改';

/**
 * Runs a write to the user's own report (their branch's, or their organisation's) in one transaction,
 * its audit entries filed under that owner.
 */
function writeReport<T>(user: SessionUser, work: (tx: Transaction, audit: Audit, owner: ReportOwner) => T): T {
  const owner = reportOwnerOf(user);
  return writeWithAudit(user, (tx, audit) => work(tx, (entry) => audit({ ...ownerColumns(owner), ...entry }), owner));
}

function editableReport(tx: Transaction, owner: ReportOwner, reportId: number) {
  const report = tx
    .select()
    .from(reports)
    .where(and(eq(reports.id, reportId), ownedBy(reports, owner)))
    .get();
  if (!report) throw new ActionError(notFoundMessage);
  if (report.status === 'submitted') throw new ActionError(lockedMessage);
  return report;
}

function recordRevision(tx: Transaction, user: SessionUser, section: typeof reportSections.$inferSelect) {
  tx.insert(reportSectionRevisions)
    .values({
      sectionId: section.id,
      reportId: section.reportId,
      branchId: section.branchId,
      organisationId: section.organisationId,
      version: section.version,
      heading: section.heading,
      body: section.body,
      savedBy: user.accountId,
      savedAt: nowIso(),
    })
    .run();
}

function insertSection(
  tx: Transaction,
  user: SessionUser,
  owner: ReportOwner,
  reportId: number,
  section: DraftSection,
  sortOrder: number,
) {
  const row = tx
    .insert(reportSections)
    .values({ reportId, ...ownerColumns(owner), ...section, sortOrder, updatedBy: user.accountId })
    .returning()
    .get();
  recordRevision(tx, user, row);
  return row;
}

/** Creates the year's report from a draft (the template or last year's text); one report per owner and year. */
export function createReport(user: SessionUser, year: number, draft: NewReport): number {
  return writeReport(user, (tx, audit, owner) => {
    const existing = tx
      .select({ id: reports.id })
      .from(reports)
      .where(and(ownedBy(reports, owner), eq(reports.year, year)))
      .get();
    if (existing) throw new ActionError(`${year}年的述职报告已存在`);
    const report = tx
      .insert(reports)
      .values({
        ...ownerColumns(owner),
        year,
        title: draft.title ?? reportTitle(year),
        preamble: draft.preamble,
        continuedFromId: draft.continuedFromId ?? null,
        createdBy: user.accountId,
      })
      .returning()
      .get();
    draft.sections.forEach((section, i) => insertSection(tx, user, owner, report.id, section, (i + 1) * 10));
    audit({
      action: draft.continuedFromId ? 'report.continue' : 'report.create',
      entity: 'reports',
      entityId: report.id,
      after: { year, sections: draft.sections.length, continuedFromId: draft.continuedFromId ?? null },
    });
    return report.id;
  });
}

function sectionInReport(tx: Transaction, owner: ReportOwner, id: number) {
  const section = tx
    .select()
    .from(reportSections)
    .where(and(eq(reportSections.id, id), ownedBy(reportSections, owner), live(reportSections)))
    .get();
  if (!section) throw new ActionError(notFoundMessage);
  return section;
}

/** Committee members write the sections assigned to them; the secretary writes every section. */
function checkMayWrite(user: SessionUser, section: { assigneeId: number | null }) {
  if (!can(user, 'report.submit') && section.assigneeId !== user.accountId) {
    throw new ActionError('这一部分没有分配给您，由书记或被分配的支委撰写');
  }
}

/** Whether a save changes what the section says (not only blank lines or the spaces around a paragraph). */
function textChanged(before: { heading: string; body: string }, after: { heading: string; body: string }) {
  const said = (s: { heading: string; body: string }) => [s.heading.trim(), ...paragraphsOf(s.body)].join('\n');
  return said(before) !== said(after);
}

export type SectionState = {
  id: number;
  version: number;
  heading: string;
  body: string;
  /** Still last year's text (cleared by the first save that changes it). */
  carriedOver: boolean;
  updatedBy: number | null;
  updatedAt: string;
};

/**
 * Saves a section's text if it still has the version the editor loaded. A stale save is refused with
 * the section as it now is, so the editor can show both versions; every save is kept as a revision.
 */
export function saveSection(
  user: SessionUser,
  input: { id: number; version: number; heading: string; body: string },
): SectionState {
  try {
    return writeReport(user, (tx, audit, owner) => {
      const current = sectionInReport(tx, owner, input.id);
      editableReport(tx, owner, current.reportId);
      checkMayWrite(user, current);
      // Text carried over from last year stays marked until somebody changes what it says.
      const edited = current.carriedOver && textChanged(current, input);
      const { before, after } = updateVersioned(
        tx,
        reportSections,
        { id: input.id, version: input.version, ...ownerKey(owner) },
        {
          heading: input.heading,
          body: input.body,
          updatedBy: user.accountId,
          ...(edited ? { carriedOver: false } : {}),
        },
      );
      recordRevision(tx, user, after);
      audit({
        action: 'report.section.save',
        entity: 'report_sections',
        entityId: input.id,
        before: { version: before.version, heading: before.heading, body: before.body },
        after: {
          version: after.version,
          heading: after.heading,
          body: after.body,
          ...(edited ? { carriedOver: false } : {}),
        },
      });
      return sectionState(after);
    });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    throw new ConflictError(
      '这一部分已被他人修改，您的这次保存未生效。请对照两个版本后再保存。',
      currentSection(reportOwnerOf(user), input.id),
    );
  }
}

function sectionState(row: typeof reportSections.$inferSelect): SectionState {
  return {
    id: row.id,
    version: row.version,
    heading: row.heading,
    body: row.body,
    carriedOver: row.carriedOver,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
}

function currentSection(owner: ReportOwner, id: number): SectionState | undefined {
  const row = db
    .select()
    .from(reportSections)
    .where(and(eq(reportSections.id, id), ownedBy(reportSections, owner)))
    .get();
  return row ? sectionState(row) : undefined;
}

/** One of the report's own texts (its title or opening paragraphs), version-checked and audited by name. */
function saveReportText(
  user: SessionUser,
  input: { id: number; version: number },
  field: 'title' | 'preamble',
  value: string,
): number {
  return writeReport(user, (tx, audit, owner) => {
    editableReport(tx, owner, input.id);
    const { before, after } = updateVersioned(
      tx,
      reports,
      { id: input.id, version: input.version, ...ownerKey(owner) },
      { [field]: value },
    );
    audit({
      action: `report.${field}.save`,
      entity: 'reports',
      entityId: input.id,
      before: { [field]: before[field] },
      after: { [field]: after[field] },
    });
    return after.version;
  });
}

export function savePreamble(user: SessionUser, input: { id: number; version: number; preamble: string }): number {
  return saveReportText(user, input, 'preamble', input.preamble);
}

/** The report's title, as the secretary words it (the draft's is only a default). */
export function saveTitle(user: SessionUser, input: { id: number; version: number; title: string }): number {
  return saveReportText(user, input, 'title', input.title);
}

/** Adds a section after another (or at the end). */
export function addSection(
  user: SessionUser,
  input: { reportId: number; afterId: number | null; level: 1 | 2; heading: string },
): number {
  return writeReport(user, (tx, audit, owner) => {
    editableReport(tx, owner, input.reportId);
    const sections = liveSections(tx, input.reportId);
    const index = input.afterId === null ? sections.length : sections.findIndex((s) => s.id === input.afterId) + 1;
    if (input.afterId !== null && index === 0) throw new ActionError(notFoundMessage);
    const row = insertSection(
      tx,
      user,
      owner,
      input.reportId,
      { level: input.level, heading: input.heading, body: '' },
      0,
    );
    renumber(tx, [...sections.slice(0, index).map((s) => s.id), row.id, ...sections.slice(index).map((s) => s.id)]);
    audit({
      action: 'report.section.add',
      entity: 'report_sections',
      entityId: row.id,
      after: { level: input.level, heading: input.heading, position: index + 1 },
    });
    return row.id;
  });
}

function liveSections(tx: Transaction, reportId: number) {
  return tx
    .select({ id: reportSections.id, sortOrder: reportSections.sortOrder })
    .from(reportSections)
    .where(and(eq(reportSections.reportId, reportId), live(reportSections)))
    .orderBy(asc(reportSections.sortOrder), asc(reportSections.id))
    .all();
}

function renumber(tx: Transaction, ids: number[]) {
  ids.forEach((id, i) =>
    tx
      .update(reportSections)
      .set({ sortOrder: (i + 1) * 10 })
      .where(eq(reportSections.id, id))
      .run(),
  );
}

/** Moves a section one place up or down. */
export function moveSection(user: SessionUser, input: { id: number; direction: 'up' | 'down' }): void {
  moveSectionTo(user, input.id, (from) => (input.direction === 'up' ? from - 1 : from + 1), {
    direction: input.direction,
  });
}

/** Puts a section at a position of the report (1 = first), as dragging it in the outline does. */
export function placeSection(user: SessionUser, input: { id: number; position: number }): void {
  moveSectionTo(user, input.id, () => input.position - 1, {});
}

function moveSectionTo(
  user: SessionUser,
  id: number,
  target: (from: number) => number,
  detail: Record<string, unknown>,
): void {
  writeReport(user, (tx, audit, owner) => {
    const section = sectionInReport(tx, owner, id);
    editableReport(tx, owner, section.reportId);
    const ids = liveSections(tx, section.reportId).map((s) => s.id);
    const from = ids.indexOf(section.id);
    const to = target(from);
    if (to === from || to < 0 || to >= ids.length) return;
    ids.splice(from, 1);
    ids.splice(to, 0, section.id);
    renumber(tx, ids);
    audit({
      action: 'report.section.move',
      entity: 'report_sections',
      entityId: section.id,
      after: { ...detail, position: to + 1 },
    });
  });
}

/** Changes a section between level 1 and level 2 (the numbering follows). */
export function setSectionLevel(user: SessionUser, input: { id: number; version: number; level: 1 | 2 }): void {
  writeReport(user, (tx, audit, owner) => {
    const section = sectionInReport(tx, owner, input.id);
    editableReport(tx, owner, section.reportId);
    const { before, after } = updateVersioned(
      tx,
      reportSections,
      { id: input.id, version: input.version, ...ownerKey(owner) },
      { level: input.level },
    );
    audit({
      action: 'report.section.level',
      entity: 'report_sections',
      entityId: input.id,
      before: { level: before.level },
      after: { level: after.level },
    });
  });
}

/** Numbers a section's heading or leaves it unnumbered (the numbering of the others runs on past it). */
export function setSectionNumbered(user: SessionUser, input: { id: number; version: number; numbered: boolean }): void {
  writeReport(user, (tx, audit, owner) => {
    const section = sectionInReport(tx, owner, input.id);
    editableReport(tx, owner, section.reportId);
    const { before, after } = updateVersioned(
      tx,
      reportSections,
      { id: input.id, version: input.version, ...ownerKey(owner) },
      { numbered: input.numbered },
    );
    audit({
      action: 'report.section.numbered',
      entity: 'report_sections',
      entityId: input.id,
      before: { numbered: before.numbered },
      after: { numbered: after.numbered },
    });
  });
}

/** Removes a section softly; its revisions stay. */
export function removeSection(user: SessionUser, input: { id: number; version: number }): void {
  writeReport(user, (tx, audit, owner) => {
    const section = sectionInReport(tx, owner, input.id);
    editableReport(tx, owner, section.reportId);
    const { before, after } = updateVersioned(
      tx,
      reportSections,
      { id: input.id, version: input.version, ...ownerKey(owner) },
      { deletedAt: nowIso() },
    );
    audit({
      action: 'report.section.remove',
      entity: 'report_sections',
      entityId: input.id,
      before: { heading: before.heading },
      after: { deletedAt: after.deletedAt },
    });
  });
}

/** The secretary gives a section to a committee member to write (or takes it back: null). */
export function assignSection(
  user: SessionUser,
  input: { id: number; version: number; assigneeId: number | null },
): void {
  writeReport(user, (tx, audit, owner) => {
    const section = sectionInReport(tx, owner, input.id);
    editableReport(tx, owner, section.reportId);
    if (input.assigneeId !== null) {
      // The same accounts the picker offers (listAssignableAccounts): the report's possible writers, not disabled.
      const assignee = tx
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(eq(accounts.id, input.assigneeId), assignableTo(owner)))
        .get();
      if (!assignee)
        throw owner.kind === 'branch'
          ? new ActionError('请选择本支部的支委作为撰写人', { assigneeId: ['请选择本支部的支委'] })
          : new ActionError('请选择本组织的书记作为撰写人', { assigneeId: ['请选择本组织的书记'] });
    }
    const { before, after } = updateVersioned(
      tx,
      reportSections,
      { id: input.id, version: input.version, ...ownerKey(owner) },
      { assigneeId: input.assigneeId },
    );
    audit({
      action: 'report.section.assign',
      entity: 'report_sections',
      entityId: input.id,
      before: { assigneeId: before.assigneeId },
      after: { assigneeId: after.assigneeId },
    });
  });
}

/** A figure's value set by hand, with its reason; null text removes the override. */
export function setFigureOverride(
  user: SessionUser,
  input: { reportId: number; figureKey: string; text: string | null; reason: string | null },
): void {
  writeReport(user, (tx, audit, owner) => {
    editableReport(tx, owner, input.reportId);
    const where = and(
      eq(reportFigureOverrides.reportId, input.reportId),
      eq(reportFigureOverrides.figureKey, input.figureKey),
    );
    const before = tx.select().from(reportFigureOverrides).where(where).get();
    if (input.text === null) {
      if (!before) throw new ActionError(notFoundMessage);
      tx.delete(reportFigureOverrides).where(where).run();
    } else {
      // Only a figure a report can hold (a known source, its key written the way the text's tokens are);
      // an override of anything else could never show and would only clutter the report.
      const spec = parseFigureKey(input.figureKey);
      if (!spec || figureKey(spec) !== input.figureKey || !isFigureSource(spec.source)) {
        throw new ActionError('没有这个数字，无法手动修改', { figureKey: ['没有这个数字'] });
      }
      if (!input.reason) throw new ActionError('手动修改数字须填写原因', { reason: ['请填写修改原因'] });
      tx.insert(reportFigureOverrides)
        .values({
          reportId: input.reportId,
          ...ownerColumns(owner),
          figureKey: input.figureKey,
          text: input.text,
          reason: input.reason,
          setBy: user.accountId,
        })
        .onConflictDoUpdate({
          target: [reportFigureOverrides.reportId, reportFigureOverrides.figureKey],
          set: { text: input.text, reason: input.reason, setBy: user.accountId, updatedAt: nowIso() },
        })
        .run();
    }
    audit({
      action: input.text === null ? 'report.figure.restore' : 'report.figure.override',
      entity: 'reports',
      entityId: input.reportId,
      before: before ? { figureKey: before.figureKey, text: before.text, reason: before.reason } : null,
      after: input.text === null ? null : { figureKey: input.figureKey, text: input.text, reason: input.reason },
    });
  });
}

/** Only the secretary submits; a submitted report is locked. */
export function submitReport(user: SessionUser, input: { id: number; version: number }): void {
  writeReport(user, (tx, audit, owner) => {
    editableReport(tx, owner, input.id);
    const { before, after } = updateVersioned(
      tx,
      reports,
      { id: input.id, version: input.version, ...ownerKey(owner) },
      { status: 'submitted', submittedAt: nowIso(), submittedBy: user.accountId },
    );
    audit({
      action: 'report.submit',
      entity: 'reports',
      entityId: input.id,
      before: { status: before.status },
      after: { status: after.status, submittedAt: after.submittedAt },
    });
  });
}
