import { reportOwnerOf } from '@/db/report/owner';
import { listSectionRevisions } from '@/db/report/queries';
import { routeUser } from '@/server/auth/current-user';

/** A section's saved versions, newest first, as JSON for the editor's history. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await routeUser('report.write');
  if (user instanceof Response) return user;
  return Response.json(listSectionRevisions(reportOwnerOf(user), Number((await params).id)), {
    headers: { 'Cache-Control': 'no-store' },
  });
}
