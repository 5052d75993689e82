import { formatDate } from '@/components/ui/format';
import { fixedToday } from '@/lib/clock';

/** Says so when the app's calendar is pinned (ZHIBU_TODAY), so nobody takes the date for the real one. */
export function PinnedDayNote({ className = '' }: { className?: string }) {
  const day = fixedToday();
  if (!day) return null;
  return (
    <footer className={`text-xs ${className}`}>
      <p>本系统的日期固定为 {formatDate(day, true)}（测试或演示用），“今天”的提醒和统计均按此日期计算。</p>
    </footer>
  );
}
