/**
 * The roster: app/(app)/members/actions.ts (members.write).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { type ActionTable, serial, targetsFor } from '@/tests/support/action-rows';
import * as f from '@/tests/support/fixtures';

export const memberActions: ActionTable = {
  createPerson: {
    allowed: ['shuji', 'zuzhi', 'caizheng'],
    payload: () => f.newPersonPayload({ name: `授权测试${serial()}` }),
  },
  updatePerson: {
    allowed: ['shuji', 'zuzhi', 'caizheng'],
    payload: (user) => {
      const { person } = targetsFor(user);
      return f.editPersonPayload(person, { post: `岗位${serial()}` });
    },
  },
};
