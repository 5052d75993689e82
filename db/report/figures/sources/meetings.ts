import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db';
import { inBranch, type Scope } from '@/db/queries/scope';
import { meetingsTable } from '@/db/report/figures/tables';
import {
  between,
  count,
  type FigureSource,
  idParam,
  narrowed,
  oneOf,
  type PlanContext,
} from '@/db/report/figures/types';
import { developmentStepRecords, meetings, people } from '@/db/schema';
import { developmentSteps, meetingStepDecisions, stepNumber } from '@/lib/development/steps';
import { placeTags } from '@/lib/meetings/model';

const meetingMeasures = {
  count: { label: '次数', unit: '次', column: null },
  materials: { label: '研讨材料', unit: '篇', column: meetings.seminarMaterials },
  articles: { label: '交流体会', unit: '篇', column: meetings.exchangeArticles },
} as const;

/** How a token names a kind: by its built-in code ('committee') or, for a branch's own kind, by its id. */
export const meetingKindParam = (kind: { code: string | null; id: number }) => kind.code ?? String(kind.id);

/**
 * The kind a token names, with the ids it has: one in a branch; over the branches beneath an organisation,
 * a built-in kind (by its code) is the same kind in every branch.
 */
export function meetingKind(ctx: PlanContext, value: string): { name: string; ids: number[] } | undefined {
  const id = idParam(value);
  const kinds = ctx.dictionary.meetingKinds().filter((k) => (id === null ? k.code === value : k.id === id));
  return kinds.length ? { name: kinds[0].name, ids: kinds.map((k) => k.id) } : undefined;
}

const byTheSecretary = (scope: Scope) =>
  inArray(
    meetings.lecturerId,
    db
      .select({ id: people.id })
      .from(people)
      .where(and(inBranch(people, scope), eq(people.committeeTitle, '书记'))),
  );

type MeetingStep = keyof typeof meetingStepDecisions;
const meetingStepCodes = Object.keys(meetingStepDecisions) as MeetingStep[];

/** Meetings recorded as the meeting of a development step (`any`: of any step). */
function decidedAt(scope: Scope, step: MeetingStep | 'any') {
  return sql`exists (select 1 from ${developmentStepRecords} where ${and(
    eq(developmentStepRecords.meetingId, meetings.id),
    inBranch(developmentStepRecords, scope),
    step === 'any' ? undefined : eq(developmentStepRecords.code, step),
  )})`;
}

const isDecided = (value: string): value is MeetingStep | 'any' => value === 'any' || oneOf(meetingStepCodes, value);

function decidedProblem(value: string): string {
  const step = developmentSteps.find((s) => s.code === value);
  const choices = meetingStepCodes.map((code) => `${code}（第${stepNumber(code)}步，${meetingStepDecisions[code]}）`);
  return `${step ? `第${stepNumber(step.code)}步“${step.name}”不在支部的会议上决定。` : ''}会议研究的发展步骤（decided）只能是 any（任一步骤）或：${choices.join('、')}`;
}

/** Held meetings of the year: of a kind, at a kind of place, given by the secretary (lectures), deciding a development step. */
function heldMeetings(params: Record<string, string>, ctx: PlanContext) {
  const kind = params.kind ? meetingKind(ctx, params.kind) : undefined;
  if (params.kind && !kind) return `本支部没有会议类型“${params.kind}”（可能已被删除）`;
  if (params.place && !oneOf(placeTags, params.place))
    return `地点类型“${params.place}”不存在，可用：${placeTags.join('、')}`;
  if (params.lecturer && params.lecturer !== 'secretary') return '授课人（lecturer）只能是 secretary（书记）';
  const decided = params.decided;
  if (decided !== undefined && !isDecided(decided)) return decidedProblem(decided);
  const where = and(
    between(meetings.date, ctx.range),
    kind ? inArray(meetings.kindId, kind.ids) : undefined,
    params.place
      ? sql`exists (select 1 from json_each(${meetings.placeTags}) where value = ${params.place})`
      : undefined,
    params.lecturer ? byTheSecretary(ctx.scope) : undefined,
    decided ? decidedAt(ctx.scope, decided) : undefined,
  );
  const decision = decided && (decided === 'any' ? '研究发展党员' : meetingStepDecisions[decided]);
  const filters = [params.place, params.lecturer && '书记讲授', decision].filter(Boolean).join('，');
  return { where, subject: narrowed(kind?.name ?? '各类会议和活动', filters || undefined) };
}

export const meetingsSource: FigureSource = {
  key: 'meetings',
  group: '组织生活',
  params: ['kind', 'place', 'lecturer', 'decided', 'measure'],
  plan(params, ctx) {
    const held = heldMeetings(params, ctx);
    if (typeof held === 'string') return held;
    const measureName = params.measure ?? 'count';
    if (!oneOf(Object.keys(meetingMeasures) as (keyof typeof meetingMeasures)[], measureName))
      return '会议的统计方式（measure）只能是 count（次数）、materials（研讨材料）或 articles（交流体会）';
    const measure = meetingMeasures[measureName];
    return {
      table: meetingsTable,
      where: measure.column ? and(held.where, sql`coalesce(${measure.column}, 0) > 0`) : held.where,
      measure: measure.column ? { kind: 'sum', of: sql`coalesce(${measure.column}, 0)` } : count,
      subject: held.subject,
      measureLabel: measure.label,
      unit: measure.unit,
    };
  },
  entries(dictionary) {
    return [
      {},
      ...dictionary.meetingKinds().flatMap((k) => {
        const kind = meetingKindParam(k);
        return [
          { kind },
          ...(k.code === 'seminar' ? ['materials', 'articles'].map((measure) => ({ kind, measure })) : []),
          ...(k.code === 'lecture' ? [{ kind, lecturer: 'secretary' }] : []),
          ...(k.code === 'theme_day' ? placeTags.map((place) => ({ kind, place })) : []),
        ];
      }),
      ...['any', ...meetingStepCodes].map((decided) => ({ decided })),
    ];
  },
};
