import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { accountNames } from '@/db/queries/account-name';
import { listAttachments } from '@/db/queries/attachments';
import { type BranchScope, inBranch, liveIn } from '@/db/queries/scope';
import { noticeReads, notices, people } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { noticeEntity } from '@/lib/rectification/model';

const published = eq(notices.state, 'published');

/** Joins the user's own read receipt, if their person has marked the notice read. */
const myRead = (user: SessionUser) =>
  and(eq(noticeReads.noticeId, notices.id), eq(noticeReads.personId, user.personId ?? -1));

/**
 * The branch's notices, newest first: only the published ones, or with `notices.write` every state
 * (the flow 提出 → 审核 → 审批 → 公开 is worked from this list).
 */
export function listNotices(user: SessionUser) {
  return db
    .select({
      id: notices.id,
      title: notices.title,
      category: notices.category,
      state: notices.state,
      proposedAt: notices.proposedAt,
      publishedAt: notices.publishedAt,
      readAt: noticeReads.readAt,
    })
    .from(notices)
    .leftJoin(noticeReads, myRead(user))
    .where(and(liveIn(notices, user), can(user, 'notices.write') ? undefined : published))
    .orderBy(desc(sql`coalesce(${notices.publishedAt}, ${notices.proposedAt})`), desc(notices.id))
    .all();
}

export type NoticeRow = ReturnType<typeof listNotices>[number];

/** One notice with the people of its flow and its files; unpublished ones exist only for `notices.write`. */
export function getNotice(user: SessionUser, id: number) {
  const notice = db
    .select({
      id: notices.id,
      version: notices.version,
      title: notices.title,
      content: notices.content,
      category: notices.category,
      state: notices.state,
      proposedAt: notices.proposedAt,
      proposedBy: notices.proposedBy,
      reviewedAt: notices.reviewedAt,
      reviewedBy: notices.reviewedBy,
      secrecyChecked: notices.secrecyChecked,
      reviewNote: notices.reviewNote,
      approvedAt: notices.approvedAt,
      approvedBy: notices.approvedBy,
      publishedAt: notices.publishedAt,
      readAt: noticeReads.readAt,
    })
    .from(notices)
    .leftJoin(noticeReads, myRead(user))
    .where(and(eq(notices.id, id), liveIn(notices, user), can(user, 'notices.write') ? undefined : published))
    .get();
  if (!notice) return null;
  const nameOf = accountNames([notice.proposedBy, notice.reviewedBy, notice.approvedBy]);
  return {
    ...notice,
    proposedByName: nameOf(notice.proposedBy),
    reviewedByName: nameOf(notice.reviewedBy),
    approvedByName: nameOf(notice.approvedBy),
    attachments: listAttachments(user, noticeEntity, id),
  };
}

export type NoticeDetail = NonNullable<ReturnType<typeof getNotice>>;

/** Who has marked a notice read, in roster order: a record, never a ranking. */
export function listNoticeReaders(user: SessionUser, id: number) {
  return db
    .select({ personId: people.id, name: people.name, readAt: noticeReads.readAt })
    .from(noticeReads)
    .innerJoin(people, eq(people.id, noticeReads.personId))
    .where(and(eq(noticeReads.noticeId, id), inBranch(noticeReads, user)))
    .orderBy(asc(people.id))
    .all();
}

export function isPublishedNotice(scope: BranchScope, noticeId: number): boolean {
  return !!db
    .select({ id: notices.id })
    .from(notices)
    .where(and(eq(notices.id, noticeId), liveIn(notices, scope), published))
    .get();
}
