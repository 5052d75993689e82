import { ItemList } from '@/app/(app)/rectification/_components/item-list';
import { PageHeader } from '@/components/ui/page-header';
import { listMyRectificationItems } from '@/db/queries/rectification';
import type { SessionUser } from '@/lib/auth/session-user';

/** A member's own items, every year: only those they are responsible for. */
export function MyItems({ user, today }: { user: SessionUser; today: string }) {
  return (
    <>
      <PageHeader
        title="我的整改事项"
        description="您作为责任人的整改事项。填写整改完成情况、上传佐证材料并标记完成后，由支委对账销号。"
      />
      <ItemList
        items={listMyRectificationItems(user)}
        today={today}
        year={Number(today.slice(0, 4))}
        empty="您目前没有需要负责的整改事项。"
      />
    </>
  );
}
