import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { HonoursAndDiscipline } from '@/app/(app)/members/[id]/_components/honours-and-discipline';
import { TransferForm } from '@/app/(app)/members/[id]/_components/transfer-form';
import { transferPerson } from '@/app/(app)/members/actions';
import { StatusBadge } from '@/components/people/status-badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listDisciplines } from '@/db/queries/discipline';
import { listHonours } from '@/db/queries/honours';
import { getPersonForViewer } from '@/db/queries/people';
import { transferDestinations } from '@/db/queries/transfers';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { genderLabels } from '@/lib/people/model';
import { partyStanding } from '@/lib/people/party-standing';
import { mayTransfer } from '@/lib/people/transfer';
import { requireUser } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '人员详情' };

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[6rem_1fr] gap-2 py-2 text-sm sm:grid-cols-[8rem_1fr]">
      <dt className="text-stone-500">{label}</dt>
      <dd className="text-stone-900">{children || <span className="text-stone-400">未填写</span>}</dd>
    </div>
  );
}

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requireUser();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  if (user.personId !== id && !can(user, 'members.read')) forbidden();
  const person = getPersonForViewer(user, id);
  if (!person) notFound();
  const { saved } = await searchParams;
  const current = person.archivedAt === null;
  const today = todayIso();
  const standing = partyStanding(person.fullMemberDate, today);
  const isSelf = user.personId === id;

  return (
    <>
      <PageHeader
        title={isSelf ? `我的资料：${person.name}` : person.name}
        description={<StatusBadge status={person.politicalStatus} />}
        actions={
          <>
            {person.developmentRecordId && can(user, 'development.read') && (
              <ButtonLink href={`/development/${person.id}`} variant="secondary">
                发展过程
              </ButtonLink>
            )}
            {can(user, 'members.write') && current && <ButtonLink href={`/members/${person.id}/edit`}>编辑</ButtonLink>}
          </>
        }
      />
      {saved && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          已保存。
        </p>
      )}
      {person.transferredTo && (
        <p role="status" className="mb-4 rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-800">
          组织关系已于{person.leftBranchOn}转出至{person.transferredTo}。其在本支部期间的会议、发展和党费记录保留。
        </p>
      )}
      {person.transferredFrom && (
        <p className="mb-4 rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-800">
          组织关系于{person.joinedBranchOn}由{person.transferredFrom}转入。
        </p>
      )}
      <div className="grid gap-5 lg:grid-cols-2">
        <Card title="基本信息">
          <dl className="divide-y divide-stone-100">
            <Row label="性别">{genderLabels[person.gender]}</Row>
            <Row label="民族">{person.ethnicity}</Row>
            <Row label="出生日期">{person.birthDate}</Row>
            <Row label="学历">{person.education}</Row>
            <Row label="工作单位">{person.unit}</Row>
            <Row label="职务">{person.post}</Row>
          </dl>
        </Card>
        <Card title="党籍信息">
          <dl className="divide-y divide-stone-100">
            <Row label="政治面貌">
              <StatusBadge status={person.politicalStatus} />
            </Row>
            <Row label="入党日期">{person.probationaryDate}</Row>
            <Row label="转正日期">{person.fullMemberDate}</Row>
            <Row label="党龄">{standing !== null && `${standing}年`}</Row>
            <Row label="党小组">{person.groupName}</Row>
            <Row label="支委职务">{person.committeeTitle ?? '无'}</Row>
          </dl>
        </Card>
        {person.private && (
          <Card title="个人敏感信息">
            <dl className="divide-y divide-stone-100">
              <Row label="身份证号">{person.private.idNumber}</Row>
              <Row label="联系电话">{person.private.phone}</Row>
              <Row label="家庭住址">{person.private.address}</Row>
            </dl>
          </Card>
        )}
        <HonoursAndDiscipline
          personId={person.id}
          today={today}
          honours={listHonours(user, person.id)}
          disciplines={listDisciplines(user, person.id)}
          mayWrite={can(user, 'members.write')}
        />
        {can(user, 'members.write') && current && mayTransfer(person.politicalStatus) && (
          <Card title="组织关系转接" className="lg:col-span-2">
            <details className="rounded-md bg-stone-50 p-3">
              <summary className="min-h-11 cursor-pointer content-center text-sm font-medium text-brand-800">
                办理组织关系转出
              </summary>
              <div className="mt-3">
                <TransferForm
                  action={transferPerson}
                  person={person}
                  today={today}
                  destinations={transferDestinations(user)}
                />
              </div>
            </details>
          </Card>
        )}
      </div>
    </>
  );
}
