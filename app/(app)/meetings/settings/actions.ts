'use server';
import {
  addMeetingKind as addMeetingKindInDb,
  updateKindRule as updateKindRuleInDb,
} from '@/db/mutations/meeting-kinds';
import { kindRuleSchema, newKindSchema } from '@/lib/meetings/validation';
import { defineAction } from '@/server/actions/define-action';

const meetingPages = [{ layout: '/meetings' }, '/'];

export const updateKindRule = defineAction({
  permission: 'meetings.settings',
  schema: kindRuleSchema,
  target: (input) => ({ entity: 'meetingKinds', id: input.id }),
  revalidate: meetingPages,
  run(input, user) {
    updateKindRuleInDb(user, input);
  },
  success: '频次要求已保存',
});

export const addMeetingKind = defineAction({
  permission: 'meetings.settings',
  schema: newKindSchema,
  revalidate: meetingPages,
  run(input, user) {
    addMeetingKindInDb(user, input);
  },
  success: '会议类型已添加',
});
