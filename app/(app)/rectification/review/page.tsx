import type { Metadata } from 'next';
import Link from 'next/link';
import { CheckOffPanel } from '@/app/(app)/rectification/_components/check-off-panel';
import { EvidenceFiles } from '@/app/(app)/rectification/_components/evidence-files';
import { checkOffRectification } from '@/app/(app)/rectification/actions';
import { OutcomeRegion } from '@/components/forms/outcome';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { listAwaitingCheckOff } from '@/db/queries/rectification';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '待销号事项' };

/** The committee's review: completed items with their evidence, each checked off by someone not involved. */
export default async function RectificationReviewPage() {
  const user = await requirePermission('rectification.read');
  const items = listAwaitingCheckOff(user);
  return (
    <>
      <PageHeader
        title="待销号事项"
        description="责任人已标记完成的事项。核对整改情况和佐证材料后对账销号；责任人和标记完成的人不能为同一事项销号。"
        actions={
          <Link href="/rectification" className="text-sm text-brand-700 hover:underline">
            返回台账
          </Link>
        }
      />
      <OutcomeRegion>
        <ul aria-label="待销号事项" className="space-y-3">
          {items.map((item) => (
            <li key={item.id}>
              <article aria-label={item.problem} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
                <p className="flex flex-wrap items-center gap-1.5">
                  <Badge tone="red">{item.aspect}</Badge>
                  <span className="text-xs text-stone-600">
                    责任人 {item.responsibleName} · {formatDate(item.completedAt!)}由{item.completedByName}标记完成 ·
                    佐证材料 {item.attachmentCount} 份
                  </span>
                </p>
                <h2 className="mt-1 font-medium text-stone-900">
                  <Link href={`/rectification/${item.id}`} className="hover:text-brand-700">
                    {item.problem}
                  </Link>
                </h2>
                <p className="mt-2 rounded-md bg-stone-50 px-3 py-2 text-sm whitespace-pre-line text-stone-800">
                  {item.evidence || '（仅上传了佐证材料）'}
                </p>
                {item.evidenceFiles.length > 0 && <EvidenceFiles files={item.evidenceFiles} />}
                {can(user, 'rectification.write') && (
                  <div className="mt-3">
                    <CheckOffPanel
                      action={checkOffRectification}
                      user={{ accountId: user.accountId, personId: user.personId }}
                      item={item}
                    />
                  </div>
                )}
              </article>
            </li>
          ))}
          {items.length === 0 && (
            <li className="rounded-lg bg-white px-4 py-8 text-center text-sm text-stone-600 shadow-sm ring-1 ring-stone-200">
              没有待销号的事项。
            </li>
          )}
        </ul>
      </OutcomeRegion>
    </>
  );
}
