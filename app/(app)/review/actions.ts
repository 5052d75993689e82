'use server';
import * as reviewDb from '@/db/report/review';
import { commentToRectificationSchema, gradeReportSchema, reviewCommentSchema } from '@/lib/report/validation';
import { defineAction } from '@/server/actions/define-action';

// The reviewer works across the organisation's branches and the organisations beneath: each mutation checks the report is one of theirs.
const reviewedPages = [{ layout: '/review' }, { layout: '/report' }, { layout: '/rectification' }];

export const gradeReport = defineAction({
  permission: 'report.review',
  schema: gradeReportSchema,
  revalidate: reviewedPages,
  run(input, user) {
    reviewDb.gradeReport(user, input);
  },
  success: '评定等次已保存，报告单位可以看到',
});

export const addReviewComment = defineAction({
  permission: 'report.review',
  schema: reviewCommentSchema,
  revalidate: reviewedPages,
  run(input, user) {
    reviewDb.addReviewComment(user, input);
  },
  success: '评议意见已添加',
});

export const turnCommentIntoRectification = defineAction({
  permission: 'report.review',
  schema: commentToRectificationSchema,
  revalidate: reviewedPages,
  run(input, user) {
    reviewDb.commentToRectification(user, input);
  },
  success: '已转为支部的整改事项（来源：述职评议）',
});
