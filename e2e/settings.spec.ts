import { expect, test } from '@playwright/test';
import { authFile } from './fixtures';

/**
 * 党小组 in 支部设置, as the finance branch's secretary (whose branch the other specs leave alone): set
 * one up, give it a member, rename it, and merge it back; the committee of the statistics branch reads
 * its groups without the tools.
 */
test.describe('the secretary', () => {
  test.use({ storageState: authFile('caizheng') });

  test('sets up a party group, gives it a member, renames it and merges it into the first', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '支部设置' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '支部设置' })).toBeVisible();

    await page.getByRole('textbox', { name: '新党小组名称' }).fill('财政局第二党小组');
    await page.getByRole('button', { name: '设立党小组' }).click();
    await expect(page.getByRole('status').filter({ hasText: '党小组已设立' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: '新党小组名称' })).toHaveValue('');

    const group = page.getByRole('article', { name: '财政局第二党小组' });
    await group.getByText('调整成员').click();
    await group.getByRole('checkbox', { name: /乔振宇/ }).check();
    await group.getByRole('button', { name: '保存“财政局第二党小组”成员' }).click();
    await expect(group.getByRole('status').filter({ hasText: '已调整' })).toHaveText('已调整：调入1人，调出0人');
    await expect(group.getByText('1人', { exact: true })).toBeVisible();

    await group.getByRole('textbox', { name: '财政局第二党小组的新名称' }).fill('财政局业务党小组');
    await group.getByRole('button', { name: '改名' }).click();
    const renamed = page.getByRole('article', { name: '财政局业务党小组' });
    await expect(renamed).toContainText('乔振宇');

    page.once('dialog', (dialog) => dialog.accept());
    await renamed.getByRole('combobox', { name: '财政局业务党小组并入' }).selectOption({ label: '财政局党小组' });
    await renamed.getByRole('button', { name: '合并' }).click();
    await expect(page.getByRole('article', { name: '财政局业务党小组' })).toHaveCount(0);
    await expect(page.getByRole('article', { name: '财政局党小组' })).toContainText('乔振宇');
  });
});

test.describe('a committee member', () => {
  test.use({ storageState: authFile('zuzhi') });

  test('reads the groups from the roster, without the tools to change them', async ({ page }) => {
    await page.goto('/members');
    await page.getByRole('link', { name: '党小组' }).click();
    await expect(page.getByRole('article', { name: '第一党小组' })).toContainText('王海燕');
    await expect(page.getByRole('button', { name: '设立党小组' })).toHaveCount(0);
    await expect(page.getByText('调整成员')).toHaveCount(0);
  });
});
