import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge, type Tone } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { reportOwnerOf } from '@/db/report/owner';
import { listReportYears } from '@/db/report/queries';
import { currentYear } from '@/lib/clock';
import { type ReportYear, reportStateLabel, reportYears } from '@/lib/report/report-years';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '述职报告' };

function tone({ status }: ReportYear): Tone {
  return status === 'submitted' ? 'green' : status === 'draft' ? 'blue' : 'stone';
}

/** Every year's duty report with its state, each opening that year's report. */
export default async function ReportIndex() {
  const user = await requirePermission('report.write');
  const rows = reportYears(listReportYears(reportOwnerOf(user)), currentYear());
  return (
    <>
      <PageHeader title="述职报告" description="各年度的述职报告及其状态，点击年度打开该年的报告。" />
      <ul
        aria-label="各年度述职报告"
        className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
      >
        {rows.map((r) => (
          <li key={r.year} className="flex flex-wrap items-center gap-3 px-4 py-3">
            <Link href={`/report/${r.year}`} className="min-w-0 flex-1 font-medium text-brand-700 hover:underline">
              {r.year}年述职报告
            </Link>
            <Badge tone={tone(r)}>{reportStateLabel(r)}</Badge>
          </li>
        ))}
      </ul>
    </>
  );
}
