import { formatPercent } from '@/components/ui/format';
import type { AttendanceStatus } from '@/lib/meetings/model';

type HeldAttendance = { status: AttendanceStatus | null };

/**
 * The year's attendance of one person over the held meetings they were expected at, and the sentence
 * that says how the rate is reached. Leave is not attendance: a member with 40 出席 and 10 请假 of 50
 * reads 80%, so the page must say so rather than leave "0 缺席 but 80%" unexplained.
 */
export function attendanceSummary(held: HeldAttendance[]) {
  const expected = held.length;
  const present = held.filter((r) => r.status === 'present').length;
  const leave = held.filter((r) => r.status === 'leave').length;
  const absent = held.filter((r) => r.status === 'absent').length;
  const unrecorded = expected - present - leave - absent;
  const rate = formatPercent(present, expected);
  const rule =
    expected === 0
      ? '出勤率 = 出席 ÷ 应参加；本年度还没有已召开的会议。'
      : [
          `出勤率 = 出席 ÷ 应参加 = ${present} ÷ ${expected}。`,
          '请假不算出席，也会降低出勤率；缺席指未请假也未出席。',
          unrecorded > 0 ? `另有${unrecorded}次会议尚未登记出勤，计入应参加。` : '',
        ].join('');
  return { expected, present, leave, absent, unrecorded, rate, rule };
}
