import 'server-only';
import { can, type Permission } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';

/**
 * Who may read the files of each kind of record (the attachment is already known to be of the
 * caller's branch). A kind missing here is served to nobody. An area whose members may see some of
 * its records (their own) registers a function that decides per record.
 */
type Reader = Permission | ((user: SessionUser, entityId: number) => boolean);

const readers: Record<string, Reader> = {
  meetings: 'meetings.read',
  development_steps: 'development.read',
};

export function mayReadAttachment(user: SessionUser, entity: string, entityId: number): boolean {
  const reader = readers[entity];
  if (!reader) return false;
  return typeof reader === 'function' ? reader(user, entityId) : can(user, reader);
}
