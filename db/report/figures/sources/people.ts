import 'server-only';
import { and, eq, gt, inArray, lte, ne, type SQL, sql } from 'drizzle-orm';
import { db } from '@/db';
import { inIds } from '@/db/queries/in-ids';
import { inBranch } from '@/db/queries/scope';
import {
  count,
  type FigureSource,
  groupableTable,
  idParam,
  narrowed,
  oneOf,
  type PlanContext,
  type RecordSet,
} from '@/db/report/figures/types';
import { developmentRecords, developmentStepRecords, people } from '@/db/schema';
import { developmentSteps } from '@/lib/development/steps';
import { type AgeBand, ageBandLabel, birthDatesInBand, parseAgeBand } from '@/lib/people/age-band';
import {
  educationLevels,
  genderLabels,
  genders,
  type PoliticalStatus,
  politicalStatusLabels,
} from '@/lib/people/model';

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
  // Here only between the days their relationship moved in and out (组织关系转接), if it moved.
  return sql<PoliticalStatus | null>`case
    when ${people.joinedBranchOn} > ${day} then null
    when ${people.leftBranchOn} <= ${day} then null
    when ${people.leftBranchOn} is null and ${people.archivedAt} is not null and substr(${people.archivedAt}, 1, 10) <= ${day} then null
    when ${people.fullMemberDate} <= ${day} then 'full'
    when ${people.politicalStatus} = 'full' and ${people.fullMemberDate} is null then 'full'
    when ${people.probationaryDate} <= ${day} then 'probationary'
    when ${people.politicalStatus} = 'probationary' and ${people.probationaryDate} is null then 'probationary'
    else ${lastStage}
  end`;
}

export const memberRecords: RecordSet = {
  table: people,
  permission: 'members.read',
  list: (scope, ids) =>
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(and(inBranch(people, scope), inIds(people.id, ids)))
      .all()
      .map((p) => ({ id: p.id, date: null, title: p.name, href: `/members/${p.id}` })),
};

/** Everyone the branch keeps a record of; who counts on a day is each figure's own condition. */
export const peopleTable = groupableTable(
  { records: memberRecords, recordId: people.id },
  people.branchId,
  (fields, scope) => db.select(fields).from(people).where(inBranch(people, scope)),
);

/** What an `education` parameter counts: that level and every level above it. */
const educationFilters = {
  postgraduate: { level: '研究生', label: '研究生学历' },
  bachelor: { level: '大学本科', label: '大学本科及以上学历' },
  college: { level: '大学专科', label: '大学专科及以上学历' },
} as const satisfies Record<string, { level: (typeof educationLevels)[number]; label: string }>;

// educationLevels runs from the highest level down.
const atOrAbove = (level: (typeof educationLevels)[number]) =>
  educationLevels.slice(0, educationLevels.indexOf(level) + 1);

/** The ethnicity most people have; everyone else is 少数民族 (the roster import writes 汉 as 汉族). */
const majorityEthnicity = '汉族';

type PersonFilter = { where: SQL | undefined; label: string };

/** The narrowing a token's parameters ask for, each with its words for the label, or why it cannot be. */
function personFilters(params: Record<string, string>, ctx: PlanContext): PersonFilter[] | string {
  const filters: PersonFilter[] = [];
  if (params.group) {
    const groupId = idParam(params.group);
    const group = ctx.dictionary.partyGroups().find((g) => g.id === groupId);
    if (!group) return `本支部没有编号为“${params.group}”的党小组（可能已被删除）`;
    filters.push({ where: eq(people.groupId, group.id), label: group.name });
  }
  if (params.gender) {
    if (!oneOf(genders, params.gender)) return `性别只能是 ${genders.join('、')}`;
    filters.push({ where: eq(people.gender, params.gender), label: `${genderLabels[params.gender]}性` });
  }
  if (params.ethnicity) {
    if (params.ethnicity !== 'minority') return '民族（ethnicity）只能是 minority（少数民族）';
    filters.push({ where: ne(people.ethnicity, majorityEthnicity), label: '少数民族' });
  }
  if (params.age) {
    const band = parseAgeBand(params.age);
    if (!band)
      return `年龄段“${params.age}”的写法不正确，应为“最小-最大”周岁，可空一端，如 -35（35岁及以下）、36-45、56-（56岁及以上）`;
    filters.push({ where: bornWithin(band, ctx.range.end), label: ageBandLabel(band) });
  }
  if (params.education) {
    if (!oneOf(Object.keys(educationFilters) as (keyof typeof educationFilters)[], params.education))
      return '学历（education）只能是 postgraduate（研究生）、bachelor（大学本科及以上）或 college（大学专科及以上）';
    const { level, label } = educationFilters[params.education];
    filters.push({ where: inArray(people.education, atOrAbove(level)), label });
  }
  return filters;
}

/** People whose age on the day is in the band; someone without a birth date is in no band. */
function bornWithin(band: AgeBand, day: string): SQL | undefined {
  const { after, onOrBefore } = birthDatesInBand(band, day);
  return and(
    after === undefined ? undefined : gt(people.birthDate, after),
    onOrBefore === undefined ? undefined : lte(people.birthDate, onOrBefore),
  );
}

/**
 * People by their standing at the end of the year (or of the period), narrowed by party group,
 * gender, ethnicity, age on that day and education.
 */
export const peopleSource: FigureSource = {
  key: 'people',
  group: '党员队伍',
  params: ['status', 'group', 'gender', 'ethnicity', 'age', 'education'],
  plan(params, ctx) {
    if (!params.status || !oneOf(standings, params.status))
      return `请用 status 指定统计的人员：${standings.map((s) => `${s}（${standingLabels[s]}）`).join('、')}`;
    const filters = personFilters(params, ctx);
    if (typeof filters === 'string') return filters;
    const statuses: PoliticalStatus[] = params.status === 'member' ? ['full', 'probationary'] : [params.status];
    return {
      table: peopleTable,
      where: and(inArray(standingOn(ctx.range.end), statuses), ...filters.map((f) => f.where)),
      measure: count,
      subject: narrowed(standingLabels[params.status], filters.map((f) => f.label).join('，') || undefined),
      measureLabel: '人数',
      unit: '名',
    };
  },
  entries: (dictionary): Record<string, string>[] => [
    ...standings.map((status) => ({ status })),
    // The figures a 基本情况 paragraph states of the membership.
    { status: 'member', gender: 'female' },
    { status: 'member', ethnicity: 'minority' },
    { status: 'member', age: '-35' },
    { status: 'member', education: 'college' },
    ...dictionary
      .partyGroups()
      .filter((g) => !g.archivedAt)
      .map((g) => ({ status: 'member', group: String(g.id) })),
  ],
};
