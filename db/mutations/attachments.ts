import 'server-only';
import { and, eq } from 'drizzle-orm';
import { writeWithAudit } from '@/db/mutations/write';
import { liveIn } from '@/db/queries/scope';
import { attachments } from '@/db/schema';
import { storeUpload } from '@/db/uploads';
import { detectUploadType, uploadExtensions } from '@/lib/attachments/file-type';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { ActionError, notFoundMessage } from '@/lib/errors';

/**
 * Stores an uploaded file for a record of the caller's branch. The type comes from the bytes; the
 * caller has already checked that the record belongs to the branch.
 */
export async function addAttachment(user: SessionUser, entity: string, entityId: number, file: File): Promise<number> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectUploadType(bytes.subarray(0, 16));
  if (!type) throw new ActionError('只能上传 JPG、PNG 图片或 PDF 文件', { file: ['文件类型不支持（按文件内容判断）'] });
  const storedName = storeUpload(user.branchId, bytes, uploadExtensions[type]);
  const fileName = file.name.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 120) || `附件.${uploadExtensions[type]}`;
  return writeWithAudit(user, (tx, audit) => {
    const row = tx
      .insert(attachments)
      .values({
        branchId: user.branchId,
        entity,
        entityId,
        fileName,
        storedName,
        mimeType: type,
        size: bytes.byteLength,
        uploadedBy: user.accountId,
        createdAt: nowIso(),
      })
      .returning()
      .get();
    audit({
      action: 'attachment.add',
      entity,
      entityId,
      after: { attachmentId: row.id, fileName, size: row.size, mimeType: type },
    });
    return row.id;
  });
}

export function removeAttachment(user: SessionUser, entity: string, id: number): void {
  writeWithAudit(user, (tx, audit) => {
    const row = tx
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, id), eq(attachments.entity, entity), liveIn(attachments, user)))
      .get();
    if (!row) throw new ActionError(notFoundMessage);
    tx.update(attachments).set({ deletedAt: nowIso() }).where(eq(attachments.id, id)).run();
    audit({
      action: 'attachment.remove',
      entity: row.entity,
      entityId: row.entityId,
      before: { attachmentId: id, fileName: row.fileName },
    });
  });
}
