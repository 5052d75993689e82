import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActivityForm } from '@/app/(app)/projects/_components/activity-form';
import { removeActivity, removeActivityPhoto, updateActivity, uploadActivityPhoto } from '@/app/(app)/projects/actions';
import { AttachmentsPanel } from '@/components/attachments/attachments-panel';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listPeopleForPicker } from '@/db/queries/people';
import { getActivityForEdit } from '@/db/queries/project-forms';
import { listOutputTypes } from '@/db/queries/projects';
import { todayIso } from '@/lib/clock';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '编辑活动' };

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('projects.write');
  const activity = getActivityForEdit(user, Number((await params).id));
  if (!activity) notFound();
  return (
    <>
      <PageHeader
        title={`编辑活动：${activity.title}`}
        description={activity.projectName}
        actions={
          <InlineActionForm
            action={removeActivity}
            hidden={{ id: activity.id, version: activity.version }}
            submitLabel="删除活动"
            variant="danger"
            confirm="确定删除这次活动吗？其成效将不再计入合计，删除记录保留在审计记录中。"
          />
        }
      />
      <div className="space-y-5">
        <Card>
          <ActivityForm
            action={updateActivity}
            types={listOutputTypes(user, { includeArchived: true })}
            people={listPeopleForPicker(user)}
            today={todayIso()}
            activity={activity}
          />
        </Card>
        <Card title="活动照片">
          <AttachmentsPanel
            owner={{ activityId: activity.id }}
            files={activity.photos}
            upload={uploadActivityPhoto}
            remove={removeActivityPhoto}
            hint="活动照片或签到表扫描件"
          />
        </Card>
      </div>
    </>
  );
}
