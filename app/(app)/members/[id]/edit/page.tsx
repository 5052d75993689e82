import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PersonForm } from '@/app/(app)/members/_components/person-form';
import { updatePerson } from '@/app/(app)/members/actions';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getPersonForEdit, listGroups } from '@/db/queries/people';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '编辑人员信息' };

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('members.write');
  const person = getPersonForEdit(user, Number((await params).id));
  if (!person) notFound();
  return (
    <>
      <PageHeader title={`编辑：${person.name}`} />
      <Card>
        <PersonForm
          action={updatePerson}
          groups={listGroups(user)}
          person={person}
          canAssignTitle={can(user, 'accounts.manage')}
          cancelHref={`/members/${person.id}`}
        />
      </Card>
    </>
  );
}
