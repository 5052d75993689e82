import { authFile, expect, signIn, test } from '@/e2e/fixtures';

const committeeTitle = (year: number) => `${year}年度党工委书记抓基层党建工作述职报告`;

test.describe('the working committee’s own report', () => {
  test.use({ storageState: authFile('gongwei') });

  test('its secretary drafts this year’s report from every branch beneath, each figure’s records by branch', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/overview$/);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '述职报告' }).click();
    await page.getByRole('link', { name: '2026年述职报告' }).click();
    await expect(page.getByText('每个数字是各支部的合计')).toBeVisible();
    await page.getByRole('button', { name: '生成初稿' }).click();

    const report = page.getByRole('article', { name: committeeTitle(2026) });
    await expect(report).toContainText('额济纳旗旗直机关党工委下设党支部');
    await report
      .getByRole('button', { name: /^数字 .*支委会/ })
      .first()
      .click();
    // The figure's panel opens beside the text, outside the article.
    const records = page.getByRole('dialog', { name: /来源/ }).getByRole('list', { name: '旗统计局党支部的来源记录' });
    await expect(records.getByRole('listitem').first()).toBeVisible();

    // A record opens in its own branch, the switcher set to it.
    await records.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/meetings\/\d+$/);
    await expect(page.getByRole('combobox', { name: '支部' }).locator('option:checked')).toHaveText('旗统计局党支部');
  });
});

test('the county committee grades the working committee’s report, and its secretary sees the grade and the comment', async ({
  page,
  browser,
}) => {
  await signIn(page, 'qiwei');
  await expect(page).toHaveURL(/\/overview$/);
  await page.getByRole('navigation', { name: '党建总览' }).getByRole('link', { name: '述职评议' }).click();
  await page
    .getByRole('list', { name: '待评定的报告' })
    .getByRole('link', { name: /额济纳旗旗直机关党工委\s*2025年述职报告/ })
    .click();
  await expect(page.getByRole('article', { name: committeeTitle(2025) })).toContainText('履行抓基层党建工作责任情况');
  // Its comments concern the committee itself: none becomes a branch's rectification item.
  await expect(page.getByText('转为整改事项')).toHaveCount(0);
  await page.getByRole('combobox', { name: '等次' }).selectOption('好');
  await page.getByRole('button', { name: '保存等次' }).click();
  await expect(page.getByText('评定等次已保存')).toBeVisible();
  await page.getByLabel('新的意见').fill('支部书记培训要分类施策，下一年度报送培训计划。');
  await page.getByRole('button', { name: '添加意见' }).click();
  await expect(page.getByText('评议意见已添加')).toBeVisible();

  const secretary = await (await browser.newContext({ storageState: authFile('gongwei') })).newPage();
  await secretary.goto('/report/2025');
  await expect(secretary.getByText('党委评定：好')).toBeVisible();
  await expect(secretary.getByRole('region', { name: '党委评议意见' })).toContainText('支部书记培训要分类施策');
  await secretary.context().close();
});
