import { expect, type Page, test } from '@playwright/test';
import { authFile, recordMeeting, uniqueTopic } from '@/e2e/fixtures';

async function expectNoHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
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
});
