'use server';
import { redirect } from 'next/navigation';
import { createPerson as createPersonInDb, updatePerson as updatePersonInDb } from '@/db/mutations/people';
import { createPersonSchema, updatePersonSchema } from '@/lib/people/validation';
import { defineAction } from '@/server/actions/define-action';

const membersPage = ['/members'];

export const createPerson = defineAction({
  permission: 'members.write',
  schema: createPersonSchema,
  revalidate: membersPage,
  run(input, user) {
    const id = createPersonInDb(user, input);
    redirect(`/members/${id}?saved=1`);
  },
  success: '已新增人员',
});

export const updatePerson = defineAction({
  permission: 'members.write',
  schema: updatePersonSchema,
  target: (input) => ({ entity: 'people', id: input.id }),
  revalidate: membersPage,
  run(input, user) {
    updatePersonInDb(user, input);
    redirect(`/members/${input.id}?saved=1`);
  },
  success: '已保存',
});
