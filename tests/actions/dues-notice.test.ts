/**
 * 生成公示 (db/mutations/dues-notice.ts): the dues of a quarter drafted as a 党务公开 item of the 党费收缴
 * category — proposed, not yet reviewed, carrying each member's payments, the totals and the 上缴, and
 * nothing of another branch — which then goes through the notices' review flow like any other. Over a
 * new branch on a pinned day.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { draftDuesNotice } = await import('@/db/mutations/dues-notice');
const { advanceNotice } = await import('@/db/mutations/notices');
const { notices } = await import('@/db/schema');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const d = await import('@/tests/support/dues');

vi.stubEnv('ZHIBU_TODAY', '2026-11-26');

const branch = fb.freshBranch('党费公示测试支部');
const committee = fb.addAccount(branch, 'committee', fb.addPerson(branch.id, '组织委员', 'full').id);

/** A member at 40 元 a month from January 2026 (in service, 4000 元). */
function member(name: string) {
  const person = d.insertMember(branch.id, { name });
  d.insertBase(branch.id, person.id);
  return person;
}

const quarterly = member('按季交纳');
d.insertPayment(branch.id, quarterly.id, {
  fromMonth: '2026-07',
  toMonth: '2026-09',
  paidOn: '2026-07-06',
  amountFen: 12_000,
  dueFen: 12_000,
});
const prepaid = member('全年预交');
d.insertPayment(branch.id, prepaid.id, {
  fromMonth: '2026-01',
  toMonth: '2026-12',
  paidOn: '2026-01-08',
  amountFen: 48_000,
  dueFen: 48_000,
});
const behind = member('欠交两月');
d.insertPayment(branch.id, behind.id, { fromMonth: '2026-07', toMonth: '2026-07', paidOn: '2026-07-10' });
d.insertRelief(branch.id, member('经批准免交').id, { reason: '身患重病' });
d.insertHandover(branch.id, {
  fromMonth: '2026-07',
  toMonth: '2026-09',
  handedOn: '2026-10-12',
  amountFen: 16_000,
  recipient: '旗直属机关党工委',
});

const other = fb.freshBranch('党费公示另一支部');
const stranger = d.insertMember(other.id, { name: '别支部党员' });
d.insertBase(other.id, stranger.id);
d.insertPayment(other.id, stranger.id, { fromMonth: '2026-07', toMonth: '2026-07', paidOn: '2026-07-10' });

const notice = (id: number) => db.select().from(notices).where(eq(notices.id, id)).get()!;

describe('draftDuesNotice', () => {
  it('drafts the quarter’s 党费收缴 notice, proposed and not yet reviewed, with the members, the totals and the 上缴', async () => {
    const before = f.lastAuditId();
    const id = draftDuesNotice(committee, { fromMonth: '2026-07', toMonth: '2026-09' });
    expect(notice(id)).toMatchObject({
      branchId: branch.id,
      state: 'proposed',
      category: '党费收缴',
      title: '2026年第三季度党费收缴情况公示',
      proposedBy: committee.accountId,
      proposedAt: '2026-11-26',
      reviewedBy: null,
      publishedAt: null,
    });
    const lines = notice(id).content.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        '按季交纳：交纳2026年7月至9月党费 120.00 元',
        '全年预交：已预交至2026年12月',
        '欠交两月：交纳2026年7月党费 40.00 元；2026年8月至9月党费未交',
        '本期应交纳党费的党员4名（其中经批准免交1名），按时足额交纳3名，按时足额交纳率75%；欠交党费1名。本期共收缴党费 160.00 元。',
        '2026年10月12日向旗直属机关党工委上缴2026年7月至9月党费 160.00 元。',
      ]),
    );
    expect(notice(id).content).not.toMatch(/经批准免交：|身患重病|别支部党员|基数|在职/);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([['notice.propose', id]]);
  });

  it('leaves the draft to the notices’ own review flow', () => {
    const id = draftDuesNotice(committee, { fromMonth: '2026-01', toMonth: '2026-12' });
    expect(notice(id).title).toBe('2026年度党费收缴情况公示');
    advanceNotice(committee, 'review', { id, version: 1, secrecyChecked: true });
    expect(notice(id)).toMatchObject({ state: 'reviewed', reviewedBy: committee.accountId, secrecyChecked: true });
  });
});
