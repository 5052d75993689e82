import 'server-only';
import type { BranchScope } from '@/db/queries/scope';
import { countFigures } from '@/db/report/figures/compute';
import { asFigure, counted, type Figure } from '@/db/report/totals/counted';
import { figureKey } from '@/lib/report/figure-key';
import { letterCounterpartKinds } from '@/lib/service/model';

export type LetterKindFigure = Figure & { kind: string; counterparts: number };

export type IntegrityCounts = {
  aspects: Figure;
  items: Figure;
  /** Every letter, and per kind of counterpart (in the app's order) the letters and the distinct counterparts signed with. */
  letters: Figure & { counterparts: number; byKind: LetterKindFigure[] };
  /** 廉政谈话 (talks of kind 'integrity'). */
  talks: Figure;
  /** Held meetings linked as special meetings on clean government. */
  meetings: Figure;
};

const key = (params: Record<string, string>) => figureKey({ source: 'integrity', params });
const letters = (counterpart?: string) => ({
  count: key({ what: 'letters', ...(counterpart ? { counterpart } : {}) }),
  counterparts: key({ what: 'letters', measure: 'counterparts', ...(counterpart ? { counterpart } : {}) }),
});

/**
 * A year of clean-government work of a branch in numbers, each with the ids behind it: the report's
 * own figures (source `integrity`), so the page and the report cannot differ.
 */
export function integrityCountsForYear(scope: BranchScope, year: number): IntegrityCounts {
  const parts = {
    aspects: key({ what: 'aspects' }),
    items: key({ what: 'items' }),
    talks: key({ what: 'talks' }),
    meetings: key({ what: 'meetings' }),
  };
  const byKind = letterCounterpartKinds.map((kind) => ({ kind, ...letters(kind) }));
  const all = letters();
  const figures = countFigures(scope, year, [
    ...Object.values(parts),
    all.count,
    all.counterparts,
    ...byKind.flatMap((k) => [k.count, k.counterparts]),
  ]);
  const figure = (k: string) => asFigure(counted(figures, k));
  return {
    aspects: figure(parts.aspects),
    items: figure(parts.items),
    letters: {
      ...figure(all.count),
      counterparts: figure(all.counterparts).count,
      byKind: byKind
        .map((k) => ({ kind: k.kind, ...figure(k.count), counterparts: figure(k.counterparts).count }))
        .filter((k) => k.count > 0),
    },
    talks: figure(parts.talks),
    meetings: figure(parts.meetings),
  };
}
