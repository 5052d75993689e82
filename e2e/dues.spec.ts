import { type Browser, expect, test } from '@playwright/test';
import { authFile, type DemoUser, personId, thisYear, today } from '@/e2e/fixtures';
import { phoneViewport } from '@/e2e/phone-fit';

const pageAs = (browser: Browser, user: DemoUser, phone = false) =>
  browser.newPage({
    storageState: authFile(user),
    ...(phone && { viewport: phoneViewport, isMobile: true, hasTouch: true }),
  });

test('the committee sees who owes dues, sets next year’s base, records a quarter in advance, and the member sees it on a phone', async ({
  browser,
}) => {
  const committee = await pageAs(browser, 'zuzhi');
  await committee.goto('/');
  const panel = committee.getByRole('region', { name: '党费欠交' });
  await expect(panel).toContainText(/杨帆\s*欠交 4 个月/);

  // 王海燕 (the member's account) has paid this year; the committee sets next January's base and takes a quarter ahead.
  const next = thisYear + 1;
  await committee.goto(`/dues/${personId('王海燕')}`);
  await expect(committee.getByRole('heading', { level: 1 })).toHaveText('王海燕的党费');
  const base = committee.getByRole('form', { name: '核定党费基数' });
  await base.getByLabel('党员类别').selectOption({ label: '在职' });
  await base.getByLabel('月工资收入（税后）（元）').fill('6200');
  await base.getByLabel('起始月份').fill(`${next}-01`);
  await base.getByRole('button', { name: '核定基数' }).click();
  await expect(base.getByRole('status')).toHaveText('党费基数已核定');
  await expect(committee.getByRole('list', { name: '核定记录' })).toContainText(
    `${next}年1月起：在职，基数 6,200.00 元`,
  );

  const pay = committee.getByRole('form', { name: '登记交纳' });
  await pay.getByLabel('起始月份').fill(`${next}-01`);
  await pay.getByLabel('截止月份').fill(`${next}-03`);
  await pay.getByLabel('交纳方式').selectOption({ label: '微信' });
  await pay.getByLabel('收据号').fill('DF-E2E-01');
  await pay.getByRole('button', { name: '登记交纳' }).click();
  // 6200 元 is in the 5000–10000 band: 1.5%, 93.00 元 a month.
  await expect(pay.getByRole('status')).toHaveText('已登记 1 名党员交纳党费，共 279.00 元');

  const member = await pageAs(browser, 'dangyuan', true);
  await member.goto('/dues');
  await expect(member.getByRole('heading', { level: 1 })).toHaveText(`${thisYear}年我的党费`);
  await expect(member.getByText(`${today}，279.00 元（${next}年1月至3月，微信）`)).toBeVisible();
  await expect(member.getByText('没有欠交的党费。')).toBeVisible();
  // Nobody else's dues: the member's page names no other member.
  await expect(member.getByText('杨帆')).toHaveCount(0);
});
