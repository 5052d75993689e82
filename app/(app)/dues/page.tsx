import type { Metadata } from 'next';
import { ArrearsList } from '@/app/(app)/dues/_components/arrears-list';
import { DuesGrid } from '@/app/(app)/dues/_components/dues-grid';
import { DuesSummary } from '@/app/(app)/dues/_components/dues-summary';
import { HandoverForm } from '@/app/(app)/dues/_components/handover-form';
import { HandoverList } from '@/app/(app)/dues/_components/handover-list';
import { ImportBasesForm } from '@/app/(app)/dues/_components/import-bases-form';
import { MyDues } from '@/app/(app)/dues/_components/my-dues';
import { NoticeDrafts } from '@/app/(app)/dues/_components/notice-drafts';
import { PaymentForm } from '@/app/(app)/dues/_components/payment-form';
import {
  draftDuesPublicNotice,
  importDuesBases,
  recordDuesHandover,
  recordDuesPayments,
  removeDuesHandover,
} from '@/app/(app)/dues/actions';
import { FilterForm } from '@/components/forms/filter-form';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { currentMonth, duesLedger, listHandovers, paymentsReceived, personDues } from '@/db/queries/dues';
import { listGroups } from '@/db/queries/people';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { todayIso } from '@/lib/clock';
import { type DuesTotals, duesTotals, isOwed } from '@/lib/dues/summary';
import { fenToYuan } from '@/lib/money';
import { requireAnyPermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '党费' };

type Search = { group?: string; state?: string };

const stateFilters = {
  arrears: { label: '有欠交', keep: (r: { arrears: unknown[] }) => r.arrears.length > 0 },
  unassessed: { label: '未核定基数', keep: (r: { base: unknown }) => !r.base },
} as const;

export default async function DuesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireAnyPermission('dues.read', 'dues.totals', 'dues.mine');
  const year = await getSelectedYear();
  const range = { from: `${year}-01`, to: `${year}-12` };

  if (can(user, 'dues.read')) return <BranchLedger user={user} year={year} search={await searchParams} />;

  const received = paymentsReceived(user, { start: `${year}-01-01`, end: `${year}-12-31` });
  const handed = listHandovers(user, range);
  if (can(user, 'dues.totals')) {
    const totals = duesTotals(duesLedger(user, range), currentMonth());
    return (
      <>
        <PageHeader
          title={`${year}年党费收缴情况`}
          description="支部党费的收缴、按时足额交纳和上缴情况（不含个人基数和交纳明细）"
        />
        <DuesSummary totals={totals} collectedFen={sum(received)} handedFen={sum(handed)} />
        <MonthTotals totals={totals} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={`${year}年我的党费`} description="您的党费类别、基数和各月交纳情况" />
      {user.personId ? (
        <MyDues dues={personDues(user, user.personId, range)} year={year} />
      ) : (
        <p className="text-sm text-stone-600">您的账户未关联党员信息。</p>
      )}
    </>
  );
}

const sum = (rows: { amountFen: number }[]) => rows.reduce((total, r) => total + r.amountFen, 0);

function MonthTotals({ totals }: { totals: DuesTotals }) {
  return (
    <Card title="各月交纳情况">
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <thead className="text-xs text-stone-600">
            <tr>
              <th scope="col" className="px-2 py-2 text-left font-medium">
                月份
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                应交人数
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                已交（含免交）
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                应交金额（元）
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100 tabular-nums">
            {totals.byMonth.map((m) => (
              <tr key={m.month}>
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  {Number(m.month.slice(5))}月
                </th>
                <td className="px-2 py-1.5 text-right">{m.owing}</td>
                <td className="px-2 py-1.5 text-right">{m.paid}</td>
                <td className="px-2 py-1.5 text-right">{fenToYuan(m.dueFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function BranchLedger({ user, year, search }: { user: SessionUser; year: number; search: Search }) {
  const range = { from: `${year}-01`, to: `${year}-12` };
  const now = currentMonth();
  const today = todayIso();
  const all = duesLedger(user, range);
  const totals = duesTotals(all, now);
  const filter = stateFilters[search.state as keyof typeof stateFilters];
  const rows = all.filter((r) => (!search.group || r.groupName === search.group) && (!filter || filter.keep(r)));
  const received = paymentsReceived(user, { start: `${year}-01-01`, end: `${year}-12-31` });
  const handovers = listHandovers(user, range);
  const collectedFen = sum(received);
  const handedFen = sum(handovers);
  const writer = can(user, 'dues.write');
  const payers = all
    .filter((r) => r.months.some(isOwed))
    .map((r) => ({ id: r.personId, name: r.name, politicalStatus: r.facts.member.politicalStatus }));
  const thisMonth = now.startsWith(String(year)) ? now : `${year}-12`;

  return (
    <>
      <PageHeader
        title={`${year}年党费`}
        description="按月记录每名党员应交、已交和欠交，核定基数、登记交纳、上缴和公示都在这里"
        actions={
          <a
            href={`/dues/ledger.xlsx?year=${year}`}
            className="inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50 sm:min-h-9"
          >
            导出台账（Excel）
          </a>
        }
      />
      <DuesSummary totals={totals} collectedFen={collectedFen} handedFen={handedFen} />
      {totals.unassessed > 0 && (
        <p role="note" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {totals.unassessed} 名党员尚未核定党费基数：可在党员的党费页核定，或从工资表导入。
        </p>
      )}

      <Card title="欠交提醒" className="mb-6">
        <ArrearsList rows={all} />
      </Card>

      <FilterForm method="get" aria-label="筛选党员" className="mb-3 flex flex-wrap items-end gap-3">
        <label className="w-40 space-y-1 text-sm font-medium text-stone-700">
          党小组
          <select
            name="group"
            defaultValue={search.group ?? ''}
            className="block min-h-11 w-full rounded-md bg-white px-3 py-2 text-sm ring-1 ring-stone-300 sm:min-h-0"
          >
            <option value="">全部</option>
            {listGroups(user).map((g) => (
              <option key={g.id} value={g.name}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label className="w-40 space-y-1 text-sm font-medium text-stone-700">
          交纳情况
          <select
            name="state"
            defaultValue={search.state ?? ''}
            className="block min-h-11 w-full rounded-md bg-white px-3 py-2 text-sm ring-1 ring-stone-300 sm:min-h-0"
          >
            <option value="">全部</option>
            {Object.entries(stateFilters).map(([value, f]) => (
              <option key={value} value={value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          筛选
        </Button>
      </FilterForm>
      <DuesGrid rows={rows} year={year} />

      {writer && (
        <div className="mt-6 grid gap-6 lg:grid-cols-2">
          <Card title="登记交纳">
            <PaymentForm
              action={recordDuesPayments}
              people={payers}
              defaultFrom={thisMonth}
              defaultTo={thisMonth}
              today={today}
            />
          </Card>
          <Card title="上缴党费">
            <p className="mb-3 text-sm text-stone-700">
              本年收缴 {fenToYuan(collectedFen)} 元，已上缴 {fenToYuan(handedFen)} 元，待上缴{' '}
              <strong>{fenToYuan(Math.max(collectedFen - handedFen, 0))}</strong> 元。
            </p>
            <HandoverList handovers={handovers} removeAction={removeDuesHandover} />
            <HandoverForm
              action={recordDuesHandover}
              defaultFrom={`${year}-01`}
              defaultTo={thisMonth}
              defaultAmount={fenToYuan(Math.max(collectedFen - handedFen, 0))}
              today={today}
            />
          </Card>
          <Card title="党费公示">
            <NoticeDrafts action={draftDuesPublicNotice} year={year} currentMonth={now} />
          </Card>
          <Card title="从工资表导入基数">
            <ImportBasesForm action={importDuesBases} defaultMonth={`${year}-01`} defaultDate={today} />
          </Card>
        </div>
      )}
    </>
  );
}
