import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { authFile, thisYear } from '@/e2e/fixtures';

test.use({ storageState: authFile('shuji') });

test('the secretary switches a ledger on, records two honours and counts them in the report', async ({ page }) => {
  await page.goto('/ledgers');
  // Which templates a branch starts with depends on its kind: switch on what is offered, 评先评优 if it is.
  const offered = page.getByRole('list', { name: '可启用的模板' });
  const honours = offered.getByRole('button', { name: '启用 评先评优' });
  const chosen = (await honours.count()) ? honours : offered.getByRole('button', { name: /^启用 / }).first();
  const name = (await chosen.textContent())!.replace(/^启用\s*/, '');
  await chosen.click();
  const ledgers = page.getByRole('list', { name: '台账列表' });
  await expect(ledgers.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(offered.getByRole('button', { name: `启用 ${name}` })).toHaveCount(0);

  await ledgers.getByRole('link', { name: '评先评优', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${thisYear}年评先评优`);
  const form = page.getByRole('form', { name: '登记记录' });
  const record = async (title: string, tag: string, level: string, people: string[]) => {
    await form.getByLabel('名称').fill(title);
    await form.getByRole('checkbox', { name: tag }).check();
    await form.getByLabel('级别').selectOption({ label: level });
    for (const person of people) await form.getByRole('checkbox', { name: person }).check();
    await form.getByRole('button', { name: '登记记录' }).click();
    await expect(form.getByRole('status')).toHaveText('记录已登记');
  };
  await record('旗直机关优秀共产党员', '优秀共产党员', '县级', ['刘建军', '李娜']);
  await record('市级先进基层党组织', '先进基层党组织', '市级', []);

  const entry = (title: string) => page.getByRole('list', { name: '记录列表' }).locator('summary', { hasText: title });
  await expect(entry('旗直机关优秀共产党员')).toContainText(/县级.*刘建军、李娜/);
  await expect(entry('市级先进基层党组织')).toContainText('市级');
  const totals = page.getByRole('list', { name: `${thisYear}年合计` });
  await expect(totals).toContainText(/[2-9]\d* 项/);

  // The report counts the honoured people as a figure picked from the ledger, with the entry behind it.
  await page.goto(`/report/${thisYear}`);
  const draft = page.getByRole('button', { name: '生成初稿' });
  if (await draft.count()) await draft.click();
  const text = page.getByRole('textbox', { name: /正文$/ }).first();
  await text.click();
  await text.press('ControlOrMeta+End');
  await text.press('Enter');
  await text.pressSequentially('本年度受表彰的优秀共产党员');
  await page.getByRole('button', { name: '插入数字' }).click();
  const picker = page.getByRole('dialog', { name: '插入数字' });
  await picker.getByRole('searchbox', { name: '搜索数字' }).fill('优秀共产党员');
  await picker
    .getByRole('button', { name: /评先评优.*优秀共产党员.*人数：\d+名/ })
    .first()
    .click();
  await page.keyboard.type('名。');
  await expect(page.getByRole('status', { name: '保存状态' })).toHaveText('已保存');

  const line = text.getByRole('paragraph').filter({ hasText: '本年度受表彰的优秀共产党员' });
  await line.getByRole('button', { name: /^数字 .*优秀共产党员/ }).click();
  const sources = page.getByRole('dialog', { name: /来源/ });
  await expect(sources.getByRole('list', { name: '来源记录' })).toContainText('旗直机关优秀共产党员');
  await expect(sources.getByRole('list', { name: '来源记录' })).not.toContainText('市级先进基层党组织');

  const docx = await page.request.get(`/report/${thisYear}/export.docx`);
  expect(docx.status()).toBe(200);
  const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string');
  expect(xml.replace(/<[^>]+>/g, '')).toMatch(/本年度受表彰的优秀共产党员\d+名。/);
});
