import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { db } from '@/db';
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
      .where(and(eq(attachments.id, id), eq(attachments.branchId, user.branchId), isNull(attachments.deletedAt)))
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
    .where(
      and(
        eq(attachments.branchId, user.branchId),
        eq(attachments.entity, entity),
        eq(attachments.entityId, entityId),
        isNull(attachments.deletedAt),
      ),
    )
    .orderBy(asc(attachments.id))
    .all();
}
