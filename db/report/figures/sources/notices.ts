import 'server-only';
import { and, eq } from 'drizzle-orm';
import { noticesTable } from '@/db/report/figures/tables';
import { between, count, type FigureSource, narrowed } from '@/db/report/figures/types';
import { notices } from '@/db/schema';
import { noticeCategories } from '@/lib/rectification/model';

export const noticesSource: FigureSource = {
  key: 'notices',
  group: '党务公开',
  params: ['category'],
  plan(params, ctx) {
    return {
      table: noticesTable,
      where: and(
        between(notices.publishedAt, ctx.range),
        params.category ? eq(notices.category, params.category) : undefined,
      ),
      measure: count,
      subject: narrowed('党务公开事项', params.category),
      measureLabel: '项数',
      unit: '项',
    };
  },
  entries: () => [{}, ...noticeCategories.map((category) => ({ category }))],
};
