import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { timestamps, versioned } from '@/db/schema/columns';
import { branches, organisations } from '@/db/schema/organisations';
import { reportGrades, reportSectionKinds, reportStatuses } from '@/lib/report/model';

/**
 * The owner of a report and of every row that belongs to it: a branch (its secretary's 述职) or an
 * organisation above branches (its secretary's 抓基层党建工作述职, figures summed over its branches).
 * Exactly one of the two is set.
 */
const owner = () => ({
  branchId: integer().references(() => branches.id),
  organisationId: integer().references(() => organisations.id),
});

/** A 述职报告 for a year: its sections, figures and the review by the organisation above. */
export const reports = sqliteTable(
  'reports',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    ...owner(),
    year: integer().notNull(),
    title: text().notNull(),
    /** Paragraphs before the first section. */
    preamble: text().notNull().default(''),
    status: text({ enum: reportStatuses }).notNull().default('draft'),
    /** The report this one was continued from (last year's). */
    continuedFromId: integer(),
    submittedAt: text(),
    submittedBy: integer().references(() => accounts.id),
    grade: text({ enum: reportGrades }),
    reviewedAt: text(),
    reviewedBy: integer().references(() => accounts.id),
    createdBy: integer().references(() => accounts.id),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    uniqueIndex('reports_branch_year_idx').on(t.branchId, t.year),
    uniqueIndex('reports_organisation_year_idx').on(t.organisationId, t.year),
    // Unqualified names: the check must survive the table being rebuilt and renamed by a migration.
    check('reports_one_owner', sql`(branch_id IS NULL) <> (organisation_id IS NULL)`),
  ],
);

/** A heading (level 1 “一、…” or level 2 “（一）…”) with its body; numbering follows the order. */
export const reportSections = sqliteTable(
  'report_sections',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    reportId: integer()
      .notNull()
      .references(() => reports.id),
    ...owner(),
    level: integer().notNull(),
    heading: text().notNull(),
    /** Paragraphs separated by newlines, figures as {{…}} tokens. */
    body: text().notNull().default(''),
    /** What the section is, when the continuation must find it by that rather than by its heading. */
    kind: text({ enum: reportSectionKinds }),
    /** Carried over from last year's report and not edited since (the editor marks it 沿用去年，请核改). */
    carriedOver: integer({ mode: 'boolean' }).notNull().default(false),
    /** Numbered (一、（一）) or not: slogan headings often stand without a number; numbering skips them. */
    numbered: integer({ mode: 'boolean' }).notNull().default(true),
    sortOrder: integer().notNull(),
    /** The committee member who writes this section (the secretary writes every section). */
    assigneeId: integer().references(() => accounts.id),
    updatedBy: integer().references(() => accounts.id),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('report_sections_report_idx').on(t.reportId, t.sortOrder)],
);

/** Every saved state of a section, so the history can be compared and restored. */
export const reportSectionRevisions = sqliteTable(
  'report_section_revisions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    sectionId: integer()
      .notNull()
      .references(() => reportSections.id),
    reportId: integer()
      .notNull()
      .references(() => reports.id),
    ...owner(),
    /** The section's version this save produced. */
    version: integer().notNull(),
    heading: text().notNull(),
    body: text().notNull(),
    savedBy: integer().references(() => accounts.id),
    savedAt: text().notNull(),
  },
  (t) => [index('report_section_revisions_section_idx').on(t.sectionId, t.version)],
);

/** A figure's computed value replaced by hand, with the reason; it stays visibly different. */
export const reportFigureOverrides = sqliteTable(
  'report_figure_overrides',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    reportId: integer()
      .notNull()
      .references(() => reports.id),
    ...owner(),
    figureKey: text().notNull(),
    text: text().notNull(),
    reason: text().notNull(),
    setBy: integer().references(() => accounts.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('report_figure_overrides_report_key_idx').on(t.reportId, t.figureKey)],
);

/** The working committee's comments on a submitted report; one may become a rectification item. */
export const reportReviewComments = sqliteTable(
  'report_review_comments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    reportId: integer()
      .notNull()
      .references(() => reports.id),
    ...owner(),
    body: text().notNull(),
    authorId: integer().references(() => accounts.id),
    rectificationItemId: integer(),
    ...timestamps,
  },
  (t) => [index('report_review_comments_report_idx').on(t.reportId)],
);

export type Report = typeof reports.$inferSelect;
export type ReportSection = typeof reportSections.$inferSelect;
