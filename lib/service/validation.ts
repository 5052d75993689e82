import { uploadedFile } from '@/lib/attachments/validation';
import { todayIso } from '@/lib/clock';
import { outputCategories, projectStatuses } from '@/lib/service/model';
import {
  idList,
  jsonList,
  optionalDate,
  optionalText,
  recordId,
  requiredDate,
  requiredEnum,
  requiredText,
  version,
} from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

const maxQuantity = 1e10;

const quantity = (label: string) =>
  z.coerce
    .number(`${label}应为数字`)
    .refine(Number.isFinite, `${label}应为数字`)
    .positive(`${label}应大于0`)
    .max(maxQuantity, `${label}过大`);

/** A row of the outputs or targets editor: so much of one output type. */
const quantityRow = z.object({
  outputTypeId: recordId,
  quantity: quantity('数量'),
  note: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : (v ?? null)),
    z.string().trim().max(60, '说明不能超过60个字').nullable(),
  ),
});
export type QuantityRow = z.infer<typeof quantityRow>;

function uniqueTypes(rows: QuantityRow[], ctx: z.RefinementCtx, field: string) {
  const seen = new Set<number>();
  for (const row of rows) {
    if (seen.has(row.outputTypeId)) {
      ctx.addIssue({ code: 'custom', path: [field], message: '同一成效类型只能填写一行，请合并数量' });
      return;
    }
    seen.add(row.outputTypeId);
  }
}

const budget = z.preprocess(
  (v) => (v === '' || v === undefined || v === null ? null : v),
  z.coerce
    .number('预算应为数字')
    .refine(Number.isFinite, '预算应为数字')
    .min(0, '预算不能为负数')
    .max(maxQuantity, '预算过大')
    .nullable(),
);

const projectFields = z
  .object({
    kind: requiredText('项目类型', 20),
    name: requiredText('项目名称', 60),
    partner: optionalText('结对单位', 60),
    goal: optionalText('项目目标', 2000),
    startDate: requiredDate('开始日期'),
    endDate: optionalDate('结束日期'),
    budget,
    status: requiredEnum('项目状态', projectStatuses),
    memberIds: idList('参与人员'),
    targets: jsonList(quantityRow, '项目目标', 30),
  })
  .superRefine((p, ctx) => {
    if (p.endDate && p.endDate < p.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于开始日期' });
    uniqueTypes(p.targets, ctx, 'targets');
  });

export const createProjectSchema = projectFields;
export const updateProjectSchema = z.intersection(projectFields, z.object({ id: recordId, version }));
export type ProjectInput = z.infer<typeof createProjectSchema>;
export type ProjectUpdateInput = z.infer<typeof updateProjectSchema>;

export const projectStatusSchema = z.object({
  id: recordId,
  version,
  status: requiredEnum('项目状态', projectStatuses),
});
export const versionedRefSchema = z.object({ id: recordId, version });

const activityFields = z
  .object({
    date: requiredDate('活动日期'),
    title: requiredText('活动名称', 60),
    description: optionalText('活动内容', 5000),
    place: optionalText('地点', 60),
    participantIds: idList('参加人员'),
    otherParticipants: z.preprocess(
      (v) => (v === '' || v === undefined || v === null ? 0 : v),
      z.coerce
        .number('其他参加人数应为数字')
        .int('其他参加人数应为整数')
        .min(0, '其他参加人数不能为负数')
        .max(100_000, '其他参加人数过大'),
    ),
    outputs: jsonList(quantityRow, '活动成效', 30),
  })
  .superRefine((a, ctx) => {
    if (a.date > todayIso())
      ctx.addIssue({ code: 'custom', path: ['date'], message: '活动日期不能晚于今天：记录的是已开展的活动' });
    uniqueTypes(a.outputs, ctx, 'outputs');
  });

export const createActivitySchema = z.intersection(activityFields, z.object({ projectId: recordId }));
export const updateActivitySchema = z.intersection(activityFields, z.object({ id: recordId, version }));
export type ActivityInput = z.infer<typeof activityFields>;
export type ActivityCreateInput = z.infer<typeof createActivitySchema>;
export type ActivityUpdateInput = z.infer<typeof updateActivitySchema>;

export const outputTypeSchema = z.object({
  category: requiredEnum('统计类别', outputCategories),
  name: requiredText('名称', 20),
  unit: requiredText('单位', 10),
});

export const activityPhotoSchema = z.object({ activityId: recordId, file: uploadedFile });
