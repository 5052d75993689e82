import Link from 'next/link';
import { formatShortDate } from '@/components/ui/format';

type Talk = { id: number; date: string; initiatorName: string; partnerName: string; note: string | null };

/**
 * 廉政谈话 are the talks of that kind the committee records under 谈心谈话, shown here as they are.
 * Without the right to read talks (`talks` null) only their number is shown.
 */
export function IntegrityTalks({
  talks,
  count,
  canRecord,
}: {
  talks: Talk[] | null;
  count: number;
  canRecord: boolean;
}) {
  if (!talks) {
    return <p className="text-sm text-stone-700">本年度开展廉政谈话 {count} 次。谈话记录仅支部委员会成员可见。</p>;
  }
  return (
    <>
      <ul aria-label="廉政谈话列表" className="divide-y divide-stone-100">
        {talks.map((t) => (
          <li key={t.id} className="flex flex-wrap gap-x-3 gap-y-1 py-2.5 text-sm">
            <span className="w-14 shrink-0 text-stone-600 tabular-nums">{formatShortDate(t.date)}</span>
            <span className="font-medium">
              {t.initiatorName} — {t.partnerName}
            </span>
            {t.note && <span className="basis-full text-stone-700 sm:basis-auto sm:flex-1">{t.note}</span>}
          </li>
        ))}
        {talks.length === 0 && <li className="py-6 text-center text-sm text-stone-600">本年度还没有廉政谈话记录。</li>}
      </ul>
      <p className="mt-3 text-xs text-stone-500">
        廉政谈话在“组织生活 · 谈心谈话”中记录（谈话类型选“廉政谈话”），此处直接引用，不重复登记。
        {canRecord && (
          <Link href="/meetings/talks" className="ml-1 text-brand-700 underline underline-offset-2">
            去记录谈话
          </Link>
        )}
      </p>
    </>
  );
}
