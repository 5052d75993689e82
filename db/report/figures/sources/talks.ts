import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { talksTable } from '@/db/report/figures/tables';
import { between, count, type FigureSource, narrowed, oneOf } from '@/db/report/figures/types';
import { talks } from '@/db/schema';
import { talkKindLabels, talkKinds } from '@/lib/meetings/model';

export const talksSource: FigureSource = {
  key: 'talks',
  group: '组织生活',
  params: ['kind'],
  plan(params, ctx) {
    if (params.kind && !oneOf(talkKinds, params.kind))
      return `谈话类型“${params.kind}”不存在，可用：${talkKinds.join('、')}`;
    const kind = params.kind as (typeof talkKinds)[number] | undefined;
    return {
      table: talksTable,
      // Without a kind: the heart-to-heart talks; 廉政谈话 are counted as their own kind.
      where: and(between(talks.date, ctx.range), kind ? eq(talks.kind, kind) : ne(talks.kind, 'integrity')),
      measure: count,
      subject: kind === 'integrity' ? '廉政谈话' : narrowed('谈心谈话', kind && talkKindLabels[kind]),
      measureLabel: '次数',
      unit: '次',
    };
  },
  entries: () => [{}, ...talkKinds.filter((k) => k !== 'integrity').map((kind) => ({ kind }))],
};
