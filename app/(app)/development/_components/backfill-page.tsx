import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackfillForm } from '@/app/(app)/development/_components/backfill-form';
import { backfillDevelopment } from '@/app/(app)/development/actions';
import { StatusBadge } from '@/components/people/status-badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listBackfillCandidates } from '@/db/queries/development';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { todayIso } from '@/lib/clock';
import { backfillPlans, isBackfillStatus } from '@/lib/development/backfill';

/**
 * The development page of someone in development whose history is not kept here yet (imported with
 * the roster): what 补录 means, and the form for the dates their status asks for.
 */
export function BackfillPage({ user, personId }: { user: SessionUser; personId: number }) {
  const person = listBackfillCandidates(user, personId)[0];
  if (!person || !isBackfillStatus(person.politicalStatus)) notFound();
  const writer = can(user, 'development.write');
  return (
    <>
      <PageHeader
        title={`${person.name}的发展过程`}
        description={<StatusBadge status={person.politicalStatus} />}
        actions={
          <Link href="/development" className="text-sm text-brand-700 hover:underline">
            返回发展党员
          </Link>
        }
      />
      <Card title="补录发展过程" className="max-w-3xl">
        <p className="mb-4 text-sm text-stone-700">
          此人的发展过程开始于本支部使用系统之前，尚无记录。补录决定期限的几个日期后，系统即按发展党员的规定核对，并提醒此后的步骤
          {person.politicalStatus === 'probationary' ? '（如预备期满前召开支部党员大会讨论转正）' : ''}
          ；其间的其他步骤视为已在纸质材料中完成。
        </p>
        {writer ? (
          <BackfillForm
            action={backfillDevelopment}
            person={{ id: person.id, version: person.version }}
            fields={backfillPlans[person.politicalStatus]}
            defaults={{ admission_vote: person.probationaryDate ?? undefined }}
            today={todayIso()}
          />
        ) : (
          <p className="text-sm text-stone-600">由书记或组织委员补录。</p>
        )}
      </Card>
    </>
  );
}
