/**
 * The year and branch switchers: app/(app)/actions.ts (dashboard.read, branches.switch).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { type ActionTable, financeId } from '@/tests/support/action-rows';

export const preferenceActions: ActionTable = {
  switchYear: {
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng', 'qiwei', 'gongwei'],
    payload: () => ({ year: 2023 }),
    audits: 'nothing',
  },
  switchBranch: {
    allowed: ['dangwei', 'qiwei', 'gongwei'],
    payload: () => ({ branchId: financeId }),
    audits: 'nothing',
  },
};
