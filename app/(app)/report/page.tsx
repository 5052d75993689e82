import { redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/current-user';
import { getSelectedYear } from '@/lib/year';

/** The report of the year chosen with the year switcher. */
export default async function ReportIndex() {
  await requirePermission('report.write');
  redirect(`/report/${await getSelectedYear()}`);
}
