import { expect, test } from '@playwright/test';
import { authFile, thisYear } from '@/e2e/fixtures';

const title = (year: number) => `${year}年党支部书记抓基层党建工作述职报告`;

test.describe('the secretary’s report years', () => {
  test.use({ storageState: authFile('shuji') });

  test('/report lists every year with its state, and the year switcher follows the opened report', async ({ page }) => {
    await page.goto('/report');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('述职报告');
    const years = page.getByRole('list', { name: '各年度述职报告' });
    await expect(years.getByRole('listitem').first()).toContainText(`${thisYear}年述职报告`);
    await expect(years.getByRole('listitem').filter({ hasText: '2023年述职报告' })).toContainText('已提交 · 较好');
    await expect(years.getByRole('listitem').filter({ hasText: '2024年述职报告' })).toContainText('草稿');
    await expect(years.getByRole('listitem').filter({ hasText: '2022年述职报告' })).toContainText('未开始');

    await years.getByRole('link', { name: '2023年述职报告' }).click();
    await expect(page).toHaveURL(/\/report\/2023$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年述职报告');
    await expect(page.getByRole('article', { name: title(2023) })).toBeVisible();
    const switcher = page.getByRole('combobox', { name: '年度' });
    await expect(switcher).toHaveValue('2023');

    await switcher.selectOption('2024');
    await expect(page).toHaveURL(/\/report\/2024$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024年述职报告');
    await expect(page.getByRole('article', { name: title(2024) })).toBeVisible();
    await expect(switcher).toHaveValue('2024');

    // The choice is also the working year of the pages that follow the switcher.
    await page.goto('/meetings');
    await expect(page.getByRole('combobox', { name: '年度' })).toHaveValue('2024');
  });

  test('the printed report is titled with its own year', async ({ page }) => {
    await page.goto('/report/2023/print');
    await expect(page).toHaveTitle(`旗统计局党支部${title(2023)}`);
  });
});

test.describe('the working committee’s review years', () => {
  test.use({ storageState: authFile('dangwei') });

  test('the year switcher opens the review of the chosen year', async ({ page }) => {
    await page.goto('/review/2023');
    const switcher = page.getByRole('combobox', { name: '年度' });
    await expect(switcher).toHaveValue('2023');
    await switcher.selectOption('2025');
    await expect(page).toHaveURL(/\/review\/2025$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025年述职评议');
    await expect(switcher).toHaveValue('2025');
  });
});
