import { Badge } from '@/components/ui/badge';
import { type RectificationState, rectificationStateLabels } from '@/lib/rectification/model';
import { isCarriedOver, isOverdue } from '@/lib/rectification/rules';

const stateTones = { in_progress: 'blue', completed: 'amber', checked_off: 'green' } as const satisfies Record<
  RectificationState,
  string
>;

type Item = { state: RectificationState; deadline: string; foundDate: string; checkedOffAt: string | null };

/** The state, and the two flags that must stand out: overdue, and carried over from an earlier year. */
export function ItemBadges({ item, today, year }: { item: Item; today: string; year: number }) {
  return (
    <>
      <Badge tone={stateTones[item.state]}>
        {item.state === 'completed' ? '已完成（待销号）' : rectificationStateLabels[item.state]}
      </Badge>
      {isOverdue(item, today) && <Badge tone="red">已逾期</Badge>}
      {isCarriedOver(item, year) && <Badge tone="stone">{item.foundDate.slice(0, 4)}年结转</Badge>}
    </>
  );
}
