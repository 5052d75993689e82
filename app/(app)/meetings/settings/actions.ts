'use server';
import { revalidatePath } from 'next/cache';
import {
  addMeetingKind as addMeetingKindInDb,
  updateKindRule as updateKindRuleInDb,
} from '@/db/mutations/meeting-kinds';
import { kindRuleSchema, newKindSchema } from '@/lib/meetings/validation';
import { defineAction } from '@/server/actions/define-action';

const refresh = () => {
  revalidatePath('/meetings', 'layout');
  revalidatePath('/');
};

export const updateKindRule = defineAction({
  permission: 'meetings.settings',
  schema: kindRuleSchema,
  target: (input) => ({ entity: 'meetingKinds', id: input.id }),
  run(input, user) {
    updateKindRuleInDb(user, input);
    refresh();
  },
  success: '频次要求已保存',
});

export const addMeetingKind = defineAction({
  permission: 'meetings.settings',
  schema: newKindSchema,
  run(input, user) {
    addMeetingKindInDb(user, input);
    refresh();
  },
  success: '会议类型已添加',
});
