'use server';
import { addAttachment, removeAttachment } from '@/db/mutations/attachments';
import * as developmentDb from '@/db/mutations/development';
import { attachmentRefSchema } from '@/lib/attachments/validation';
import {
  backfillDevelopmentSchema,
  correctStepDateSchema,
  developmentDocumentSchema,
  noticePeriodSchema,
  recordStepSchema,
  startDevelopmentSchema,
  stopDevelopmentSchema,
} from '@/lib/development/validation';
import { defineAction } from '@/server/actions/define-action';

const developmentPages = [{ layout: '/development' }, { layout: '/members' }, '/'];

export const startDevelopment = defineAction({
  permission: 'development.write',
  schema: startDevelopmentSchema,
  target: (input) => ({ entity: 'people', id: input.personId }),
  revalidate: developmentPages,
  run(input, user) {
    developmentDb.startDevelopment(user, input);
  },
  success: '已建立发展记录，并登记入党申请',
});

export const backfillDevelopment = defineAction({
  permission: 'development.write',
  schema: backfillDevelopmentSchema,
  target: (input) => ({ entity: 'people', id: input.personId }),
  revalidate: developmentPages,
  run(input, user) {
    developmentDb.backfillDevelopment(user, input);
  },
  success: '已补录发展过程，此后的期限将按补录的日期提醒',
});

export const recordDevelopmentStep = defineAction({
  permission: 'development.write',
  schema: recordStepSchema,
  target: (input) => ({ entity: 'developmentRecords', id: input.recordId }),
  revalidate: developmentPages,
  run(input, user) {
    const recorded = developmentDb.recordStep(user, input);
    return recorded;
  },
  success: ({ step, warnings }) =>
    warnings.length ? `已记录${step}，同时记下提醒：${warnings.map((w) => w.message).join('；')}` : `已记录${step}`,
});

export const correctDevelopmentStepDate = defineAction({
  permission: 'development.write',
  schema: correctStepDateSchema,
  target: (input) => ({ entity: 'developmentSteps', id: input.id }),
  revalidate: developmentPages,
  run(input, user) {
    developmentDb.correctStepDate(user, input);
  },
  success: '日期已更正，更正原因已记入审计记录',
});

export const stopDevelopment = defineAction({
  permission: 'development.write',
  schema: stopDevelopmentSchema,
  target: (input) => ({ entity: 'developmentRecords', id: input.recordId }),
  revalidate: developmentPages,
  run(input, user) {
    const kind = developmentDb.stopDevelopment(user, input);
    return kind;
  },
  success: (kind) => `已${kind}，此人的政治面貌改为群众`,
});

export const updateDevelopmentNoticePeriod = defineAction({
  permission: 'development.settings',
  schema: noticePeriodSchema,
  revalidate: [...developmentPages, '/settings'],
  run(input, user) {
    developmentDb.updateNoticePeriod(user, input);
  },
  success: '公示期已保存，此后记录的「上级党委预审」按新的公示期检查',
});

export const uploadDevelopmentDocument = defineAction({
  permission: 'development.write',
  schema: developmentDocumentSchema,
  target: (input) => ({ entity: 'developmentSteps', id: input.stepId }),
  revalidate: developmentPages,
  async run(input, user) {
    await addAttachment(user, 'development_steps', input.stepId, input.file);
  },
  success: '材料已上传',
});

export const removeDevelopmentDocument = defineAction({
  permission: 'development.write',
  schema: attachmentRefSchema,
  target: (input) => ({ entity: 'attachments', id: input.id }),
  revalidate: developmentPages,
  run(input, user) {
    removeAttachment(user, 'development_steps', input.id);
  },
  success: '材料已删除',
});
