import { InlineActionForm } from '@/components/forms/inline-action-form';
import type { FormAction } from '@/components/forms/use-action-form';

/** A removal asks why: the dues ledger is a financial record. */
export function RemoveButton({
  action,
  row,
  what,
}: {
  action: FormAction;
  row: { id: number; version: number };
  what: string;
}) {
  return (
    <InlineActionForm
      action={action}
      hidden={{ id: row.id, version: row.version }}
      submitLabel="删除"
      variant="danger"
      confirm={`删除这条${what}吗？`}
    >
      <input
        name="reason"
        aria-label={`删除${what}的原因`}
        placeholder="删除原因"
        required
        className="min-h-11 w-32 rounded-md px-2 text-sm ring-1 ring-stone-300 sm:min-h-9"
      />
    </InlineActionForm>
  );
}
