'use client';
import { Badge, type Tone } from '@/components/ui/badge';

/** One held meeting on 我的出勤, as plain data: the server formats it, this renders it. */
export type AttendanceRecord = { meetingId: number; topic: string; detail: string; status: string; tone: Tone };

/**
 * The year's attendance, meeting by meeting. A client component fed plain rows, for the reason given
 * at MeetingRows: a long server-rendered list travels twice.
 */
export function AttendanceRecords({ records }: { records: AttendanceRecord[] }) {
  return (
    <ul className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200">
      {records.map((r) => (
        <li key={r.meetingId} className="flex items-center justify-between gap-3 px-3 py-2.5">
          <div className="min-w-0">
            <p className="truncate text-sm font-medium">{r.topic}</p>
            <p className="text-xs text-stone-600">{r.detail}</p>
          </div>
          <Badge tone={r.tone}>{r.status}</Badge>
        </li>
      ))}
      {records.length === 0 && (
        <li className="px-3 py-6 text-center text-sm text-stone-600">本年度还没有需要您参加的会议记录。</li>
      )}
    </ul>
  );
}
