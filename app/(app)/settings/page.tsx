import type { Metadata } from 'next';
import Link from 'next/link';
import { NoticePeriodForm } from '@/app/(app)/development/_components/notice-period-form';
import { updateDevelopmentNoticePeriod } from '@/app/(app)/development/actions';
import { BranchKindCard } from '@/app/(app)/settings/_components/branch-kind-card';
import { GroupMembersForm } from '@/app/(app)/settings/_components/group-members-form';
import { NewGroupForm } from '@/app/(app)/settings/_components/new-group-form';
import { NoticeFourEyesForm } from '@/app/(app)/settings/_components/notice-four-eyes-form';
import { RecordsFromForm } from '@/app/(app)/settings/_components/records-from-form';
import {
  archiveGroup,
  createGroup,
  mergeGroup,
  renameGroup,
  setGroupMembers,
  setNoticeFourEyes,
  setRecordsFrom,
} from '@/app/(app)/settings/actions';
import { ActionButton } from '@/components/forms/action-button';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Card } from '@/components/ui/card';
import { formatDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { branchKindSettings } from '@/db/queries/branch-kind';
import { branchSettings } from '@/db/queries/branches';
import { developmentSettings } from '@/db/queries/development';
import { listGroupsWithMembers } from '@/db/queries/people';
import { can, type Permission } from '@/lib/auth/permissions';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '支部设置' };

const controlClass =
  'h-9 rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300 focus:ring-2 focus:ring-brand-600';

/** The branch's other settings, each where it is used. */
const elsewhere: { href: string; label: string; what: string; permission: Permission }[] = [
  {
    href: '/meetings/settings',
    label: '会议类型与频次要求',
    what: '三会一课等各类会议的最低次数',
    permission: 'meetings.settings',
  },
  {
    href: '/projects/settings',
    label: '服务成果类型',
    what: '结对共建、志愿服务统计的成果及单位',
    permission: 'projects.write',
  },
  {
    href: '/accounts',
    label: '账户管理',
    what: '开通账户、重置密码、调整角色与支委职务',
    permission: 'accounts.manage',
  },
];

export default async function BranchSettingsPage() {
  const user = await requirePermission('members.read');
  const mayEdit = can(user, 'branch.settings');
  const { groups, roster } = listGroupsWithMembers(user);
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  const ungrouped = roster.filter((p) => p.groupId === null || !groupNames.has(p.groupId));
  const links = elsewhere.filter((item) => can(user, item.permission));
  const branch = branchSettings(user);
  return (
    <>
      <PageHeader
        title="支部设置"
        description={
          mayEdit
            ? '设立和调整党小组，党小组会的频次要求按每个小组分别检查。'
            : '本支部的党小组及其成员（由书记设置）。'
        }
      />
      <Card title={`党小组（${groups.length}个）`}>
        {groups.length === 0 && (
          <p className="mb-4 text-sm text-stone-600">
            本支部尚未设立党小组。党员人数较多的支部一般按单位、科室或居住地划分党小组，设立后即可在名册中为党员分组、导入带党小组的名册。
          </p>
        )}
        <ul className="space-y-4">
          {groups.map((group) => (
            <li key={group.id}>
              <article aria-label={group.name} className="rounded-lg p-4 ring-1 ring-stone-200">
                <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <h3 className="text-base font-semibold text-stone-900">{group.name}</h3>
                  <span className="text-sm text-stone-600">{group.members.length}人</span>
                </header>
                <p className="mt-1 text-sm text-stone-700">
                  {group.members.length ? group.members.map((p) => p.name).join('、') : '暂无成员'}
                </p>
                {mayEdit && (
                  <div className="mt-3 space-y-3">
                    <details className="rounded-md bg-stone-50 p-3">
                      <summary className="min-h-11 cursor-pointer content-center text-sm font-medium text-brand-800">
                        调整成员
                      </summary>
                      <div className="mt-2">
                        <GroupMembersForm
                          action={setGroupMembers}
                          group={group}
                          roster={roster}
                          groupNames={groupNames}
                        />
                      </div>
                    </details>
                    <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
                      <InlineActionForm
                        action={renameGroup}
                        hidden={{ id: group.id, version: group.version }}
                        submitLabel="改名"
                      >
                        <label className="text-sm text-stone-700">
                          新名称
                          <input
                            name="name"
                            aria-label={`${group.name}的新名称`}
                            defaultValue={group.name}
                            maxLength={20}
                            required
                            className={`${controlClass} ml-2 w-40`}
                          />
                        </label>
                      </InlineActionForm>
                      {groups.length > 1 && (
                        <InlineActionForm
                          action={mergeGroup}
                          hidden={{ id: group.id, version: group.version }}
                          submitLabel="合并"
                          confirm={`把“${group.name}”的全部成员调入所选小组，并撤销“${group.name}”？`}
                        >
                          <label className="text-sm text-stone-700">
                            并入
                            <select
                              name="intoId"
                              aria-label={`${group.name}并入`}
                              required
                              className={`${controlClass} ml-2`}
                            >
                              {groups
                                .filter((g) => g.id !== group.id)
                                .map((g) => (
                                  <option key={g.id} value={g.id}>
                                    {g.name}
                                  </option>
                                ))}
                            </select>
                          </label>
                        </InlineActionForm>
                      )}
                      <ActionButton
                        action={archiveGroup}
                        hidden={{ id: group.id, version: group.version }}
                        label="撤销"
                        target={group.name}
                        variant="danger"
                        confirm={`撤销“${group.name}”？已召开的小组会记录仍保留原名称。`}
                      />
                    </div>
                  </div>
                )}
              </article>
            </li>
          ))}
        </ul>
        {ungrouped.length > 0 && groups.length > 0 && (
          <p className="mt-4 text-sm text-amber-800">未分组：{ungrouped.map((p) => p.name).join('、')}</p>
        )}
        {mayEdit && (
          <div className="mt-5 border-t border-stone-100 pt-4">
            <NewGroupForm action={createGroup} />
          </div>
        )}
      </Card>
      <BranchKindCard
        settings={branchKindSettings(user)}
        mayEdit={mayEdit}
        mayOpenLedgers={can(user, 'ledgers.read')}
      />
      <Card title="开始使用日期" className="mt-5">
        <p className="mb-3 text-sm text-stone-700">
          {branch.recordsFrom
            ? `本支部从${formatDate(branch.recordsFrom)}起在本系统记录。此前已结束的月份、季度不检查是否按时开会，合规日历中显示为“未录入”；补录了更早的会议后，可把日期提前。`
            : '未设置：本支部的全部历史都在本系统中，每个月份、季度都检查是否按时开会。'}
        </p>
        {mayEdit && (
          <RecordsFromForm action={setRecordsFrom} version={branch.version} recordsFrom={branch.recordsFrom} />
        )}
      </Card>
      <Card title="党务公开审核" className="mt-5">
        <p className="mb-3 text-sm text-stone-700">
          {branch.noticeFourEyes
            ? '已启用：党务公开事项的审核和审批须由提出人以外的人进行。'
            : '未启用：提出人也可以审核、审批自己提出的事项（审核和审批仍按权限进行）。'}
        </p>
        {mayEdit && (
          <NoticeFourEyesForm
            action={setNoticeFourEyes}
            version={branch.version}
            noticeFourEyes={branch.noticeFourEyes}
          />
        )}
      </Card>
      {can(user, 'development.settings') && (
        <Card title="发展党员公示期" className="mt-5 max-w-xl">
          <NoticePeriodForm action={updateDevelopmentNoticePeriod} settings={developmentSettings(user)} />
        </Card>
      )}
      {links.length > 0 && (
        <Card title="其他设置" className="mt-5">
          <ul className="divide-y divide-stone-100">
            {links.map((item) => (
              <li key={item.href} className="py-2">
                <Link
                  href={item.href}
                  className="inline-flex min-h-11 items-center font-medium text-brand-800 underline-offset-2 hover:underline"
                >
                  {item.label}
                </Link>
                <p className="text-sm text-stone-600">{item.what}</p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
