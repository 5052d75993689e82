import 'server-only';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { db } from '@/db';
import { inBranch } from '@/db/queries/scope';
import {
  count,
  type FigureSource,
  type FigureTable,
  idParam,
  narrowed,
  oneOf,
  type RecordSet,
} from '@/db/report/figures/types';
import { developmentRecords, developmentStepRecords, people } from '@/db/schema';
import { developmentSteps } from '@/lib/development/steps';
import { genderLabels, genders, type PoliticalStatus, politicalStatusLabels } from '@/lib/people/model';

/** The standings a figure counts people by; `member` is full and probationary members together. */
const standings = ['member', 'full', 'probationary', 'candidate', 'activist', 'applicant'] as const;
type Standing = (typeof standings)[number];

const standingLabels: Record<Standing, string> = { member: '党员', ...politicalStatusLabels };

/** The development steps that make someone an applicant, an activist or a candidate, latest last. */
const stageSteps = developmentSteps.filter(
  (s) => 'status' in s && ['applicant', 'activist', 'candidate'].includes(s.status),
);

/**
 * A person's standing on a day, from the dates the records keep: full membership (转正) and admission
 * (接收预备党员) dates, else the last of the development steps that set a stage (unless development was
 * stopped by then). A member whose date was never recorded counts by their present standing.
 */
function standingOn(day: string): SQL<PoliticalStatus | null> {
  const stageRank = sql.join(
    stageSteps.map((s, i) => sql`when ${s.code} then ${i}`),
    sql` `,
  );
  const stageStatus = sql.join(
    stageSteps.map((s) => sql`when ${s.code} then ${'status' in s ? s.status : null}`),
    sql` `,
  );
  const lastStage = sql`(
    select case ${developmentStepRecords.code} ${stageStatus} end
    from ${developmentStepRecords}
    inner join ${developmentRecords} on ${developmentRecords.id} = ${developmentStepRecords.recordId}
    where ${developmentRecords.personId} = ${people.id}
      and ${inArray(
        developmentStepRecords.code,
        stageSteps.map((s) => s.code),
      )}
      and ${developmentStepRecords.date} <= ${day}
      and (${developmentRecords.stoppedAt} is null or substr(${developmentRecords.stoppedAt}, 1, 10) > ${day})
    order by ${developmentStepRecords.date} desc, case ${developmentStepRecords.code} ${stageRank} end desc
    limit 1
  )`;
  return sql<PoliticalStatus | null>`case
    when ${people.archivedAt} is not null and substr(${people.archivedAt}, 1, 10) <= ${day} then null
    when ${people.fullMemberDate} <= ${day} then 'full'
    when ${people.politicalStatus} = 'full' and ${people.fullMemberDate} is null then 'full'
    when ${people.probationaryDate} <= ${day} then 'probationary'
    when ${people.politicalStatus} = 'probationary' and ${people.probationaryDate} is null then 'probationary'
    else ${lastStage}
  end`;
}

const memberRecords: RecordSet = {
  permission: 'members.read',
  list: (scope, ids) =>
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(and(inBranch(people, scope), inArray(people.id, ids)))
      .all()
      .map((p) => ({ id: p.id, date: null, title: p.name, href: `/members/${p.id}` })),
};

/** Everyone the branch keeps a record of; who counts on a day is each figure's own condition. */
const peopleTable: FigureTable = {
  records: memberRecords,
  recordId: people.id,
  aggregate: (fields, scope) => db.select(fields).from(people).where(inBranch(people, scope)).get()!,
};

/** People by their standing at the end of the year (or of the period), narrowed by party group and gender. */
export const peopleSource: FigureSource = {
  key: 'people',
  group: '党员队伍',
  params: ['status', 'group', 'gender'],
  plan(params, ctx) {
    if (!params.status || !oneOf(standings, params.status))
      return `请用 status 指定统计的人员：${standings.map((s) => `${s}（${standingLabels[s]}）`).join('、')}`;
    const groupId = params.group ? idParam(params.group) : null;
    const group = ctx.dictionary.partyGroups().find((g) => g.id === groupId);
    if (params.group && !group) return `本支部没有编号为“${params.group}”的党小组（可能已被删除）`;
    if (params.gender && !oneOf(genders, params.gender)) return `性别只能是 ${genders.join('、')}`;
    const standing = standingOn(ctx.range.end);
    const statuses: PoliticalStatus[] = params.status === 'member' ? ['full', 'probationary'] : [params.status];
    const gender = params.gender as keyof typeof genderLabels | undefined;
    const filters = [group?.name, gender && `${genderLabels[gender]}性`].filter(Boolean).join('，');
    return {
      table: peopleTable,
      where: and(
        inArray(standing, statuses),
        group ? eq(people.groupId, group.id) : undefined,
        gender ? eq(people.gender, gender) : undefined,
      ),
      measure: count,
      subject: narrowed(standingLabels[params.status], filters || undefined),
      measureLabel: '人数',
      unit: '名',
    };
  },
  entries: (dictionary) => [
    ...standings.map((status) => ({ status })),
    { status: 'member', gender: 'female' },
    ...dictionary
      .partyGroups()
      .filter((g) => !g.archivedAt)
      .map((g) => ({ status: 'member', group: String(g.id) })),
  ],
};
