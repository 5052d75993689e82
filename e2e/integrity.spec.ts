import fs from 'node:fs/promises';
import { type Download, expect, type Locator, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { authFile, uniqueTopic } from '@/e2e/fixtures';

/** The figure tile of a year's statistics whose label is `label`. */
function figure(page: Page, label: string): Locator {
  return page
    .getByRole('list', { name: /^\d{4}年(统计|合计)$/ })
    .getByRole('listitem')
    .filter({ hasText: label });
}

/** The number a figure tile shows (the first number in it). */
async function figureValue(page: Page, label: string): Promise<number> {
  const text = (await figure(page, label).textContent()) ?? '';
  const match = /(\d+(?:\.\d+)?)/.exec(text.replace(label, ''));
  if (!match) throw new Error(`no number in the ${label} figure: ${text}`);
  return Number(match[1]);
}

/** Every cell's text of a downloaded workbook, sheet by sheet. */
async function workbookCells(download: Download): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile(await download.path())) as unknown as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)))),
    );
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

async function chooseYear(page: Page, year: number, heading: string) {
  await page.getByRole('combobox', { name: '年度', exact: true }).selectOption(String(year));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

test.describe('the committee', () => {
  test.use({ storageState: authFile('zuzhi') });

  test('starts this year’s list from last year’s, adds an aspect with an item and a letter, and sees the counts change', async ({
    page,
  }) => {
    await page.goto('/integrity');
    const year = Number(/^(\d{4})年/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')![1]);

    // This year has no list yet in the demo: copy last year's (5 aspects, 18 items).
    await page.getByRole('button', { name: `复制${year - 1}年清单` }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `已复制${year - 1}年清单：5个方面、18项内容` }),
    ).toBeVisible();
    await expect(figure(page, '责任清单方面')).toContainText('5个');
    await expect(figure(page, '责任清单内容')).toContainText('18项');

    const title = uniqueTopic('强化监督执纪');
    const addAspect = page.getByRole('form', { name: '添加方面' });
    await addAspect.getByLabel('方面名称').fill(title);
    await addAspect.getByRole('button', { name: '添加方面' }).click();
    const aspect = page.getByRole('region', { name: title });
    await expect(aspect.getByRole('heading')).toHaveText(`六、${title}0项`);
    await expect(figure(page, '责任清单方面')).toContainText('6个');

    await aspect.locator('summary', { hasText: '添加内容' }).click();
    const addItem = aspect.getByRole('form', { name: '添加内容' });
    await addItem.getByLabel('清单内容').fill('每季度开展一次廉政风险排查');
    await addItem.getByLabel('责任人').fill('纪检委员');
    await addItem.getByRole('button', { name: '添加内容' }).click();
    await expect(aspect.getByRole('listitem').filter({ hasText: '每季度开展一次廉政风险排查' })).toContainText(
      '责任人：纪检委员',
    );
    await expect(figure(page, '责任清单内容')).toContainText('19项');

    const letters = await figureValue(page, '签订承诺书');
    const counterpart = uniqueTopic('统计执法监督股');
    await page.locator('summary', { hasText: '登记承诺书' }).click();
    const letterForm = page.getByRole('form', { name: '登记承诺书' });
    await letterForm.getByLabel('签订对象类别').selectOption('股室');
    await letterForm.getByLabel('签订对象', { exact: true }).fill(counterpart);
    // The signer is required; a blank one is refused next to the field and nothing is registered.
    await letterForm.getByLabel('签订人').fill('');
    await letterForm.getByRole('button', { name: '登记承诺书' }).click();
    await expect(letterForm.getByText('请填写签订人')).toBeVisible();
    await letterForm.getByLabel('签订人').fill('党组书记、局长 孟庆华');
    await letterForm.getByRole('button', { name: '登记承诺书' }).click();
    await expect(letterForm.getByRole('status')).toHaveText('承诺书已登记');
    await expect(page.getByRole('list', { name: '承诺书列表' }).getByRole('link', { name: counterpart })).toBeVisible();
    await expect(figure(page, '签订承诺书')).toContainText(`${letters + 1}份`);
    await expect(figure(page, '签订承诺书')).toContainText('个股室签订');
  });

  test('links one of the year’s held meetings as a special meeting and unlinks it again', async ({ page }) => {
    await page.goto('/integrity');
    const before = await figureValue(page, '专题会议');
    const picker = page.getByLabel('从本年已召开的会议中选择');
    const option = (await picker.locator('option', { hasText: '纪律处分条例' }).first().textContent())!;
    await picker.selectOption({ label: option });
    await page.getByRole('button', { name: '关联为专题会议' }).click();
    const linked = page
      .getByRole('list', { name: '专题会议列表' })
      .getByRole('listitem')
      .filter({ hasText: '纪律处分条例' });
    await expect(linked).toHaveCount(1);
    await expect(figure(page, '专题会议')).toContainText(`${before + 1}次`);
    await expect(picker.locator('option', { hasText: option })).toHaveCount(0);

    page.once('dialog', (dialog) => dialog.accept());
    await linked.getByRole('button', { name: /取消关联/ }).click();
    await expect(linked).toHaveCount(0);
    await expect(figure(page, '专题会议')).toContainText(`${before}次`);
  });

  test('records a work output and sees the year’s total of its category change, with the entry behind it', async ({
    page,
  }) => {
    await page.goto('/outputs');
    const before = await figureValue(page, '统计分析');
    const title = uniqueTopic('全旗冬季牧业生产形势分析');
    const form = page.getByRole('form', { name: '登记成果' });
    await form.getByLabel('类别').selectOption({ label: '统计分析（篇）' });
    await form.getByLabel('标题').fill(title);
    await form.getByRole('button', { name: '登记成果' }).click();
    await expect(form.getByRole('status')).toHaveText('成果已登记');
    await expect(figure(page, '统计分析')).toContainText(`${before + 1} 篇`);

    await figure(page, '统计分析').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: `统计分析：${before + 1} 篇` })).toBeVisible();
    const list = page.getByRole('list', { name: '成果列表' });
    await expect(list.getByRole('listitem')).toHaveCount(before + 1);
    await expect(list.getByRole('link', { name: title })).toContainText('1 篇');
  });

  test('downloads both ledgers for 2023 as .xlsx holding the year’s rows', async ({ page }) => {
    await page.goto('/integrity');
    await chooseYear(page, 2023, '2023年党风廉政建设');
    const [integrity] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '导出台账' }).click(),
    ]);
    expect(integrity.suggestedFilename()).toBe('旗统计局党支部2023年党风廉政建设台账.xlsx');
    const sheets = await workbookCells(integrity);
    expect([...sheets.keys()]).toEqual(['年度统计', '主体责任清单', '承诺书', '专题会议', '廉政谈话']);
    expect(sheets.get('年度统计')).toContainEqual(['责任清单方面', '4', '个']);
    expect(sheets.get('年度统计')).toContainEqual(['签订承诺书', '12', '份', '与2名分管领域负责人、5个股室签订']);
    expect(sheets.get('主体责任清单')!.flat()).toContain('落实管党治党政治责任');
    expect(sheets.get('承诺书')!.flat()).toContain('副局长 巴图孟和');
    expect(sheets.get('专题会议')!.flat()).toContain('研究党风廉政建设责任清单落实');
    expect(sheets.get('廉政谈话')!.length).toBeGreaterThan(2);

    await page.goto('/outputs');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年工作成果');
    const [outputs] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '导出台账' }).click(),
    ]);
    expect(outputs.suggestedFilename()).toBe('旗统计局党支部2023年工作成果台账.xlsx');
    const ledger = await workbookCells(outputs);
    expect(ledger.get('成果明细')!.flat()).toContain('《额济纳旗统计月报》2023年第1期');
    expect(ledger.get('按类别合计')).toEqual(
      expect.arrayContaining([
        ['统计信息', '36', '篇', '35'],
        ['统计月报', '11', '期', '11'],
        ['统计分析', '8', '篇', '8'],
        ['约稿', '4', '篇', '4'],
        ['调研报告', '3', '篇', '3'],
      ]),
    );
  });
});

test.describe('the reviewer', () => {
  test.use({ storageState: authFile('dangwei') });

  test('reads the figures but not the talks themselves, and has nothing to edit', async ({ page }) => {
    await page.goto('/integrity');
    await chooseYear(page, 2023, '2023年党风廉政建设');
    await expect(figure(page, '廉政谈话')).toContainText(/\d+次/);
    await expect(page.getByText('谈话记录仅支部委员会成员可见')).toBeVisible();
    await expect(page.getByRole('list', { name: '廉政谈话列表' })).toHaveCount(0);
    await expect(page.getByRole('form')).toHaveCount(0);
    await page.goto('/outputs');
    await expect(page.getByRole('form')).toHaveCount(0);
  });
});

test.describe('a party member', () => {
  test.use({ storageState: authFile('dangyuan') });

  test('cannot open either ledger, and the navigation does not offer them', async ({ page }) => {
    for (const path of ['/integrity', '/outputs']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
    }
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link', { name: '党风廉政' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: '工作成果' })).toHaveCount(0);
  });
});
