import { Badge } from '@/components/ui/badge';
import { type PoliticalStatus, politicalStatusLabels } from '@/lib/people/model';

const tones = {
  full: 'red',
  probationary: 'amber',
  candidate: 'blue',
  activist: 'blue',
  applicant: 'stone',
  masses: 'stone',
} as const satisfies Record<PoliticalStatus, string>;

export function StatusBadge({ status }: { status: PoliticalStatus }) {
  return <Badge tone={tones[status]}>{politicalStatusLabels[status]}</Badge>;
}
