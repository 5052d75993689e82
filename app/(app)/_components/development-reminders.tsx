import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { type Dashboard, developmentLookAheadDays } from '@/db/queries/dashboard';

/** Development deadlines that are overdue or fall within the next weeks, person by person. */
export function DevelopmentRemindersPanel({
  reminders,
  today,
}: {
  reminders: NonNullable<Dashboard['developmentReminders']>;
  today: string;
}) {
  return (
    <Card
      title="发展党员提醒"
      action={
        <Link href="/development" className="text-sm text-brand-700 hover:underline">
          发展党员
        </Link>
      }
    >
      <ul className="space-y-1.5 text-sm">
        {reminders.map((r) => (
          <li key={`${r.personId}-${r.code}`} className={r.due < today ? 'text-red-800' : 'text-amber-900'}>
            <Link href={`/development/${r.personId}`} className="hover:underline">
              {r.who}：{r.message}
            </Link>
          </li>
        ))}
        {reminders.length === 0 && <li className="text-emerald-800">近{developmentLookAheadDays}天内没有到期事项。</li>}
      </ul>
    </Card>
  );
}
