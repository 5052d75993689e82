import type { Metadata } from 'next';
import { AccountCard } from '@/app/(app)/accounts/_components/account-card';
import { CreateAccountForm } from '@/app/(app)/accounts/_components/create-account-form';
import { MemberAccountsForm } from '@/app/(app)/accounts/_components/member-accounts-form';
import {
  changeCommitteeTitle,
  changeRole,
  createAccount,
  createMemberAccounts,
  resetPassword,
  setAccountDisabled,
} from '@/app/(app)/accounts/actions';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listBranchAccounts, listPeopleWithoutAccount, takenUsernames } from '@/db/queries/accounts';
import { suggestUsername } from '@/lib/accounts/username';
import { now } from '@/lib/clock';
import { requirePermission } from '@/server/auth/current-user';

/** Each person with a username to start from, unique within the branch and among the suggestions. */
function withSuggestedUsernames<P extends { name: string }>(people: P[], usernames: string[]) {
  const taken = new Set(usernames);
  return people.map((person) => {
    const suggestedUsername = suggestUsername(person.name, taken);
    taken.add(suggestedUsername);
    return { ...person, suggestedUsername };
  });
}

export const metadata: Metadata = { title: '账户管理' };

export default async function AccountsPage() {
  const user = await requirePermission('accounts.manage');
  const accounts = listBranchAccounts(user);
  const withoutAccount = listPeopleWithoutAccount(user);
  const membersWithoutAccount = withoutAccount.filter(
    (p) => p.politicalStatus === 'full' || p.politicalStatus === 'probationary',
  ).length;
  const at = now();
  const actions = { resetPassword, setAccountDisabled, changeRole, changeCommitteeTitle };
  return (
    <>
      <PageHeader title="账户管理" description="为本支部人员开通登录账户，重置密码、停用账户、调整角色与支委职务。" />
      <Card title="批量开通" className="mb-6">
        <MemberAccountsForm action={createMemberAccounts} count={membersWithoutAccount} branchName={user.branchName} />
      </Card>
      <Card title="新建账户" className="mb-6">
        <CreateAccountForm action={createAccount} people={withSuggestedUsernames(withoutAccount, takenUsernames())} />
      </Card>
      <h2 className="mb-3 text-base font-semibold text-stone-900">本支部账户（{accounts.length}）</h2>
      <ul className="space-y-3">
        {accounts.map((account) => (
          <AccountCard
            key={account.id}
            account={account}
            isSelf={account.id === user.accountId}
            actions={actions}
            now={at}
          />
        ))}
      </ul>
    </>
  );
}
