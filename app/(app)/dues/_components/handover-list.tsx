import { RemoveButton } from '@/app/(app)/dues/_components/remove-button';
import type { FormAction } from '@/components/forms/use-action-form';
import { monthSpanText } from '@/lib/dues/month';
import { formatYuan } from '@/lib/money';

type Handover = {
  id: number;
  version: number;
  fromMonth: string;
  toMonth: string;
  handedOn: string;
  amountFen: number;
  recipient: string;
  receiptNo: string | null;
};

/** What was passed up this year; one entered by mistake is removed with its reason. */
export function HandoverList({ handovers, removeAction }: { handovers: Handover[]; removeAction?: FormAction }) {
  if (handovers.length === 0) return <p className="mb-3 text-sm text-stone-600">本年尚未上缴。</p>;
  return (
    <ul aria-label="上缴记录" className="mb-4 divide-y divide-stone-100">
      {handovers.map((h) => (
        <li key={h.id} className="flex flex-wrap items-end justify-between gap-2 py-2 text-sm">
          <span>
            {h.handedOn} 上缴{h.recipient} {formatYuan(h.amountFen)}（{monthSpanText(h.fromMonth, h.toMonth)}）
            {h.receiptNo && <span className="text-stone-500"> 收据 {h.receiptNo}</span>}
          </span>
          {removeAction && <RemoveButton action={removeAction} row={h} what="上缴记录" />}
        </li>
      ))}
    </ul>
  );
}
