import 'server-only';
import { createNotice } from '@/db/mutations/notices';
import { currentMonth, duesLedger, listHandovers } from '@/db/queries/dues';
import type { SessionUser } from '@/lib/auth/session-user';
import { duesNotice } from '@/lib/dues/notice-text';
import type { noticeCategories } from '@/lib/rectification/model';

/** The 党务公开 category dues are published under. */
const duesCategory: (typeof noticeCategories)[number] = '党费收缴';

/**
 * 生成公示: drafts (提出) the 党务公开 item of the dues of a run of months, from the ledger and the 上缴
 * records touching them. It is an ordinary notice from then on: edited, reviewed, approved and published
 * through the notices' own flow. Returns the notice's id.
 */
export function draftDuesNotice(user: SessionUser, { fromMonth, toMonth }: { fromMonth: string; toMonth: string }) {
  const range = { from: fromMonth, to: toMonth };
  const { title, content } = duesNotice({
    fromMonth,
    toMonth,
    currentMonth: currentMonth(),
    members: duesLedger(user, range),
    handovers: listHandovers(user, range),
  });
  return createNotice(user, { title, category: duesCategory, content });
}
