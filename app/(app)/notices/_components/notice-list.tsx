import Link from 'next/link';
import { NoticeStateBadge } from '@/app/(app)/notices/_components/notice-badge';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/components/ui/format';
import type { NoticeRow } from '@/db/queries/notices';

/** Notices as links with their date; published ones the user has not read are marked. */
type Props = { label: string; notices: NoticeRow[]; showState: boolean; showUnread: boolean; empty: string };

export function NoticeList({ label, notices, showState, showUnread, empty }: Props) {
  return (
    <ul
      aria-label={label}
      className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
    >
      {notices.map((n) => (
        <li key={n.id}>
          <Link href={`/notices/${n.id}`} className="block space-y-1 px-4 py-3 hover:bg-stone-50">
            <span className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
              <span className="tabular-nums">{formatDate(n.publishedAt ?? n.proposedAt)}</span>
              <Badge>{n.category}</Badge>
              {showState && n.state !== 'published' && <NoticeStateBadge state={n.state} />}
              {showUnread && n.state === 'published' && !n.readAt && <Badge tone="red">未读</Badge>}
            </span>
            <span className="block font-medium text-stone-900">{n.title}</span>
          </Link>
        </li>
      ))}
      {notices.length === 0 && <li className="px-4 py-8 text-center text-sm text-stone-600">{empty}</li>}
    </ul>
  );
}
