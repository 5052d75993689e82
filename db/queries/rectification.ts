import 'server-only';
import { and, asc, eq, gte, inArray, isNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { db } from '@/db';
import { accountNames } from '@/db/queries/account-name';
import { listAttachments } from '@/db/queries/attachments';
import { live, liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { attachments, rectificationItems as items, meetings, people } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { periodOf } from '@/lib/dates';
import { type RectificationSource, type RectificationState, rectificationEntity } from '@/lib/rectification/model';
import { yearStart } from '@/lib/rectification/rules';

/** Carried into the year: found before it and not checked off when it began (see isCarriedOver). */
export const carriedInto = (year: number) =>
  and(lt(items.foundDate, yearStart(year)), or(isNull(items.checkedOffAt), gte(items.checkedOffAt, yearStart(year))));

/** A year's ledger: the problems found in it and those carried into it. */
const inYearView = (year: number) => or(withinYear(items.foundDate, year), carriedInto(year));

/** An item past its deadline and not yet completed. */
export const overdue = (today: string) => and(eq(items.state, 'in_progress'), lt(items.deadline, today));

export type RectificationFilters = {
  state?: RectificationState | 'overdue';
  aspect?: string;
  source?: RectificationSource;
  personId?: number;
};

const listColumns = {
  id: items.id,
  aspect: items.aspect,
  problem: items.problem,
  source: items.source,
  sourceNote: items.sourceNote,
  measures: items.measures,
  responsiblePersonId: items.responsiblePersonId,
  responsibleName: people.name,
  foundDate: items.foundDate,
  deadline: items.deadline,
  evidence: items.evidence,
  state: items.state,
  completedAt: items.completedAt,
  checkedOffAt: items.checkedOffAt,
};

function selectItems(where: SQL | undefined) {
  return db.select(listColumns).from(items).innerJoin(people, eq(people.id, items.responsiblePersonId)).where(where);
}

/** The year's ledger, filtered, oldest first (the order of the 台账). */
export function listRectificationItems(
  user: SessionUser,
  year: number,
  today: string,
  filters: RectificationFilters = {},
) {
  const { state, aspect, source, personId } = filters;
  return selectItems(
    and(
      liveIn(items, user),
      inYearView(year),
      state === 'overdue' ? overdue(today) : state ? eq(items.state, state) : undefined,
      aspect ? eq(items.aspect, aspect) : undefined,
      source ? eq(items.source, source) : undefined,
      personId ? eq(items.responsiblePersonId, personId) : undefined,
    ),
  )
    .orderBy(asc(items.foundDate), asc(items.id))
    .all();
}

export type RectificationRow = ReturnType<typeof listRectificationItems>[number];

/** A member's own items, every year: the open ones first, by deadline. */
export function listMyRectificationItems(user: SessionUser) {
  if (!user.personId) return [];
  return selectItems(and(liveIn(items, user), eq(items.responsiblePersonId, user.personId)))
    .orderBy(sql`${items.state} = 'checked_off'`, asc(items.deadline), asc(items.id))
    .all();
}

/** Completed items waiting for a committee member to check them off, any year, oldest completion first. */
export function listAwaitingCheckOff(user: SessionUser) {
  const rows = db
    .select({ ...listColumns, version: items.version, completedBy: items.completedBy })
    .from(items)
    .innerJoin(people, eq(people.id, items.responsiblePersonId))
    .where(and(liveIn(items, user), eq(items.state, 'completed')))
    .orderBy(asc(items.completedAt), asc(items.id))
    .all();
  const files = db
    .select({
      id: attachments.id,
      itemId: attachments.entityId,
      fileName: attachments.fileName,
      mimeType: attachments.mimeType,
    })
    .from(attachments)
    .where(
      and(
        liveIn(attachments, user),
        eq(attachments.entity, rectificationEntity),
        inArray(
          attachments.entityId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(attachments.id))
    .all();
  const nameOf = accountNames(rows.map((r) => r.completedBy));
  return rows.map((r) => {
    const evidenceFiles = files.filter((f) => f.itemId === r.id);
    return { ...r, completedByName: nameOf(r.completedBy), evidenceFiles, attachmentCount: evidenceFiles.length };
  });
}

/** The aspects and responsible people used so far, for the filters and the form's suggestions. */
export function rectificationFilterOptions(user: SessionUser) {
  const aspects = db
    .selectDistinct({ aspect: items.aspect })
    .from(items)
    .where(liveIn(items, user))
    .orderBy(asc(items.aspect))
    .all()
    .map((r) => r.aspect);
  const owners = db
    .selectDistinct({ id: people.id, name: people.name })
    .from(items)
    .innerJoin(people, eq(people.id, items.responsiblePersonId))
    .where(liveIn(items, user))
    .orderBy(asc(people.id))
    .all();
  return { aspects, owners };
}

/**
 * One item with names and files, or null. Without `rectification.read` (a member) only an item the
 * user is responsible for exists.
 */
export function getRectificationItem(user: SessionUser, id: number) {
  const mine = can(user, 'rectification.read') ? undefined : eq(items.responsiblePersonId, user.personId ?? -1);
  const item = db
    .select({
      ...listColumns,
      version: items.version,
      sourceMeetingId: items.sourceMeetingId,
      sourceMeetingTopic: meetings.topic,
      sourceMeetingDate: meetings.date,
      completedBy: items.completedBy,
      checkedOffBy: items.checkedOffBy,
      reopenReason: items.reopenReason,
    })
    .from(items)
    .innerJoin(people, eq(people.id, items.responsiblePersonId))
    .leftJoin(meetings, and(eq(meetings.id, items.sourceMeetingId), isNull(meetings.deletedAt)))
    .where(and(eq(items.id, id), liveIn(items, user), mine))
    .get();
  if (!item) return null;
  const nameOf = accountNames([item.completedBy, item.checkedOffBy]);
  return {
    ...item,
    completedByName: nameOf(item.completedBy),
    checkedOffByName: nameOf(item.checkedOffBy),
    attachments: listAttachments(user, rectificationEntity, id),
  };
}

export type RectificationDetail = NonNullable<ReturnType<typeof getRectificationItem>>;

/** Open, overdue and due-this-month counts now; for one person when `personId` is given. */
export function openRectificationCounts(user: SessionUser, today: string, personId?: number) {
  const monthEnd = periodOf(today, 'month').end;
  return db
    .select({
      open: sql<number>`count(*)`,
      awaitingCheckOff: sql<number>`count(*) filter (where ${eq(items.state, 'completed')})`,
      overdue: sql<number>`count(*) filter (where ${overdue(today)})`,
      dueThisMonth: sql<number>`count(*) filter (where ${and(eq(items.state, 'in_progress'), gte(items.deadline, today), lte(items.deadline, monthEnd))})`,
    })
    .from(items)
    .where(
      and(
        liveIn(items, user),
        ne(items.state, 'checked_off'),
        personId ? eq(items.responsiblePersonId, personId) : undefined,
      ),
    )
    .get()!;
}

export function isResponsibleFor(personId: number, itemId: number): boolean {
  return !!db
    .select({ id: items.id })
    .from(items)
    .where(and(eq(items.id, itemId), eq(items.responsiblePersonId, personId), live(items)))
    .get();
}
