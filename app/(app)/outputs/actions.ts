'use server';
import { redirect } from 'next/navigation';
import * as outputsDb from '@/db/mutations/work-outputs';
import { versionedRef } from '@/lib/validation/fields';
import {
  archiveCategorySchema,
  createCategorySchema,
  createOutputSchema,
  updateCategorySchema,
  updateOutputSchema,
} from '@/lib/work-outputs/validation';
import { defineAction } from '@/server/actions/define-action';

const outputsPage = ['/outputs'];

export const createWorkOutputCategory = defineAction({
  permission: 'outputs.write',
  schema: createCategorySchema,
  revalidate: outputsPage,
  run(input, user) {
    outputsDb.createCategory(user, input);
  },
  success: '已添加类别',
});

export const updateWorkOutputCategory = defineAction({
  permission: 'outputs.write',
  schema: updateCategorySchema,
  target: (input) => ({ entity: 'workOutputCategories', id: input.id }),
  revalidate: outputsPage,
  run(input, user) {
    outputsDb.updateCategory(user, input);
  },
  success: '类别已保存',
});

export const setWorkOutputCategoryArchived = defineAction({
  permission: 'outputs.write',
  schema: archiveCategorySchema,
  target: (input) => ({ entity: 'workOutputCategories', id: input.id }),
  revalidate: outputsPage,
  run(input, user) {
    outputsDb.setCategoryArchived(user, input);
    return input.archived;
  },
  success: (archived) => (archived ? '类别已归档：不再用于新成果，已有成果和合计保留' : '类别已恢复使用'),
});

export const createWorkOutput = defineAction({
  permission: 'outputs.write',
  schema: createOutputSchema,
  revalidate: outputsPage,
  run(input, user) {
    outputsDb.createOutput(user, input);
  },
  success: '成果已登记',
});

export const updateWorkOutput = defineAction({
  permission: 'outputs.write',
  schema: updateOutputSchema,
  target: (input) => ({ entity: 'workOutputs', id: input.id }),
  revalidate: (input) => [...outputsPage, `/outputs/${input.id}`],
  run(input, user) {
    outputsDb.updateOutput(user, input);
  },
  success: '成果已保存',
});

export const removeWorkOutput = defineAction({
  permission: 'outputs.write',
  schema: versionedRef,
  target: (input) => ({ entity: 'workOutputs', id: input.id }),
  revalidate: outputsPage,
  run(input, user) {
    outputsDb.removeOutput(user, input);
    redirect('/outputs?removed=1');
  },
  success: '成果已删除',
});
