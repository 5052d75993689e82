import type { Metadata } from 'next';
import { NoticeList } from '@/app/(app)/notices/_components/notice-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { listNotices } from '@/db/queries/notices';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '党务公开' };

export default async function NoticesPage() {
  const user = await requirePermission('notices.read');
  const notices = listNotices(user);
  const writer = can(user, 'notices.write');
  const showUnread = user.personId !== null;
  const inFlow = notices.filter((n) => n.state !== 'published' && n.state !== 'withdrawn');
  const withdrawn = notices.filter((n) => n.state === 'withdrawn');

  return (
    <>
      <PageHeader
        title="党务公开"
        description={
          writer
            ? '公开事项经提出、审核（含保密审查）、审批后公开，党员可在此查看。'
            : '支部公开的党务事项，最新的在前。'
        }
        actions={writer && <ButtonLink href="/notices/new">提出公开事项</ButtonLink>}
      />
      {writer && (
        <section className="mb-6">
          <h2 className="mb-2 text-base font-semibold text-stone-900">办理中</h2>
          <NoticeList
            label="办理中的事项"
            notices={inFlow}
            showState
            showUnread={false}
            empty="没有待审核、待审批或待公开的事项。"
          />
        </section>
      )}
      <section>
        {writer && <h2 className="mb-2 text-base font-semibold text-stone-900">已公开</h2>}
        <NoticeList
          label="已公开的事项"
          notices={notices.filter((n) => n.state === 'published')}
          showState={false}
          showUnread={showUnread}
          empty="还没有公开的事项。"
        />
      </section>
      {withdrawn.length > 0 && (
        <details className="mt-6">
          <summary className="cursor-pointer text-sm text-stone-600">已撤回（{withdrawn.length}）</summary>
          <div className="mt-2">
            <NoticeList label="已撤回的事项" notices={withdrawn} showState showUnread={false} empty="" />
          </div>
        </details>
      )}
    </>
  );
}
