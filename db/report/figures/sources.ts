import 'server-only';
import type { FigureDictionary } from '@/db/report/figures/dictionary';
import { count, type FigurePlan, type FigureSource } from '@/db/report/figures/plan';
import { integritySource, workSource } from '@/db/report/figures/sources/integrity';
import {
  developmentSource,
  meetingsSource,
  noticesSource,
  talksSource,
} from '@/db/report/figures/sources/organisation';
import { rectificationSource } from '@/db/report/figures/sources/rectification';
import { activitiesSource, outputsSource, projectsSource } from '@/db/report/figures/sources/service';
import { parseFigureKey } from '@/lib/report/figure-key';
import type { ListKind } from '@/lib/report/figure-lists';
import { figurePeriodLabels, figurePeriods, isFigurePeriod, periodRange } from '@/lib/report/period';

/** A `list.*` source: the records of another source written out as a list; its value is how many. */
function listOf(source: FigureSource, list: ListKind): FigureSource {
  return {
    params: source.params.filter((p) => p !== 'measure'),
    plan(params, ctx) {
      const plan = source.plan(params, ctx);
      return typeof plan === 'string' ? plan : { ...plan, measure: count, list, measureLabel: '清单', unit: '项' };
    },
  };
}

export const figureSources: Record<string, FigureSource> = {
  meetings: meetingsSource,
  talks: talksSource,
  development: developmentSource,
  notices: noticesSource,
  outputs: outputsSource,
  activities: activitiesSource,
  projects: projectsSource,
  integrity: integritySource,
  work: workSource,
  rectification: rectificationSource,
  'list.meetings': listOf(meetingsSource, 'meetings'),
  'list.projects': listOf(projectsSource, 'projects'),
  'list.rectification': listOf(rectificationSource, 'rectification'),
};

export type PlannedFigure = { plan: FigurePlan; label: string };

/** A token's key resolved to its plan and label for a branch and year, or why it cannot be computed. */
export function planFigure(
  key: string,
  branchId: number,
  year: number,
  dictionary: FigureDictionary,
): PlannedFigure | string {
  const spec = parseFigureKey(key);
  if (!spec) return '数字标记的写法不正确，应为 {{来源:参数=值,参数=值}}';
  if (!Object.hasOwn(figureSources, spec.source)) return `没有名为“${spec.source}”的数字来源`;
  const source = figureSources[spec.source];
  const { period, ...params } = spec.params;
  const unknown = Object.keys(params).find((name) => !source.params.includes(name));
  if (unknown) return `“${spec.source}”不支持参数“${unknown}”`;
  if (period !== undefined && !isFigurePeriod(period)) return `时段“${period}”无效，可用：${figurePeriods.join('、')}`;
  const plan = source.plan(params, { branchId, year, range: periodRange(year, period), period, dictionary });
  if (typeof plan === 'string') return plan;
  const label = plan.list ? `${plan.subject}${plan.measureLabel}` : `${plan.subject} ${plan.measureLabel}`;
  return { plan, label: period ? `${label}（${figurePeriodLabels[period]}）` : label };
}
