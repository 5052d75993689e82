/**
 * Work outputs: app/(app)/outputs/actions.ts (outputs.write).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { type ActionTable, meetingWriters, serial } from '@/tests/support/action-rows';
import * as wo from '@/tests/support/work-outputs';

export const outputActions: ActionTable = {
  createWorkOutputCategory: {
    allowed: meetingWriters,
    payload: () => ({ name: `授权测试类别${serial()}`, unit: '篇' }),
  },
  updateWorkOutputCategory: {
    allowed: meetingWriters,
    payload: (user) => {
      const category = wo.insertCategory(user.branchId);
      return { id: category.id, version: category.version, name: `授权测试改名${serial()}`, unit: '期' };
    },
  },
  setWorkOutputCategoryArchived: {
    allowed: meetingWriters,
    payload: (user) => {
      const category = wo.insertCategory(user.branchId);
      return { id: category.id, version: category.version, archived: 'true' };
    },
  },
  createWorkOutput: {
    allowed: meetingWriters,
    payload: (user) => ({
      date: '2025-05-05',
      categoryId: wo.insertCategory(user.branchId).id,
      title: `授权测试成果${serial()}`,
      quantity: '',
      note: '',
    }),
  },
  updateWorkOutput: {
    allowed: meetingWriters,
    payload: (user) => {
      const output = wo.insertOutput(user.branchId);
      return {
        id: output.id,
        version: output.version,
        date: output.date,
        categoryId: output.categoryId,
        title: `授权测试修改${serial()}`,
        quantity: '3',
        note: '',
      };
    },
  },
  removeWorkOutput: {
    allowed: meetingWriters,
    payload: (user) => {
      const output = wo.insertOutput(user.branchId);
      return { id: output.id, version: output.version };
    },
  },
};
