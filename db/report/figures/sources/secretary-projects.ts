import 'server-only';
import { and, eq } from 'drizzle-orm';
import { withinYear } from '@/db/queries/within-year';
import { secretaryProjectsTable } from '@/db/report/figures/tables';
import { count, type FigureSource, narrowed, noPeriod, oneOf } from '@/db/report/figures/types';
import { projects } from '@/db/schema';
import { projectStatuses, projectStatusLabels } from '@/lib/service/model';

/** Which year's plans: those for the report's year (made in last year's report) or for the year after. */
const plannedFor = ['this', 'next'] as const;

const subjects: Record<(typeof plannedFor)[number], string> = {
  this: '本年度书记项目',
  next: '下一年度书记项目',
};

/**
 * The 书记项目 planned for a year (those starting in it), whatever became of them: `status` narrows to
 * what they are now, so last year's plans can be set against their outcome.
 */
export const secretaryProjectsSource: FigureSource = {
  key: 'secretary_projects',
  group: '结对与服务',
  params: ['planned', 'status'],
  plan(params, ctx) {
    const planned = params.planned ?? 'this';
    if (!oneOf(plannedFor, planned)) return `书记项目的计划年度（planned）只能是 ${plannedFor.join('、')}`;
    if (params.status && !oneOf(projectStatuses, params.status))
      return `项目状态“${params.status}”不存在，可用：${projectStatuses.join('、')}`;
    if (ctx.period) return noPeriod('书记项目');
    const status = params.status as keyof typeof projectStatusLabels | undefined;
    return {
      table: secretaryProjectsTable,
      where: and(
        withinYear(projects.startDate, planned === 'next' ? ctx.year + 1 : ctx.year),
        status ? eq(projects.status, status) : undefined,
      ),
      measure: count,
      subject: narrowed(subjects[planned], status && projectStatusLabels[status]),
      measureLabel: '个数',
      unit: '个',
    };
  },
  entries: (): Record<string, string>[] => [{}, { planned: 'next' }, ...projectStatuses.map((status) => ({ status }))],
};
