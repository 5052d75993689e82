import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { liveIn } from '@/db/queries/scope';
import { attachments } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';

/** An attachment of the caller's branch, with what is needed to serve it. */
export function getAttachment(user: SessionUser, id: number) {
  return (
    db
      .select({
        id: attachments.id,
        entity: attachments.entity,
        entityId: attachments.entityId,
        fileName: attachments.fileName,
        storedName: attachments.storedName,
        mimeType: attachments.mimeType,
      })
      .from(attachments)
      .where(and(eq(attachments.id, id), liveIn(attachments, user)))
      .get() ?? null
  );
}

/** The live files of one record of the caller's branch, oldest first. */
export function listAttachments(user: SessionUser, entity: string, entityId: number) {
  return db
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      mimeType: attachments.mimeType,
      size: attachments.size,
    })
    .from(attachments)
    .where(and(liveIn(attachments, user), eq(attachments.entity, entity), eq(attachments.entityId, entityId)))
    .orderBy(asc(attachments.id))
    .all();
}
