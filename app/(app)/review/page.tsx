import { redirect } from 'next/navigation';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export default async function ReviewIndex() {
  await requirePermission('report.review');
  redirect(`/review/${await getSelectedYear()}`);
}
