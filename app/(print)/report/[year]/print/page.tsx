import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { PrintView } from '@/components/report/print-view';
import { loadRenderedReport, reportBranchId } from '@/db/report/rendered';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/server/auth/current-user';

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ branch?: string }> };

async function load({ params, searchParams }: Props) {
  const user = await requireUser();
  const reviewer = can(user, 'report.review');
  if (!can(user, 'report.write') && !reviewer) forbidden();
  const branchId = reportBranchId(user, (await searchParams).branch ?? null);
  const year = Number((await params).year);
  if (branchId === null || !Number.isInteger(year)) notFound();
  const loaded = loadRenderedReport({ branchId }, year);
  if (!loaded || (reviewer && !loaded.submitted)) notFound();
  return { loaded, reviewer, branchId, year };
}

// The browser names the saved PDF after the page title.
export async function generateMetadata(props: Props): Promise<Metadata> {
  const { loaded } = await load(props);
  return { title: { absolute: `${loaded.rendered.branchName}${loaded.rendered.title}` } };
}

/** The report on A4 pages, outside the app's shell, for printing or saving as PDF. */
export default async function PrintReportPage(props: Props) {
  const { loaded, reviewer, branchId, year } = await load(props);
  return (
    <PrintView
      report={loaded.rendered}
      backHref={reviewer ? `/review/${year}?branch=${branchId}` : `/report/${year}`}
    />
  );
}
