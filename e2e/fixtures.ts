import { type Browser, test as base, expect, type Page } from '@playwright/test';
import { demoCalendar } from '@/db/seed/demo-calendar';
import { demoNotices } from '@/db/seed/demo-notices';
import { financeBureau, statisticsBureau } from '@/db/seed/demo-people';
import { demoRectificationItems } from '@/db/seed/demo-rectification';
import { demoPassword } from '@/lib/demo-accounts';
import { port } from '@/playwright.config';
import { pinnedToday } from '@/tests/support/pinned-today';

export const demoUsers = ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei', 'caizheng'] as const;
export type DemoUser = (typeof demoUsers)[number];

/** Per port: runs side by side sign in to servers of their own. */
export const authFile = (user: DemoUser) => `e2e/.auth/${port}/${user}.json`;

/** Today for the server under test, and the demo it seeded. */
export const today = pinnedToday;
export const demo = demoCalendar(today);
/** The demo's current year. */
export const thisYear = Number(today.slice(0, 4));

/** The demo seed inserts the statistics bureau's people first, then the finance bureau's, in list order. */
export function personId(name: string): number {
  const inStatistics = statisticsBureau.findIndex((p) => p.name === name);
  if (inStatistics >= 0) return inStatistics + 1;
  const inFinance = financeBureau.findIndex((p) => p.name === name);
  if (inFinance >= 0) return statisticsBureau.length + inFinance + 1;
  throw new Error(`no demo person named ${name}`);
}

/** The demo seeds the statistics branch first, then the finance branch. */
export const financeBranchId = 2;

/** Only the statistics branch has demo rectification items and notices, inserted in list order. */
export function rectificationItemId(problemStart: string): number {
  const index = demoRectificationItems(demo).findIndex((i) => i.problem.startsWith(problemStart));
  if (index < 0) throw new Error(`no demo rectification item ${problemStart}`);
  return index + 1;
}

export function noticeId(title: string): number {
  const index = demoNotices.findIndex((n) => n.title === title);
  if (index < 0) throw new Error(`no demo notice ${title}`);
  return index + 1;
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

/** The demo's first 支委会 (6 January 2023): held, in a closed year, and never written to by a test. */
export const heldDemoMeetingTopic = '研究年度党建工作要点和学习计划';

/**
 * The id of `heldDemoMeetingTopic`, read the way a committee member finds it: the 2023 meeting list.
 * Looked up rather than assumed, so a change in the seed's insert order cannot point a test elsewhere.
 */
export async function heldDemoMeetingId(browser: Browser): Promise<number> {
  const page = await browser.newPage({ storageState: authFile('zuzhi') });
  await page.goto('/meetings');
  await page.getByRole('combobox', { name: '年度' }).selectOption('2023');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年组织生活');
  const href = await page
    .getByRole('list', { name: '会议列表' })
    .getByRole('link', { name: new RegExp(`1月6日.*${heldDemoMeetingTopic}`) })
    .getAttribute('href');
  await page.close();
  const id = Number(/^\/meetings\/(\d+)$/.exec(href ?? '')?.[1]);
  if (!id) throw new Error(`no meeting link for ${heldDemoMeetingTopic}: ${href}`);
  return id;
}

/** A topic no other test (or earlier run against the same database) has used. */
export function uniqueTopic(label: string): string {
  return `${label}（e2e ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}）`;
}

/**
 * Records a meeting through the form (today, the kind's default attendees all present when held) and
 * returns its id from the detail page it lands on.
 */
export async function recordMeeting(
  page: Page,
  { kind, topic, planned = false }: { kind: string; topic: string; planned?: boolean },
) {
  await page.goto(planned ? '/meetings/new?status=planned' : '/meetings/new');
  await page.getByLabel('会议类型', { exact: true }).selectOption({ label: kind });
  await expect(page.getByRole('group', { name: '参会人员' }).getByRole('listitem').first()).toBeVisible();
  await page.getByLabel('会议主题', { exact: true }).fill(topic);
  if (!planned) await page.getByRole('button', { name: '全部出席' }).click();
  await page.getByRole('button', { name: '保存会议' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic);
  const id = Number(/\/meetings\/(\d+)/.exec(page.url())?.[1]);
  expect(id).toBeGreaterThan(0);
  return id;
}
