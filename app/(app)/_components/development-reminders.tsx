import Link from 'next/link';
import { listDevelopmentRecords } from '@/db/queries/development';
import { Card } from '@/components/ui/card';
import type { SessionUser } from '@/lib/auth/session-user';
import { politicalStatusLabels } from '@/lib/domain/people';
import { nextDeadlines } from '@/lib/rules/development';
import { addDays } from '@/lib/rules/dates';

/** How far ahead the dashboard looks for development deadlines. */
const lookAheadDays = 45;

/** Development deadlines that are overdue or fall within the next weeks, person by person. */
export function DevelopmentRemindersPanel({ user, today }: { user: SessionUser; today: string }) {
  const horizon = addDays(today, lookAheadDays);
  const reminders = listDevelopmentRecords(user)
    .flatMap((r) =>
      nextDeadlines({ birthDate: r.birthDate, idNumber: r.idNumber, steps: r.steps }, today)
        .filter((d) => d.kind === 'deadline' && d.due <= horizon)
        .map((d) => ({ ...d, personId: r.personId, who: `${politicalStatusLabels[r.politicalStatus]} ${r.name}` })),
    )
    .sort((a, b) => a.due.localeCompare(b.due));
  return (
    <Card title="发展党员提醒" action={<Link href="/development" className="text-sm text-brand-700 hover:underline">发展党员</Link>}>
      <ul className="space-y-1.5 text-sm">
        {reminders.map((r) => (
          <li key={`${r.personId}-${r.code}`} className={r.due < today ? 'text-red-800' : 'text-amber-900'}>
            <Link href={`/development/${r.personId}`} className="hover:underline">
              {r.who}：{r.message}
            </Link>
          </li>
        ))}
        {reminders.length === 0 && <li className="text-emerald-800">近{lookAheadDays}天内没有到期事项。</li>}
      </ul>
    </Card>
  );
}
