/** `--name value` or `--name=value` from the command line. */
export function argValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].split('=').slice(1).join('=') : args[i + 1];
}

export const datasetFile = (scale: number) => `data/bench-${scale}.sqlite`;
/** The generator's summary beside the dataset: scale, seed, `until`, row counts, sign-ins. */
export const summaryFile = (databaseFile: string) => databaseFile.replace(/\.sqlite$/, '.json');

export type DatasetSummaryFile = {
  scale: number;
  seed: number;
  until: string;
  file: string;
  seconds: number;
  branches: number;
  organisations: number;
  people: number;
  sections: number;
  rows: Record<string, number>;
  accounts: string[];
  password: string;
  bytes: number;
};

/** A copy of the values in ascending order, as `percentile` and `median` take them. */
export const ascending = (values: number[]) => [...values].sort((a, b) => a - b);

/** The p-th percentile (nearest rank) of values sorted ascending; NaN when there are none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The median of values sorted ascending (the mean of the middle two for an even count); NaN when there are none. */
export function median(sorted: number[]): number {
  if (sorted.length === 0) return NaN;
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
}
