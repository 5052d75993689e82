import type { Metadata } from 'next';
import { rectificationFormOptions } from '@/app/(app)/rectification/_components/form-options';
import { RectificationForm } from '@/app/(app)/rectification/_components/rectification-form';
import { createRectification } from '@/app/(app)/rectification/actions';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { todayIso } from '@/lib/clock';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '登记问题' };

export default async function NewRectificationPage() {
  const user = await requirePermission('rectification.write');
  return (
    <>
      <PageHeader
        title="登记问题"
        description="组织生活会、主题教育、巡察或述职评议中查摆出的问题，逐项登记整改措施、责任人和时限。"
      />
      <Card>
        <RectificationForm
          action={createRectification}
          {...rectificationFormOptions(user)}
          today={todayIso()}
          cancelHref="/rectification"
        />
      </Card>
    </>
  );
}
