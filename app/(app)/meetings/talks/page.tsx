import type { Metadata } from 'next';
import { createTalk } from '@/app/(app)/meetings/talks/actions';
import { TalkForm } from '@/app/(app)/meetings/talks/talk-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { listPossibleAttendees } from '@/db/queries/meetings';
import { listTalks } from '@/db/queries/talks';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { isPartyMember } from '@/lib/meetings/expected-attendees';
import { talkKindLabels, talkKinds } from '@/lib/meetings/model';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '谈心谈话' };

export default async function TalksPage() {
  const user = await requirePermission('talks.read');
  const year = await getSelectedYear();
  const rows = listTalks(user, year);
  const byKind = talkKinds.map((kind) => ({ kind, count: rows.filter((r) => r.kind === kind).length }));

  return (
    <>
      <PageHeader title={`${year}年谈心谈话`} description="仅支部委员会成员可见。" />
      <section aria-label="按类型统计" className="mb-5 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {byKind.map(({ kind, count }) => (
          <div key={kind} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200">
            <p className="text-xs text-stone-600">{talkKindLabels[kind]}</p>
            <p className="mt-1 text-xl font-semibold">
              {count}
              <span className="ml-0.5 text-sm font-normal text-stone-500">次</span>
            </p>
          </div>
        ))}
      </section>
      {can(user, 'talks.write') && (
        <Card title="记录谈话" className="mb-5">
          <TalkForm action={createTalk} people={listPossibleAttendees(user).filter(isPartyMember)} today={todayIso()} />
        </Card>
      )}
      <ul
        aria-label="谈话记录"
        className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
      >
        {rows.map((t) => (
          <li key={t.id} className="px-4 py-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-stone-600">{formatDate(t.date)}</span>
              <Badge tone={t.kind === 'integrity' ? 'red' : 'stone'}>{talkKindLabels[t.kind]}</Badge>
              <span className="font-medium">
                {t.initiatorName} — {t.partnerName}
              </span>
            </div>
            {t.note && <p className="mt-1 text-stone-700">{t.note}</p>}
          </li>
        ))}
        {rows.length === 0 && <li className="px-4 py-8 text-center text-sm text-stone-600">本年度还没有谈话记录。</li>}
      </ul>
    </>
  );
}
