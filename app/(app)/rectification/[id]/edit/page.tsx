import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { rectificationFormOptions } from '@/app/(app)/rectification/_components/form-options';
import { RectificationForm } from '@/app/(app)/rectification/_components/rectification-form';
import { updateRectification } from '@/app/(app)/rectification/actions';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getRectificationItem } from '@/db/queries/rectification';
import { todayIso } from '@/lib/clock';
import { editRefusal } from '@/lib/rectification/rules';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '修改整改事项' };

export default async function EditRectificationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('rectification.write');
  const item = getRectificationItem(user, Number((await params).id));
  if (!item) notFound();
  const refusal = editRefusal(item);
  return (
    <>
      <PageHeader title="修改整改事项" description="修改会留下修改前后的记录。" />
      <Card>
        {refusal ? (
          <p className="text-sm text-stone-700">{refusal}</p>
        ) : (
          <RectificationForm
            action={updateRectification}
            {...rectificationFormOptions(user)}
            item={item}
            today={todayIso()}
            cancelHref={`/rectification/${item.id}`}
          />
        )}
      </Card>
    </>
  );
}
