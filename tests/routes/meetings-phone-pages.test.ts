/**
 * The meetings pages read on a phone: 我的出勤 says 出席, 请假, 缺席 and how its rate is reached; the
 * statistics put the rate beside each name; the list is split into months.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));

await setupTestDatabase();
const { attendanceSummary } = await import('@/app/(app)/meetings/mine/summary');
const { groupByMonth } = await import('@/app/(app)/meetings/_components/month-groups');
const { default: MyAttendancePage } = await import('@/app/(app)/meetings/mine/page');
const { default: MeetingStatsPage } = await import('@/app/(app)/meetings/stats/page');

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('attendanceSummary', () => {
  const rows = (...statuses: ('present' | 'leave' | 'absent' | null)[]) => statuses.map((status) => ({ status }));

  it('counts 出席, 请假 and 缺席, and rates 出席 over 应参加 so that leave lowers the rate', () => {
    const summary = attendanceSummary([...rows(...Array(40).fill('present')), ...rows(...Array(10).fill('leave'))]);
    expect(summary).toMatchObject({ expected: 50, present: 40, leave: 10, absent: 0, unrecorded: 0, rate: '80%' });
    expect(summary.rule).toBe('出勤率 = 出席 ÷ 应参加 = 40 ÷ 50。请假不算出席，也会降低出勤率；缺席指未请假也未出席。');
  });

  it('says how many meetings are not recorded yet, since they count as 应参加 but not as 出席', () => {
    const summary = attendanceSummary(rows('present', 'absent', null));
    expect(summary).toMatchObject({ expected: 3, present: 1, absent: 1, unrecorded: 1, rate: '33.3%' });
    expect(summary.rule).toContain('1 ÷ 3');
    expect(summary.rule).toContain('另有1次会议尚未登记出勤，计入应参加。');
  });

  it('gives no rate before anything is held, and says so', () => {
    const summary = attendanceSummary([]);
    expect(summary.rate).toBe('—');
    expect(summary.rule).toBe('出勤率 = 出席 ÷ 应参加；本年度还没有已召开的会议。');
  });
});

describe('groupByMonth', () => {
  it('splits rows in date order into months, newest first as given, keeping each month’s order', () => {
    const groups = groupByMonth([
      { id: 1, date: '2026-11-20' },
      { id: 2, date: '2026-11-03' },
      { id: 3, date: '2026-09-30' },
      { id: 4, date: '2026-01-06' },
    ]);
    expect(groups.map((g) => [g.label, g.rows.map((r) => r.id)])).toEqual([
      ['11月', [1, 2]],
      ['9月', [3]],
      ['1月', [4]],
    ]);
    expect(groupByMonth([])).toEqual([]);
  });
});

describe('我的出勤', () => {
  it('shows the member’s 应参加, 出席, 请假 and 缺席, and the rate as the division it is', async () => {
    await signInAs('dangyuan');
    const summary = /<section aria-label="出勤概况"[^>]*>(.*?)<\/section>/.exec(
      renderToStaticMarkup(await MyAttendancePage()),
    )?.[1];
    expect(summary).toBeDefined();
    const shown = text(summary ?? '');
    const figure = (label: string) => Number(new RegExp(`${label}(\\d+)`).exec(shown)?.[1]);
    const [expected, present, leave, absent] = ['应参加', '出席', '请假', '缺席'].map(figure);
    expect(expected).toBeGreaterThan(0);
    expect(present + leave + absent).toBeLessThanOrEqual(expected);
    expect(shown).toContain(`出勤率 = 出席 ÷ 应参加 = ${present} ÷ ${expected}。请假不算出席`);
    expect(shown).toMatch(new RegExp(`^出勤率${Math.round((present / expected) * 1000) / 10}%`));
  });
});

describe('出勤统计', () => {
  it('puts the rate right after each name, so a phone shows it first', async () => {
    await signInAs('zuzhi');
    const html = renderToStaticMarkup(await MeetingStatsPage());
    const table = /<caption[^>]*>个人出勤统计<\/caption>(.*?)<\/table>/.exec(html)?.[1] ?? '';
    const headers = [...table.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)].map(([, h]) => h);
    expect(headers).toEqual(['姓名', '出勤率', '出席', '请假', '缺席', '应参加']);
    const firstRow = /<tbody[^>]*><tr>(.*?)<\/tr>/.exec(table)?.[1] ?? '';
    const cells = [...firstRow.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, c]) => c);
    expect(cells).toHaveLength(6);
    const [, rate, present, , , expected] = cells;
    expect(rate).toBe(`${Math.round((Number(present) / Number(expected)) * 1000) / 10}%`);
  });
});
