import 'server-only';
import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { carriedInto } from '@/db/queries/rectification';
import { rectificationTable } from '@/db/report/figures/tables';
import { between, count, type FigureSource, narrowed, noPeriod, oneOf } from '@/db/report/figures/types';
import { rectificationItems as items } from '@/db/schema';
import { rectificationSourceLabels, rectificationSources } from '@/lib/rectification/model';

const parts = ['found', 'aspects', 'completed', 'checked_off', 'carried_over', 'open'] as const;

const subjects: Record<(typeof parts)[number], string> = {
  found: '检视问题',
  aspects: '检视问题',
  completed: '完成整改的问题',
  checked_off: '对账销号的问题',
  carried_over: '往年结转的问题',
  open: '期末未销号的问题',
};

export const rectificationSource: FigureSource = {
  key: 'rectification',
  group: '问题整改',
  params: ['what', 'source', 'aspect'],
  plan(params, ctx) {
    const what = params.what ?? 'found';
    if (!oneOf(parts, what)) return `问题整改的统计内容（what）只能是 ${parts.join('、')}`;
    if (params.source && !oneOf(rectificationSources, params.source))
      return `问题来源“${params.source}”不存在，可用：${rectificationSources.join('、')}`;
    if (what === 'carried_over' && ctx.period) return noPeriod('往年结转的问题');
    const { range } = ctx;
    const when = {
      found: between(items.foundDate, range),
      aspects: between(items.foundDate, range),
      completed: between(items.completedAt, range),
      checked_off: between(items.checkedOffAt, range),
      carried_over: carriedInto(ctx.year),
      // Found by the end of the period and not checked off by then.
      open: and(lte(items.foundDate, range.end), or(isNull(items.checkedOffAt), gt(items.checkedOffAt, range.end))),
    }[what];
    const source = params.source as keyof typeof rectificationSourceLabels | undefined;
    const filters = [source && rectificationSourceLabels[source], params.aspect].filter(Boolean).join('，');
    return {
      table: rectificationTable,
      where: and(
        when,
        source ? eq(items.source, source) : undefined,
        params.aspect ? eq(items.aspect, params.aspect) : undefined,
      ),
      measure: what === 'aspects' ? { kind: 'distinct', of: items.aspect } : count,
      subject: narrowed(subjects[what], filters || undefined),
      measureLabel: what === 'aspects' ? '方面数' : '个数',
      unit: '个',
    };
  },
  entries: () => parts.map((what) => ({ what })),
};
