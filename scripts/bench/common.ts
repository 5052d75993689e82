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
  committees: number;
  people: number;
  sections: number;
  rows: Record<string, number>;
  accounts: string[];
  password: string;
  bytes: number;
};
