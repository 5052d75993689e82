import type { Metadata } from 'next';
import { NoticeForm } from '@/app/(app)/notices/_components/notice-form';
import { proposeNotice } from '@/app/(app)/notices/actions';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '提出公开事项' };

export default async function NewNoticePage() {
  await requirePermission('notices.write');
  return (
    <>
      <PageHeader
        title="提出公开事项"
        description="提出后由支委审核（含保密审查），书记审批后公开；附件可在提出后、审核前上传。"
      />
      <Card>
        <NoticeForm action={proposeNotice} submitLabel="提出" cancelHref="/notices" />
      </Card>
    </>
  );
}
