import type { Metadata } from 'next';
import Link from 'next/link';
import { LedgerForm } from '@/app/(app)/ledgers/_components/ledger-form';
import { MyEntries } from '@/app/(app)/ledgers/_components/my-entries';
import { createLedger, setLedgerArchived, switchOnLedgerTemplate } from '@/app/(app)/ledgers/actions';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listEntriesNaming, listLedgers, templatesNotOn } from '@/db/queries/ledgers';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '自定义台账' };

export default async function LedgersPage() {
  const user = await requirePermission('ledgers.read');
  const year = await getSelectedYear();

  if (!can(user, 'ledgers.read_all')) {
    return (
      <>
        <PageHeader title={`${year}年我的台账记录`} description="支部台账中记录您的事项，如表彰、岗位和学习" />
        <MyEntries entries={user.personId ? listEntriesNaming(user, user.personId, year) : []} year={year} />
      </>
    );
  }

  const writer = can(user, 'ledgers.write');
  const ledgers = listLedgers(user, year);
  const templates = writer ? templatesNotOn(user) : [];

  return (
    <>
      <PageHeader
        title={`${year}年自定义台账`}
        description="支部自行设立的台账：评先评优、阵地建设、经费等，随时登记，年底按台账合计，述职报告可直接引用"
      />
      <ul aria-label="台账列表" className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {ledgers.map((l) => (
          <li key={l.id} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
            <div className="flex items-start justify-between gap-2">
              <Link href={`/ledgers/${l.id}`} className="min-h-11 font-semibold text-brand-700 hover:underline">
                {l.name}
              </Link>
              {l.archivedAt && <Badge tone="amber">已停用</Badge>}
            </div>
            {l.description && <p className="text-sm text-stone-600">{l.description}</p>}
            <p className="mt-auto text-sm text-stone-700">
              {year}年 <span className="font-semibold tabular-nums">{l.entries}</span> {l.unit}
            </p>
            {writer && (
              <InlineActionForm
                action={setLedgerArchived}
                hidden={{ id: l.id, version: l.version, archived: l.archivedAt ? 'false' : 'true' }}
                submitLabel={l.archivedAt ? `启用 ${l.name}` : `停用 ${l.name}`}
                confirm={l.archivedAt ? undefined : `停用「${l.name}」后不再登记新记录，已有记录保留。确定停用吗？`}
              />
            )}
          </li>
        ))}
        {ledgers.length === 0 && (
          <li className="rounded-lg bg-white px-4 py-8 text-center text-sm text-stone-600 ring-1 ring-stone-200 sm:col-span-2 lg:col-span-3">
            还没有台账。{writer && '可从下面的模板启用，或新建一个。'}
          </li>
        )}
      </ul>

      {writer && templates.length > 0 && (
        <Card title="启用模板" className="mb-6">
          <ul aria-label="可启用的模板" className="divide-y divide-stone-100">
            {templates.map((t) => (
              <li key={t.code} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0 flex-1 basis-60">
                  <p className="font-medium text-stone-900">{t.name}</p>
                  <p className="text-sm text-stone-600">{t.description}</p>
                </div>
                <InlineActionForm
                  action={switchOnLedgerTemplate}
                  hidden={{ template: t.code }}
                  submitLabel={`启用 ${t.name}`}
                />
              </li>
            ))}
          </ul>
        </Card>
      )}

      {writer && (
        <Card title="新建台账">
          <p className="mb-3 text-sm text-stone-600">模板中没有的工作，可以自行设立台账：定好每条记录登记哪些内容。</p>
          <LedgerForm action={createLedger} />
        </Card>
      )}
    </>
  );
}
