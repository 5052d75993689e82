/**
 * Accounts: app/(app)/accounts/actions.ts (accounts.manage).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { db } from '@/db';
import { accounts, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { type ActionTable, financeId, serial, statisticsId, targetsFor } from '@/tests/support/action-rows';
import * as f from '@/tests/support/fixtures';

// Every branch needs an account other than its secretary's for the account actions to act on:
// 旗统计局党支部 has xuanchuan; give 旗财政局党支部 one too.
db.insert(accounts)
  .values({
    username: 'baixue',
    passwordHash: f.accountNamed('caizheng').passwordHash,
    role: 'committee',
    personId: f.personNamed('白雪').id,
    branchId: financeId,
    mustChangePassword: false,
  })
  .run();

/** The account of the caller's branch, not the secretary's, that the payloads act on. */
const otherAccount = (user: SessionUser) => f.accountNamed(user.branchId === statisticsId ? 'xuanchuan' : 'baixue');

export const accountActions: ActionTable = {
  createAccount: {
    allowed: ['shuji', 'caizheng'],
    payload: (user) => ({
      personId: f.peopleWithoutAccount(user.branchId)[0].id,
      username: `authz${serial()}`,
      role: 'member',
      initialPassword: 'Start2024x',
    }),
  },
  createMemberAccounts: {
    allowed: ['shuji', 'caizheng'],
    audits: 'batch',
    payload: (user) => {
      db.insert(people)
        .values({ branchId: user.branchId, name: `授权测试党员${serial()}`, gender: 'male', politicalStatus: 'full' })
        .run();
      const members = f
        .peopleWithoutAccount(user.branchId)
        .filter((p) => p.politicalStatus === 'full' || p.politicalStatus === 'probationary');
      return { expected: members.length };
    },
  },
  resetPassword: {
    allowed: ['shuji', 'caizheng'],
    payload: (user) => {
      const account = otherAccount(user);
      return { id: account.id, version: account.version, initialPassword: 'Reset2024x' };
    },
  },
  setAccountDisabled: {
    allowed: ['shuji', 'caizheng'],
    payload: (user) => {
      const account = otherAccount(user);
      return { id: account.id, version: account.version, disabled: 'false' };
    },
  },
  changeRole: {
    allowed: ['shuji', 'caizheng'],
    payload: (user) => {
      const account = otherAccount(user);
      return { id: account.id, version: account.version, role: 'member' };
    },
  },
  changeCommitteeTitle: {
    allowed: ['shuji', 'caizheng'],
    payload: (user) => {
      const { person } = targetsFor(user);
      return { personId: person.id, version: person.version, committeeTitle: '纪检委员' };
    },
  },
};
