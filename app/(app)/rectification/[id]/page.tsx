import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { CheckOffPanel } from '@/app/(app)/rectification/_components/check-off-panel';
import { EvidenceForm } from '@/app/(app)/rectification/_components/evidence-form';
import { ItemBadges } from '@/app/(app)/rectification/_components/item-badges';
import { ItemHistory } from '@/app/(app)/rectification/_components/item-history';
import {
  checkOffRectification,
  removeRectificationEvidence,
  reopenRectification,
  submitRectificationEvidence,
  uploadRectificationEvidence,
} from '@/app/(app)/rectification/actions';
import { AttachmentsPanel } from '@/components/attachments/attachments-panel';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { DetailRow } from '@/components/ui/detail-list';
import { formatDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { recordHistory } from '@/db/queries/audit-history';
import { getRectificationItem } from '@/db/queries/rectification';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { daysBetween } from '@/lib/dates';
import { rectificationEntity, rectificationSourceLabels } from '@/lib/rectification/model';
import { evidenceRefusal, isOverdue } from '@/lib/rectification/rules';
import { requireUser } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '整改事项' };

const reasonClass = 'h-8 w-full rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300 sm:w-72';

export default async function RectificationItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requireUser();
  if (!can(user, 'rectification.read') && !can(user, 'rectification.evidence')) forbidden();
  const item = getRectificationItem(user, Number((await params).id));
  if (!item) notFound();
  const { saved } = await searchParams;
  const today = todayIso();
  const facts = { ...item, attachmentCount: item.attachments.length };
  // getRectificationItem only finds a member's own items, so whoever sees the page may add evidence.
  const mayEvidence = can(user, 'rectification.evidence') && !evidenceRefusal(item);
  const writer = can(user, 'rectification.write');

  return (
    <>
      <PageHeader
        title={item.problem}
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            <span className="font-medium">{item.aspect}</span>
            <ItemBadges item={item} today={today} year={Number(today.slice(0, 4))} />
          </span>
        }
        actions={
          <>
            <Link
              href="/rectification"
              className="inline-flex min-h-11 items-center self-center text-sm text-brand-700 hover:underline"
            >
              返回列表
            </Link>
            {writer && item.state === 'in_progress' && (
              <ButtonLink href={`/rectification/${item.id}/edit`} variant="secondary">
                修改
              </ButtonLink>
            )}
          </>
        }
      />
      {saved && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          整改事项已保存。
        </p>
      )}

      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-5">
          <Card title="问题与措施">
            <dl className="divide-y divide-stone-100">
              <DetailRow label="来源">
                {rectificationSourceLabels[item.source]}
                {item.sourceNote && `：${item.sourceNote}`}
                {item.sourceMeetingId && can(user, 'meetings.read') && (
                  <Link href={`/meetings/${item.sourceMeetingId}`} className="block text-brand-700 hover:underline">
                    {formatDate(item.sourceMeetingDate!)} {item.sourceMeetingTopic}
                  </Link>
                )}
              </DetailRow>
              <DetailRow label="查摆日期">{formatDate(item.foundDate)}</DetailRow>
              <DetailRow label="整改措施">{item.measures}</DetailRow>
              <DetailRow label="责任人">{item.responsibleName}</DetailRow>
              <DetailRow label="整改时限">
                {formatDate(item.deadline)}
                {isOverdue(item, today) && (
                  <span className="ml-1 text-red-700">（已逾期 {daysBetween(item.deadline, today)} 天）</span>
                )}
              </DetailRow>
              <DetailRow label="完成">
                {item.completedAt && `${formatDate(item.completedAt)}，由${item.completedByName}标记`}
              </DetailRow>
              <DetailRow label="销号">
                {item.checkedOffAt && `${formatDate(item.checkedOffAt)}，${item.checkedOffByName}对账销号`}
              </DetailRow>
              <DetailRow label="重新打开">{item.reopenReason && `原因：${item.reopenReason}`}</DetailRow>
            </dl>
          </Card>

          <Card title="整改落实">
            {mayEvidence ? (
              <EvidenceForm
                action={submitRectificationEvidence}
                item={item}
                canComplete={item.state === 'in_progress'}
              />
            ) : (
              <p className="text-sm whitespace-pre-line text-stone-800">{item.evidence || '尚未填写。'}</p>
            )}
          </Card>
          <Card title="佐证材料">
            <AttachmentsPanel
              owner={{ itemId: item.id }}
              files={item.attachments}
              hint="佐证材料"
              upload={mayEvidence ? uploadRectificationEvidence : undefined}
              remove={mayEvidence ? removeRectificationEvidence : undefined}
            />
          </Card>
        </div>

        <div className="space-y-5">
          {writer && item.state === 'completed' && (
            <Card title="对账销号">
              <CheckOffPanel
                action={checkOffRectification}
                user={{ accountId: user.accountId, personId: user.personId }}
                item={{ ...facts, id: item.id, version: item.version, problem: item.problem }}
              />
            </Card>
          )}
          {can(user, 'rectification.reopen') && item.state !== 'in_progress' && (
            <Card title="重新打开">
              <InlineActionForm
                action={reopenRectification}
                hidden={{ id: item.id, version: item.version }}
                submitLabel="重新打开"
              >
                <label className="flex w-full flex-col gap-1 text-xs text-stone-600 sm:w-auto">
                  重新打开的原因
                  <input name="reason" className={reasonClass} />
                </label>
              </InlineActionForm>
            </Card>
          )}
          <Card title="变更记录">
            <ItemHistory entries={recordHistory(user, rectificationEntity, item.id)} />
          </Card>
        </div>
      </div>
    </>
  );
}
