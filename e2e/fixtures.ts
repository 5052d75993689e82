import { expect, test as base, type Page } from '@playwright/test';
import { demoPassword } from '../db/seed/demo-accounts';
import { financeBureau, statisticsBureau } from '../db/seed/demo-people';

export const demoUsers = ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'] as const;
export type DemoUser = (typeof demoUsers)[number];

export const authFile = (user: DemoUser) => `e2e/.auth/${user}.json`;

/** The demo seed inserts the statistics bureau's people first, then the finance bureau's, in list order. */
export function personId(name: string): number {
  const inStatistics = statisticsBureau.findIndex((p) => p.name === name);
  if (inStatistics >= 0) return inStatistics + 1;
  const inFinance = financeBureau.findIndex((p) => p.name === name);
  if (inFinance >= 0) return statisticsBureau.length + inFinance + 1;
  throw new Error(`no demo person named ${name}`);
}

export async function signIn(page: Page, username: string, password: string = demoPassword) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** A spec signed in as one demo user for all its tests. */
export function asUser(user: DemoUser) {
  base.use({ storageState: authFile(user) });
}

export const test = base;
export { expect };
