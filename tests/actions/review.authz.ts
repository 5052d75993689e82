/**
 * The working committee's review of reports: app/(app)/review/actions.ts (report.review).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { type ActionTable, serial, statisticsId } from '@/tests/support/action-rows';
import * as f from '@/tests/support/fixtures';
import * as rp from '@/tests/support/reports';

// A submitted report the working committee reviews.
const submittedReportId = rp.insertReport(statisticsId, { status: 'submitted' }).id;

export const reviewActions: ActionTable = {
  gradeReport: {
    allowed: ['dangwei', 'qiwei', 'gongwei'],
    reviewsBranch: () => statisticsId,
    payload: () => {
      const report = rp.reportById(submittedReportId);
      return { id: report.id, version: report.version, grade: '较好' };
    },
  },
  addReviewComment: {
    allowed: ['dangwei', 'qiwei', 'gongwei'],
    reviewsBranch: () => statisticsId,
    payload: () => ({ reportId: submittedReportId, body: `授权测试意见${serial()}` }),
  },
  turnCommentIntoRectification: {
    allowed: ['dangwei', 'qiwei', 'gongwei'],
    reviewsBranch: () => statisticsId,
    payload: () => ({
      commentId: rp.insertReviewComment(submittedReportId).id,
      aspect: '述职评议',
      responsiblePersonId: f.personNamed('刘建军').id,
      deadline: '2099-12-31',
    }),
  },
};
