import 'server-only';
import { entryNamesPerson } from '@/db/queries/ledgers';
import { isPublishedNotice } from '@/db/queries/notices';
import { tookPartInActivity } from '@/db/queries/projects';
import { isResponsibleFor } from '@/db/queries/rectification';
import { can, type Permission } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { commitmentLetterEntity } from '@/lib/integrity/model';
import { ledgerEntryEntity } from '@/lib/ledgers/model';
import { noticeEntity, rectificationEntity } from '@/lib/rectification/model';

/**
 * Who may read the files of each kind of record (the attachment is already known to be of the
 * caller's branch). A kind missing here is served to nobody. An area whose members may see some of
 * its records (their own) registers a function that decides per record.
 */
type Reader = Permission | ((user: SessionUser, entityId: number) => boolean);

const readers: Record<string, Reader> = {
  meetings: 'meetings.read',
  development_steps: 'development.read',
  [commitmentLetterEntity]: 'integrity.read',
  project_activities: (user, activityId) =>
    can(user, 'projects.read') ||
    (can(user, 'projects.mine') && user.personId !== null && tookPartInActivity(user.personId, activityId)),
  [rectificationEntity]: (user, itemId) =>
    can(user, 'rectification.read') ||
    (can(user, 'rectification.evidence') && user.personId !== null && isResponsibleFor(user.personId, itemId)),
  [ledgerEntryEntity]: (user, entryId) =>
    can(user, 'ledgers.read_all') ||
    (can(user, 'ledgers.read') && user.personId !== null && entryNamesPerson(user.personId, entryId)),
  [noticeEntity]: (user, noticeId) =>
    can(user, 'notices.write') || (can(user, 'notices.read') && isPublishedNotice(user, noticeId)),
};

export function mayReadAttachment(user: SessionUser, entity: string, entityId: number): boolean {
  // Own keys only: an entity named like a built-in of every object ("constructor") is a kind not listed.
  const reader = Object.hasOwn(readers, entity) ? readers[entity as keyof typeof readers] : undefined;
  if (!reader) return false;
  return typeof reader === 'function' ? reader(user, entityId) : can(user, reader);
}
