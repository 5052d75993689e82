'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import type { IssuedAccount } from '@/db/mutations/accounts';

/**
 * 为所有党员开通账户, then the sheet of usernames and initial passwords to print and hand out: the
 * passwords are shown this once (only their hashes are kept).
 */
export function MemberAccountsForm({
  action,
  count,
  branchName,
}: {
  action: FormAction;
  count: number;
  branchName: string;
}) {
  const { state, pending, onSubmit } = useActionForm(action, { confirm: `为尚无账户的 ${count} 名党员开通账户？` });
  const issued = state?.ok ? ((state.data as IssuedAccount[] | undefined) ?? []) : [];
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="expected" value={count} />
        <p className="flex-1 text-sm text-stone-700">
          {count > 0
            ? `${count} 名党员（含预备党员）尚无账户。一次开通后，用户名按姓名拼音生成，角色按支委职务确定，初始密码随机生成。`
            : '本支部的党员都已有账户。'}
        </p>
        {count > 0 && (
          <Button type="submit" variant="secondary" disabled={pending}>
            为所有党员开通账户
          </Button>
        )}
      </form>
      <FormStatus state={state} />
      {issued.length > 0 && (
        <section aria-label="初始密码单" className="print-sheet rounded-md p-4 ring-1 ring-stone-300">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-base font-semibold">{branchName} 账户初始密码单</h3>
            <Button type="button" size="sm" variant="secondary" className="print:hidden" onClick={() => window.print()}>
              打印
            </Button>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-stone-600">
                <tr>
                  <th scope="col" className="py-1.5 pr-3 font-medium">
                    姓名
                  </th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">
                    用户名
                  </th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">
                    初始密码
                  </th>
                  <th scope="col" className="py-1.5 font-medium">
                    角色
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-dashed divide-stone-400">
                {issued.map((a) => (
                  <tr key={a.username}>
                    <td className="py-1.5 pr-3">{a.name}</td>
                    <td className="py-1.5 pr-3 font-mono">{a.username}</td>
                    <td className="py-1.5 pr-3 font-mono">{a.initialPassword}</td>
                    <td className="py-1.5">{a.role}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3 text-xs text-stone-600">
            登录地址：{`${window.location.origin}/login`}
            。可沿虚线逐行剪开分发给本人。首次登录后须修改密码；本单关闭后不能再次查看，忘记密码的由书记重置。
          </p>
        </section>
      )}
    </div>
  );
}
