import 'server-only';
import type { Aggregated } from '@/db/report/figures/aggregate-figures';

/** A figure a page asked for by a key it built itself: one that names no figure is a bug, not a user's typo. */
export function counted(figures: ReadonlyMap<string, Aggregated | string>, key: string): Aggregated {
  const figure = figures.get(key);
  if (figure === undefined || typeof figure === 'string')
    throw new Error(`figure ${key}: ${figure ?? 'not asked for'}`);
  return figure;
}

/** A figure as the area pages show it: how many, and which records (ids, ascending). */
export type Figure = { count: number; ids: number[] };

export const asFigure = ({ value, ids }: Aggregated): Figure => ({ count: value, ids });
