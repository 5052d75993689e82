import type { Metadata } from 'next';
import { PersonForm } from '@/app/(app)/members/_components/person-form';
import { createPerson } from '@/app/(app)/members/actions';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listGroups } from '@/db/queries/people';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '新增人员' };

export default async function NewPersonPage() {
  const user = await requirePermission('members.write');
  return (
    <>
      <PageHeader title="新增人员" description={`录入到${user.branchName}名册`} />
      <Card>
        <PersonForm
          action={createPerson}
          groups={listGroups(user)}
          canAssignTitle={can(user, 'accounts.manage')}
          cancelHref="/members"
        />
      </Card>
    </>
  );
}
