import { InlineActionForm } from '@/components/forms/inline-action-form';
import type { FormAction } from '@/components/forms/use-action-form';
import { Badge } from '@/components/ui/badge';
import type { BranchAccount } from '@/db/queries/accounts';
import { branchRoles, roleLabels } from '@/lib/auth/roles';
import { beijingDateTime } from '@/lib/dates';
import { committeeTitles } from '@/lib/people/model';

type Actions = Record<'resetPassword' | 'setAccountDisabled' | 'changeRole' | 'changeCommitteeTitle', FormAction>;

const controlClass =
  'h-8 rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300 focus:ring-2 focus:ring-brand-600';

function formatTime(iso: string | null) {
  return iso ? beijingDateTime(iso) : '从未登录';
}

export function AccountCard({
  account,
  isSelf,
  actions,
  now,
}: {
  account: BranchAccount;
  isSelf: boolean;
  actions: Actions;
  now: Date;
}) {
  const locked = account.lockedUntil && new Date(account.lockedUntil) > now;
  const name = account.personName ?? account.username;
  const keys = { id: account.id, version: account.version };
  return (
    <li>
      <article aria-label={`${name}的账户`} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
        <header className="flex flex-wrap items-center gap-2">
          <h3 className="font-semibold text-stone-900">{name}</h3>
          <code className="text-sm text-stone-600">{account.username}</code>
          <Badge tone="red">{roleLabels[account.role]}</Badge>
          {/* A 书记 account of the 书记 shows one badge, not “书记 书记”. */}
          {account.committeeTitle && account.committeeTitle !== roleLabels[account.role] && (
            <Badge tone="amber">{account.committeeTitle}</Badge>
          )}
          {account.disabledAt && <Badge>已停用</Badge>}
          {locked && <Badge tone="amber">已锁定</Badge>}
          {account.mustChangePassword && <Badge tone="blue">待修改初始密码</Badge>}
          {isSelf && <Badge tone="green">当前账户</Badge>}
          <span className="ml-auto text-xs text-stone-500">最近登录：{formatTime(account.lastSignInAt)}</span>
        </header>

        {isSelf ? (
          <p className="mt-3 text-sm text-stone-600">
            这是您自己的账户：请通过“修改密码”更改密码；角色和停用需由其他书记处理。
          </p>
        ) : (
          <div className="mt-3 flex flex-wrap items-start gap-x-8 gap-y-3">
            <InlineActionForm action={actions.changeRole} hidden={keys} submitLabel="保存角色">
              <label className="flex flex-col gap-1 text-xs text-stone-600">
                角色
                <select name="role" defaultValue={account.role} className={controlClass}>
                  {branchRoles.map((r) => (
                    <option key={r} value={r}>
                      {roleLabels[r]}
                    </option>
                  ))}
                </select>
              </label>
            </InlineActionForm>
            {account.personId && account.personVersion && (
              <InlineActionForm
                action={actions.changeCommitteeTitle}
                hidden={{ personId: account.personId, version: account.personVersion }}
                submitLabel="保存职务"
              >
                <label className="flex flex-col gap-1 text-xs text-stone-600">
                  支委职务
                  <select name="committeeTitle" defaultValue={account.committeeTitle ?? ''} className={controlClass}>
                    <option value="">无</option>
                    {committeeTitles.map((t) => (
                      <option key={t} value={t}>
                        {t}
                      </option>
                    ))}
                  </select>
                </label>
              </InlineActionForm>
            )}
            <InlineActionForm action={actions.resetPassword} hidden={keys} submitLabel="重置密码">
              <label className="flex flex-col gap-1 text-xs text-stone-600">
                新的初始密码
                <input name="initialPassword" autoComplete="off" className={`${controlClass} w-36`} />
              </label>
            </InlineActionForm>
            <InlineActionForm
              action={actions.setAccountDisabled}
              hidden={{ ...keys, disabled: account.disabledAt ? 'false' : 'true' }}
              submitLabel={account.disabledAt ? '启用账户' : '停用账户'}
              variant={account.disabledAt ? 'secondary' : 'danger'}
            />
          </div>
        )}
      </article>
    </li>
  );
}
