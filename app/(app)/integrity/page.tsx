import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AspectForm } from '@/app/(app)/integrity/_components/aspect-form';
import { IntegrityTalks } from '@/app/(app)/integrity/_components/integrity-talks';
import { LetterForm } from '@/app/(app)/integrity/_components/letter-form';
import { LinkMeetingForm } from '@/app/(app)/integrity/_components/link-meeting-form';
import { ResponsibilityList } from '@/app/(app)/integrity/_components/responsibility-list';
import { YearFigures } from '@/app/(app)/integrity/_components/year-figures';
import {
  copyPreviousIntegrityList,
  createIntegrityAspect,
  linkIntegrityMeeting,
  unlinkIntegrityMeeting,
} from '@/app/(app)/integrity/actions';
import { createCommitmentLetter } from '@/app/(app)/integrity/letters/actions';
import { ActionButton } from '@/components/forms/action-button';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatShortDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import {
  listCommitmentLetters,
  listIntegrityMeetings,
  listLinkableMeetings,
  responsibilityList,
} from '@/db/queries/integrity';
import { listTalks } from '@/db/queries/talks';
import { integrityCountsForYear } from '@/db/report/totals/integrity';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { defaultDateIn } from '@/lib/years';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '党风廉政建设' };

const emptyRow = 'px-4 py-6 text-center text-sm text-stone-600';

export default async function IntegrityPage({
  searchParams,
}: {
  searchParams: Promise<{ removed?: string; copied?: string }>;
}) {
  const user = await requirePermission('integrity.read');
  const year = await getSelectedYear();
  const { removed, copied } = await searchParams;
  const writer = can(user, 'integrity.write');
  const today = todayIso();
  const counts = integrityCountsForYear(user, year);
  const aspects = responsibilityList(user, year);
  const letters = listCommitmentLetters(user, year);
  const linked = listIntegrityMeetings(user, year);
  const previousYearHasList =
    writer && aspects.length === 0 && integrityCountsForYear(user, year - 1).aspects.count > 0;

  return (
    <>
      <PageHeader
        title={`${year}年党风廉政建设`}
        description="主体责任清单、廉政承诺书、廉政谈话和专题会议"
        actions={
          <a href={`/integrity/ledger.xlsx?year=${year}`} className={buttonClass('secondary')} download>
            导出台账
          </a>
        }
      />
      {removed === 'letter' && <Notice>承诺书已删除（保留在审计记录中）。</Notice>}
      {copied && aspects.length > 0 && (
        <Notice>
          已复制{year - 1}年清单：{counts.aspects.count}个方面、{counts.items.count}项内容，可在此基础上修改。
        </Notice>
      )}
      <YearFigures year={year} counts={counts} />

      <div className="space-y-5">
        <Card title="主体责任清单" id="list">
          {aspects.length === 0 && (
            <div className="mb-4 space-y-3 text-sm text-stone-600">
              <p>{year}年还没有主体责任清单。</p>
              {previousYearHasList && (
                <InlineActionForm
                  action={copyPreviousIntegrityList}
                  hidden={{ year }}
                  submitLabel={`复制${year - 1}年清单`}
                />
              )}
            </div>
          )}
          <ResponsibilityList aspects={aspects} editable={writer} />
          {writer && (
            <div className="mt-4 border-t border-stone-100 pt-4">
              <AspectForm action={createIntegrityAspect} year={year} />
            </div>
          )}
        </Card>

        <Card title="廉政承诺书" id="letters">
          <ul aria-label="承诺书列表" className="divide-y divide-stone-100">
            {letters.map((l) => (
              <li key={l.id}>
                <Link href={`/integrity/letters/${l.id}`} className="block py-2.5 text-sm hover:bg-stone-50">
                  <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <span className="w-14 shrink-0 text-stone-600 tabular-nums">{formatShortDate(l.date)}</span>
                    <Badge tone={l.counterpartKind === '股室' ? 'blue' : 'red'}>{l.counterpartKind}</Badge>
                    <span className="min-w-0 flex-1 font-medium text-stone-900">{l.counterpart}</span>
                  </span>
                  <span className="mt-0.5 block text-xs text-stone-600 sm:pl-17">
                    《{l.title}》 · {l.signer} 签订 · {l.scans > 0 ? `扫描件 ${l.scans} 份` : '未上传扫描件'}
                  </span>
                </Link>
              </li>
            ))}
            {letters.length === 0 && <li className={emptyRow}>本年度还没有登记承诺书。</li>}
          </ul>
          {writer && (
            <details className="mt-4 border-t border-stone-100 pt-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">登记承诺书</summary>
              <div className="mt-3">
                <LetterForm
                  action={createCommitmentLetter}
                  today={today}
                  defaultDate={defaultDateIn(year, today)}
                  defaultSigner={letters.at(-1)?.signer}
                />
              </div>
            </details>
          )}
        </Card>

        <Card title="廉政谈话" id="talks">
          <IntegrityTalks
            talks={can(user, 'talks.read') ? listTalks(user, year, { kind: 'integrity' }) : null}
            count={counts.talks.count}
            canRecord={can(user, 'talks.write')}
          />
        </Card>

        <Card title="专题会议" id="meetings">
          <ul aria-label="专题会议列表" className="divide-y divide-stone-100">
            {linked.map((m) => (
              <li key={m.linkId} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5 text-sm">
                <span className="w-14 shrink-0 text-stone-600 tabular-nums">{formatShortDate(m.date)}</span>
                <Badge>{m.kindName}</Badge>
                <span className="min-w-0 flex-1 font-medium text-stone-900">
                  {can(user, 'meetings.read') ? (
                    <Link href={`/meetings/${m.meetingId}`} className="hover:text-brand-700 hover:underline">
                      {m.topic}
                    </Link>
                  ) : (
                    m.topic
                  )}
                </span>
                {writer && (
                  <ActionButton
                    action={unlinkIntegrityMeeting}
                    hidden={{ id: m.linkId }}
                    label="取消关联"
                    target={m.topic}
                    confirm="取消关联后，这次会议不再计入党风廉政专题会议（会议记录本身不变）。继续吗？"
                  />
                )}
              </li>
            ))}
            {linked.length === 0 && <li className={emptyRow}>本年度还没有关联专题会议。</li>}
          </ul>
          {writer && (
            <div className="mt-4 border-t border-stone-100 pt-4">
              <LinkMeetingForm action={linkIntegrityMeeting} meetings={listLinkableMeetings(user, year)} />
            </div>
          )}
        </Card>
      </div>
    </>
  );
}

function Notice({ children }: { children: ReactNode }) {
  return (
    <p
      role="status"
      className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
    >
      {children}
    </p>
  );
}
