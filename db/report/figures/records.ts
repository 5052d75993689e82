import 'server-only';
import { aliasedTable, and, asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { sumOf } from '@/db/queries/aggregate';
import { inIds } from '@/db/queries/in-ids';
import { inBranch, live } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import type { RecordSet } from '@/db/report/figures/types';
import {
  activityOutputs,
  commitmentLetters,
  integrityAspects,
  integrityItems,
  meetingKinds,
  meetings,
  notices,
  outputTypes,
  people,
  projectActivities,
  projects,
  rectificationItems,
  talks,
  workOutputCategories,
  workOutputs,
} from '@/db/schema';
import { talkKindLabels } from '@/lib/meetings/model';
import { rectificationStateLabels } from '@/lib/rectification/model';
import { meetingItem, type OutputQuantity, planItem, projectItem, rectificationItem } from '@/lib/report/figure-lists';
import { figureNumberText } from '@/lib/report/figure-number';
import { projectStatusLabels } from '@/lib/service/model';

const initiator = aliasedTable(people, 'initiator');
const partner = aliasedTable(people, 'partner');

/**
 * The year's outputs of each project, type by type, for the project list's items (one grouped query).
 * A list narrowed to a period still shows the whole year's outputs of the projects it names.
 */
function projectOutputs(ids: number[], year: number): Map<number, OutputQuantity[]> {
  const rows = db
    .select({
      projectId: projectActivities.projectId,
      name: outputTypes.name,
      unit: outputTypes.unit,
      quantity: sumOf(activityOutputs.quantity),
    })
    .from(activityOutputs)
    .innerJoin(projectActivities, eq(projectActivities.id, activityOutputs.activityId))
    .innerJoin(outputTypes, eq(outputTypes.id, activityOutputs.outputTypeId))
    .where(
      and(inIds(projectActivities.projectId, ids), live(projectActivities), withinYear(projectActivities.date, year)),
    )
    .groupBy(projectActivities.projectId, outputTypes.id)
    .orderBy(asc(outputTypes.sortOrder), asc(outputTypes.id))
    .all();
  const byProject = new Map<number, OutputQuantity[]>();
  for (const { projectId, ...output } of rows) byProject.set(projectId, [...(byProject.get(projectId) ?? []), output]);
  return byProject;
}

/*
 * The records behind figures, one query per kind for all the figures that counted them: titles, dates
 * and pages by id (a project list adds one grouped query for the outputs its items summarise).
 */

export const meetingRecords: RecordSet = {
  table: meetings,
  list: (scope, ids) =>
    db
      .select({
        id: meetings.id,
        date: meetings.date,
        topic: meetings.topic,
        place: meetings.place,
        kindName: meetingKinds.name,
      })
      .from(meetings)
      .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
      .where(and(inBranch(meetings, scope), inIds(meetings.id, ids)))
      .all()
      .map((m) => ({
        id: m.id,
        date: m.date,
        title: `${m.kindName}：${m.topic}`,
        href: `/meetings/${m.id}`,
        item: meetingItem(m.topic, m.place),
      })),
};

/** Who talked with whom (谈心谈话, 廉政谈话) is the committee's: others see the figure's value, not these. */
export const talkRecords: RecordSet = {
  table: talks,
  permission: 'talks.read',
  list: (scope, ids) =>
    db
      .select({ id: talks.id, date: talks.date, kind: talks.kind, initiator: initiator.name, partner: partner.name })
      .from(talks)
      .innerJoin(initiator, eq(initiator.id, talks.initiatorId))
      .innerJoin(partner, eq(partner.id, talks.partnerId))
      .where(and(inBranch(talks, scope), inIds(talks.id, ids)))
      .all()
      .map((t) => ({
        id: t.id,
        date: t.date,
        title: `${talkKindLabels[t.kind]}：${t.initiator}与${t.partner}`,
        href: '/meetings/talks',
      })),
};

export const personRecords: RecordSet = {
  table: people,
  list: (scope, ids) =>
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(and(inBranch(people, scope), inIds(people.id, ids)))
      .all()
      .map((p) => ({ id: p.id, date: null, title: p.name, href: `/development/${p.id}` })),
};

export const activityRecords: RecordSet = {
  table: projectActivities,
  list: (scope, ids) =>
    db
      .select({
        id: projectActivities.id,
        date: projectActivities.date,
        title: projectActivities.title,
        projectId: projects.id,
        projectName: projects.name,
      })
      .from(projectActivities)
      .innerJoin(projects, eq(projects.id, projectActivities.projectId))
      .where(and(inBranch(projectActivities, scope), inIds(projectActivities.id, ids)))
      .all()
      .map((a) => ({
        id: a.id,
        date: a.date,
        title: `${a.projectName}：${a.title}`,
        href: `/projects/${a.projectId}`,
      })),
};

export const projectRecords: RecordSet = {
  table: projects,
  list: (scope, ids, year) => {
    const outputs = projectOutputs(ids, year);
    return db
      .select({ id: projects.id, kind: projects.kind, name: projects.name, startDate: projects.startDate })
      .from(projects)
      .where(and(inBranch(projects, scope), inIds(projects.id, ids)))
      .all()
      .map((p) => ({
        id: p.id,
        date: p.startDate,
        title: `${p.kind}：${p.name}`,
        href: `/projects/${p.id}`,
        item: projectItem(p.name, outputs.get(p.id) ?? []),
      }));
  },
};

/** Planned 书记项目, each written with what became of it (its status now). */
export const planRecords: RecordSet = {
  table: projects,
  list: (scope, ids) =>
    db
      .select({ id: projects.id, name: projects.name, startDate: projects.startDate, status: projects.status })
      .from(projects)
      .where(and(inBranch(projects, scope), inIds(projects.id, ids)))
      .all()
      .map((p) => ({
        id: p.id,
        date: p.startDate,
        title: `${p.name}（${projectStatusLabels[p.status]}）`,
        href: `/projects/${p.id}`,
        item: planItem(p.name, projectStatusLabels[p.status]),
      })),
};

export const aspectRecords: RecordSet = {
  table: integrityAspects,
  list: (scope, ids) =>
    db
      .select({ id: integrityAspects.id, title: integrityAspects.title })
      .from(integrityAspects)
      .where(and(inBranch(integrityAspects, scope), inIds(integrityAspects.id, ids)))
      .all()
      .map((a) => ({ id: a.id, date: null, title: a.title, href: '/integrity' })),
};

export const itemRecords: RecordSet = {
  table: integrityItems,
  list: (scope, ids) =>
    db
      .select({ id: integrityItems.id, content: integrityItems.content, responsible: integrityItems.responsible })
      .from(integrityItems)
      .where(and(inBranch(integrityItems, scope), inIds(integrityItems.id, ids)))
      .all()
      .map((i) => ({ id: i.id, date: null, title: `${i.content}（${i.responsible}）`, href: '/integrity' })),
};

export const letterRecords: RecordSet = {
  table: commitmentLetters,
  list: (scope, ids) =>
    db
      .select({
        id: commitmentLetters.id,
        date: commitmentLetters.date,
        title: commitmentLetters.title,
        counterpart: commitmentLetters.counterpart,
      })
      .from(commitmentLetters)
      .where(and(inBranch(commitmentLetters, scope), inIds(commitmentLetters.id, ids)))
      .all()
      .map((l) => ({
        id: l.id,
        date: l.date,
        title: `${l.title}：${l.counterpart}`,
        href: `/integrity/letters/${l.id}`,
      })),
};

export const workOutputRecords: RecordSet = {
  table: workOutputs,
  list: (scope, ids) =>
    db
      .select({
        id: workOutputs.id,
        date: workOutputs.date,
        title: workOutputs.title,
        quantity: workOutputs.quantity,
        unit: workOutputCategories.unit,
        category: workOutputCategories.name,
      })
      .from(workOutputs)
      .innerJoin(workOutputCategories, eq(workOutputCategories.id, workOutputs.categoryId))
      .where(and(inBranch(workOutputs, scope), inIds(workOutputs.id, ids)))
      .all()
      .map((w) => ({
        id: w.id,
        date: w.date,
        title: `${w.category}：${w.title}${w.quantity === 1 ? '' : `（${figureNumberText(w.quantity)}${w.unit}）`}`,
        href: `/outputs/${w.id}`,
      })),
};

export const rectificationRecords: RecordSet = {
  table: rectificationItems,
  list: (scope, ids) =>
    db
      .select({
        id: rectificationItems.id,
        date: rectificationItems.foundDate,
        aspect: rectificationItems.aspect,
        problem: rectificationItems.problem,
        state: rectificationItems.state,
      })
      .from(rectificationItems)
      .where(and(inBranch(rectificationItems, scope), inIds(rectificationItems.id, ids)))
      .all()
      .map((r) => ({
        id: r.id,
        date: r.date,
        title: `${r.aspect}：${r.problem}`,
        href: `/rectification/${r.id}`,
        item: rectificationItem(r.problem, rectificationStateLabels[r.state]),
      })),
};

export const noticeRecords: RecordSet = {
  table: notices,
  list: (scope, ids) =>
    db
      .select({ id: notices.id, date: notices.publishedAt, title: notices.title })
      .from(notices)
      .where(and(inBranch(notices, scope), inIds(notices.id, ids)))
      .all()
      .map((n) => ({ id: n.id, date: n.date, title: n.title, href: `/notices/${n.id}` })),
};
