import { mayReadAttachment } from '@/db/queries/attachment-readers';
import { getAttachment } from '@/db/queries/attachments';
import { readUpload } from '@/db/uploads';
import { downloadResponse, refusal } from '@/lib/http/download';
import { routeUser } from '@/server/auth/current-user';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await routeUser();
  if (user instanceof Response) return user;
  const attachment = getAttachment(user, Number((await params).id));
  if (!attachment) return refusal(404);
  if (!mayReadAttachment(user, attachment.entity, attachment.entityId)) return refusal(403);
  const bytes = readUpload(attachment.storedName);
  if (!bytes) return refusal(404);
  return downloadResponse(bytes, attachment.fileName, attachment.mimeType, attachment.mimeType !== 'application/pdf');
}
