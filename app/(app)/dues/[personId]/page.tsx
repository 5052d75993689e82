import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BaseForm } from '@/app/(app)/dues/_components/base-form';
import { MyDues } from '@/app/(app)/dues/_components/my-dues';
import { PaymentForm } from '@/app/(app)/dues/_components/payment-form';
import { ReliefForm } from '@/app/(app)/dues/_components/relief-form';
import { RemoveButton } from '@/app/(app)/dues/_components/remove-button';
import {
  createDuesRelief,
  recordDuesPayments,
  removeDuesBase,
  removeDuesPayment,
  removeDuesRelief,
  setDuesBase,
} from '@/app/(app)/dues/actions';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { accountNames } from '@/db/queries/account-name';
import { currentMonth, personDues } from '@/db/queries/dues';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { duesCategoryLabels, paymentMethodLabels, paysDues, reliefKindLabels } from '@/lib/dues/model';
import { monthSpanText, monthText } from '@/lib/dues/month';
import { formatYuan } from '@/lib/money';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '党员党费' };

export default async function PersonDuesPage({ params }: { params: Promise<{ personId: string }> }) {
  const user = await requirePermission('dues.read');
  const id = Number((await params).personId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const year = await getSelectedYear();
  const dues = personDues(user, id, { from: `${year}-01`, to: `${year}-12` });
  if (!dues) notFound();
  const writer = can(user, 'dues.write');
  const today = todayIso();
  const now = currentMonth();
  const { facts } = dues;
  const nameOf = accountNames(facts.bases.map((b) => b.recordedBy));
  const owesHere = paysDues(facts.member.politicalStatus);
  const thisMonth = now.startsWith(String(year)) ? now : `${year}-12`;
  const firstOpen = dues.arrears[0]?.month ?? thisMonth;

  return (
    <>
      <Link
        href="/dues"
        className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline sm:min-h-0"
      >
        ← 返回党费台账
      </Link>
      <PageHeader title={`${dues.name}的党费`} description={`${year}年各月应交、已交和欠交情况`} />
      <MyDues dues={dues} year={year} />

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {writer && owesHere && (
          <Card title="登记交纳">
            <PaymentForm
              action={recordDuesPayments}
              people={[{ id: dues.personId, name: dues.name, politicalStatus: facts.member.politicalStatus }]}
              defaultFrom={firstOpen}
              defaultTo={thisMonth}
              today={today}
            />
          </Card>
        )}

        <Card title="交纳记录">
          {facts.payments.length === 0 ? (
            <p className="text-sm text-stone-600">暂无交纳记录。</p>
          ) : (
            <ul aria-label="交纳记录" className="divide-y divide-stone-100">
              {[...facts.payments]
                .sort((a, b) => b.paidOn.localeCompare(a.paidOn))
                .map((p) => (
                  <li key={p.id} className="flex flex-wrap items-end justify-between gap-2 py-2 text-sm">
                    <span>
                      {p.paidOn} 交纳 {monthSpanText(p.fromMonth, p.toMonth)} {formatYuan(p.amountFen)}（
                      {paymentMethodLabels[p.method]}
                      {p.receiptNo ? `，收据 ${p.receiptNo}` : ''}）
                      {p.amountFen !== p.dueFen && (
                        <span className="block text-xs text-amber-800">
                          应交 {formatYuan(p.dueFen)}：{p.reason}
                        </span>
                      )}
                    </span>
                    {writer && <RemoveButton action={removeDuesPayment} row={p} what="交纳记录" />}
                  </li>
                ))}
            </ul>
          )}
        </Card>

        <Card title="党费基数（核定记录）">
          <ul aria-label="核定记录" className="mb-4 divide-y divide-stone-100">
            {[...facts.bases]
              .sort((a, b) => b.effectiveMonth.localeCompare(a.effectiveMonth))
              .map((b) => (
                <li key={b.id} className="flex flex-wrap items-end justify-between gap-2 py-2 text-sm">
                  <span>
                    {monthText(b.effectiveMonth)}起：{duesCategoryLabels[b.category]}
                    {b.baseFen !== null && `，基数 ${formatYuan(b.baseFen)}`}
                    {b.fixedFen !== null && `，每月 ${formatYuan(b.fixedFen)}`}
                    <span className="block text-xs text-stone-500">
                      {b.assessedOn} {nameOf(b.recordedBy) ?? ''}核定{b.reason ? `；调整原因：${b.reason}` : ''}
                    </span>
                  </span>
                  {writer && <RemoveButton action={removeDuesBase} row={b} what="核定记录" />}
                </li>
              ))}
            {facts.bases.length === 0 && <li className="py-2 text-sm text-stone-600">尚未核定党费基数。</li>}
          </ul>
          {writer && owesHere && (
            <BaseForm
              action={setDuesBase}
              personId={dues.personId}
              defaultCategory={dues.base?.category}
              defaultMonth={`${year}-01`}
              today={today}
            />
          )}
        </Card>

        <Card title="少交、免交">
          <ul aria-label="少交免交记录" className="mb-4 divide-y divide-stone-100">
            {facts.reliefs.map((r) => (
              <li key={r.id} className="flex flex-wrap items-end justify-between gap-2 py-2 text-sm">
                <span>
                  {reliefKindLabels[r.kind]} {monthSpanText(r.fromMonth, r.untilMonth)}
                  {r.monthlyFen !== null && `，每月 ${formatYuan(r.monthlyFen)}`}：{r.reason}
                  <span className="block text-xs text-stone-500">{r.approvedBy}批准</span>
                </span>
                {writer && <RemoveButton action={removeDuesRelief} row={r} what="少交免交记录" />}
              </li>
            ))}
            {facts.reliefs.length === 0 && <li className="py-2 text-sm text-stone-600">没有少交或免交。</li>}
          </ul>
          {writer && owesHere && (
            <ReliefForm action={createDuesRelief} personId={dues.personId} defaultMonth={now} today={today} />
          )}
        </Card>
      </div>
    </>
  );
}
