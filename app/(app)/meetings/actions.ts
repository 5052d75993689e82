'use server';
import { redirect } from 'next/navigation';
import { addAttachment, removeAttachment as removeAttachmentInDb } from '@/db/mutations/attachments';
import * as meetingsDb from '@/db/mutations/meetings';
import { attachmentRefSchema } from '@/lib/attachments/validation';
import {
  attachmentUploadSchema,
  createMeetingSchema,
  meetingRefSchema,
  meetingSignInSchema,
  updateMeetingSchema,
} from '@/lib/meetings/validation';
import { defineAction } from '@/server/actions/define-action';

const meetingPages = [{ layout: '/meetings' }, '/'];

export const createMeeting = defineAction({
  permission: 'meetings.write',
  schema: createMeetingSchema,
  revalidate: meetingPages,
  run(input, user) {
    const id = meetingsDb.createMeeting(user, input);
    redirect(`/meetings/${id}?saved=1`);
  },
  success: '会议已保存',
});

export const updateMeeting = defineAction({
  permission: 'meetings.write',
  schema: updateMeetingSchema,
  target: (input) => ({ entity: 'meetings', id: input.id }),
  revalidate: (input) => [...meetingPages, `/meetings/${input.id}`],
  run(input, user) {
    meetingsDb.updateMeeting(user, input);
    redirect(`/meetings/${input.id}?saved=1`);
  },
  success: '会议已保存',
});

export const cancelMeeting = defineAction({
  permission: 'meetings.write',
  schema: meetingRefSchema,
  target: (input) => ({ entity: 'meetings', id: input.id }),
  revalidate: (input) => [...meetingPages, `/meetings/${input.id}`],
  run(input, user) {
    const outcome = meetingsDb.cancelOrRemoveMeeting(user, input);
    if (outcome === 'removed') redirect('/meetings?removed=1');
    return outcome;
  },
  success: '会议已取消',
});

export const signInToMeeting = defineAction({
  permission: 'meetings.attend',
  schema: meetingSignInSchema,
  target: (input) => ({ entity: 'meetings', id: input.meetingId }),
  revalidate: (input) => [...meetingPages, `/meetings/${input.meetingId}`],
  run(input, user) {
    meetingsDb.signInToMeeting(user, input.meetingId);
  },
  success: '签到成功',
});

export const uploadMeetingAttachment = defineAction({
  permission: 'meetings.write',
  schema: attachmentUploadSchema,
  target: (input) => ({ entity: 'meetings', id: input.meetingId }),
  revalidate: (input) => [...meetingPages, `/meetings/${input.meetingId}`],
  async run(input, user) {
    await addAttachment(user, 'meetings', input.meetingId, input.file);
  },
  success: '附件已上传',
});

export const removeMeetingAttachment = defineAction({
  permission: 'meetings.write',
  schema: attachmentRefSchema,
  target: (input) => ({ entity: 'attachments', id: input.id }),
  revalidate: meetingPages,
  run(input, user) {
    removeAttachmentInDb(user, 'meetings', input.id);
  },
  success: '附件已删除',
});
