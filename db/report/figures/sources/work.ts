import 'server-only';
import { and, eq } from 'drizzle-orm';
import { workOutputsTable } from '@/db/report/figures/tables';
import { between, count, type FigureSource, idParam } from '@/db/report/figures/types';
import { workOutputs } from '@/db/schema';

export const workSource: FigureSource = {
  key: 'work',
  group: '工作成果',
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
          table: workOutputsTable,
          where,
          measure: { kind: 'sum', of: workOutputs.quantity },
          subject: category.name,
          measureLabel: '合计',
          unit: category.unit,
        }
      : {
          table: workOutputsTable,
          where,
          measure: count,
          subject: category.name,
          measureLabel: '登记条数',
          unit: '条',
        };
  },
  entries: (dictionary) =>
    dictionary
      .workCategories()
      .filter((c) => !c.archivedAt)
      .flatMap((c): Record<string, string>[] => [
        { category: String(c.id) },
        { category: String(c.id), measure: 'entries' },
      ]),
};
