/**
 * In-process timings against one benchmark database (run by scripts/bench/run.ts in its own process,
 * because the app's database handle is opened once per process from DATABASE_PATH):
 *   --db FILE --branch ID --year YEAR --organisation ID
 * Prints one JSON line: the report figures of the branch-year (computeFigures over the report's own
 * keys, median of 50), the .docx export (loading and rendering the report, then writing the .docx) and
 * the figures of the organisation's own report over every branch beneath it (its first draft's keys: the
 * first count, then the median of 20 counts each after a write in one branch).
 */
import { argValue, ascending, median, percentile } from '@/scripts/bench/common';

function time<T>(run: () => T): [number, T] {
  const start = process.hrtime.bigint();
  const value = run();
  return [Number(process.hrtime.bigint() - start) / 1e6, value];
}

async function main() {
  process.env.DATABASE_PATH = argValue('db');
  const branchId = Number(argValue('branch'));
  const year = Number(argValue('year'));
  const { getReport } = await import('@/db/report/queries');
  const { computeFigures, computeFigureSummaries } = await import('@/db/report/figures/compute');
  const { loadRenderedReport } = await import('@/db/report/rendered');
  const { figureKeysIn } = await import('@/lib/report/figure-key');
  const { dutyReportDocx } = await import('@/lib/report/docx');

  const { branchOwner } = await import('@/db/report/owner');
  const owner = branchOwner(branchId);
  const report = getReport(owner, year);
  if (!report) throw new Error(`branch ${branchId} has no report for ${year}`);
  const keys = figureKeysIn([report.preamble, ...report.sections.flatMap((s) => [s.heading, s.body])]);

  for (let i = 0; i < 5; i++) computeFigures(owner, year, keys);
  const figureTimes = Array.from({ length: 50 }, () => time(() => computeFigures(owner, year, keys))[0]);

  const loadTimes: number[] = [];
  const docxTimes: number[] = [];
  const exportTimes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 23; i++) {
    const start = process.hrtime.bigint();
    // The export route's work without its caches: load, count every figure, render, write the .docx.
    const [load, loaded] = time(() => loadRenderedReport(owner, year, computeFigures)!);
    const docxStart = process.hrtime.bigint();
    const buffer = await dutyReportDocx(loaded.rendered);
    const end = process.hrtime.bigint();
    bytes = buffer.length;
    if (i < 3) continue; // warm-up
    loadTimes.push(load);
    docxTimes.push(Number(end - docxStart) / 1e6);
    exportTimes.push(Number(end - start) / 1e6);
  }

  // The organisation's own report: every figure of its first draft, summed over the branches beneath it.
  const { organisationOwner } = await import('@/db/report/owner');
  const { firstDraft } = await import('@/db/report/first-draft');
  const organisation = organisationOwner(Number(argValue('organisation')));
  // Its first draft counts every figure of the template over every branch: the first count after a start.
  const [coldMs, draft] = time(() => firstDraft(organisation, year));
  const subtreeKeys = figureKeysIn([draft.preamble, ...draft.sections.flatMap((s) => [s.heading, s.body])]);
  // As its pages read them: the values and texts, the records only when a figure is opened. Each run
  // follows a write in one branch (an audit entry, as every write leaves), so that branch is counted again
  // and the others' parts are kept.
  const { db } = await import('@/db');
  const { recordAudit } = await import('@/db/audit');
  const subtreeTimes = organisation.subtreeBranchIds.slice(0, 20).map((branchId) => {
    recordAudit(db, { accountId: null, branchId, action: 'bench.touch', entity: 'branches', entityId: branchId });
    return time(() => computeFigureSummaries(organisation, year, subtreeKeys))[0];
  });

  const round = (n: number) => Math.round(n * 100) / 100;
  console.log(
    JSON.stringify({
      figures: {
        keys: keys.length,
        runs: figureTimes.length,
        medianMs: round(median(ascending(figureTimes))),
        p95Ms: round(percentile(ascending(figureTimes), 95)),
      },
      subtreeFigures: {
        branches: organisation.subtreeBranchIds.length,
        keys: subtreeKeys.length,
        runs: subtreeTimes.length,
        /** The first draft's count over every branch (its template's figures), before anything was kept. */
        coldMs: round(coldMs),
        medianMs: round(median(ascending(subtreeTimes))),
        p95Ms: round(percentile(ascending(subtreeTimes), 95)),
      },
      docx: {
        runs: exportTimes.length,
        bytes,
        medianMs: round(median(ascending(exportTimes))),
        p95Ms: round(percentile(ascending(exportTimes), 95)),
        loadMedianMs: round(median(ascending(loadTimes))),
        writeMedianMs: round(median(ascending(docxTimes))),
      },
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
