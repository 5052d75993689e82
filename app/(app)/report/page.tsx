import { redirect } from 'next/navigation';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

/** The report of the year chosen with the year switcher. */
export default async function ReportIndex() {
  await requirePermission('report.write');
  redirect(`/report/${await getSelectedYear()}`);
}
