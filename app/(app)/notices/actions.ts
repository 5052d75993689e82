'use server';
import { redirect } from 'next/navigation';
import * as noticesDb from '@/db/mutations/notices';
import { attachmentRefSchema } from '@/lib/attachments/validation';
import { ActionError } from '@/lib/errors';
import {
  createNoticeSchema,
  noticeFileSchema,
  noticeReadSchema,
  noticeRefSchema,
  reviewNoticeSchema,
  updateNoticeSchema,
} from '@/lib/notices/validation';
import { defineAction, forbiddenMessage } from '@/server/actions/define-action';

const noticePages = [{ layout: '/notices' }, '/'];

export const proposeNotice = defineAction({
  permission: 'notices.write',
  schema: createNoticeSchema,
  revalidate: noticePages,
  run(input, user) {
    const id = noticesDb.createNotice(user, input);
    redirect(`/notices/${id}?saved=1`);
  },
  success: '已提出，等待审核',
});

export const updateNotice = defineAction({
  permission: 'notices.write',
  schema: updateNoticeSchema,
  target: (input) => ({ entity: 'notices', id: input.id }),
  revalidate: noticePages,
  run(input, user) {
    noticesDb.updateNotice(user, input);
  },
  success: '内容已保存',
});

export const reviewNotice = defineAction({
  permission: 'notices.write',
  schema: reviewNoticeSchema,
  target: (input) => ({ entity: 'notices', id: input.id }),
  revalidate: noticePages,
  run(input, user) {
    noticesDb.advanceNotice(user, 'review', input);
  },
  success: '已审核（含保密审查），等待书记审批',
});

export const approveNotice = defineAction({
  permission: 'notices.approve',
  schema: noticeRefSchema,
  target: (input) => ({ entity: 'notices', id: input.id }),
  revalidate: noticePages,
  run(input, user) {
    noticesDb.advanceNotice(user, 'approve', input);
  },
  success: '已审批，可以公开',
});

export const publishNotice = defineAction({
  permission: 'notices.approve',
  schema: noticeRefSchema,
  target: (input) => ({ entity: 'notices', id: input.id }),
  revalidate: noticePages,
  run(input, user) {
    noticesDb.advanceNotice(user, 'publish', input);
  },
  success: '已公开，党员可以查看',
});

export const withdrawNotice = defineAction({
  permission: 'notices.write',
  schema: noticeRefSchema,
  target: (input) => ({ entity: 'notices', id: input.id }),
  revalidate: noticePages,
  run(input, user) {
    noticesDb.withdrawNotice(user, input);
  },
  success: '已撤回',
});

/** Read receipts belong to the branch's people; an account without one (the reviewer) has nothing to mark. */
export const markNoticeRead = defineAction({
  permission: 'notices.read',
  schema: noticeReadSchema,
  target: (input) => ({ entity: 'notices', id: input.id }),
  revalidate: noticePages,
  run(input, user) {
    const { personId } = user;
    if (personId === null) throw new ActionError(forbiddenMessage);
    noticesDb.markNoticeRead({ ...user, personId }, input.id);
  },
  success: '已标记为已读',
});

export const uploadNoticeFile = defineAction({
  permission: 'notices.write',
  schema: noticeFileSchema,
  target: (input) => ({ entity: 'notices', id: input.noticeId }),
  revalidate: noticePages,
  async run(input, user) {
    await noticesDb.addNoticeFile(user, input.noticeId, input.file);
  },
  success: '附件已上传',
});

export const removeNoticeFile = defineAction({
  permission: 'notices.write',
  schema: attachmentRefSchema,
  target: (input) => ({ entity: 'attachments', id: input.id }),
  revalidate: noticePages,
  run(input, user) {
    noticesDb.removeNoticeFile(user, input.id);
  },
  success: '附件已删除',
});
