/**
 * The secretary's report: app/(app)/report/actions.ts (report.write; structure and submission: report.submit).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { reportOwnerOf } from '@/db/report/owner';
import type { SessionUser } from '@/lib/auth/session-user';
import {
  type ActionTable,
  financeId,
  meetingWriters,
  secretaries,
  serial,
  statisticsId,
} from '@/tests/support/action-rows';
import * as f from '@/tests/support/fixtures';
import * as rp from '@/tests/support/reports';
import type { DemoUsername } from '@/tests/support/session';

// The secretaries who write a report: the branches' and the working committee's own (gongwei).
const reportSecretaries: DemoUsername[] = [...secretaries, 'gongwei'];
const reportWriters: DemoUsername[] = [...meetingWriters, 'gongwei'];

// A draft report per owner for the report actions, by the key `ownerOf` gives a caller: each branch's
// (the statistics one's first section is zuzhi's to write) and the working committee's own.
const workingCommitteeId = f.accountNamed('gongwei').organisationId!;
const ownerOf = (user: SessionUser) => (user.organisationId === null ? `branch:${user.branchId}` : 'organisation');
const draftReportIds: Record<string, number> = {
  [`branch:${statisticsId}`]: rp.insertReport(statisticsId).id,
  [`branch:${financeId}`]: rp.insertReport(financeId).id,
  organisation: rp.insertOrganisationReport(workingCommitteeId).id,
};
const writableSectionIds: Record<string, number> = {
  [`branch:${statisticsId}`]: rp.insertSection(draftReportIds[`branch:${statisticsId}`], {
    assigneeId: f.accountNamed('zuzhi').id,
  }).id,
  [`branch:${financeId}`]: rp.insertSection(draftReportIds[`branch:${financeId}`]).id,
  organisation: rp.insertSection(draftReportIds.organisation).id,
};
const assignableSectionIds: Record<string, number> = Object.fromEntries(
  Object.entries(draftReportIds).map(([owner, reportId]) => [owner, rp.insertSection(reportId).id]),
);
const draftOf = (user: SessionUser) => draftReportIds[ownerOf(user)];
// Years with no report yet, for createReport.
let reportYear = 2040;

export const reportActions: ActionTable = {
  createReport: {
    allowed: reportSecretaries,
    payload: () => ({ year: ++reportYear, from: 'template' }),
  },
  saveReportSection: {
    allowed: reportWriters,
    payload: (user) => {
      const section = rp.sectionById(writableSectionIds[ownerOf(user)]);
      return { id: section.id, version: section.version, heading: section.heading, body: `授权测试正文${serial()}` };
    },
  },
  saveReportPreamble: {
    allowed: reportSecretaries,
    payload: (user) => {
      const report = rp.reportById(draftOf(user));
      return { id: report.id, version: report.version, preamble: `授权测试开头${serial()}` };
    },
  },
  saveReportTitle: {
    allowed: reportSecretaries,
    payload: (user) => {
      const report = rp.reportById(draftOf(user));
      return { id: report.id, version: report.version, title: `授权测试标题${serial()}` };
    },
  },
  addReportSection: {
    allowed: reportSecretaries,
    payload: (user) => ({
      reportId: draftOf(user),
      afterId: '',
      level: 2,
      heading: `授权测试部分${serial()}`,
    }),
  },
  moveReportSection: {
    allowed: reportSecretaries,
    payload: (user) => ({ id: assignableSectionIds[ownerOf(user)], direction: 'up' }),
  },
  placeReportSection: {
    allowed: reportSecretaries,
    // A new section comes last; putting it first is a move.
    payload: (user) => ({ id: rp.insertSection(draftOf(user)).id, position: 1 }),
  },
  setReportSectionLevel: {
    allowed: reportSecretaries,
    payload: (user) => {
      const section = rp.sectionById(assignableSectionIds[ownerOf(user)]);
      return { id: section.id, version: section.version, level: 2 };
    },
  },
  setReportSectionNumbered: {
    allowed: reportSecretaries,
    payload: (user) => {
      const section = rp.sectionById(assignableSectionIds[ownerOf(user)]);
      return { id: section.id, version: section.version, numbered: String(!section.numbered) };
    },
  },
  assignReportSection: {
    allowed: reportSecretaries,
    payload: (user) => {
      const section = rp.sectionById(assignableSectionIds[ownerOf(user)]);
      return { id: section.id, version: section.version, assigneeId: '' };
    },
  },
  removeReportSection: {
    allowed: reportSecretaries,
    payload: (user) => {
      const section = rp.insertSection(draftOf(user));
      return { id: section.id, version: section.version };
    },
  },
  overrideReportFigure: {
    allowed: reportWriters,
    payload: (user) => ({
      reportId: draftOf(user),
      figureKey: 'notices',
      text: String(serial()),
      reason: '与会议记录核对',
    }),
  },
  restoreReportFigure: {
    allowed: reportWriters,
    payload: (user) => {
      rp.insertOverride(draftOf(user), 'notices');
      return { reportId: draftOf(user), figureKey: 'notices' };
    },
  },
  submitReport: {
    allowed: reportSecretaries,
    payload: (user) => {
      const report =
        user.organisationId === null
          ? rp.insertReport(user.branchId)
          : rp.insertOrganisationReport(user.organisationId);
      // Confirmed against what is left to check (next year's 书记项目 is not planned in a test year).
      return { id: report.id, version: report.version, confirmed: rp.confirmedChecks(reportOwnerOf(user), report.id) };
    },
  },
};
