import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

export type Tone = 'red' | 'amber' | 'green' | 'blue' | 'stone';

const tones: Record<Tone, string> = {
  red: 'bg-brand-50 text-brand-800 ring-brand-600/20',
  amber: 'bg-amber-50 text-amber-800 ring-amber-600/20',
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  blue: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  stone: 'bg-stone-100 text-stone-700 ring-stone-500/20',
};

export function Badge({ tone = 'stone', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}
