import { test as base, expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '@/e2e/accessibility';
import { held, type PageRow, type Viewer } from '@/e2e/authz-rows';
import { downloads, routes } from '@/e2e/authz-table';
import { authFile, heldDemoMeetingId } from '@/e2e/fixtures';
import { expectFitsPhone, phoneViewport } from '@/e2e/phone-fit';
import { baseURL } from '@/playwright.config';

/**
 * Who may open which page (the rows: e2e/<area>.authz.ts, assembled by e2e/authz-table.ts); a role not
 * listed as allowed must get the 403 page (or, signed out, the sign-in page) and never the data. Every page
 * is also checked with axe-core (WCAG 2 A/AA: no serious or critical violation) as the branch's committee,
 * as a member and as the reviewer, wherever each may open it (see axeFor), and so are the sign-in, 403 and
 * 404 pages; the committee's and the member's pages are opened on a phone and must fit it (see onPhone).
 */

// The held meeting the paths name `{held}`, looked up once (see beforeAll).
let heldMeeting: number | undefined;
const resolve = (path: string) => path.replace(held, String(heldMeeting));

const viewers: Viewer[] = ['anonymous', 'shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei', 'caizheng'];

/**
 * Who opens the pages on a 390 px phone: a member, whose pages must also give every control a 44 px
 * target, and the committee member, whose pages are the branch's (the secretary's, checked by axe on a
 * laptop, differ only by a few buttons). Nothing they may open may scroll sideways.
 */
const onPhone = (viewer: Viewer) => viewer === 'dangyuan' || viewer === 'zuzhi';

/**
 * Pages look the same to the branch's secretaries and committee members, apart from a few buttons: axe
 * checks each page once for them (the first of them allowed), once for a member and once for the
 * reviewer. The finance branch's secretary is checked where its answer differs from the statistics
 * branch's secretary's (records of another branch); elsewhere it would repeat the same check.
 */
const roleClass: Record<Viewer, string> = {
  anonymous: 'anonymous',
  shuji: 'branch',
  zuzhi: 'branch',
  caizheng: 'branch',
  dangyuan: 'member',
  dangwei: 'reviewer',
  gongwei: 'organisation secretary',
};
const axeFor = (viewer: Viewer, route: PageRow) =>
  viewers.find((v) => roleClass[v] === roleClass[viewer] && route.allowed.includes(v)) === viewer;
const repeatsTheSecretary = (viewer: Viewer, route: PageRow) =>
  viewer === 'caizheng' && route.allowed.includes('shuji') && route.allowed.includes('caizheng');

type Expected = 'sign-in' | 'allowed' | 'not found' | 'forbidden';
function expectedFor(viewer: Viewer, route: PageRow): Expected {
  if (viewer === 'anonymous') return 'sign-in';
  if (route.allowed.includes(viewer)) return 'allowed';
  return route.notFoundFor?.includes(viewer) ? 'not found' : 'forbidden';
}
/** The 403 and 404 pages are the same for every route: axe checks them once per viewer. */
const firstRouteWith = (viewer: Viewer, expected: Expected) =>
  routes.find((route) => expectedFor(viewer, route) === expected);
/** Where a refusal is also run through axe: the sign-in page once, the 403 and 404 pages once per viewer. */
const refusalAxeFor = (viewer: Viewer, route: PageRow, expected: Expected) =>
  expected === 'sign-in' ? route === routes[0] : route === firstRouteWith(viewer, expected);

const refusalText: Record<Exclude<Expected, 'allowed'>, { status: number; heading: string }> = {
  'sign-in': { status: 200, heading: '账号登录' },
  forbidden: { status: 403, heading: '无权访问' },
  'not found': { status: 404, heading: '页面不存在' },
};

/**
 * A refusal checked on the server's answer, without rendering it in the browser (the rendered 403, 404
 * and sign-in pages are checked, with axe, once per viewer): the status, the refusal's heading, and none
 * of the roster's private fields in what was sent.
 */
async function expectRefusedHtml(page: Page, path: string, expected: Exclude<Expected, 'allowed'>) {
  const response = await page.request.get(path);
  const { status, heading } = refusalText[expected];
  expect(response.status()).toBe(status);
  if (expected === 'sign-in') expect(new URL(response.url()).pathname).toBe('/login');
  const html = await response.text();
  expect(html).toContain(heading);
  expect(html).not.toMatch(/身份证号|联系电话/);
}

/**
 * Well over a hundred read-only checks, so they share what is costly on a small machine: each worker
 * keeps one signed-in page per viewer (opening a context and a page takes longer than the check), and
 * the checks are spread over both workers. Nothing here writes or switches branch or year, so a check
 * cannot change what the next one sees; each starts with a full navigation.
 */
const test = base.extend<object, { pageOf: (viewer: Viewer) => Promise<Page> }>({
  pageOf: [
    async ({ browser }, use) => {
      const pages = new Map<Viewer, Promise<Page>>();
      await use((viewer) => {
        if (!pages.has(viewer)) {
          const storageState = viewer === 'anonymous' ? { cookies: [], origins: [] } : authFile(viewer);
          const context = browser.newContext({
            baseURL,
            locale: 'zh-CN',
            timezoneId: 'Asia/Shanghai',
            storageState,
            ...(onPhone(viewer) && { viewport: phoneViewport, isMobile: true, hasTouch: true }),
          });
          pages.set(
            viewer,
            context.then((c) => c.newPage()),
          );
        }
        return pages.get(viewer)!;
      });
      for (const page of pages.values()) await (await page).context().close();
    },
    { scope: 'worker' },
  ],
});
test.describe.configure({ mode: 'parallel' });

// In parallel mode every test runs the hooks for itself; the id is looked up once per worker.
test.beforeAll(async ({ browser }) => {
  heldMeeting ??= await heldDemoMeetingId(browser);
});

// The shared pages are not traced; a failed check keeps a screenshot of what the viewer saw.
let current: Page | undefined;
// biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a hook asks for from this pattern.
test.afterEach(async ({}, testInfo) => {
  if (current && testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('screenshot', {
      body: await current.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  }
  current = undefined;
});

for (const viewer of viewers) {
  test.describe(`as ${viewer}`, () => {
    for (const route of routes) {
      const expected = expectedFor(viewer, route);
      if (repeatsTheSecretary(viewer, route)) continue;

      test(`${route.path} → ${expected}`, async ({ pageOf }) => {
        const page = (current = await pageOf(viewer));
        if (expected !== 'allowed' && !refusalAxeFor(viewer, route, expected)) {
          await expectRefusedHtml(page, resolve(route.path), expected);
          return;
        }
        const response = await page.goto(resolve(route.path));
        if (expected === 'sign-in') {
          await expect(page).toHaveURL(/\/login/);
          await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
          if (route === routes[0]) await expectNoSeriousA11yViolations(page, 'the sign-in page');
        } else if (expected === 'allowed') {
          expect(response?.status()).toBe(200);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expect(page.getByText('无权访问')).toHaveCount(0);
          if (axeFor(viewer, route)) await expectNoSeriousA11yViolations(page, `${route.path} as ${viewer}`);
          if (onPhone(viewer))
            await expectFitsPhone(page, { targets: viewer === 'dangyuan' }, `${route.path} as ${viewer}`);
        } else if (expected === 'forbidden') {
          expect(response?.status()).toBe(403);
          await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
          await expect(page.getByText(/身份证号|联系电话/)).toHaveCount(0);
          if (route === firstRouteWith(viewer, 'forbidden'))
            await expectNoSeriousA11yViolations(page, `the 403 page as ${viewer}`);
        } else {
          expect(response?.status()).toBe(404);
          await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
          if (route === firstRouteWith(viewer, 'not found'))
            await expectNoSeriousA11yViolations(page, `the 404 page as ${viewer}`);
        }
      });
    }

    for (const download of downloads) {
      if (repeatsTheSecretary(viewer, download)) continue;
      const expected =
        viewer === 'anonymous'
          ? 401
          : download.allowed.includes(viewer)
            ? 200
            : download.notFoundFor?.includes(viewer)
              ? 404
              : 403;

      test(`${download.path} → ${expected}`, async ({ pageOf }) => {
        const page = await pageOf(viewer);
        const response = await page.request.get(resolve(download.path), { maxRedirects: 0 });
        expect(response.status()).toBe(expected);
        if (expected === 200) {
          expect(response.headers()['content-type']).toMatch(download.type);
          expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
        } else {
          expect(response.headers()['content-type']).toMatch(/^text\/plain/);
        }
      });
    }
  });
}
