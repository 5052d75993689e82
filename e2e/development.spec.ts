import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { formatDate } from '@/components/ui/format';
import { authFile, personId, today } from '@/e2e/fixtures';
import { addDays, addMonths, chineseDate } from '@/lib/dates';

test.use({ storageState: authFile('zuzhi') });

async function recordStep(
  page: Page,
  step: RegExp,
  date: string,
  fill?: (form: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  const form = page.getByRole('region', { name: '记录下一步' });
  await form.getByLabel('步骤').selectOption({
    label: (await form.getByLabel('步骤').locator('option').allTextContents()).find((t) => step.test(t))!,
  });
  await form.getByLabel('日期', { exact: true }).fill(date);
  if (fill) await fill(form);
  await form.getByRole('button', { name: '记录此步骤' }).click();
  return form.getByRole('status');
}

test('the committee walks an applicant to activist and is refused 发展对象 before a full year, with the reason', {
  tag: '@calendar',
}, async ({ page }) => {
  const application = addDays(today, -300);
  await page.goto('/development');
  const start = page.getByRole('region', { name: '新的入党申请' });
  await start.getByLabel('申请人').selectOption({ label: '林静' });
  await start.getByLabel('递交申请书日期').fill(application);
  await start.getByRole('button', { name: '开始发展记录' }).click();
  await expect(start.getByRole('status')).toContainText('已建立发展记录');
  await expect(page.getByRole('region', { name: '入党申请人' }).getByRole('link', { name: /林静/ })).toBeVisible();

  await page.goto(`/development/${personId('林静')}`);
  await expect(await recordStep(page, /党组织派人谈话/, addDays(application, 10))).toContainText('已记录第2步');
  await expect(await recordStep(page, /推荐和确定入党积极分子/, addDays(application, 100))).toContainText(
    '已记录第3步',
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText('林静');
  await expect(page.getByText('入党积极分子', { exact: true }).first()).toBeVisible();
  await expect(await recordStep(page, /上级党委备案/, addDays(application, 105))).toContainText('已记录第4步');
  await expect(
    await recordStep(page, /指定培养联系人/, addDays(application, 110), async (form) => {
      await form.getByLabel('培养联系人一').selectOption({ label: '李娜' });
    }),
  ).toContainText('已记录第5步');
  await expect(await recordStep(page, /培养教育考察/, addDays(application, 200))).toContainText('已记录第6步');

  const refused = await recordStep(page, /确定发展对象/, today);
  await expect(refused).toContainText('一年以上');
  await expect(refused).toContainText(chineseDate(addDays(application, 100)));
  // Nothing was recorded: the step is still the next one, and the person is still an activist.
  await page.reload();
  await expect(page.getByRole('list', { name: '发展步骤' }).getByText('7. 确定发展对象').locator('..')).toContainText(
    '未进行',
  );
});

test('an admission vote without more than half of the voting members in favour is refused', async ({ page }) => {
  await page.goto(`/development/${personId('何思远')}`);
  await expect(await recordStep(page, /支部委员会审查/, addDays(today, -3))).toContainText('已记录第12步');
  await expect(await recordStep(page, /上级党委预审/, addDays(today, -2))).toContainText('已记录第13步');
  await expect(await recordStep(page, /填写入党志愿书/, addDays(today, -1))).toContainText('已记录第14步');
  const refused = await recordStep(page, /支部党员大会讨论/, today, async (form) => {
    await form.getByLabel('应到有表决权党员').fill('14');
    await form.getByLabel('赞成').fill('7');
  });
  await expect(refused).toContainText('半数');
  await expect(
    page.getByRole('list', { name: '发展步骤' }).getByText('15. 支部党员大会讨论').locator('..'),
  ).toContainText('未进行');
});

test('the committee stops a development with its reason, and the timeline shows the stop', async ({ page }) => {
  await page.goto(`/development/${personId('乌日汗')}`);
  const card = page.getByRole('region', { name: '终止发展' });
  await card.getByRole('button', { name: '终止发展…' }).click();
  await card.getByLabel('终止日期').fill(today);
  await card.getByRole('button', { name: '确认终止发展' }).click();
  await expect(card.getByText('请填写终止原因')).toBeVisible();
  await card.getByLabel('终止原因').fill('调离本单位');
  await card.getByRole('button', { name: '确认终止发展' }).click();

  const stopped = page.getByRole('region', { name: '已终止发展' });
  await expect(stopped).toContainText(`已于 ${today} 终止发展`);
  await expect(stopped).toContainText('原因：调离本单位');
  await expect(page.getByRole('region', { name: '记录下一步' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('群众');

  await page.goto('/development');
  await expect(page.getByRole('region', { name: '入党积极分子' })).toBeVisible();
  await expect(page.getByRole('link', { name: /乌日汗/ })).toHaveCount(0);
});

test('sees on the dashboard, dated by the pinned day, that the newest applicant’s first talk is due', {
  tag: '@calendar',
}, async ({ page }) => {
  // The demo's 徐浩 applied 20 days before the day it was seeded, whatever day that is.
  const due = addMonths(addDays(today, -20), 1);
  await page.goto('/');
  await expect(page.getByRole('contentinfo')).toContainText(`本系统的日期固定为 ${formatDate(today, true)}`);
  const reminder = page.getByRole('region', { name: '发展党员提醒' }).getByRole('link', { name: /^入党申请人 徐浩/ });
  await expect(reminder).toContainText(`最迟应于${chineseDate(due)}谈话`);
  await reminder.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('徐浩');
});

test('the roster and pipeline go out to Excel and come back in with nothing changed', async ({ page }) => {
  await page.goto('/development/import');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出名册和发展过程' }).click();
  const file = await (await download).path();
  expect(fs.statSync(file).size).toBeGreaterThan(1000);

  await page.getByLabel('Excel 文件').setInputFiles({
    name: '名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: fs.readFileSync(file),
  });
  await page.getByRole('button', { name: '检查并导入' }).click();
  await expect(page.getByRole('status')).toContainText('没有需要更改的内容');
});

test.describe('the secretary', () => {
  test.use({ storageState: authFile('shuji') });

  test('sets the branch’s 公示 period for development candidates in 支部设置', async ({ page }) => {
    await page.goto('/settings');
    const card = page.getByRole('region', { name: '发展党员公示期' });
    const days = card.getByLabel('公示期（工作日）');
    await expect(days).toHaveValue('5');
    await days.fill('31');
    await card.getByRole('button', { name: '保存公示期' }).click();
    await expect(card.getByText('公示期不能超过30个工作日')).toBeVisible();
    await days.fill('7');
    await card.getByRole('button', { name: '保存公示期' }).click();
    await expect(card.getByRole('status')).toContainText('公示期已保存');
    await page.reload();
    await expect(days).toHaveValue('7');
  });
});

test.describe('a member', () => {
  test.use({ storageState: authFile('dangyuan') });

  test('cannot open development records', async ({ page }) => {
    const response = await page.goto(`/development/${personId('吴桐')}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByText('吴桐')).toHaveCount(0);
  });
});
