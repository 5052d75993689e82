'use server';
import { redirect } from 'next/navigation';
import {
  createDiscipline as createDisciplineInDb,
  removeDiscipline as removeDisciplineInDb,
  updateDiscipline as updateDisciplineInDb,
} from '@/db/mutations/discipline';
import { createPerson as createPersonInDb, updatePerson as updatePersonInDb } from '@/db/mutations/people';
import { transferPerson as transferPersonInDb } from '@/db/mutations/transfers';
import { transferPersonSchema } from '@/lib/people/transfer';
import {
  createDisciplineSchema,
  createPersonSchema,
  updateDisciplineSchema,
  updatePersonSchema,
} from '@/lib/people/validation';
import { versionedRef } from '@/lib/validation/fields';
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

export const transferPerson = defineAction({
  permission: 'members.write',
  schema: transferPersonSchema,
  target: (input) => ({ entity: 'people', id: input.id }),
  revalidate: membersPage,
  run(input, user) {
    transferPersonInDb(user, input);
    redirect(`/members/${input.id}`);
  },
  success: '组织关系已转出',
});

export const createDiscipline = defineAction({
  permission: 'members.write',
  schema: createDisciplineSchema,
  target: (input) => ({ entity: 'people', id: input.personId }),
  revalidate: [{ layout: '/members' }],
  run(input, user) {
    createDisciplineInDb(user, input);
  },
  success: '党纪处分已登记',
});

export const updateDiscipline = defineAction({
  permission: 'members.write',
  schema: updateDisciplineSchema,
  target: (input) => ({ entity: 'personDisciplines', id: input.id }),
  revalidate: [{ layout: '/members' }],
  run(input, user) {
    updateDisciplineInDb(user, input);
  },
  success: '党纪处分已修改',
});

export const removeDiscipline = defineAction({
  permission: 'members.write',
  schema: versionedRef,
  target: (input) => ({ entity: 'personDisciplines', id: input.id }),
  revalidate: [{ layout: '/members' }],
  run(input, user) {
    removeDisciplineInDb(user, input);
  },
  success: '党纪处分记录已删除',
});
