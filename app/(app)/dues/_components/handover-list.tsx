import { InlineActionForm } from '@/components/forms/inline-action-form';
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
          {removeAction && (
            <InlineActionForm
              action={removeAction}
              hidden={{ id: h.id, version: h.version }}
              submitLabel="删除"
              variant="danger"
              confirm="删除这条上缴记录吗？"
            >
              <input
                name="reason"
                aria-label="删除原因"
                placeholder="删除原因"
                required
                className="min-h-11 w-32 rounded-md px-2 text-sm ring-1 ring-stone-300 sm:min-h-9"
              />
            </InlineActionForm>
          )}
        </li>
      ))}
    </ul>
  );
}
