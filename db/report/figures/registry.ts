import 'server-only';
import type { Scope } from '@/db/queries/scope';
import type { FigureDictionary } from '@/db/report/figures/dictionary';
import { attendanceSource } from '@/db/report/figures/sources/attendance';
import { branchesSource } from '@/db/report/figures/sources/branches';
import { committeeSource } from '@/db/report/figures/sources/committee';
import { developmentSource } from '@/db/report/figures/sources/development';
import { duesSource } from '@/db/report/figures/sources/dues';
import { integritySource } from '@/db/report/figures/sources/integrity';
import { ledgerSource } from '@/db/report/figures/sources/ledger';
import {
  ledgerListSource,
  meetingListSource,
  projectListSource,
  rectificationListSource,
  secretaryProjectListSource,
} from '@/db/report/figures/sources/lists';
import { meetingsSource } from '@/db/report/figures/sources/meetings';
import { noticesSource } from '@/db/report/figures/sources/notices';
import { peopleSource } from '@/db/report/figures/sources/people';
import { rectificationSource } from '@/db/report/figures/sources/rectification';
import { secretaryProjectsSource } from '@/db/report/figures/sources/secretary-projects';
import { activitiesSource, outputsSource, projectsSource } from '@/db/report/figures/sources/service';
import { talksSource } from '@/db/report/figures/sources/talks';
import { workSource } from '@/db/report/figures/sources/work';
import type { FigurePlan, FigureSource } from '@/db/report/figures/types';
import { parseFigureKey } from '@/lib/report/figure-key';
import { figurePeriodLabels, figurePeriods, isFigurePeriod, periodRange } from '@/lib/report/period';

/** Every kind of figure, in the order the picker lists them within a group. */
export const figureSources: readonly FigureSource[] = [
  branchesSource,
  peopleSource,
  committeeSource,
  meetingsSource,
  attendanceSource,
  talksSource,
  developmentSource,
  outputsSource,
  projectsSource,
  activitiesSource,
  secretaryProjectsSource,
  integritySource,
  workSource,
  rectificationSource,
  noticesSource,
  duesSource,
  ledgerSource,
  meetingListSource,
  projectListSource,
  secretaryProjectListSource,
  rectificationListSource,
  ledgerListSource,
];

const sourcesByKey = new Map(figureSources.map((s) => [s.key, s]));

export function isFigureSource(key: string): boolean {
  return sourcesByKey.has(key);
}

export type PlannedFigure = { plan: FigurePlan; label: string };

/** A token's key resolved to its plan and label for a branch and year, or why it cannot be computed. */
export function planFigure(
  key: string,
  scope: Scope,
  year: number,
  dictionary: FigureDictionary,
): PlannedFigure | string {
  const spec = parseFigureKey(key);
  if (!spec) return '数字标记的写法不正确，应为 {{来源:参数=值,参数=值}}';
  const source = sourcesByKey.get(spec.source);
  if (!source) return `没有名为“${spec.source}”的数字来源`;
  const { period, ...params } = spec.params;
  const unknown = Object.keys(params).find((name) => !source.params.includes(name));
  if (unknown) return `“${spec.source}”不支持参数“${unknown}”`;
  if (period !== undefined && !isFigurePeriod(period)) return `时段“${period}”无效，可用：${figurePeriods.join('、')}`;
  const plan = source.plan(params, { scope, year, range: periodRange(year, period), period, dictionary });
  if (typeof plan === 'string') return plan;
  const label = plan.list ? `${plan.subject}${plan.measureLabel}` : `${plan.subject} ${plan.measureLabel}`;
  return { plan, label: period ? `${label}（${figurePeriodLabels[period]}）` : label };
}
