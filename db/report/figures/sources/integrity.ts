import 'server-only';
import { and, eq } from 'drizzle-orm';
import {
  between,
  count,
  type FigurePlan,
  type FigureSource,
  idParam,
  narrowed,
  noPeriod,
  oneOf,
  type PlanContext,
} from '@/db/report/figures/plan';
import { integrityMeetingsPlan, talksSource } from '@/db/report/figures/sources/organisation';
import { commitmentLetters, workOutputs } from '@/db/schema';
import { counterpartMeasureWords } from '@/lib/integrity/model';
import { letterCounterpartKinds } from '@/lib/service/model';

const integrityParts = ['aspects', 'items', 'letters', 'talks', 'meetings'] as const;

function lettersPlan(params: Record<string, string>, ctx: PlanContext): FigurePlan | string {
  const { counterpart } = params;
  if (counterpart && !oneOf(letterCounterpartKinds, counterpart))
    return `签订对象类型“${counterpart}”不存在，可用：${letterCounterpartKinds.join('、')}`;
  const measure = params.measure ?? 'count';
  if (measure !== 'count' && measure !== 'counterparts')
    return '承诺书的统计方式（measure）只能是 count（份数）或 counterparts（签订对象数）';
  const where = and(
    between(commitmentLetters.date, ctx.range),
    counterpart ? eq(commitmentLetters.counterpartKind, counterpart) : undefined,
  );
  if (measure === 'count')
    return {
      table: 'letters',
      where,
      measure: count,
      subject: narrowed('承诺书（责任书）', counterpart),
      measureLabel: '份数',
      unit: '份',
    };
  return {
    table: 'letters',
    where,
    measure: { kind: 'distinct', of: commitmentLetters.counterpart },
    subject: narrowed('承诺书签订对象', counterpart),
    measureLabel: '数量',
    unit: counterpart ? counterpartMeasureWords[counterpart as keyof typeof counterpartMeasureWords] : '个',
  };
}

export const integritySource: FigureSource = {
  params: ['what', 'counterpart', 'measure'],
  plan(params, ctx) {
    const { what } = params;
    if (!what || !oneOf(integrityParts, what))
      return '请用 what 指定统计内容：aspects（责任清单方面）、items（责任清单内容）、letters（承诺书）、talks（廉政谈话）、meetings（专题会议）';
    if (what !== 'letters' && (params.counterpart || params.measure))
      return 'counterpart 和 measure 只用于承诺书（what=letters）';
    switch (what) {
      case 'aspects':
      case 'items':
        if (ctx.period) return noPeriod('主体责任清单');
        return what === 'aspects'
          ? {
              table: 'integrityAspects',
              where: undefined,
              measure: count,
              subject: '主体责任清单',
              measureLabel: '方面数',
              unit: '个',
            }
          : {
              table: 'integrityItems',
              where: undefined,
              measure: count,
              subject: '主体责任清单',
              measureLabel: '内容条数',
              unit: '项',
            };
      case 'letters':
        return lettersPlan(params, ctx);
      case 'talks':
        return talksSource.plan({ kind: 'integrity' }, ctx);
      case 'meetings':
        return integrityMeetingsPlan(ctx);
    }
  },
};

export const workSource: FigureSource = {
  params: ['category', 'measure'],
  plan(params, ctx) {
    const id = params.category ? idParam(params.category) : null;
    const category = ctx.dictionary.workCategories().find((c) => c.id === id);
    if (!category)
      return params.category
        ? `本支部没有编号为“${params.category}”的工作成果类别（可能已被删除）`
        : '请用 category 指定工作成果类别';
    const measure = params.measure ?? 'sum';
    if (measure !== 'sum' && measure !== 'entries')
      return '工作成果的统计方式（measure）只能是 sum（数量合计）或 entries（登记条数）';
    const where = and(eq(workOutputs.categoryId, category.id), between(workOutputs.date, ctx.range));
    return measure === 'sum'
      ? {
          table: 'workOutputs',
          where,
          measure: { kind: 'sum', of: workOutputs.quantity },
          subject: category.name,
          measureLabel: '合计',
          unit: category.unit,
        }
      : { table: 'workOutputs', where, measure: count, subject: category.name, measureLabel: '登记条数', unit: '条' };
  },
};
