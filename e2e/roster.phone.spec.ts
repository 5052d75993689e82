import { expect, test } from '@playwright/test';
import { authFile } from '@/e2e/fixtures';

test.use({ storageState: authFile('shuji') });

test('the roster reads as a list of cards on a phone, with the menu behind a button', async ({ page }) => {
  await page.goto('/members');
  await expect(page.getByRole('table', { name: '党员名册' })).toBeHidden();
  const cards = page.getByRole('list', { name: '党员名册' });
  await expect(cards.getByRole('link', { name: /孟庆华/ })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);

  await page.getByRole('button', { name: '打开导航菜单' }).click();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '账户管理' }).click();
  await expect(page).toHaveURL(/\/accounts/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('账户管理');
});
