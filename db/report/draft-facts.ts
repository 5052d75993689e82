import 'server-only';
import { and, asc, eq, gt, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { listMeetingKinds } from '@/db/queries/meetings';
import { liveActivity } from '@/db/queries/projects';
import { type BranchScope, currentIn, inBranch, liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { computeFigures } from '@/db/report/figures/compute';
import { workOutputTotalsForYear } from '@/db/report/totals/work-outputs';
import {
  activityOutputs,
  branches,
  ledgerEntries,
  ledgerEntryPeople,
  ledgers,
  organisations,
  outputTypes,
  partyGroups,
  projectActivities,
  projects,
  projectTargets,
  rectificationItems,
  reports,
} from '@/db/schema';
import { developmentSteps } from '@/lib/development/steps';
import { placeTags } from '@/lib/meetings/model';
import type { DraftFacts, DraftLedger, DraftOutput, DraftPlan } from '@/lib/report/draft-facts';
import { type RosterFigure, rosterFigures } from '@/lib/report/draft-roster';
import { figureKey } from '@/lib/report/figure-key';
import { isProblem } from '@/lib/report/figure-types';
import { letterCounterpartKinds, secretaryProjectKind } from '@/lib/service/model';

const key = (source: string, params: Record<string, string> = {}) => figureKey({ source, params });

/** Projects with activities in the year, oldest first, each with the output types it produced then. */
function projectsOfYear(scope: BranchScope, year: number) {
  const liveInYear = and(inBranch(projectActivities, scope), liveActivity, withinYear(projectActivities.date, year));
  const running = db
    .selectDistinct({ id: projects.id, kind: projects.kind, name: projects.name, startDate: projects.startDate })
    .from(projectActivities)
    .innerJoin(projects, eq(projects.id, projectActivities.projectId))
    .where(liveInYear)
    .orderBy(asc(projects.startDate), asc(projects.id))
    .all();
  const outputs = db
    .selectDistinct({
      projectId: projects.id,
      typeId: outputTypes.id,
      name: outputTypes.name,
      unit: outputTypes.unit,
      category: outputTypes.category,
      sortOrder: outputTypes.sortOrder,
    })
    .from(activityOutputs)
    .innerJoin(projectActivities, eq(projectActivities.id, activityOutputs.activityId))
    .innerJoin(projects, eq(projects.id, projectActivities.projectId))
    .innerJoin(outputTypes, eq(outputTypes.id, activityOutputs.outputTypeId))
    .where(liveInYear)
    .orderBy(asc(outputTypes.sortOrder), asc(outputTypes.id))
    .all();
  return running.map(({ id, kind, name }) => ({
    id,
    kind,
    name,
    outputs: outputs
      .filter((o) => o.projectId === id)
      .map(({ typeId, name, unit, category }): DraftOutput => ({ typeId, name, unit, category })),
  }));
}

/** Next year's 书记项目 (planned in this year, whatever became of them since) with their targets. */
export function nextYearPlans(scope: BranchScope, year: number): DraftPlan[] {
  const planned = db
    .select({ id: projects.id, name: projects.name, goal: projects.goal })
    .from(projects)
    .where(
      and(
        liveIn(projects, scope),
        eq(projects.kind, secretaryProjectKind),
        ne(projects.status, 'closed'),
        withinYear(projects.startDate, year + 1),
      ),
    )
    .orderBy(asc(projects.startDate), asc(projects.id))
    .all();
  const targets = planned.length
    ? db
        .select({
          projectId: projectTargets.projectId,
          name: outputTypes.name,
          unit: outputTypes.unit,
          quantity: projectTargets.quantity,
        })
        .from(projectTargets)
        .innerJoin(outputTypes, eq(outputTypes.id, projectTargets.outputTypeId))
        .where(
          inArray(
            projectTargets.projectId,
            planned.map((p) => p.id),
          ),
        )
        .orderBy(asc(outputTypes.sortOrder), asc(outputTypes.id))
        .all()
    : [];
  return planned.map((p) => ({
    name: p.name,
    goal: p.goal,
    targets: targets.filter((t) => t.projectId === p.id).map(({ name, unit, quantity }) => ({ name, unit, quantity })),
  }));
}

/** Problems found by the year's end and not checked off by then. */
function openProblems(scope: BranchScope, year: number) {
  const end = `${year}-12-31`;
  return db
    .select({ aspect: rectificationItems.aspect, problem: rectificationItems.problem })
    .from(rectificationItems)
    .where(
      and(
        liveIn(rectificationItems, scope),
        lte(rectificationItems.foundDate, end),
        or(isNull(rectificationItems.checkedOffAt), gt(rectificationItems.checkedOffAt, end)),
      ),
    )
    .orderBy(asc(rectificationItems.foundDate), asc(rectificationItems.id))
    .all();
}

/** The branch's ledgers, switched off ones too (their entries stay), with what the year's entries hold. */
function ledgersOfYear(scope: BranchScope, year: number): DraftLedger[] {
  const entries = db
    .select({
      id: ledgerEntries.id,
      ledgerId: ledgerEntries.ledgerId,
      tags: ledgerEntries.tags,
      quantity: ledgerEntries.quantity,
      amountFen: ledgerEntries.amountFen,
      named: ledgerEntryPeople.entryId,
    })
    .from(ledgerEntries)
    .leftJoin(ledgerEntryPeople, eq(ledgerEntryPeople.entryId, ledgerEntries.id))
    .where(and(liveIn(ledgerEntries, scope), withinYear(ledgerEntries.date, year)))
    .all();
  return db
    .select({
      id: ledgers.id,
      template: ledgers.template,
      name: ledgers.name,
      unit: ledgers.unit,
      quantityUnit: ledgers.quantityUnit,
      tags: ledgers.tags,
    })
    .from(ledgers)
    .where(inBranch(ledgers, scope))
    .orderBy(asc(ledgers.sortOrder), asc(ledgers.id))
    .all()
    .map((ledger) => {
      const own = entries.filter((e) => e.ledgerId === ledger.id);
      return {
        ...ledger,
        // One row per person named: the entries are the distinct ones.
        entries: new Set(own.map((e) => e.id)).size,
        tags: ledger.tags.filter((tag) => own.some((e) => e.tags.includes(tag))),
        quantity: own.some((e) => !!e.quantity),
        amount: own.some((e) => !!e.amountFen),
        people: own.some((e) => e.named !== null),
      };
    });
}

/** The years (last or this) in which the reviewers' comments on last year's report became problems to rectify. */
function reviewProblemsFound(scope: BranchScope, year: number): DraftFacts['reviewProblemsFound'] {
  const found = db
    .selectDistinct({ year: sql<string>`substr(${rectificationItems.foundDate}, 1, 4)` })
    .from(rectificationItems)
    .innerJoin(reports, eq(reports.id, rectificationItems.sourceReportId))
    .where(
      and(
        liveIn(rectificationItems, scope),
        eq(rectificationItems.source, 'duty_review'),
        inBranch(reports, scope),
        eq(reports.year, year - 1),
      ),
    )
    .all()
    .map((row) => Number(row.year));
  return [
    ...(found.includes(year - 1) ? (['previous'] as const) : []),
    ...(found.includes(year) ? (['current'] as const) : []),
  ];
}

/**
 * What the first draft of a branch's report for a year needs (see DraftFacts): the branch's own
 * kinds, types and categories, and which of its figures have anything to count — those are asked of
 * the figure engine, so the draft and the figures agree.
 */
export function draftFacts(scope: BranchScope, year: number): DraftFacts {
  const kinds = listMeetingKinds(scope).map((k) => ({
    param: k.code ?? String(k.id),
    code: k.code,
    name: k.name,
  }));
  const themeDay = kinds.find((k) => k.code === 'theme_day');
  const placeKeys = new Map(
    themeDay ? placeTags.map((place) => [place, key('meetings', { kind: themeDay.param, place })]) : [],
  );
  const letterKey = (counterpart: string) => key('integrity', { what: 'letters', counterpart });
  const stepKey = (step: string) => key('development', { step });
  const integrityParts = ['aspects', 'items', 'meetings', 'letters', 'talks'] as const;
  const integrityKey = (what: string) => key('integrity', { what });
  const duesKey = (measure: string) => key('dues', { measure });

  const figures = computeFigures(scope, year, [
    ...kinds.map((k) => key('meetings', { kind: k.param })),
    ...placeKeys.values(),
    ...developmentSteps.map((s) => stepKey(s.code)),
    ...letterCounterpartKinds.map(letterKey),
    ...integrityParts.map(integrityKey),
    key('talks'),
    key('notices'),
    duesKey('collected'),
    duesKey('on_time'),
    key('rectification', { what: 'found' }),
    key('rectification', { what: 'carried_over' }),
    ...Object.values(rosterFigures).map(figureKey),
  ]);
  const value = (figure: string) => {
    const result = figures.get(figure);
    return !result || isProblem(result) ? 0 : result.value;
  };

  const branch = db
    .select({ committeeName: organisations.name, kind: branches.kind })
    .from(branches)
    .innerJoin(organisations, eq(organisations.id, branches.organisationId))
    .where(eq(branches.id, scope.branchId))
    .get()!;

  const roster = Object.fromEntries(
    Object.entries(rosterFigures).map(([name, spec]) => [name, value(figureKey(spec))]),
  ) as Record<RosterFigure, number>;

  return {
    year,
    branchKind: branch.kind,
    committeeName: branch.committeeName,
    meetingKinds: kinds.map((k) => ({ ...k, held: value(key('meetings', { kind: k.param })) })),
    themeDayPlaces: [...placeKeys].filter(([, placeKey]) => value(placeKey) > 0).map(([place]) => place),
    talks: value(key('talks')),
    notices: value(key('notices')),
    dues: { collected: value(duesKey('collected')), onTime: value(duesKey('on_time')) },
    developmentSteps: developmentSteps.map((s) => s.code).filter((code) => value(stepKey(code)) > 0),
    projects: projectsOfYear(scope, year),
    letterKinds: letterCounterpartKinds.filter((kind) => value(letterKey(kind)) > 0),
    workCategories: workOutputTotalsForYear(scope, year)
      .filter((c) => c.entries > 0)
      .map((c) => ({ id: c.categoryId, name: c.name, unit: c.unit })),
    integrity: Object.fromEntries(
      integrityParts.map((what) => [what, value(integrityKey(what))]),
    ) as DraftFacts['integrity'],
    foundProblems: value(key('rectification', { what: 'found' })),
    carriedOver: value(key('rectification', { what: 'carried_over' })),
    openProblems: openProblems(scope, year),
    nextYearPlans: nextYearPlans(scope, year),
    roster,
    partyGroups: db
      .select({ id: partyGroups.id, name: partyGroups.name })
      .from(partyGroups)
      .where(currentIn(partyGroups, scope))
      .orderBy(asc(partyGroups.sortOrder), asc(partyGroups.id))
      .all(),
    ledgers: ledgersOfYear(scope, year),
    reviewProblemsFound: reviewProblemsFound(scope, year),
  };
}
