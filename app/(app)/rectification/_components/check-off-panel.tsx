'use client';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { useAnnounce } from '@/components/forms/outcome';
import type { FormAction } from '@/components/forms/use-action-form';
import { type Actor, checkOffRefusal, type RectificationFacts } from '@/lib/rectification/rules';

type Props = {
  action: FormAction;
  /** Only who is acting: the panel runs in the browser. */
  user: Actor;
  item: RectificationFacts & { id: number; version: number; problem: string };
};

/** The check-off button, or why this user may not check the item off (e.g. it is their own). */
export function CheckOffPanel({ action, user, item }: Props) {
  const announce = useAnnounce();
  const refusal = checkOffRefusal(item, user);
  if (refusal) return <p className="text-sm text-stone-600">{refusal}</p>;
  return (
    <InlineActionForm
      // Said here, as the answer arrives: the item leaves the list of those awaiting check-off with it.
      action={async (state, data) => {
        const result = await action(state, data);
        if (result?.ok) announce(`${result.message}：${item.problem}`);
        return result;
      }}
      hidden={{ id: item.id, version: item.version }}
      submitLabel="对账销号"
      variant="primary"
      confirm={`确认已核对整改佐证，对“${item.problem}”销号？`}
    />
  );
}
