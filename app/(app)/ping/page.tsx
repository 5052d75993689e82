import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '连接检查' };

/**
 * The lightest signed-in page: the shell around one line. It costs exactly what every page of the app
 * pays before its own data (the proxy's nonce, the session, the account lookup, the navigation), so
 * `npm run bench` measures it as the framework's ceiling on this machine; it also tells a signed-in
 * user that the server answers.
 */
export default async function PingPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title="连接检查" />
      <p role="status" className="text-sm text-stone-700">
        {user.name}，连接正常。
      </p>
    </>
  );
}
