/**
 * The secretary's report: app/(app)/report/actions.ts (report.write; structure and submission: report.submit).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
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

// A draft report per branch for the report actions; the statistics one's first section is zuzhi's to write.
const draftReportIds: Record<number, number> = {
  [statisticsId]: rp.insertReport(statisticsId).id,
  [financeId]: rp.insertReport(financeId).id,
};
const writableSectionIds: Record<number, number> = {
  [statisticsId]: rp.insertSection(draftReportIds[statisticsId], { assigneeId: f.accountNamed('zuzhi').id }).id,
  [financeId]: rp.insertSection(draftReportIds[financeId]).id,
};
const assignableSectionIds: Record<number, number> = {
  [statisticsId]: rp.insertSection(draftReportIds[statisticsId]).id,
  [financeId]: rp.insertSection(draftReportIds[financeId]).id,
};
// Years with no report yet, for createReport.
let reportYear = 2040;

export const reportActions: ActionTable = {
  createReport: {
    allowed: secretaries,
    payload: () => ({ year: ++reportYear, from: 'template' }),
  },
  saveReportSection: {
    allowed: meetingWriters,
    payload: (user) => {
      const section = rp.sectionById(writableSectionIds[user.branchId]);
      return { id: section.id, version: section.version, heading: section.heading, body: `授权测试正文${serial()}` };
    },
  },
  saveReportPreamble: {
    allowed: secretaries,
    payload: (user) => {
      const report = rp.reportById(draftReportIds[user.branchId]);
      return { id: report.id, version: report.version, preamble: `授权测试开头${serial()}` };
    },
  },
  saveReportTitle: {
    allowed: secretaries,
    payload: (user) => {
      const report = rp.reportById(draftReportIds[user.branchId]);
      return { id: report.id, version: report.version, title: `授权测试标题${serial()}` };
    },
  },
  addReportSection: {
    allowed: secretaries,
    payload: (user) => ({
      reportId: draftReportIds[user.branchId],
      afterId: '',
      level: 2,
      heading: `授权测试部分${serial()}`,
    }),
  },
  moveReportSection: {
    allowed: secretaries,
    payload: (user) => ({ id: assignableSectionIds[user.branchId], direction: 'up' }),
  },
  placeReportSection: {
    allowed: secretaries,
    // A new section comes last; putting it first is a move.
    payload: (user) => ({ id: rp.insertSection(draftReportIds[user.branchId]).id, position: 1 }),
  },
  setReportSectionLevel: {
    allowed: secretaries,
    payload: (user) => {
      const section = rp.sectionById(assignableSectionIds[user.branchId]);
      return { id: section.id, version: section.version, level: 2 };
    },
  },
  setReportSectionNumbered: {
    allowed: secretaries,
    payload: (user) => {
      const section = rp.sectionById(assignableSectionIds[user.branchId]);
      return { id: section.id, version: section.version, numbered: String(!section.numbered) };
    },
  },
  assignReportSection: {
    allowed: secretaries,
    payload: (user) => {
      const section = rp.sectionById(assignableSectionIds[user.branchId]);
      return { id: section.id, version: section.version, assigneeId: '' };
    },
  },
  removeReportSection: {
    allowed: secretaries,
    payload: (user) => {
      const section = rp.insertSection(draftReportIds[user.branchId]);
      return { id: section.id, version: section.version };
    },
  },
  overrideReportFigure: {
    allowed: meetingWriters,
    payload: (user) => ({
      reportId: draftReportIds[user.branchId],
      figureKey: 'notices',
      text: String(serial()),
      reason: '与会议记录核对',
    }),
  },
  restoreReportFigure: {
    allowed: meetingWriters,
    payload: (user) => {
      rp.insertOverride(draftReportIds[user.branchId], 'notices');
      return { reportId: draftReportIds[user.branchId], figureKey: 'notices' };
    },
  },
  submitReport: {
    allowed: secretaries,
    payload: (user) => {
      const report = rp.insertReport(user.branchId);
      // Confirmed against what is left to check (next year's 书记项目 is not planned in a test year).
      return { id: report.id, version: report.version, confirmed: rp.confirmedChecks(user.branchId, report.id) };
    },
  },
};
