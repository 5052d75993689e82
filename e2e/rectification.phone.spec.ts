import { expect, type Page, test } from '@playwright/test';
import { authFile } from '@/e2e/fixtures';

async function expectNoHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

test.describe('a member on a phone', () => {
  test.use({ storageState: authFile('dangyuan') });

  test('opens their own item and records what was done, without scrolling sideways', async ({ page }) => {
    await page.goto('/rectification');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的整改事项');
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: /对新入职统计员的传帮带不够/ }).click();
    const evidence = page.getByRole('region', { name: '整改落实' });
    await evidence.getByLabel('整改完成情况').fill('已确定帮带对子，制定半年培训计划。');
    const save = evidence.getByRole('button', { name: '保存整改情况' });
    await save.scrollIntoViewIfNeeded();
    await expect(save).toBeInViewport({ ratio: 1 });
    await expect(evidence.getByRole('button', { name: '保存并标记为已完成' })).toBeInViewport({ ratio: 1 });
    await save.click();
    await expect(evidence.getByRole('status')).toHaveText('整改情况已保存');
    await expectNoHorizontalScroll(page);
  });

  test('reads the published notices, newest first, without scrolling sideways', async ({ page }) => {
    await page.goto('/notices');
    const published = page.getByRole('list', { name: '已公开的事项' });
    await expect(published.getByRole('link').last()).toContainText('2023年党支部工作要点');
    await expectNoHorizontalScroll(page);
  });
});
