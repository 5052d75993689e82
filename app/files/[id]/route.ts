import { getAttachment } from '@/db/queries/attachments';
import { routeUser } from '@/lib/auth/current-user';
import { can, type Permission } from '@/lib/auth/permissions';
import { downloadResponse, refusal } from '@/lib/http/download';
import { readUpload } from '@/lib/storage/uploads';

/** Who may read the files of each kind of record. */
const readPermission: Record<string, Permission> = {
  meetings: 'meetings.read',
  development_steps: 'development.read',
};

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await routeUser();
  if (user instanceof Response) return user;
  const attachment = getAttachment(user, Number((await params).id));
  if (!attachment) return refusal(404);
  const permission = readPermission[attachment.entity];
  if (!permission || !can(user, permission)) return refusal(403);
  const bytes = readUpload(attachment.storedName);
  if (!bytes) return refusal(404);
  return downloadResponse(bytes, attachment.fileName, attachment.mimeType, attachment.mimeType !== 'application/pdf');
}
