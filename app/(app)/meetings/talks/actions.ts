'use server';
import { createTalk as createTalkInDb, removeTalk as removeTalkInDb } from '@/db/mutations/talks';
import { talkRefSchema, talkSchema } from '@/lib/meetings/validation';
import { defineAction } from '@/server/actions/define-action';

const talksPage = ['/meetings/talks'];

export const createTalk = defineAction({
  permission: 'talks.write',
  schema: talkSchema,
  revalidate: talksPage,
  run(input, user) {
    createTalkInDb(user, input);
  },
  success: '谈话记录已保存',
});

export const removeTalk = defineAction({
  permission: 'talks.write',
  schema: talkRefSchema,
  target: (input) => ({ entity: 'talks', id: input.id }),
  revalidate: talksPage,
  run(input, user) {
    removeTalkInDb(user, input);
  },
  success: '谈话记录已删除',
});
