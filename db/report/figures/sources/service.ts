import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { liveActivity, runningWithin } from '@/db/queries/projects';
import { inBranch } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import type { FigureDictionary } from '@/db/report/figures/dictionary';
import { activityRecords } from '@/db/report/figures/records';
import { memberRecords } from '@/db/report/figures/sources/people';
import { activitiesTable, projectsTable, serviceOutputsTable } from '@/db/report/figures/tables';
import {
  between,
  count,
  type FigureMeasure,
  type FigureSource,
  type FigureTable,
  idParam,
  narrowed,
  oneOf,
  type PlanContext,
  type RecordSet,
} from '@/db/report/figures/types';
import { activityOutputs, activityParticipants, outputTypes, projectActivities, projects } from '@/db/schema';
import { builtInProjectKinds, outputCategories, outputCategoryLabels } from '@/lib/service/model';

/** The built-in project kinds and every kind the branch has used. */
const projectKindsOf = (dictionary: FigureDictionary) => [
  ...new Set([...builtInProjectKinds, ...dictionary.projects().map((p) => p.kind)]),
];
const knownProjectKinds = (ctx: PlanContext) => new Set<string>(projectKindsOf(ctx.dictionary));

/** The project an output or activity figure is narrowed to (by id), and its kind (by name). */
function projectFilter(params: Record<string, string>, ctx: PlanContext) {
  const id = params.project ? idParam(params.project) : null;
  const project = id === null ? undefined : ctx.dictionary.projects().find((p) => p.id === id);
  if (params.project && !project) return `本支部没有编号为“${params.project}”的项目（可能已被删除）`;
  if (params.project_kind && !knownProjectKinds(ctx).has(params.project_kind))
    return `本支部没有“${params.project_kind}”类项目`;
  return {
    where: and(
      project ? eq(projectActivities.projectId, project.id) : undefined,
      params.project_kind ? eq(projects.kind, params.project_kind) : undefined,
    ),
    filter: project?.name ?? params.project_kind,
  };
}

/** What an output figure sums: one output type, or a category whose types share a unit. */
function outputSelection(params: Record<string, string>, ctx: PlanContext) {
  if (!!params.type === !!params.category) return '请用 type（成效类型）或 category（类别）二者之一指定统计的成效';
  if (params.type) {
    const id = idParam(params.type);
    const type = ctx.dictionary.outputTypes().find((t) => t.id === id);
    if (!type) return `本支部没有编号为“${params.type}”的成效类型（可能已被删除）`;
    return { where: eq(activityOutputs.outputTypeId, type.id), subject: type.name, unit: type.unit };
  }
  if (!oneOf(outputCategories, params.category))
    return `成效类别“${params.category}”不存在，可用：${outputCategories.join('、')}`;
  const label = outputCategoryLabels[params.category];
  const units = [
    ...new Set(
      ctx.dictionary
        .outputTypes()
        .filter((t) => t.category === params.category)
        .map((t) => t.unit),
    ),
  ];
  if (units.length === 0) return `本支部没有“${label}”类的成效类型`;
  if (units.length > 1) return `“${label}”类的成效单位不一（${units.join('、')}），不能相加，请按成效类型统计`;
  return { where: eq(outputTypes.category, params.category), subject: label, unit: units[0] };
}

export const outputsSource: FigureSource = {
  key: 'outputs',
  group: '结对与服务',
  params: ['type', 'category', 'project', 'project_kind'],
  plan(params, ctx) {
    const selection = outputSelection(params, ctx);
    if (typeof selection === 'string') return selection;
    const project = projectFilter(params, ctx);
    if (typeof project === 'string') return project;
    return {
      table: serviceOutputsTable,
      where: and(selection.where, project.where, between(projectActivities.date, ctx.range)),
      measure: { kind: 'sum', of: activityOutputs.quantity },
      subject: narrowed(selection.subject, project.filter),
      measureLabel: '合计',
      unit: selection.unit,
    };
  },
  entries: (dictionary) => [
    ...dictionary
      .outputTypes()
      .filter((t) => !t.archivedAt)
      .map((t) => ({ type: String(t.id) })),
    ...outputCategories.map((category) => ({ category })),
  ],
};

/** Who took part in the branch's live activities of the year, one row per person and activity, standing for `recordId`. */
const participationTable = (records: RecordSet, recordId: AnySQLiteColumn): FigureTable => ({
  records,
  recordId,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(activityParticipants)
      .innerJoin(projectActivities, eq(projectActivities.id, activityParticipants.activityId))
      .innerJoin(projects, eq(projects.id, projectActivities.projectId))
      .where(and(inBranch(projectActivities, scope), liveActivity, withinYear(projectActivities.date, year)))
      .get()!,
});

/** The people who took part (listed by name) and each time someone took part (listed by activity). */
const participantsTable = participationTable(memberRecords, activityParticipants.personId);
const participationsTable = participationTable(activityRecords, projectActivities.id);

const activityMeasures = {
  count: { table: activitiesTable, measure: count, label: '次数', unit: '次' },
  people: {
    table: participantsTable,
    measure: { kind: 'distinct', of: activityParticipants.personId, perBranch: true },
    label: '参与人数',
    unit: '名',
  },
  times: { table: participationsTable, measure: count, label: '参与人次', unit: '人次' },
} as const satisfies Record<string, { table: FigureTable; measure: FigureMeasure; label: string; unit: string }>;

/** Activities of the year or period, or the people who took part in them and how often, narrowed by project. */
export const activitiesSource: FigureSource = {
  key: 'activities',
  group: '结对与服务',
  params: ['project', 'project_kind', 'measure'],
  plan(params, ctx) {
    const project = projectFilter(params, ctx);
    if (typeof project === 'string') return project;
    const measureName = params.measure ?? 'count';
    if (!oneOf(Object.keys(activityMeasures) as (keyof typeof activityMeasures)[], measureName))
      return '服务活动的统计方式（measure）只能是 count（次数）、people（参与人数）或 times（参与人次）';
    const { table, measure, label, unit } = activityMeasures[measureName];
    return {
      table,
      where: and(project.where, between(projectActivities.date, ctx.range)),
      measure,
      subject: narrowed('服务活动', project.filter),
      measureLabel: label,
      unit,
    };
  },
  entries: (dictionary): Record<string, string>[] => [
    {},
    { measure: 'people' },
    { measure: 'times' },
    ...projectKindsOf(dictionary).map((kind) => ({ project_kind: kind })),
  ],
};

export const projectsSource: FigureSource = {
  key: 'projects',
  group: '结对与服务',
  params: ['kind'],
  plan(params, ctx) {
    if (params.kind && !knownProjectKinds(ctx).has(params.kind)) return `本支部没有“${params.kind}”类项目`;
    return {
      table: projectsTable,
      where: and(
        runningWithin(ctx.range.start, ctx.range.end),
        params.kind ? eq(projects.kind, params.kind) : undefined,
      ),
      measure: count,
      subject: params.kind ?? '服务项目',
      measureLabel: '个数',
      unit: '个',
    };
  },
  entries: (dictionary) => [{}, ...projectKindsOf(dictionary).map((kind) => ({ kind }))],
};
