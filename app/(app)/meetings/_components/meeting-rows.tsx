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

/** The meetings of one month, under its heading ('4月'). */
export type MeetingMonth = { label: string; rows: MeetingRow[] };

/**
 * The year's meetings by month. A client component fed plain rows rather than server-rendered markup: a
 * server component list sends every row twice (HTML and its element tree in the page's flight data),
 * which made this page cost the server about a third more per request.
 *
 * On a phone a row is two lines: date, kind and attendance, then the topic across the whole width (a
 * topic squeezed beside the date and kind ran to four lines); from `sm` up it is one line.
 */
export function MeetingRows({ months }: { months: MeetingMonth[] }) {
  return (
    <SoftLinks>
      <ul aria-label="会议列表" className="space-y-4">
        {months.map((month) => (
          <li key={month.label}>
            <h2 className="mb-1.5 flex items-baseline gap-2 px-1 text-sm font-semibold text-stone-800">
              {month.label}
              <span className="text-xs font-normal text-stone-600">{month.rows.length} 次</span>
            </h2>
            <ul className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200">
              {month.rows.map((m) => (
                <li key={m.id}>
                  <a
                    href={`/meetings/${m.id}`}
                    className="grid grid-cols-[auto_auto_minmax(0,1fr)] items-center gap-x-2 gap-y-1 px-4 py-2.5 hover:bg-stone-50 sm:grid-cols-[4rem_auto_minmax(0,1fr)_auto] sm:gap-x-4 sm:py-3"
                  >
                    <span className="text-sm text-stone-600 tabular-nums">{m.date}</span>
                    <Badge tone={m.kindTone}>{m.kind}</Badge>
                    <span className="col-span-3 row-start-2 font-medium break-words text-stone-900 sm:col-span-1 sm:col-start-3 sm:row-start-1">
                      {m.topic}
                    </span>
                    <span className="col-start-3 row-start-1 justify-self-end sm:col-start-4">
                      {m.pendingStatus ? (
                        <Badge tone="blue">{m.pendingStatus}</Badge>
                      ) : (
                        <span className="text-xs whitespace-nowrap text-stone-600">{m.attendance}</span>
                      )}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
        {months.length === 0 && (
          <li className="rounded-lg bg-white px-4 py-8 text-center text-sm text-stone-600 shadow-sm ring-1 ring-stone-200">
            本年度还没有会议记录。
          </li>
        )}
      </ul>
    </SoftLinks>
  );
}
