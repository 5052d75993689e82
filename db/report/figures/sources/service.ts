import 'server-only';
import { and, eq } from 'drizzle-orm';
import { runningWithin } from '@/db/queries/projects';
import type { FigureDictionary } from '@/db/report/figures/dictionary';
import { activitiesTable, projectsTable, serviceOutputsTable } from '@/db/report/figures/tables';
import {
  between,
  count,
  type FigureSource,
  idParam,
  narrowed,
  oneOf,
  type PlanContext,
} from '@/db/report/figures/types';
import { activityOutputs, outputTypes, projectActivities, projects } from '@/db/schema';
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

export const activitiesSource: FigureSource = {
  key: 'activities',
  group: '结对与服务',
  params: ['project', 'project_kind'],
  plan(params, ctx) {
    const project = projectFilter(params, ctx);
    if (typeof project === 'string') return project;
    return {
      table: activitiesTable,
      where: and(project.where, between(projectActivities.date, ctx.range)),
      measure: count,
      subject: narrowed('服务活动', project.filter),
      measureLabel: '次数',
      unit: '次',
    };
  },
  entries: (dictionary) => [{}, ...projectKindsOf(dictionary).map((kind) => ({ project_kind: kind }))],
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
