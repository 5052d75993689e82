import { expect, test as setup } from '@playwright/test';
import { authFile, demoUsers, signIn } from '@/e2e/fixtures';

for (const user of demoUsers) {
  setup(`sign in as ${user}`, { tag: '@calendar' }, async ({ page }) => {
    await signIn(page, user);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await page.context().storageState({ path: authFile(user) });
  });
}
