'use server';
import { revalidatePath } from 'next/cache';
import * as reviewDb from '@/db/report/review';
import { commentToRectificationSchema, gradeReportSchema, reviewCommentSchema } from '@/lib/report/validation';
import { defineAction } from '@/server/actions/define-action';

// The reviewer works across the committee's branches: each mutation checks the report's branch is one of them.
const refresh = () => {
  revalidatePath('/review', 'layout');
  revalidatePath('/report', 'layout');
  revalidatePath('/rectification', 'layout');
};

export const gradeReport = defineAction({
  permission: 'report.review',
  schema: gradeReportSchema,
  run(input, user) {
    reviewDb.gradeReport(user, input);
    refresh();
  },
  success: '评定等次已保存，支部可以看到',
});

export const addReviewComment = defineAction({
  permission: 'report.review',
  schema: reviewCommentSchema,
  run(input, user) {
    reviewDb.addReviewComment(user, input);
    refresh();
  },
  success: '评议意见已添加',
});

export const turnCommentIntoRectification = defineAction({
  permission: 'report.review',
  schema: commentToRectificationSchema,
  run(input, user) {
    reviewDb.commentToRectification(user, input);
    refresh();
  },
  success: '已转为支部的整改事项（来源：述职评议）',
});
