import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryFacts } from '@/app/(app)/ledgers/_components/entry-facts';
import { EntryFilters } from '@/app/(app)/ledgers/_components/entry-filters';
import { EntryForm } from '@/app/(app)/ledgers/_components/entry-form';
import { LedgerImportForm } from '@/app/(app)/ledgers/_components/import-form';
import { LedgerForm } from '@/app/(app)/ledgers/_components/ledger-form';
import {
  createLedgerEntry,
  importLedgerEntries,
  removeLedgerEntry,
  removeLedgerEntryAttachment,
  setLedgerArchived,
  updateLedger,
  updateLedgerEntry,
  uploadLedgerEntryAttachment,
} from '@/app/(app)/ledgers/actions';
import { AttachmentsPanel } from '@/components/attachments/attachments-panel';
import { ActionButton } from '@/components/forms/action-button';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Badge } from '@/components/ui/badge';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatShortDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { getLedger, listLedgerEntries } from '@/db/queries/ledgers';
import { listPeopleForPicker } from '@/db/queries/people';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { ledgerLevels } from '@/lib/ledgers/model';
import { ledgerTotals } from '@/lib/ledgers/rules';
import { formatYuan } from '@/lib/money';
import { formatQuantity } from '@/lib/service/quantities';
import { defaultDateIn } from '@/lib/years';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '自定义台账' };

type Search = { tag?: string; level?: string; person?: string };

export default async function LedgerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const user = await requirePermission('ledgers.read_all');
  const ledger = getLedger(user, Number((await params).id));
  if (!ledger) notFound();
  const year = await getSelectedYear();
  const search = await searchParams;
  const filters = {
    tag: ledger.tags.find((t) => t === search.tag),
    level: ledgerLevels.find((l) => l === search.level),
    personId: Number(search.person) || undefined,
  };
  const filtered = !!(filters.tag || filters.level || filters.personId);
  const entries = listLedgerEntries(user, ledger.id, year, filters);
  const totals = ledgerTotals(entries);
  const writer = can(user, 'ledgers.write') && !ledger.archivedAt;
  const people = ledger.hasPeople ? listPeopleForPicker(user) : [];
  const today = todayIso();

  return (
    <>
      <PageHeader
        title={`${year}年${ledger.name}`}
        description={ledger.description}
        actions={
          <>
            <a href={`/ledgers/${ledger.id}/ledger.xlsx?year=${year}`} className={buttonClass('secondary')} download>
              导出台账
            </a>
            <ButtonLink href="/ledgers" variant="secondary">
              全部台账
            </ButtonLink>
          </>
        }
      />
      {ledger.archivedAt && (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          该台账已停用：记录保留，不能再登记或修改。可在台账列表中启用。
        </p>
      )}

      <ul
        aria-label={filtered ? '筛选结果合计' : `${year}年合计`}
        className="mb-5 grid grid-cols-2 gap-2 sm:grid-cols-3"
      >
        <li className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200">
          <p className="text-xs text-stone-600">记录</p>
          <p className="mt-1 text-xl font-semibold tabular-nums">
            {totals.entries} {ledger.unit}
          </p>
        </li>
        {ledger.quantityUnit && (
          <li className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200">
            <p className="text-xs text-stone-600">数量</p>
            <p className="mt-1 text-xl font-semibold tabular-nums">
              {formatQuantity(totals.quantity, ledger.quantityUnit)}
            </p>
          </li>
        )}
        {ledger.hasAmount && (
          <li className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200">
            <p className="text-xs text-stone-600">金额</p>
            <p className="mt-1 text-xl font-semibold tabular-nums">{formatYuan(totals.amountFen)}</p>
          </li>
        )}
      </ul>

      {writer && (
        <Card title="登记记录" className="mb-5">
          <EntryForm
            action={createLedgerEntry}
            ledgerId={ledger.id}
            shape={ledger}
            people={people}
            today={today}
            defaultDate={defaultDateIn(year, today)}
          />
        </Card>
      )}

      <EntryFilters ledger={ledger} people={people} search={search} />

      <ul
        aria-label="记录列表"
        className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
      >
        {entries.map((e) => (
          <li key={e.id} id={`entry-${e.id}`} className="scroll-mt-20">
            <details>
              <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-stone-50">
                <span className="w-20 shrink-0 text-sm whitespace-nowrap text-stone-600 tabular-nums">
                  {formatShortDate(e.date)}
                </span>
                <span className="min-w-0 flex-1 basis-48 font-medium break-words text-stone-900">{e.title}</span>
                <EntryFacts entry={e} quantityUnit={ledger.quantityUnit} />
                {e.files.length > 0 && <Badge tone="blue">附件 {e.files.length}</Badge>}
              </summary>
              <div className="space-y-4 border-t border-stone-100 bg-stone-50/60 px-4 py-4">
                {e.note && <p className="text-sm text-stone-700">备注：{e.note}</p>}
                {writer && (
                  <EntryForm
                    action={updateLedgerEntry}
                    ledgerId={ledger.id}
                    shape={ledger}
                    people={people}
                    today={today}
                    entry={e}
                  />
                )}
                {ledger.hasAttachments && (
                  <AttachmentsPanel
                    owner={{ entryId: e.id }}
                    files={e.files}
                    upload={writer ? uploadLedgerEntryAttachment : undefined}
                    remove={writer ? removeLedgerEntryAttachment : undefined}
                  />
                )}
                {writer && (
                  <ActionButton
                    action={removeLedgerEntry}
                    hidden={{ id: e.id, version: e.version }}
                    label="删除记录"
                    target={e.title}
                    variant="danger"
                    confirm={`确定删除「${e.title}」吗？删除后仍保留在审计记录中。`}
                  />
                )}
              </div>
            </details>
          </li>
        ))}
        {entries.length === 0 && (
          <li className="px-4 py-8 text-center text-sm text-stone-600">
            {filtered ? '没有符合筛选条件的记录。' : `${year}年还没有记录。`}
          </li>
        )}
      </ul>

      {writer && (
        <Card title="从 Excel 导入" className="mt-6">
          <p className="mb-3 text-sm text-stone-600">
            先“导出台账”得到本台账的表格（列与本台账一致），在其中添行后导入。整个文件逐行检查，有一处问题就全部不导入；已在台账中的记录（日期和名称相同）不会重复导入。
          </p>
          <LedgerImportForm action={importLedgerEntries} ledgerId={ledger.id} />
        </Card>
      )}

      {can(user, 'ledgers.write') && (
        <Card title="台账设置" className="mt-6">
          {!ledger.archivedAt && <LedgerForm action={updateLedger} ledger={ledger} />}
          <div className="mt-4 border-t border-stone-100 pt-4">
            <InlineActionForm
              action={setLedgerArchived}
              hidden={{ id: ledger.id, version: ledger.version, archived: ledger.archivedAt ? 'false' : 'true' }}
              submitLabel={ledger.archivedAt ? '启用台账' : '停用台账'}
              variant={ledger.archivedAt ? 'secondary' : 'danger'}
              confirm={ledger.archivedAt ? undefined : '停用后不再登记新记录，已有记录保留。确定停用吗？'}
            />
          </div>
        </Card>
      )}
    </>
  );
}
