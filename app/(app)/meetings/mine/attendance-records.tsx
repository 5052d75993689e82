'use client';
import { Badge, type Tone } from '@/components/ui/badge';

/** One held meeting on 我的出勤, as plain data: the server formats it, this renders it. */
export type AttendanceRecord = {
  meetingId: number;
  topic: string;
  detail: string;
  status: string;
  tone: Tone;
  /** What a member may read of the meeting, label and value ('时间', '2026年4月10日（周五）09:00—11:00'). */
  facts: { label: string; value: string }[];
};

/**
 * The year's attendance, meeting by meeting. A client component fed plain rows, for the reason given
 * at MeetingRows: a long server-rendered list travels twice. A member may not open a meeting's own page
 * (it needs meetings.read, with the minutes and everyone's attendance), so each record opens in place
 * to what the member may read of it.
 */
export function AttendanceRecords({ records }: { records: AttendanceRecord[] }) {
  return (
    <ul className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200">
      {records.map((r) => (
        <li key={r.meetingId}>
          <details className="group">
            <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 px-3 py-2.5 hover:bg-stone-50 [&::-webkit-details-marker]:hidden">
              <span className="min-w-0">
                <span className="block text-sm font-medium">{r.topic}</span>
                <span className="block text-xs text-stone-600">{r.detail}</span>
              </span>
              <span className="flex shrink-0 items-center gap-2">
                <Badge tone={r.tone}>{r.status}</Badge>
                <span aria-hidden="true" className="text-stone-400 transition-transform group-open:rotate-90">
                  ›
                </span>
              </span>
            </summary>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 bg-stone-50 px-3 py-2.5 text-sm">
              {r.facts.map((f) => (
                <div key={f.label} className="contents">
                  <dt className="text-stone-600">{f.label}</dt>
                  <dd className="min-w-0 break-words text-stone-900">{f.value}</dd>
                </div>
              ))}
            </dl>
          </details>
        </li>
      ))}
      {records.length === 0 && (
        <li className="px-3 py-6 text-center text-sm text-stone-600">本年度还没有需要您参加的会议记录。</li>
      )}
    </ul>
  );
}
