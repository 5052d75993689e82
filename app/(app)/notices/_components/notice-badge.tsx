import { Badge } from '@/components/ui/badge';
import { type NoticeState, noticeStateLabels } from '@/lib/rectification/model';

const tones = {
  proposed: 'blue',
  reviewed: 'amber',
  approved: 'amber',
  published: 'green',
  withdrawn: 'stone',
} as const satisfies Record<NoticeState, string>;

export function NoticeStateBadge({ state }: { state: NoticeState }) {
  return <Badge tone={tones[state]}>{noticeStateLabels[state]}</Badge>;
}
