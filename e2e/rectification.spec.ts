import { type Browser, expect, test } from '@playwright/test';
import { authFile, type DemoUser, thisYear, today, uniqueTopic } from '@/e2e/fixtures';
import { addDays } from '@/lib/dates';

const pageAs = (browser: Browser, user: DemoUser) => browser.newPage({ storageState: authFile(user) });

test('a member completes their item with evidence, a different committee member checks it off', async ({ browser }) => {
  const problem = uniqueTopic('报表审核差错较多，业务指导不到位');
  const committee = await pageAs(browser, 'zuzhi');
  await committee.goto('/rectification/new');
  await committee.getByLabel('问题所属方面').fill('专业学习和业务指导方面');
  await committee.getByLabel('责任人').selectOption({ label: '王海燕' });
  await committee.getByLabel('问题', { exact: true }).fill(problem);
  await committee.getByLabel('整改措施').fill('逐表复核，每周一次业务辅导');
  await committee.getByLabel('整改时限').fill(addDays(today, 30));
  await committee.getByRole('button', { name: '保存', exact: true }).click();
  await expect(committee.getByRole('heading', { level: 1 })).toHaveText(problem);

  const member = await pageAs(browser, 'dangyuan');
  await member.goto('/rectification');
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('我的整改事项');
  await expect(member.getByRole('list', { name: '整改事项' })).not.toContainText('普查入户宣传覆盖面不够');
  await member.getByRole('link', { name: problem }).click();
  const evidence = member.getByRole('region', { name: '整改落实' });
  await evidence.getByRole('button', { name: '保存并标记为已完成' }).click();
  await expect(evidence.getByRole('status')).toContainText('请先填写整改完成情况或上传佐证材料');
  await evidence.getByLabel('整改完成情况').fill('已逐表复核三季度报表，开展业务辅导4次。');
  await evidence.getByRole('button', { name: '保存并标记为已完成' }).click();
  await expect(evidence.getByRole('status')).toContainText('已标记为已完成');
  await expect(member.getByRole('button', { name: '对账销号' })).toHaveCount(0);

  await committee.goto('/rectification/review');
  const awaiting = committee.getByRole('article', { name: problem });
  await expect(awaiting).toContainText('已逐表复核三季度报表');
  committee.once('dialog', (dialog) => dialog.accept());
  await awaiting.getByRole('button', { name: '对账销号' }).click();
  await expect(awaiting).toHaveCount(0);
  await expect(committee.getByRole('status').filter({ hasText: problem })).toHaveText(`已对账销号：${problem}`);

  await member.reload();
  await expect(member.getByRole('region', { name: '问题与措施' })).toContainText('李娜对账销号');
  await expect(member.getByText('已销号', { exact: true })).toBeVisible();
  await expect(member.getByRole('region', { name: '变更记录' })).toContainText('对账销号');
  await committee.close();
  await member.close();
});

test.describe('the committee', () => {
  test.use({ storageState: authFile('zuzhi') });

  test('cannot check off an item it is responsible for itself', async ({ page }) => {
    await page.goto('/rectification/review');
    const own = page.getByRole('article', { name: /^党小组会记录不够规范/ });
    await expect(own).toContainText('责任人 李娜');
    await expect(own).toContainText('责任人不能为自己负责的事项销号');
    await expect(own.getByRole('button', { name: '对账销号' })).toHaveCount(0);
  });

  test('sees an overdue item flagged, on the ledger, in the overdue filter and on the dashboard', {
    tag: '@calendar',
  }, async ({ page }) => {
    await page.goto('/rectification');
    const overdue = page.getByRole('list', { name: '整改事项' }).getByRole('link', { name: /普查入户宣传覆盖面不够/ });
    await expect(overdue).toContainText('已逾期');
    await expect(overdue).toContainText(`${thisYear - 1}年结转`);
    await page.getByLabel('状态').selectOption({ label: '已逾期' });
    await expect(page).toHaveURL(/state=overdue/);
    await expect(page.getByRole('list', { name: '整改事项' }).getByRole('link')).toHaveCount(1);
    await page.goto('/');
    await expect(page.getByRole('region', { name: '问题整改' })).toContainText('已逾期1项');
  });
});

// The item is the year's 党费 公示 the committee drafts from the dues ledger (names and amounts, no bases).
test('a dues notice goes 提出 → 审核 → 审批 → 公开, a member reads it, the secretary sees the read', async ({
  browser,
}) => {
  const committee = await pageAs(browser, 'zuzhi');
  await committee.goto('/dues');
  await committee.getByRole('button', { name: '生成全年公示' }).click();
  await expect(committee.getByRole('heading', { level: 1 })).toContainText(`${thisYear}年`);
  await expect(committee.getByRole('heading', { level: 1 })).toContainText('党费收缴情况公示');
  const title = (await committee.getByRole('heading', { level: 1 }).textContent())!;
  await expect(committee.getByText(/杨帆/).first()).toBeVisible();
  await expect(committee.getByText(/基数/)).toHaveCount(0);
  const noticeUrl = new URL(committee.url()).pathname;

  const flow = committee.getByRole('region', { name: '办理流程' });
  await flow.getByRole('button', { name: '审核通过' }).click();
  await expect(flow.getByRole('status').filter({ hasText: '审核须确认已进行保密审查' })).toBeVisible();
  await flow.getByLabel(/已进行保密审查/).check();
  await flow.getByRole('button', { name: '审核通过' }).click();
  await expect(flow).toContainText('等待书记审批');

  const member = await pageAs(browser, 'dangyuan');
  expect((await member.goto(noticeUrl))?.status()).toBe(404);

  const secretary = await pageAs(browser, 'shuji');
  await secretary.goto(noticeUrl);
  const secretaryFlow = secretary.getByRole('region', { name: '办理流程' });
  await secretaryFlow.getByRole('button', { name: '审批同意' }).click();
  secretary.once('dialog', (dialog) => dialog.accept());
  await secretaryFlow.getByRole('button', { name: '公开发布' }).click();
  await expect(secretary.getByText(`公开日期：`)).toBeVisible();

  await member.goto('/notices');
  const newest = member.getByRole('list', { name: '已公开的事项' }).getByRole('link').first();
  await expect(newest).toContainText(title);
  await expect(newest).toContainText('未读');
  await newest.click();
  await member.getByRole('region', { name: '阅读' }).getByRole('button', { name: '标记已读' }).click();
  await expect(member.getByRole('region', { name: '阅读' })).toContainText('您已于');

  await secretary.reload();
  await expect(secretary.getByRole('region', { name: '已读（1人）' })).toContainText('王海燕');
  for (const page of [committee, member, secretary]) await page.close();
});
