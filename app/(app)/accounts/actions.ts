'use server';
import * as accounts from '@/db/mutations/accounts';
import {
  changeCommitteeTitleSchema,
  changeRoleSchema,
  createAccountSchema,
  createMemberAccountsSchema,
  resetPasswordSchema,
  setAccountDisabledSchema,
} from '@/lib/accounts/validation';
import { defineAction } from '@/server/actions/define-action';

const accountsPage = ['/accounts'];

export const createAccount = defineAction({
  permission: 'accounts.manage',
  schema: createAccountSchema,
  revalidate: accountsPage,
  async run(input, user) {
    await accounts.createAccount(user, input);
    return input.username;
  },
  success: (username) => `已创建账户 ${username}，首次登录时需修改初始密码`,
});

export const createMemberAccounts = defineAction({
  permission: 'accounts.manage',
  schema: createMemberAccountsSchema,
  revalidate: accountsPage,
  async run(input, user) {
    const issued = await accounts.createMemberAccounts(user, input);
    return issued;
  },
  success: (issued) =>
    `已为 ${issued.length} 名党员开通账户。初始密码只显示这一次，请打印或抄下后分发，首次登录时需修改`,
});

export const resetPassword = defineAction({
  permission: 'accounts.manage',
  schema: resetPasswordSchema,
  target: (input) => ({ entity: 'accounts', id: input.id }),
  revalidate: accountsPage,
  async run(input, user) {
    await accounts.resetPassword(user, input);
  },
  success: '密码已重置，并已解除锁定；该用户下次登录时需修改密码',
});

export const setAccountDisabled = defineAction({
  permission: 'accounts.manage',
  schema: setAccountDisabledSchema,
  target: (input) => ({ entity: 'accounts', id: input.id }),
  revalidate: accountsPage,
  run(input, user) {
    accounts.setAccountDisabled(user, input);
    return input.disabled;
  },
  success: (disabled) => (disabled ? '账户已停用' : '账户已启用'),
});

export const changeRole = defineAction({
  permission: 'accounts.manage',
  schema: changeRoleSchema,
  target: (input) => ({ entity: 'accounts', id: input.id }),
  revalidate: accountsPage,
  run(input, user) {
    accounts.changeRole(user, input);
  },
  success: '角色已修改',
});

export const changeCommitteeTitle = defineAction({
  permission: 'accounts.manage',
  schema: changeCommitteeTitleSchema,
  target: (input) => ({ entity: 'people', id: input.personId }),
  revalidate: [...accountsPage, '/members'],
  run(input, user) {
    accounts.changeCommitteeTitle(user, input);
  },
  success: '支委职务已修改',
});
