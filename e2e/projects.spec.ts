import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { authFile, thisYear, uniqueTopic } from '@/e2e/fixtures';

const pairingProject = '“A+B”结对共建：与居延社区联合党支部共建';
const currentSecretaryProject = `${thisYear}年书记项目：嘎查数据服务站`;
/** Running this year, and 王海燕 (dangyuan) has never been part of it. */
const propagandaTeam = '“最美统计调查员”宣传队';

/** The figure on a year-total card, e.g. '3,650 元'; null when the type has no total yet. */
async function totalOf(page: import('@playwright/test').Page, name: string): Promise<string | null> {
  const card = page.getByRole('region', { name: '本年度成效合计' }).getByRole('link', { name: new RegExp(`^${name}`) });
  if ((await card.count()) === 0) return null;
  return (await card.locator('p').nth(1).textContent())?.trim() ?? null;
}

test.describe('the committee', () => {
  test.use({ storageState: authFile('zuzhi') });

  test('records an activity with outputs and sees the year totals change, with the record behind them', async ({
    page,
  }) => {
    await page.goto('/projects');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${thisYear}年结对与服务`);
    const bannersBefore = await totalOf(page, '横幅');
    expect(bannersBefore).toBeNull();

    await page.getByRole('list', { name: '项目列表' }).getByRole('link', { name: pairingProject }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pairingProject);

    const form = page.getByRole('region', { name: '记录活动' });
    const title = uniqueTopic('社区文明实践宣传');
    await form.getByLabel('活动名称').fill(title);
    await form.getByRole('button', { name: '添加成效' }).click();
    await form.getByLabel('第1项 类型').selectOption({ label: '横幅（条）' });
    await form.getByLabel('第1项 数量').fill('-2');
    await form
      .getByRole('group', { name: /参加人员/ })
      .getByLabel('杨帆')
      .check();
    await form.getByRole('button', { name: '记录活动' }).click();
    // A negative quantity is refused on its row, and what was typed stays.
    await expect(form.getByText('第1项：数量应大于0')).toBeVisible();
    await expect(form.getByLabel('活动名称')).toHaveValue(title);

    await form.getByLabel('第1项 数量').fill('6');
    await form.getByRole('button', { name: '记录活动' }).click();
    await expect(form.getByRole('status')).toHaveText('活动已记录，成效已计入年度合计');
    const recorded = page.getByRole('article', { name: title });
    await expect(recorded.getByRole('list', { name: '成效' })).toHaveText('横幅 6 条');
    await expect(recorded).toContainText('参加：杨帆');

    await page.goto('/projects');
    expect(await totalOf(page, '横幅')).toBe('6 条');
    await page.getByRole('region', { name: '本年度成效合计' }).getByRole('link', { name: /^横幅/ }).click();
    const details = page.getByRole('region', { name: '横幅明细' });
    await expect(details.getByRole('row', { name: new RegExp(title) })).toContainText('6 条');
  });

  test('follows the 2024 secretary project against its targets and sees next year’s plan', {
    tag: '@calendar',
  }, async ({ page }) => {
    await page.goto('/projects');
    await expect(page.getByRole('region', { name: `${thisYear + 1}年书记项目计划` })).toContainText(
      `${thisYear + 1}年书记项目：嘎查人居环境整治`,
    );

    await page.getByRole('combobox', { name: '年度' }).selectOption('2024');
    await page
      .getByRole('list', { name: '项目列表' })
      .getByRole('link', { name: /2024年书记项目/ })
      .click();
    const targets = page.getByRole('region', { name: '目标与进度' });
    await expect(targets.getByRole('progressbar', { name: '病虫害防治进度' })).toHaveAttribute('aria-valuenow', '100');
    await expect(targets).toContainText('3,300 亩 / 3,000 亩');
    await expect(targets).toContainText('已达成');
  });

  test('exports the ledger with the year’s projects, activities and totals', async ({ page }) => {
    const response = await page.request.get('/projects/ledger.xlsx?year=2023');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['项目', '活动与成效', '年度合计']);
    const activities = workbook.getWorksheet('活动与成效')!;
    const rows = activities.getSheetValues().map((r) => (Array.isArray(r) ? r.join('|') : ''));
    expect(rows.some((r) => r.includes('第二批垃圾点改造完工并验收') && r.includes('投入资金 30000 元'))).toBe(true);
    const totals = workbook.getWorksheet('年度合计')!;
    const donation = totals.getSheetValues().find((r) => Array.isArray(r) && r.includes('捐款')) as unknown[];
    expect(donation).toContain(3650);
  });
});

test.describe('a member', () => {
  test.use({ storageState: authFile('dangyuan') });

  test('sees only the projects and activities they took part in, and cannot edit', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我参与的项目' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${thisYear}年我参与的项目`);
    const list = page.getByRole('list', { name: '项目列表' });
    await expect(list.getByRole('link', { name: currentSecretaryProject })).toBeVisible();
    await expect(list.getByRole('link', { name: propagandaTeam })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '新建项目' })).toHaveCount(0);

    await list.getByRole('link', { name: currentSecretaryProject }).click();
    await expect(page.getByRole('article', { name: '数据服务站挂牌' })).toBeVisible();
    await expect(page.getByRole('article', { name: '秋季政策宣讲' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '编辑' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: '记录活动' })).toHaveCount(0);

    await page.goto('/projects/new');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('无权访问');
    expect((await page.request.get('/projects/ledger.xlsx?year=2023')).status()).toBe(403);
  });
});
