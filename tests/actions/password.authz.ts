/**
 * One's own password and sessions: app/(account)/password/actions.ts (profile.password).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import type { ActionTable } from '@/tests/support/action-rows';

const demoPassword = 'demo1234';

export const passwordActions: ActionTable = {
  signOutEverywhere: {
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng', 'qiwei', 'gongwei'],
    payload: () => ({ confirm: 'yes' }),
  },
  // app/(account)/password/actions.ts — profile.password
  changeOwnPassword: {
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng', 'qiwei', 'gongwei'],
    countsRefusals: true,
    payload: () => ({ currentPassword: demoPassword, newPassword: 'Changed2024', confirmPassword: 'Changed2024' }),
  },
};
