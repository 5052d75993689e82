import type { Metadata } from 'next';
import { addMeetingKind, updateKindRule } from '@/app/(app)/meetings/settings/actions';
import { KindRuleForm } from '@/app/(app)/meetings/settings/kind-rule-form';
import { NewKindForm } from '@/app/(app)/meetings/settings/new-kind-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listMeetingKinds } from '@/db/queries/meetings';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '频次设置' };

export default async function MeetingSettingsPage() {
  const user = await requirePermission('meetings.settings');
  return (
    <>
      <PageHeader
        title="会议频次要求"
        description="默认值按通行要求设置：支部党员大会每季度、支委会和党小组会每月、主题党日每月、组织生活会和民主评议每年。各地要求不同，可按本地规定调整。"
      />
      <Card>
        <div className="divide-y divide-stone-100">
          {listMeetingKinds(user).map((kind) => (
            <KindRuleForm key={kind.id} action={updateKindRule} kind={kind} />
          ))}
        </div>
        <p className="mt-3 text-xs text-stone-500">党小组会的要求对每个党小组分别检查。</p>
      </Card>
      <Card title="增加会议类型" className="mt-5">
        <NewKindForm action={addMeetingKind} />
      </Card>
    </>
  );
}
