import { expect, test } from '@playwright/test';
import { authFile, today } from '@/e2e/fixtures';

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

test.describe('the secretary of a branch that starts using the app this month', () => {
  test.use({ storageState: authFile('caizheng') });

  test('sets the day records start from: the months before it are 未录入, not missed', async ({ page }) => {
    const [year, month] = today.split('-').map(Number);
    const lastMonth = `${year}年${month - 1}月未召开支委会`;
    await page.goto('/');
    await expect(page.getByRole('region', { name: '组织生活提醒' })).toContainText(lastMonth);

    await page.goto('/settings');
    const card = page.getByRole('region', { name: '开始使用日期' });
    await card.getByLabel('开始使用日期').fill(`${today.slice(0, 8)}01`);
    await card.getByLabel('修改原因').fill('本月起在系统中记录');
    await card.getByRole('button', { name: '保存' }).click();
    await expect(card.getByRole('status')).toHaveText('开始使用日期已保存');
    await expect(card).toContainText(`本支部从${year}年${month}月1日起在本系统记录`);

    await page.goto('/meetings/calendar');
    await expect(page.getByRole('region', { name: '支委会' })).toContainText('未录入');
    await page.goto('/');
    await expect(page.getByRole('region', { name: '组织生活提醒' })).not.toContainText(lastMonth);
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
