import { redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/current-user';
import { getSelectedYear } from '@/lib/year';

export default async function ReviewIndex() {
  await requirePermission('report.review');
  redirect(`/review/${await getSelectedYear()}`);
}
