'use client';
import { Badge, type Tone } from '@/components/ui/badge';
import { SoftLinks } from '@/components/ui/soft-links';

/** One line of the meetings list, as plain data: the server formats it, this renders it. */
export type MeetingRow = {
  id: number;
  date: string;
  kind: string;
  kindTone: Tone;
  topic: string;
  /** The status when it is not held yet (计划, 取消); otherwise the attendance line shows. */
  pendingStatus: string | null;
  attendance: string;
};

/**
 * The year's meetings. A client component fed plain rows rather than server-rendered markup: a
 * server component list sends every row twice (HTML and its element tree in the page's flight data),
 * which made this page cost the server about a third more per request.
 */
export function MeetingRows({ rows }: { rows: MeetingRow[] }) {
  return (
    <SoftLinks>
      <ul
        aria-label="会议列表"
        className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
      >
        {rows.map((m) => (
          <li key={m.id}>
            <a
              href={`/meetings/${m.id}`}
              className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-stone-50"
            >
              <span className="w-16 shrink-0 text-sm text-stone-600 tabular-nums">{m.date}</span>
              <Badge tone={m.kindTone}>{m.kind}</Badge>
              <span className="min-w-0 flex-1 font-medium text-stone-900">{m.topic}</span>
              {m.pendingStatus ? (
                <Badge tone="blue">{m.pendingStatus}</Badge>
              ) : (
                <span className="text-xs text-stone-600">{m.attendance}</span>
              )}
            </a>
          </li>
        ))}
        {rows.length === 0 && <li className="px-4 py-8 text-center text-sm text-stone-600">本年度还没有会议记录。</li>}
      </ul>
    </SoftLinks>
  );
}
