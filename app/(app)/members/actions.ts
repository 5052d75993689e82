'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createPerson as createPersonInDb, updatePerson as updatePersonInDb } from '@/db/mutations/people';
import { createPersonSchema, updatePersonSchema } from '@/lib/people/validation';
import { defineAction } from '@/server/actions/define-action';

export const createPerson = defineAction({
  permission: 'members.write',
  schema: createPersonSchema,
  run(input, user) {
    const id = createPersonInDb(user, input);
    revalidatePath('/members');
    redirect(`/members/${id}?saved=1`);
  },
  success: '已新增人员',
});

export const updatePerson = defineAction({
  permission: 'members.write',
  schema: updatePersonSchema,
  target: (input) => ({ entity: 'people', id: input.id }),
  run(input, user) {
    updatePersonInDb(user, input);
    revalidatePath('/members');
    redirect(`/members/${input.id}?saved=1`);
  },
  success: '已保存',
});
