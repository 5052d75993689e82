import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { PrintView } from '@/components/report/print-view';
import { readableReport } from '@/db/report/access';
import { loadRenderedReport } from '@/db/report/rendered';
import { reportQuery } from '@/lib/report/report-ref';
import { requireUser } from '@/server/auth/current-user';

type Props = {
  params: Promise<{ year: string }>;
  searchParams: Promise<{ branch?: string; organisation?: string }>;
};

async function load({ params, searchParams }: Props) {
  const user = await requireUser();
  const requested = readableReport(user, await searchParams);
  if (requested === 'forbidden') forbidden();
  const year = Number((await params).year);
  if (requested === 'missing' || !Number.isInteger(year)) notFound();
  const loaded = loadRenderedReport(requested.owner, year);
  if (!loaded || (!requested.own && !loaded.submitted)) notFound();
  return { loaded, requested, year };
}

// The browser names the saved PDF after the page title.
export async function generateMetadata(props: Props): Promise<Metadata> {
  const { loaded } = await load(props);
  return { title: { absolute: `${loaded.rendered.branchName}${loaded.rendered.title}` } };
}

/** The report on A4 pages, outside the app's shell, for printing or saving as PDF. */
export default async function PrintReportPage(props: Props) {
  const { loaded, requested, year } = await load(props);
  return (
    <PrintView
      report={loaded.rendered}
      backHref={requested.own ? `/report/${year}` : `/review/${year}${reportQuery(requested.ref)}`}
    />
  );
}
