import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPersonForEdit, listGroups } from '@/db/queries/people';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { updatePerson } from '../../actions';
import { PersonForm } from '../../_components/person-form';

export const metadata: Metadata = { title: '编辑人员信息' };

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('members.write');
  const person = getPersonForEdit(user, Number((await params).id));
  if (!person) notFound();
  return (
    <>
      <PageHeader title={`编辑：${person.name}`} />
      <Card>
        <PersonForm action={updatePerson} groups={listGroups(user)} person={person} canAssignTitle={can(user, 'accounts.manage')} cancelHref={`/members/${person.id}`} />
      </Card>
    </>
  );
}
