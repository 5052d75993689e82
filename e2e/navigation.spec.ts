import { expect, test } from '@playwright/test';
import { authFile, type DemoUser } from '@/e2e/fixtures';

// The committee's areas, and the member's own pages in their place.
const areas = ['结对与服务', '党风廉政', '工作成果', '问题整改', '党务公开'];
const ownPages = ['我的资料', '我参与的项目', '我的整改事项'];

const expectedNav: Record<DemoUser, { shown: string[]; hidden: string[] }> = {
  shuji: {
    shown: ['工作概览', '党员名册', '账户管理', '支部设置', ...areas, '述职报告'],
    hidden: [...ownPages, '述职评议'],
  },
  zuzhi: {
    shown: ['工作概览', '党员名册', ...areas, '述职报告'],
    hidden: ['账户管理', '支部设置', ...ownPages, '述职评议'],
  },
  dangyuan: {
    shown: ['工作概览', ...ownPages, '党务公开'],
    hidden: [
      '党员名册',
      '账户管理',
      '支部设置',
      '结对与服务',
      '党风廉政',
      '工作成果',
      '问题整改',
      '述职报告',
      '述职评议',
    ],
  },
  dangwei: {
    shown: ['党建总览', '党员名册', ...areas, '述职评议'],
    hidden: ['工作概览', '账户管理', '支部设置', ...ownPages, '述职报告'],
  },
  // The working committee's secretary reads like its reviewer and writes the committee's own report.
  gongwei: {
    shown: ['党建总览', '党员名册', ...areas, '述职评议', '述职报告'],
    hidden: ['工作概览', '账户管理', '支部设置', ...ownPages],
  },
  caizheng: {
    shown: ['工作概览', '党员名册', '账户管理', '支部设置', ...areas, '述职报告'],
    hidden: [...ownPages, '述职评议'],
  },
};

for (const [user, nav] of Object.entries(expectedNav) as [DemoUser, (typeof expectedNav)[DemoUser]][]) {
  test.describe(`navigation of ${user}`, () => {
    test.use({ storageState: authFile(user) });

    test('shows only what the role may use', async ({ page }) => {
      await page.goto('/');
      const menu = page.getByRole('navigation', { name: '主导航' });
      for (const label of nav.shown) await expect(menu.getByRole('link', { name: label })).toBeVisible();
      for (const label of nav.hidden) await expect(menu.getByRole('link', { name: label })).toHaveCount(0);
    });
  });
}

test.describe('the reviewer', () => {
  test.use({ storageState: authFile('dangwei') });

  test('switches between the branches of its working committee', async ({ page }) => {
    await page.goto('/members');
    await expect(page.getByRole('link', { name: '孟庆华' })).toBeVisible();
    await page.getByRole('combobox', { name: '支部' }).selectOption({ label: '旗财政局党支部' });
    await expect(page.getByRole('link', { name: '韩志强' })).toBeVisible();
    await expect(page.getByRole('link', { name: '孟庆华' })).toHaveCount(0);
    await page.getByRole('combobox', { name: '支部' }).selectOption({ label: '旗统计局党支部' });
    await expect(page.getByRole('link', { name: '孟庆华' })).toBeVisible();
  });
});

test.describe('the year switcher', () => {
  test.use({ storageState: authFile('zuzhi') });

  test('changes the working year shown on the dashboard', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: '年度' }).selectOption('2023');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('2023年');
  });
});

test.describe('a member', () => {
  test.use({ storageState: authFile('dangyuan') });

  test('sees the branch in numbers and their own card', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('region', { name: '人员构成' })).toContainText('党员总数');
    await expect(page.getByRole('region', { name: '我的', exact: true })).toContainText('王海燕');
  });
});
