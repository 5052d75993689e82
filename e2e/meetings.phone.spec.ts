import { expect, type Locator, type Page, test } from '@playwright/test';
import { authFile, recordMeeting, uniqueTopic } from '@/e2e/fixtures';

/** The document is no wider than the phone's screen: nothing makes the page scroll sideways. */
async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(innerWidth).toBe(390);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** A target a thumb can hit: at least 44 px tall. */
async function expectThumbSized(target: Locator) {
  const box = await target.boundingBox();
  expect(box, 'the target is laid out').not.toBeNull();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
}

/** The number the summary shows after a label ('出席40' → 40). */
function figure(text: string, label: string): number {
  const match = new RegExp(`${label}\\s*(\\d+)`).exec(text);
  if (!match) throw new Error(`no ${label} figure in ${text}`);
  return Number(match[1]);
}

test.describe('a member on a phone', () => {
  test.use({ storageState: authFile('dangyuan') });

  test('reads 我的出勤 without scrolling sideways and can reach today’s sign-in button', async ({ page, browser }) => {
    // A meeting of its own today, so the button is there whatever other tests signed in to.
    const topic = uniqueTopic('主题党日：走访结对共建社区，开展统计法宣传');
    const committee = await browser.newPage({ storageState: authFile('zuzhi') });
    await recordMeeting(committee, { kind: '主题党日', topic, planned: true });
    await committee.close();

    await page.goto('/meetings/mine');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的出勤');
    await expect(page.getByRole('region', { name: '出勤概况' })).toContainText('出勤率');
    const signIn = page.getByRole('region', { name: '近期会议' }).getByRole('button', { name: `签到：${topic}` });
    await expect(signIn).toBeVisible();
    // Wholly on screen once scrolled to, not pushed off the right edge by a long topic.
    await signIn.scrollIntoViewIfNeeded();
    await expect(signIn).toBeInViewport({ ratio: 1 });
    await expectThumbSized(signIn);
    await expectNoHorizontalScroll(page);
  });

  test('reads 出席, 请假 and 缺席 on 我的出勤 and how the rate is computed from them', async ({ page }) => {
    await page.goto('/meetings/mine');
    const summary = page.getByRole('region', { name: '出勤概况' });
    await expect(summary).toContainText(/出席\s*\d+/);
    const text = (await summary.textContent()) ?? '';
    const expected = figure(text, '应参加');
    const present = figure(text, '出席');
    const leave = figure(text, '请假');
    const absent = figure(text, '缺席');
    // Every meeting counted as 应参加 is 出席, 请假, 缺席 or not yet recorded.
    expect(present + leave + absent).toBeLessThanOrEqual(expected);

    await expect(summary).toContainText('出勤率 = 出席 ÷ 应参加');
    if (expected > 0) {
      // The rate shown is the sentence's division, so 请假 lowers it and the page says so.
      await expect(summary).toContainText(`出勤率 = 出席 ÷ 应参加 = ${present} ÷ ${expected}`);
      await expect(summary).toContainText('请假不算出席');
      await expect(summary).toContainText(new RegExp(`出勤率\\s*${Math.round((present / expected) * 1000) / 10}%`));
    } else {
      await expect(summary).toContainText(/出勤率\s*—/);
    }
    await expectNoHorizontalScroll(page);
  });

  test('opens a held meeting of 出勤记录 in place to when, where and who chaired it', async ({ page }) => {
    await page.goto('/meetings/mine');
    const records = page.getByRole('region', { name: '出勤记录' });
    const first = records.getByRole('listitem').first();
    await expect(first).toBeVisible();
    test.skip((await first.textContent())?.includes('还没有需要您参加') ?? false, 'nothing held yet this year');

    await expectThumbSized(first);
    await expect(first.getByText('主持人', { exact: true })).toBeHidden();
    await first.click();
    await expect(first.getByText('主持人', { exact: true })).toBeVisible();
    await expect(first.getByText('时间', { exact: true })).toBeVisible();
    await expect(first.getByText('地点', { exact: true })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});

test.describe('the committee on a phone', () => {
  test.use({ storageState: authFile('zuzhi') });

  test('reads the compliance calendar without scrolling sideways', async ({ page }) => {
    await page.goto('/meetings/calendar');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('组织生活合规日历');
    await expect(page.getByRole('region', { name: '支委会', exact: true }).getByRole('listitem')).toHaveCount(12);
    await expectNoHorizontalScroll(page);
  });

  test('reads the attendance statistics without scrolling sideways, the rate beside each name', async ({ page }) => {
    await page.goto('/meetings/stats');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('组织生活统计');
    const table = page.getByRole('table', { name: '个人出勤统计' });
    await expect(table.getByRole('columnheader')).toHaveText(['姓名', '出勤率', '出席', '请假', '缺席', '应参加']);
    // The rate, the figure the table is read for, is wholly on screen rather than cut off at the edge.
    await table.scrollIntoViewIfNeeded();
    await expect(table.getByRole('columnheader', { name: '出勤率' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('region', { name: '个人出勤' })).toContainText('出勤率 = 出席 ÷ 应参加');
    await expectNoHorizontalScroll(page);
  });

  test('reads the meeting list by month without scrolling sideways, each topic across the row', async ({ page }) => {
    await page.goto('/meetings');
    const list = page.getByRole('list', { name: '会议列表' });
    await expect(list.getByRole('heading', { level: 2 }).first()).toHaveText(/^\d{1,2}月\s*\d+ 次$/);
    const link = list.getByRole('link').first();
    await expect(link).toBeVisible();
    // The topic takes the row's width on its own line, not a narrow column beside the date and kind.
    const row = await link.boundingBox();
    const topic = await link.locator('span').nth(2).boundingBox();
    expect(row && topic).toBeTruthy();
    if (row && topic) {
      expect(topic.width).toBeGreaterThan(row.width * 0.6);
      expect(topic.x - row.x).toBeLessThan(24);
    }
    await expectNoHorizontalScroll(page);
  });
});
