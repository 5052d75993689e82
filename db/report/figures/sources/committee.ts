import 'server-only';
import { and, isNull, ne, or, sql } from 'drizzle-orm';
import { peopleTable } from '@/db/report/figures/sources/people';
import { count, type FigureSource } from '@/db/report/figures/types';
import { people } from '@/db/schema';

/**
 * The branch committee: the people holding a committee title and still in the branch at the end of
 * the year (or of the period). Titles keep no history, so it is the committee as recorded now, less
 * whoever had left by then.
 */
export const committeeSource: FigureSource = {
  key: 'committee',
  group: '党员队伍',
  params: [],
  plan: (_params, ctx) => ({
    table: peopleTable,
    where: and(
      ne(sql`trim(coalesce(${people.committeeTitle}, ''))`, ''),
      or(isNull(people.archivedAt), sql`substr(${people.archivedAt}, 1, 10) > ${ctx.range.end}`),
    ),
    measure: count,
    subject: '支部委员会委员',
    measureLabel: '人数',
    unit: '名',
  }),
  entries: () => [{}],
};
