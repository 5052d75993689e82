import 'server-only';
import { nextYearPlans } from '@/db/report/draft-facts';
import { computeFigures } from '@/db/report/figures/compute';
import type { ReportOwner } from '@/db/report/owner';
import { getReport } from '@/db/report/queries';
import type { NewReport } from '@/lib/report/draft';
import { carriedSections, moveYearOn } from '@/lib/report/draft-continuation';
import { reviewSection } from '@/lib/report/draft-review';
import { figureKey } from '@/lib/report/figure-key';
import { isProblem } from '@/lib/report/figure-types';

const lastYearProblems = figureKey({ source: 'rectification', params: { found: 'previous' } });
const plansForThisYear = figureKey({ source: 'secretary_projects', params: {} });

/**
 * This year's draft continued from last year's report: its structure and text, marked as carried over
 * (figures rebind to this year by themselves), 下一步打算 moved on to next year with next year's 书记项目,
 * and one comparison with last year (对照上年) whose figures set last year's problems and plans against
 * what became of them whenever the report is read. Null when there is no report of last year.
 */
export function continuationDraft(owner: ReportOwner, year: number): NewReport | null {
  const last = getReport(owner, year - 1);
  if (!last) return null;
  const figures = computeFigures(owner, year, [lastYearProblems, plansForThisYear]);
  const recorded = (key: string) => {
    const figure = figures.get(key);
    return !!figure && !isProblem(figure) && figure.value > 0;
  };
  return {
    title: moveYearOn(last.title, year - 1),
    preamble: moveYearOn(last.preamble, year - 1),
    continuedFromId: last.id,
    sections: [
      // An organisation has no 书记项目 of its own: its branches' plans are theirs.
      ...carriedSections(last.sections, year, owner.kind === 'branch' ? nextYearPlans(owner, year) : []),
      // An organisation's comparison is its secretary's to write: its branches' problems and plans are theirs.
      reviewSection(
        year,
        owner.kind === 'branch'
          ? { problems: recorded(lastYearProblems), plans: recorded(plansForThisYear) }
          : { problems: false, plans: false },
      ),
    ],
  };
}
