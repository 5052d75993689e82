import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { Dashboard } from '@/db/queries/dashboard';
import { reportStateText, yearWorkGaps } from '@/lib/dashboard/year-work';

const linkClass = 'inline-flex min-h-11 items-center text-sm font-medium text-brand-800 hover:underline';

/** The secretary's year: the duty report's state and what the year's plans still lack, each with its link. */
export function YearWorkPanel({ facts }: { facts: NonNullable<Dashboard['yearWork']> }) {
  const gaps = yearWorkGaps(facts);
  return (
    <Card title={`${facts.year}年度工作`}>
      <p className="flex flex-wrap items-center justify-between gap-x-3 text-sm">
        <span>
          述职报告：<span className="font-medium">{reportStateText(facts.report)}</span>
        </span>
        <Link href={`/report/${facts.year}`} className={linkClass}>
          {facts.report ? '打开报告' : '开始撰写'}
        </Link>
      </p>
      {gaps.length > 0 ? (
        <ul aria-label="尚缺的工作" className="mt-2 divide-y divide-stone-100 border-t border-stone-100">
          {gaps.map((gap) => (
            <li key={gap.message} className="flex flex-wrap items-center justify-between gap-x-3 text-sm">
              <span className="text-amber-900">{gap.message}</span>
              <Link href={gap.href} className={linkClass}>
                {gap.linkLabel}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-stone-600">主体责任清单、书记项目和组织生活会均已记录。</p>
      )}
    </Card>
  );
}
