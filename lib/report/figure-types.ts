import { can, type Permission } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
/** A record a figure counts, as the "records behind it" list shows it. */
export type FigureRecord = {
  id: number;
  title: string;
  date?: string | null;
  href?: string | null;
  /** The branch it belongs to (its id and name), for a figure of an organisation's report (summed over its branches). */
  branchId?: number;
  branch?: string;
};

/**
 * A figure computed for one branch and year. `value` is the count or sum; `text` is how the report
 * writes it (“18”, “8万”, or for a list the joined items); `records` are what it was computed from.
 */
export type FigureValue = {
  key: string;
  label: string;
  unit: string;
  value: number;
  text: string;
  records: FigureRecord[];
  /** The permission needed to see `records` (the value is for every reader of the report). */
  recordsPermission?: Permission;
  /** The records were withheld from this reader: they lack `recordsPermission`. */
  recordsHidden?: true;
};

/** A token that names no known figure (a removed meeting kind, a typo …); shown and exported as a warning. */
export type FigureProblem = { key: string; problem: string };

export type FigureResult = FigureValue | FigureProblem;

/** A figure as the text shows it: the records stay on the server until someone asks for them. */
export type FigureSummary = Omit<FigureValue, 'records'> | FigureProblem;

export function isProblem(result: FigureSummary): result is FigureProblem {
  return 'problem' in result;
}

/** Computed figures as a page sends them to the browser: each by its key, without its records. */
export function summariesOf(figures: ReadonlyMap<string, FigureResult>): [string, FigureSummary][] {
  return [...figures].map(([key, result]) => {
    if (isProblem(result)) return [key, result];
    const { records: _records, ...summary } = result;
    return [key, summary];
  });
}

/** The figures as a reader may see them: records they may not read are withheld, the values kept. */
export function figuresForReader(
  user: SessionUser,
  figures: ReadonlyMap<string, FigureResult>,
): [string, FigureResult][] {
  return [...figures].map(([key, result]) =>
    isProblem(result) || !result.recordsPermission || can(user, result.recordsPermission)
      ? [key, result]
      : [key, { ...result, records: [], recordsHidden: true }],
  );
}
