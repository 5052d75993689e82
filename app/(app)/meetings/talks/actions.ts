'use server';
import { revalidatePath } from 'next/cache';
import { createTalk as createTalkInDb, removeTalk as removeTalkInDb } from '@/db/mutations/talks';
import { talkRefSchema, talkSchema } from '@/lib/meetings/validation';
import { defineAction } from '@/server/actions/define-action';

export const createTalk = defineAction({
  permission: 'talks.write',
  schema: talkSchema,
  run(input, user) {
    createTalkInDb(user, input);
    revalidatePath('/meetings/talks');
  },
  success: '谈话记录已保存',
});

export const removeTalk = defineAction({
  permission: 'talks.write',
  schema: talkRefSchema,
  target: (input) => ({ entity: 'talks', id: input.id }),
  run(input, user) {
    removeTalkInDb(user, input);
    revalidatePath('/meetings/talks');
  },
  success: '谈话记录已删除',
});
