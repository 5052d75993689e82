import type { FigureRecord, FigureResult, FigureSummary } from '@/lib/report/figure-types';
import type { ReportRef } from '@/lib/report/report-ref';

/** Whose figures: the caller's own report, or for a reviewer the report that is open (see ReportRef). */
export type FigureSource = { year: number; ref?: ReportRef };

async function requestFigures(source: FigureSource, keys: string[], withRecords: boolean): Promise<unknown> {
  const params = new URLSearchParams(keys.map((k) => ['key', k]));
  if (source.ref) params.set(source.ref.kind, String(source.ref.id));
  if (withRecords) params.set('records', '1');
  const response = await fetch(`/report/${source.year}/figures?${params}`);
  if (!response.ok) throw new Error('数字计算失败');
  return response.json();
}

/** The values of the text's figures, recomputed after an edit. */
export async function fetchFigureSummaries(source: FigureSource, keys: string[]): Promise<[string, FigureSummary][]> {
  return (await requestFigures(source, keys, false)) as [string, FigureSummary][];
}

/** The records one figure was computed from, when its chip is opened; 'hidden' when the reader may not see them. */
export async function fetchFigureRecords(source: FigureSource, key: string): Promise<FigureRecord[] | 'hidden'> {
  const [[, result]] = (await requestFigures(source, [key], true)) as [string, FigureResult][];
  if (!('records' in result)) return [];
  return result.recordsHidden ? 'hidden' : result.records;
}
