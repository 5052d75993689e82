'use server';
import { redirect } from 'next/navigation';
import * as rectificationDb from '@/db/mutations/rectification';
import { attachmentRefSchema } from '@/lib/attachments/validation';
import {
  createRectificationSchema,
  rectificationEvidenceSchema,
  rectificationFileSchema,
  rectificationRefSchema,
  reopenRectificationSchema,
  updateRectificationSchema,
} from '@/lib/rectification/validation';
import { defineAction } from '@/server/actions/define-action';

const rectificationPages = [{ layout: '/rectification' }, '/'];

export const createRectification = defineAction({
  permission: 'rectification.write',
  schema: createRectificationSchema,
  revalidate: rectificationPages,
  run(input, user) {
    const id = rectificationDb.createRectification(user, input);
    redirect(`/rectification/${id}?saved=1`);
  },
  success: '整改事项已登记',
});

export const updateRectification = defineAction({
  permission: 'rectification.write',
  schema: updateRectificationSchema,
  target: (input) => ({ entity: 'rectificationItems', id: input.id }),
  revalidate: rectificationPages,
  run(input, user) {
    rectificationDb.updateRectification(user, input);
    redirect(`/rectification/${input.id}?saved=1`);
  },
  success: '整改事项已保存',
});

/** The responsible member (or the committee on their behalf) records what was done, optionally completing. */
export const submitRectificationEvidence = defineAction({
  permission: 'rectification.evidence',
  schema: rectificationEvidenceSchema,
  target: (input) => ({ entity: 'rectificationItems', id: input.id }),
  revalidate: rectificationPages,
  run(input, user) {
    const outcome = rectificationDb.submitEvidence(user, input);
    return outcome;
  },
  success: (outcome) => (outcome === 'completed' ? '已标记为已完成，等待支委对账销号' : '整改情况已保存'),
});

export const checkOffRectification = defineAction({
  permission: 'rectification.write',
  schema: rectificationRefSchema,
  target: (input) => ({ entity: 'rectificationItems', id: input.id }),
  revalidate: rectificationPages,
  run(input, user) {
    rectificationDb.checkOff(user, input);
  },
  success: '已对账销号',
});

export const reopenRectification = defineAction({
  permission: 'rectification.reopen',
  schema: reopenRectificationSchema,
  target: (input) => ({ entity: 'rectificationItems', id: input.id }),
  revalidate: rectificationPages,
  run(input, user) {
    rectificationDb.reopen(user, input);
  },
  success: '已重新打开，事项回到整改中',
});

export const uploadRectificationEvidence = defineAction({
  permission: 'rectification.evidence',
  schema: rectificationFileSchema,
  target: (input) => ({ entity: 'rectificationItems', id: input.itemId }),
  revalidate: rectificationPages,
  async run(input, user) {
    await rectificationDb.addEvidenceFile(user, input.itemId, input.file);
  },
  success: '佐证材料已上传',
});

export const removeRectificationEvidence = defineAction({
  permission: 'rectification.evidence',
  schema: attachmentRefSchema,
  target: (input) => ({ entity: 'attachments', id: input.id }),
  revalidate: rectificationPages,
  run(input, user) {
    rectificationDb.removeEvidenceFile(user, input.id);
  },
  success: '佐证材料已删除',
});
