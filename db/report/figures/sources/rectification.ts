import 'server-only';
import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { carriedInto } from '@/db/queries/rectification';
import { withinYear } from '@/db/queries/within-year';
import { rectificationTable } from '@/db/report/figures/tables';
import { between, count, type FigureSource, narrowed, noPeriod, oneOf } from '@/db/report/figures/types';
import { rectificationItems as items } from '@/db/schema';
import {
  rectificationSourceLabels,
  rectificationSources,
  rectificationStateLabels,
  rectificationStates,
} from '@/lib/rectification/model';

const parts = ['found', 'aspects', 'completed', 'checked_off', 'carried_over', 'open'] as const;

const subjects: Record<(typeof parts)[number], string> = {
  found: '检视问题',
  aspects: '检视问题',
  completed: '完成整改的问题',
  checked_off: '对账销号的问题',
  carried_over: '往年结转的问题',
  open: '期末未销号的问题',
};

/** `found=previous`: only the problems found in the year before the report's (last year's report's problems). */
const foundIn = ['previous'] as const;

export const rectificationSource: FigureSource = {
  key: 'rectification',
  group: '问题整改',
  params: ['what', 'source', 'aspect', 'found', 'state'],
  plan(params, ctx) {
    const what = params.what ?? 'found';
    if (!oneOf(parts, what)) return `问题整改的统计内容（what）只能是 ${parts.join('、')}`;
    if (params.source && !oneOf(rectificationSources, params.source))
      return `问题来源“${params.source}”不存在，可用：${rectificationSources.join('、')}`;
    if (params.found !== undefined && !oneOf(foundIn, params.found))
      return `问题的检视年度（found）只能是 ${foundIn.join('、')}（上一年度）`;
    if (params.state && !oneOf(rectificationStates, params.state))
      return `整改状态“${params.state}”不存在，可用：${rectificationStates.join('、')}`;
    const previous = params.found === 'previous';
    // Last year's problems are found in last year, not in a part of this one.
    const foundLastYear = previous && (what === 'found' || what === 'aspects');
    if (foundLastYear && ctx.period) return noPeriod('上一年度检视的问题');
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
    const state = params.state as keyof typeof rectificationStateLabels | undefined;
    const filters = [
      previous && !foundLastYear && '上年检视',
      state && `现${rectificationStateLabels[state]}`,
      source && rectificationSourceLabels[source],
      params.aspect,
    ]
      .filter(Boolean)
      .join('，');
    return {
      table: rectificationTable,
      where: and(
        foundLastYear ? undefined : when,
        previous ? withinYear(items.foundDate, ctx.year - 1) : undefined,
        // The state the problem is in now: the same the list of problems writes beside each.
        state ? eq(items.state, state) : undefined,
        source ? eq(items.source, source) : undefined,
        params.aspect ? eq(items.aspect, params.aspect) : undefined,
      ),
      measure: what === 'aspects' ? { kind: 'distinct', of: items.aspect } : count,
      subject: narrowed(foundLastYear ? '上年检视问题' : subjects[what], filters || undefined),
      measureLabel: what === 'aspects' ? '方面数' : '个数',
      unit: '个',
    };
  },
  entries: () => [
    ...parts.map((what) => ({ what })),
    ...rectificationStates.map((state) => ({ what: 'found', state })),
    { found: 'previous' },
    ...rectificationStates.map((state) => ({ found: 'previous', state })),
  ],
};
