import 'server-only';
import { and, eq, exists, inArray, ne, sql } from 'drizzle-orm';
import { db } from '@/db';
import {
  between,
  count,
  type FigurePlan,
  type FigureSource,
  idParam,
  narrowed,
  oneOf,
  type PlanContext,
} from '@/db/report/figures/plan';
import {
  developmentRecords,
  developmentStepRecords,
  integrityMeetings,
  meetings,
  notices,
  people,
  talks,
} from '@/db/schema';
import { type DevelopmentStepCode, developmentSteps, stepNumber } from '@/lib/development/steps';
import { placeTags, talkKindLabels, talkKinds } from '@/lib/meetings/model';

const meetingMeasures = {
  count: { label: '次数', unit: '次', column: null },
  materials: { label: '研讨材料', unit: '篇', column: meetings.seminarMaterials },
  articles: { label: '交流体会', unit: '篇', column: meetings.exchangeArticles },
} as const;

/** A kind by its built-in code ('committee') or, for a branch's own kind, by its id. */
function meetingKind(ctx: PlanContext, value: string) {
  const id = idParam(value);
  return ctx.dictionary.meetingKinds().find((k) => (id === null ? k.code === value : k.id === id));
}

const byTheSecretary = (branchId: number) =>
  inArray(
    meetings.lecturerId,
    db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.branchId, branchId), eq(people.committeeTitle, '书记'))),
  );

/** Held meetings of the year: of a kind, at a kind of place, given by the secretary (lectures). */
function heldMeetings(params: Record<string, string>, ctx: PlanContext) {
  const kind = params.kind ? meetingKind(ctx, params.kind) : undefined;
  if (params.kind && !kind) return `本支部没有会议类型“${params.kind}”（可能已被删除）`;
  if (params.place && !oneOf(placeTags, params.place))
    return `地点类型“${params.place}”不存在，可用：${placeTags.join('、')}`;
  if (params.lecturer && params.lecturer !== 'secretary') return '授课人（lecturer）只能是 secretary（书记）';
  const where = and(
    between(meetings.date, ctx.range),
    kind ? eq(meetings.kindId, kind.id) : undefined,
    params.place
      ? sql`exists (select 1 from json_each(${meetings.placeTags}) where value = ${params.place})`
      : undefined,
    params.lecturer ? byTheSecretary(ctx.branchId) : undefined,
  );
  const filters = [params.place, params.lecturer && '书记讲授'].filter(Boolean).join('，');
  return { where, subject: narrowed(kind?.name ?? '各类会议和活动', filters || undefined) };
}

export const meetingsSource: FigureSource = {
  params: ['kind', 'place', 'lecturer', 'measure'],
  plan(params, ctx) {
    const held = heldMeetings(params, ctx);
    if (typeof held === 'string') return held;
    const measureName = params.measure ?? 'count';
    if (!oneOf(Object.keys(meetingMeasures) as (keyof typeof meetingMeasures)[], measureName))
      return '会议的统计方式（measure）只能是 count（次数）、materials（研讨材料）或 articles（交流体会）';
    const measure = meetingMeasures[measureName];
    return {
      table: 'meetings',
      where: measure.column ? and(held.where, sql`coalesce(${measure.column}, 0) > 0`) : held.where,
      measure: measure.column ? { kind: 'sum', of: sql`coalesce(${measure.column}, 0)` } : count,
      subject: held.subject,
      measureLabel: measure.label,
      unit: measure.unit,
    };
  },
};

/** Meetings linked on the clean-government page as its special meetings. */
export function integrityMeetingsPlan(ctx: PlanContext): FigurePlan {
  const linked = exists(
    db.select({ one: sql`1` }).from(integrityMeetings).where(eq(integrityMeetings.meetingId, meetings.id)),
  );
  return {
    table: 'meetings',
    where: and(between(meetings.date, ctx.range), linked),
    measure: count,
    subject: '党风廉政专题会议',
    measureLabel: '次数',
    unit: '次',
  };
}

export const talksSource: FigureSource = {
  params: ['kind'],
  plan(params, ctx) {
    if (params.kind && !oneOf(talkKinds, params.kind))
      return `谈话类型“${params.kind}”不存在，可用：${talkKinds.join('、')}`;
    const kind = params.kind as (typeof talkKinds)[number] | undefined;
    return {
      table: 'talks',
      // Without a kind: the heart-to-heart talks; 廉政谈话 are counted as their own kind.
      where: and(between(talks.date, ctx.range), kind ? eq(talks.kind, kind) : ne(talks.kind, 'integrity')),
      measure: count,
      subject: kind === 'integrity' ? '廉政谈话' : narrowed('谈心谈话', kind && talkKindLabels[kind]),
      measureLabel: '次数',
      unit: '次',
    };
  },
};

/** The steps that change a person's standing, named as the report names them. */
const stepSubjects: Partial<Record<DevelopmentStepCode, string>> = {
  application: '递交入党申请',
  activist_confirmed: '确定入党积极分子',
  candidate_confirmed: '确定发展对象',
  admission_approved: '接收预备党员',
  full_approved: '预备党员转正',
};

export function stepSubject(code: DevelopmentStepCode): string {
  const step = developmentSteps.find((s) => s.code === code)!;
  return stepSubjects[code] ?? `第${stepNumber(code)}步“${step.name}”`;
}

export const developmentSource: FigureSource = {
  params: ['step'],
  plan(params, ctx) {
    const codes = developmentSteps.map((s) => s.code);
    if (!params.step || !oneOf(codes, params.step))
      return `请用 step 指定发展党员的步骤（如 activist_confirmed、candidate_confirmed、full_approved）`;
    return {
      table: 'developmentSteps',
      where: and(eq(developmentStepRecords.code, params.step), between(developmentStepRecords.date, ctx.range)),
      measure: { kind: 'distinct', of: developmentRecords.personId },
      subject: stepSubject(params.step),
      measureLabel: '人数',
      unit: '名',
    };
  },
};

export const noticesSource: FigureSource = {
  params: ['category'],
  plan(params, ctx) {
    return {
      table: 'notices',
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
};
