import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LetterForm } from '@/app/(app)/integrity/_components/letter-form';
import {
  removeCommitmentLetter,
  removeCommitmentLetterScan,
  updateCommitmentLetter,
  uploadCommitmentLetterScan,
} from '@/app/(app)/integrity/letters/actions';
import { AttachmentsPanel } from '@/components/attachments/attachments-panel';
import { ActionButton } from '@/components/forms/action-button';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { DetailRow } from '@/components/ui/detail-list';
import { formatDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { getCommitmentLetter } from '@/db/queries/integrity';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '廉政承诺书' };

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('integrity.read');
  const letter = getCommitmentLetter(user, Number((await params).id));
  if (!letter) notFound();
  const writer = can(user, 'integrity.write');

  return (
    <>
      <PageHeader
        title={`${letter.counterpart}：《${letter.title}》`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={letter.counterpartKind === '股室' ? 'blue' : 'red'}>{letter.counterpartKind}</Badge>
            <span>
              {letter.signer} 与 {letter.counterpart} 签订 · {formatDate(letter.date)}
            </span>
          </span>
        }
        actions={
          <ButtonLink href="/integrity#letters" variant="secondary">
            返回党风廉政
          </ButtonLink>
        }
      />
      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <Card title={writer ? '修改承诺书' : '承诺书信息'}>
          {writer ? (
            <LetterForm action={updateCommitmentLetter} letter={letter} today={todayIso()} />
          ) : (
            <dl className="divide-y divide-stone-100">
              <DetailRow label="签订日期">{formatDate(letter.date)}</DetailRow>
              <DetailRow label="签订人">{letter.signer}</DetailRow>
              <DetailRow label="对象类别">{letter.counterpartKind}</DetailRow>
              <DetailRow label="签订对象">{letter.counterpart}</DetailRow>
            </dl>
          )}
        </Card>
        <Card title="扫描件">
          <AttachmentsPanel
            owner={{ letterId: letter.id }}
            files={letter.attachments}
            upload={writer ? uploadCommitmentLetterScan : undefined}
            remove={writer ? removeCommitmentLetterScan : undefined}
            hint="签字盖章后的承诺书扫描件"
          />
        </Card>
      </div>
      {writer && (
        <div className="mt-6 border-t border-stone-200 pt-4">
          <ActionButton
            action={removeCommitmentLetter}
            hidden={{ id: letter.id, version: letter.version }}
            label="删除承诺书"
            variant="danger"
            confirm="确定删除这份承诺书的登记吗？删除后仍保留在审计记录中。"
          />
        </div>
      )}
    </>
  );
}
