import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { Ledger, type LedgerSearch } from '@/app/(app)/rectification/_components/ledger';
import { MyItems } from '@/app/(app)/rectification/_components/my-items';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { requireUser } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '问题整改' };

export default async function RectificationPage({ searchParams }: { searchParams: Promise<LedgerSearch> }) {
  const user = await requireUser();
  const today = todayIso();
  if (can(user, 'rectification.read')) {
    return <Ledger user={user} year={await getSelectedYear()} today={today} search={await searchParams} />;
  }
  if (!can(user, 'rectification.evidence')) forbidden();
  return <MyItems user={user} today={today} />;
}
