import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NoticeStateBadge } from '@/app/(app)/notices/_components/notice-badge';
import { NoticeForm } from '@/app/(app)/notices/_components/notice-form';
import {
  approveNotice,
  markNoticeRead,
  publishNotice,
  removeNoticeFile,
  reviewNotice,
  updateNotice,
  uploadNoticeFile,
  withdrawNotice,
} from '@/app/(app)/notices/actions';
import { AttachmentsPanel } from '@/components/attachments/attachments-panel';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { DetailRow } from '@/components/ui/detail-list';
import { formatDate, formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { getNotice, listNoticeReaders, type NoticeDetail } from '@/db/queries/notices';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { editRefusal, withdrawRefusal } from '@/lib/notices/rules';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '党务公开' };

const noteClass = 'h-8 w-full rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300';

const by = (date: string | null, name: string | null) => date && `${formatDate(date)}${name ? `，${name}` : ''}`;

/** The next step of the flow this user may take, if any. */
function NextStep({ notice, user }: { notice: NoticeDetail; user: SessionUser }) {
  const keys = { id: notice.id, version: notice.version };
  if (notice.state === 'proposed' && can(user, 'notices.write')) {
    return (
      <InlineActionForm action={reviewNotice} hidden={keys} submitLabel="审核通过">
        <div className="w-full space-y-2">
          <label className="flex items-start gap-2 text-sm text-stone-800">
            <input type="checkbox" name="secrecyChecked" className="mt-1 accent-brand-700" />
            已进行保密审查，内容不涉及国家秘密、工作秘密和个人隐私
          </label>
          <label className="flex flex-col gap-1 text-xs text-stone-600">
            审核意见
            <input name="reviewNote" className={noteClass} />
          </label>
        </div>
      </InlineActionForm>
    );
  }
  if (notice.state === 'reviewed' && can(user, 'notices.approve')) {
    return <InlineActionForm action={approveNotice} hidden={keys} submitLabel="审批同意" variant="primary" />;
  }
  if (notice.state === 'approved' && can(user, 'notices.approve')) {
    return (
      <InlineActionForm
        action={publishNotice}
        hidden={keys}
        submitLabel="公开发布"
        variant="primary"
        confirm="公开后全体党员可见，确认发布？"
      />
    );
  }
  const waiting = { proposed: '等待支委审核', reviewed: '等待书记审批', approved: '等待书记公开' } as const;
  return notice.state in waiting ? (
    <p className="text-sm text-stone-600">{waiting[notice.state as keyof typeof waiting]}</p>
  ) : null;
}

export default async function NoticePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePermission('notices.read');
  const notice = getNotice(user, Number((await params).id));
  if (!notice) notFound();
  const { saved } = await searchParams;
  const writer = can(user, 'notices.write');
  const editable = writer && !editRefusal(notice.state);
  const mayWithdraw = writer && !withdrawRefusal(notice.state, can(user, 'notices.approve'));

  return (
    <>
      <PageHeader
        title={notice.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge>{notice.category}</Badge>
            <NoticeStateBadge state={notice.state} />
            {notice.publishedAt && <span>公开日期：{formatDate(notice.publishedAt)}</span>}
          </span>
        }
        actions={
          <Link href="/notices" className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline">
            返回党务公开
          </Link>
        }
      />
      {saved && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          已提出，等待审核。
        </p>
      )}

      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-5">
          <Card title="公开内容">
            {editable ? (
              <NoticeForm action={updateNotice} notice={notice} submitLabel="保存修改" />
            ) : (
              <p className="text-sm leading-7 whitespace-pre-line text-stone-800">{notice.content}</p>
            )}
          </Card>
          {(editable || notice.attachments.length > 0) && (
            <Card title="附件">
              <AttachmentsPanel
                owner={{ noticeId: notice.id }}
                files={notice.attachments}
                hint="文件或图片"
                upload={editable ? uploadNoticeFile : undefined}
                remove={editable ? removeNoticeFile : undefined}
              />
            </Card>
          )}
        </div>

        <div className="space-y-5">
          {notice.state === 'published' && user.personId !== null && (
            <Card title="阅读">
              {notice.readAt ? (
                <p className="text-sm text-emerald-800">您已于{formatDateTime(notice.readAt)}标记已读。</p>
              ) : (
                <InlineActionForm
                  action={markNoticeRead}
                  hidden={{ id: notice.id }}
                  submitLabel="标记已读"
                  variant="primary"
                />
              )}
            </Card>
          )}
          {writer && (
            <Card title="办理流程">
              <dl className="mb-3 divide-y divide-stone-100">
                <DetailRow label="提出">{by(notice.proposedAt, notice.proposedByName)}</DetailRow>
                <DetailRow label="审核">
                  {notice.reviewedAt &&
                    `${by(notice.reviewedAt, notice.reviewedByName)}${notice.secrecyChecked ? '（已保密审查）' : ''}${notice.reviewNote ? `\n审核意见：${notice.reviewNote}` : ''}`}
                </DetailRow>
                <DetailRow label="审批">{by(notice.approvedAt, notice.approvedByName)}</DetailRow>
                <DetailRow label="公开">{notice.publishedAt && formatDate(notice.publishedAt)}</DetailRow>
              </dl>
              <NextStep notice={notice} user={user} />
              {mayWithdraw && (
                <div className="mt-4 border-t border-stone-100 pt-3">
                  <InlineActionForm
                    action={withdrawNotice}
                    hidden={{ id: notice.id, version: notice.version }}
                    submitLabel="撤回"
                    variant="danger"
                    confirm="确定撤回这一事项吗？"
                  />
                </div>
              )}
            </Card>
          )}
          {can(user, 'notices.read_receipts') && notice.state === 'published' && (
            <ReadersCard user={user} noticeId={notice.id} />
          )}
        </div>
      </div>
    </>
  );
}

/** Who has read it, in roster order: for the secretary's information, not a ranking. */
function ReadersCard({ user, noticeId }: { user: SessionUser; noticeId: number }) {
  const readers = listNoticeReaders(user, noticeId);
  return (
    <Card title={`已读（${readers.length}人）`}>
      <ul aria-label="已读人员" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {readers.map((r) => (
          <li key={r.personId}>{r.name}</li>
        ))}
        {readers.length === 0 && <li className="text-stone-500">暂无人标记已读。</li>}
      </ul>
    </Card>
  );
}
