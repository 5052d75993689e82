import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OutputForm } from '@/app/(app)/outputs/_components/output-form';
import { removeWorkOutput, updateWorkOutput } from '@/app/(app)/outputs/actions';
import { ActionButton } from '@/components/forms/action-button';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { DetailRow } from '@/components/ui/detail-list';
import { formatDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { getWorkOutput, listWorkOutputCategories } from '@/db/queries/work-outputs';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { formatQuantity } from '@/lib/service/quantities';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '工作成果' };

export default async function OutputPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('outputs.read');
  const output = getWorkOutput(user, Number((await params).id));
  if (!output) notFound();
  const writer = can(user, 'outputs.write');
  const categories = writer
    ? listWorkOutputCategories(user).filter((c) => !c.archivedAt || c.id === output.categoryId)
    : [];

  return (
    <>
      <PageHeader
        title={output.title}
        description={`${output.categoryName} · ${formatQuantity(output.quantity, output.unit)} · ${formatDate(output.date)}`}
        actions={
          <ButtonLink href={`/outputs?category=${output.categoryId}`} variant="secondary">
            返回工作成果
          </ButtonLink>
        }
      />
      <Card title={writer ? '修改成果' : '成果信息'}>
        {writer ? (
          <OutputForm action={updateWorkOutput} categories={categories} output={output} today={todayIso()} />
        ) : (
          <dl className="divide-y divide-stone-100">
            <DetailRow label="日期">{formatDate(output.date)}</DetailRow>
            <DetailRow label="类别">{output.categoryName}</DetailRow>
            <DetailRow label="数量">{formatQuantity(output.quantity, output.unit)}</DetailRow>
            <DetailRow label="备注">{output.note}</DetailRow>
          </dl>
        )}
      </Card>
      {writer && (
        <div className="mt-6 border-t border-stone-200 pt-4">
          <ActionButton
            action={removeWorkOutput}
            hidden={{ id: output.id, version: output.version }}
            label="删除成果"
            variant="danger"
            confirm="确定删除这条成果吗？删除后仍保留在审计记录中。"
          />
        </div>
      )}
    </>
  );
}
