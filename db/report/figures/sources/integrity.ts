import 'server-only';
import { and, eq, exists, sql } from 'drizzle-orm';
import { db } from '@/db';
import { talksSource } from '@/db/report/figures/sources/talks';
import { integrityAspectsTable, integrityItemsTable, lettersTable, meetingsTable } from '@/db/report/figures/tables';
import {
  between,
  count,
  type FigurePlan,
  type FigureSource,
  narrowed,
  noPeriod,
  oneOf,
  type PlanContext,
} from '@/db/report/figures/types';
import { commitmentLetters, integrityMeetings, meetings } from '@/db/schema';
import { counterpartMeasureWords } from '@/lib/integrity/model';
import { letterCounterpartKinds } from '@/lib/service/model';

const integrityParts = ['aspects', 'items', 'letters', 'talks', 'meetings'] as const;

/** Meetings linked on the clean-government page as its special meetings. */
function integrityMeetingsPlan(ctx: PlanContext): FigurePlan {
  const linked = exists(
    db.select({ one: sql`1` }).from(integrityMeetings).where(eq(integrityMeetings.meetingId, meetings.id)),
  );
  return {
    table: meetingsTable,
    where: and(between(meetings.date, ctx.range), linked),
    measure: count,
    subject: '党风廉政专题会议',
    measureLabel: '次数',
    unit: '次',
  };
}

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
      table: lettersTable,
      where,
      measure: count,
      subject: narrowed('承诺书（责任书）', counterpart),
      measureLabel: '份数',
      unit: '份',
    };
  return {
    table: lettersTable,
    where,
    measure: { kind: 'distinct', of: commitmentLetters.counterpart },
    subject: narrowed('承诺书签订对象', counterpart),
    measureLabel: '数量',
    unit: counterpart ? counterpartMeasureWords[counterpart as keyof typeof counterpartMeasureWords] : '个',
  };
}

export const integritySource: FigureSource = {
  key: 'integrity',
  group: '党风廉政',
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
              table: integrityAspectsTable,
              where: undefined,
              measure: count,
              subject: '主体责任清单',
              measureLabel: '方面数',
              unit: '个',
            }
          : {
              table: integrityItemsTable,
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
  entries: () => [
    ...['aspects', 'items', 'letters'].map((what) => ({ what })),
    { what: 'letters', measure: 'counterparts' },
    ...letterCounterpartKinds.flatMap((counterpart) => [
      { what: 'letters', counterpart },
      { what: 'letters', counterpart, measure: 'counterparts' },
    ]),
    ...['talks', 'meetings'].map((what) => ({ what })),
  ],
};
