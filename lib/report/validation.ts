import { reportGrades } from '@/lib/report/model';
import { optionalRecordId, recordId, requiredDate, requiredEnum, requiredText, version } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

const year = z.coerce.number('年度无效').int('年度无效').min(2000, '年度无效').max(2100, '年度无效');
const level = z.coerce.number('层级无效').pipe(z.union([z.literal(1), z.literal(2)], '层级应为一级或二级标题'));
const body = z.string('正文格式无效').max(50_000, '这一部分超过5万字，请拆分为多个部分');

export const createReportSchema = z.object({ year, from: z.enum(['template', 'last_year'], '请选择生成方式') });

export const saveSectionSchema = z.object({
  id: recordId,
  version,
  heading: requiredText('标题', 100),
  body,
});

export const savePreambleSchema = z.object({ id: recordId, version, preamble: body });
export const saveTitleSchema = z.object({ id: recordId, version, title: requiredText('报告标题', 60) });

export const addSectionSchema = z.object({
  reportId: recordId,
  afterId: optionalRecordId,
  level,
  heading: requiredText('标题', 100),
});

export const moveSectionSchema = z.object({ id: recordId, direction: z.enum(['up', 'down'], '移动方向无效') });
export const placeSectionSchema = z.object({
  id: recordId,
  position: z.coerce.number('位置无效').int('位置无效').min(1, '位置无效').max(500, '位置无效'),
});
export const sectionLevelSchema = z.object({ id: recordId, version, level });
export const sectionNumberedSchema = z.object({
  id: recordId,
  version,
  numbered: z.enum(['true', 'false'], '编号设置无效').transform((v) => v === 'true'),
});
export const sectionRefSchema = z.object({ id: recordId, version });
export const assignSectionSchema = z.object({ id: recordId, version, assigneeId: optionalRecordId });

export const figureOverrideSchema = z.object({
  reportId: recordId,
  figureKey: z.string('数字标识无效').trim().min(1, '数字标识无效').max(200, '数字标识无效'),
  text: z.string('请填写数字').trim().min(1, '请填写数字').max(40, '数字不能超过40个字'),
  reason: requiredText('修改原因', 200),
});
export const figureRestoreSchema = z.object({ reportId: recordId, figureKey: figureOverrideSchema.shape.figureKey });

export const reportRefSchema = z.object({ id: recordId, version });
/** `confirmed`: the fingerprint of the checks the secretary saw and confirmed before submitting. */
export const submitReportSchema = reportRefSchema.extend({
  confirmed: z.string('确认信息无效').max(40, '确认信息无效').optional(),
});

export const gradeReportSchema = z.object({ id: recordId, version, grade: requiredEnum('评定等次', reportGrades) });
export const reviewCommentSchema = z.object({ reportId: recordId, body: requiredText('评议意见', 2000) });
export const commentToRectificationSchema = z.object({
  commentId: recordId,
  aspect: requiredText('问题方面', 40),
  responsiblePersonId: recordId,
  deadline: requiredDate('整改时限'),
});
