import { expect, test } from '@playwright/test';
import { authFile, signIn } from '@/e2e/fixtures';
import { demoPassword } from '@/lib/demo-accounts';

test('a wrong password is refused with a clear message', async ({ page }) => {
  await signIn(page, 'shuji', 'not-the-password1');
  await expect(page.getByRole('alert', { name: '登录提示' })).toContainText('用户名或密码错误');
  await expect(page).toHaveURL(/\/login/);
});

test('the login page shows the demo accounts in demo mode', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('region', { name: '演示账户' })).toContainText('demo1234');
});

test('a sign-in link that would leave the site lands on the dashboard; signing out closes the session', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A backslash reads as a slash to the browser: "/\evil.example/" would be another site.
  await page.goto('/login?callbackUrl=%2F%5Cevil.example%2F');
  await page.getByLabel('用户名').fill('zuzhi');
  await page.getByLabel('密码').fill(demoPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  expect(page.url()).toBe(`${baseURL}/`);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/members');
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});

test('changing the password signs the account out in every other browser, and a copied cookie dies with its sign-out', async ({
  browser,
}) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const [here, there] = [await laptop.newPage(), await phone.newPage()];
  for (const page of [here, there]) {
    await signIn(page, 'xuanchuan');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  }
  await here.goto('/password');
  await here.getByLabel('当前密码').fill(demoPassword);
  await here.getByLabel('新密码', { exact: true }).fill('Xuanchuan2026');
  await here.getByLabel('确认新密码').fill('Xuanchuan2026');
  await here.getByRole('button', { name: '保存新密码' }).click();
  await expect(here.getByText('密码已修改。')).toBeVisible();

  await there.goto('/members');
  await expect(there).toHaveURL(/\/login/);
  await here.goto('/members');
  await expect(here.getByRole('heading', { level: 1 })).toHaveText('党员名册');
  // Back to the demo password, which the disabling test below signs in with.
  await here.goto('/password');
  await here.getByLabel('当前密码').fill('Xuanchuan2026');
  await here.getByLabel('新密码', { exact: true }).fill(demoPassword);
  await here.getByLabel('确认新密码').fill(demoPassword);
  await here.getByRole('button', { name: '保存新密码' }).click();
  await expect(here.getByText('密码已修改。')).toBeVisible();

  // A copy of the laptop's cookie, taken before it signs out, opens nothing afterwards.
  const copied = await laptop.storageState();
  expect(copied.cookies.some((c) => c.name.includes('session-token'))).toBe(true);
  await here.getByRole('button', { name: '退出登录' }).click();
  await expect(here).toHaveURL(/\/login/);
  const thief = await browser.newContext({ storageState: copied });
  const stolen = await thief.newPage();
  await stolen.goto('/members');
  await expect(stolen).toHaveURL(/\/login/);
  for (const context of [laptop, phone, thief]) await context.close();
});

test.describe('an account from creation to lockout', () => {
  test.use({ storageState: authFile('shuji') });

  test('the secretary creates it, the user must change the initial password, and 5 wrong passwords lock it', async ({
    page,
    browser,
  }) => {
    // Seven sign-ins, each with a deliberate bcrypt comparison.
    test.slow();
    await page.goto('/accounts');
    const create = page.getByRole('region', { name: '新建账户' });
    await create.getByLabel('人员').selectOption({ label: '陈晓梅（正式党员）' });
    // The username is suggested from the name, the role from the person's 支委职务 (none: 党员).
    await expect(create.getByLabel('用户名')).toHaveValue('chenxm');
    await create.getByLabel('角色').selectOption({ label: '支委委员' });
    await expect(create).toContainText('该人员没有支委职务');
    await create.getByLabel('角色').selectOption({ label: '党员' });
    await create.getByLabel('初始密码').fill('Chushi2026');
    await create.getByRole('button', { name: '创建账户' }).click();
    await expect(create.getByRole('status')).toContainText('已创建账户 chenxm');
    await expect(page.getByRole('article', { name: '陈晓梅的账户' })).toContainText('待修改初始密码');
    // The form starts over: nothing of the first account is carried into the next one.
    await expect(create.getByLabel('人员')).toHaveValue('');
    await expect(create.getByLabel('用户名')).toHaveValue('');
    await expect(create.getByLabel('初始密码')).toHaveValue('');
    await expect(create.getByLabel('角色')).toHaveValue('member');
    await create.getByRole('button', { name: '生成随机密码' }).click();
    await expect(create.getByLabel('初始密码')).toHaveValue(/^[A-Za-z][A-Za-z2-9]{9}$/);

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const user = await context.newPage();
    await signIn(user, 'chenxm', 'Chushi2026');
    await expect(user).toHaveURL(/\/password/);
    await expect(user.getByText('请先设置只有您自己知道的密码')).toBeVisible();
    // Any other page sends a user with an initial password back here.
    await user.goto('/');
    await expect(user).toHaveURL(/\/password/);

    await user.getByLabel('当前密码').fill('Chushi2026');
    await user.getByLabel('新密码', { exact: true }).fill('Chushi2026');
    await user.getByLabel('确认新密码').fill('Chushi2026');
    await user.getByRole('button', { name: '保存新密码' }).click();
    await expect(user.getByText('新密码不能与当前密码相同')).toBeVisible();

    await user.getByLabel('新密码', { exact: true }).fill('Wode2026mima');
    await user.getByLabel('确认新密码').fill('Wode2026mima');
    await user.getByRole('button', { name: '保存新密码' }).click();
    await expect(user).toHaveURL(/\/\?password=changed/);
    await expect(user.getByRole('status')).toContainText('密码已修改');
    await context.close();

    const stranger = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(stranger, 'chenxm', `wrong-guess-${attempt}`);
      await expect(stranger.getByRole('alert', { name: '登录提示' })).toContainText('用户名或密码错误');
    }
    await signIn(stranger, 'chenxm', 'wrong-guess-5');
    await expect(stranger.getByRole('alert', { name: '登录提示' })).toContainText('连续错误5次将锁定账户15分钟');
    // Locked means locked: the right password is refused too, in words that do not tell a guesser so.
    await signIn(stranger, 'chenxm', 'Wode2026mima');
    await expect(stranger.getByRole('alert', { name: '登录提示' })).toContainText('用户名或密码错误');
    await expect(stranger).toHaveURL(/\/login/);

    await page.reload();
    const card = page.getByRole('article', { name: '陈晓梅的账户' });
    await expect(card).toContainText('已锁定');
    // Resetting the password unlocks the account.
    await card.getByLabel('新的初始密码').fill('Reset2026a');
    await card.getByRole('button', { name: '重置密码' }).click();
    await expect(card.getByRole('status').filter({ hasText: '密码已重置' })).toBeVisible();
    await signIn(stranger, 'chenxm', 'Reset2026a');
    await expect(stranger).toHaveURL(/\/password/);
    await stranger.close();
  });
});

test.describe('disabling an account', () => {
  test.use({ storageState: authFile('shuji') });

  test('stops its sign-in until it is enabled again', async ({ page, browser }) => {
    await page.goto('/accounts');
    const card = page.getByRole('article', { name: '巴图孟和的账户' });
    await card.getByRole('button', { name: '停用账户' }).click();
    await expect(card.getByText('已停用', { exact: true })).toBeVisible();

    const other = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    await signIn(other, 'xuanchuan');
    await expect(other.getByRole('alert', { name: '登录提示' })).toContainText('已停用');

    await card.getByRole('button', { name: '启用账户' }).click();
    await expect(card.getByText('已停用', { exact: true })).toHaveCount(0);
    await signIn(other, 'xuanchuan');
    await expect(other.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await other.close();
  });
});
