import { test as base, expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '@/e2e/accessibility';
import { authFile, type DemoUser, heldDemoMeetingId, noticeId, personId, rectificationItemId } from '@/e2e/fixtures';
import { baseURL } from '@/playwright.config';

/**
 * Who may open which page. Every area adds its routes here; a role not listed as allowed must get the
 * 403 page (or, signed out, the sign-in page) and never the data. Every page is also checked with
 * axe-core (WCAG 2 A/AA: no serious or critical violation) as the branch's committee, as a member and as
 * the reviewer, wherever each may open it (see axeFor), and so are the sign-in, 403 and 404 pages.
 */
type Viewer = DemoUser | 'anonymous';

const ownProfile = personId('王海燕');
const colleague = personId('陈晓梅');
// A reviewer reads one branch at a time, the one picked with the branch switcher.
const otherBranchPerson = personId('乔振宇');
// A person of the statistics branch with a development record.
const developing = personId('吴桐');
// 孟庆华's 2023 item (not the member's); 王海燕's own open item; a published and a proposed notice.
const othersItem = rectificationItemId('深入统计调查对象');
const membersItem = rectificationItemId('对新入职统计员');
const publishedNotice = noticeId('2023年党支部工作要点');
const proposedNotice = noticeId('2026年度民主评议党员工作安排');

// A held meeting of the statistics branch, looked up once (see beforeAll); the paths name it `{held}`.
const held = '{held}';
let heldMeeting: number | undefined;
const resolve = (path: string) => path.replace(held, String(heldMeeting));

/** `route` names the app route a row checks (tests/route-discovery.test.ts holds every route to a row). */
const routes: { route: string; path: string; allowed: Viewer[]; notFoundFor?: Viewer[] }[] = [
  { route: '/', path: '/', allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'] },
  { route: '/ping', path: '/ping', allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'] },
  { route: '/members', path: '/members', allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'] },
  { route: '/members/new', path: '/members/new', allowed: ['shuji', 'zuzhi', 'caizheng'] },
  {
    route: '/members/[id]',
    path: `/members/${colleague}`,
    allowed: ['shuji', 'zuzhi', 'dangwei'],
    notFoundFor: ['caizheng'],
  },
  {
    route: '/members/[id]',
    path: `/members/${ownProfile}`,
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei'],
    notFoundFor: ['caizheng'],
  },
  {
    route: '/members/[id]/edit',
    path: `/members/${colleague}/edit`,
    allowed: ['shuji', 'zuzhi'],
    notFoundFor: ['caizheng'],
  },
  {
    route: '/members/[id]',
    path: `/members/${otherBranchPerson}`,
    allowed: ['caizheng'],
    notFoundFor: ['shuji', 'zuzhi', 'dangwei'],
  },
  { route: '/accounts', path: '/accounts', allowed: ['shuji', 'caizheng'] },
  // The secretary sets the groups up; the committee and the working committee read them.
  { route: '/settings', path: '/settings', allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'] },
  { route: '/password', path: '/password', allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'] },
  { route: '/meetings', path: '/meetings', allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'] },
  { route: '/meetings/new', path: '/meetings/new', allowed: ['shuji', 'zuzhi', 'caizheng'] },
  // caizheng is the secretary of the finance branch: the statistics branch's meeting does not exist for it.
  {
    route: '/meetings/[id]',
    path: `/meetings/${held}`,
    allowed: ['shuji', 'zuzhi', 'dangwei'],
    notFoundFor: ['caizheng'],
  },
  {
    route: '/meetings/[id]/edit',
    path: `/meetings/${held}/edit`,
    allowed: ['shuji', 'zuzhi'],
    notFoundFor: ['caizheng'],
  },
  { route: '/meetings/calendar', path: '/meetings/calendar', allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'] },
  { route: '/meetings/talks', path: '/meetings/talks', allowed: ['shuji', 'zuzhi', 'caizheng'] },
  { route: '/meetings/mine', path: '/meetings/mine', allowed: ['shuji', 'zuzhi', 'dangyuan', 'caizheng'] },
  { route: '/meetings/settings', path: '/meetings/settings', allowed: ['shuji', 'caizheng'] },
  { route: '/meetings/stats', path: '/meetings/stats', allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'] },
  { route: '/development', path: '/development', allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'] },
  {
    route: '/development/[personId]',
    path: `/development/${developing}`,
    allowed: ['shuji', 'zuzhi', 'dangwei'],
    notFoundFor: ['caizheng'],
  },
  { route: '/development/import', path: '/development/import', allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'] },
  // A member sees the projects they took part in; only the committee edits.
  { route: '/projects', path: '/projects', allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'] },
  { route: '/projects/new', path: '/projects/new', allowed: ['shuji', 'zuzhi', 'caizheng'] },
  { route: '/projects/settings', path: '/projects/settings', allowed: ['shuji', 'zuzhi', 'caizheng'] },
  // The statistics branch's first project, which the member took part in, and its first activity.
  {
    route: '/projects/[id]',
    path: '/projects/1',
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei'],
    notFoundFor: ['caizheng'],
  },
  { route: '/projects/[id]/edit', path: '/projects/1/edit', allowed: ['shuji', 'zuzhi'], notFoundFor: ['caizheng'] },
  {
    route: '/projects/activities/[id]/edit',
    path: '/projects/activities/1/edit',
    allowed: ['shuji', 'zuzhi'],
    notFoundFor: ['caizheng'],
  },
  // The report editor belongs to the branch's committee; the working committee reads submitted reports at /review.
  { route: '/report/[year]', path: '/report/2025', allowed: ['shuji', 'zuzhi', 'caizheng'] },
  { route: '/review/[year]', path: '/review/2025', allowed: ['dangwei'] },
  // Both open the year chosen with the switcher.
  { route: '/report', path: '/report', allowed: ['shuji', 'zuzhi', 'caizheng'] },
  { route: '/review', path: '/review', allowed: ['dangwei'] },
  // The submitted 2023 report on A4 pages; the finance branch has no report for 2023.
  {
    route: '/report/[year]/print',
    path: '/report/2023/print',
    allowed: ['shuji', 'zuzhi', 'dangwei'],
    notFoundFor: ['caizheng'],
  },
  // A member opens only the items they are responsible for; nobody outside the committee sees the edit form.
  { route: '/rectification', path: '/rectification', allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'] },
  { route: '/rectification/new', path: '/rectification/new', allowed: ['shuji', 'zuzhi', 'caizheng'] },
  { route: '/rectification/review', path: '/rectification/review', allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'] },
  {
    route: '/rectification/[id]',
    path: `/rectification/${othersItem}`,
    allowed: ['shuji', 'zuzhi', 'dangwei'],
    notFoundFor: ['dangyuan', 'caizheng'],
  },
  {
    route: '/rectification/[id]',
    path: `/rectification/${membersItem}`,
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei'],
    notFoundFor: ['caizheng'],
  },
  {
    route: '/rectification/[id]/edit',
    path: `/rectification/${othersItem}/edit`,
    allowed: ['shuji', 'zuzhi'],
    notFoundFor: ['caizheng'],
  },
  // Unpublished notices exist only for the committee.
  { route: '/notices', path: '/notices', allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'] },
  { route: '/notices/new', path: '/notices/new', allowed: ['shuji', 'zuzhi', 'caizheng'] },
  {
    route: '/notices/[id]',
    path: `/notices/${publishedNotice}`,
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei'],
    notFoundFor: ['caizheng'],
  },
  {
    route: '/notices/[id]',
    path: `/notices/${proposedNotice}`,
    allowed: ['shuji', 'zuzhi'],
    notFoundFor: ['dangyuan', 'dangwei', 'caizheng'],
  },
  // Only the statistics branch has demo letters and work outputs: id 1 is the first of each (2023).
  { route: '/integrity', path: '/integrity', allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'] },
  {
    route: '/integrity/letters/[id]',
    path: '/integrity/letters/1',
    allowed: ['shuji', 'zuzhi', 'dangwei'],
    notFoundFor: ['caizheng'],
  },
  { route: '/outputs', path: '/outputs', allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'] },
  { route: '/outputs/[id]', path: '/outputs/1', allowed: ['shuji', 'zuzhi', 'dangwei'], notFoundFor: ['caizheng'] },
];

/** Route handlers that answer with a file: the status alone says who got it. */
const downloads: { route: string; path: string; type: RegExp; allowed: Viewer[]; notFoundFor?: Viewer[] }[] = [
  {
    route: '/meetings/[id]/minutes.docx',
    path: `/meetings/${held}/minutes.docx`,
    type: /wordprocessingml/,
    allowed: ['shuji', 'zuzhi', 'dangwei'],
    notFoundFor: ['caizheng'],
  },
  // Every reader gets the ledger of their own (or, for a reviewer, the selected) branch.
  {
    route: '/meetings/ledger.xlsx',
    path: '/meetings/ledger.xlsx',
    type: /spreadsheetml/,
    allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'],
  },
  {
    route: '/development/export.xlsx',
    path: '/development/export.xlsx',
    type: /spreadsheetml/,
    allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'],
  },
  {
    route: '/development/template.xlsx',
    path: '/development/template.xlsx',
    type: /spreadsheetml/,
    allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'],
  },
  {
    route: '/integrity/ledger.xlsx',
    path: '/integrity/ledger.xlsx',
    type: /spreadsheetml/,
    allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'],
  },
  {
    route: '/outputs/ledger.xlsx',
    path: '/outputs/ledger.xlsx',
    type: /spreadsheetml/,
    allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'],
  },
  {
    route: '/projects/ledger.xlsx',
    path: '/projects/ledger.xlsx',
    type: /spreadsheetml/,
    allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'],
  },
  {
    route: '/rectification/ledger.xlsx',
    path: '/rectification/ledger.xlsx',
    type: /spreadsheetml/,
    allowed: ['shuji', 'zuzhi', 'dangwei', 'caizheng'],
  },
];

const viewers: Viewer[] = ['anonymous', 'shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'];

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
};
const axeFor = (viewer: Viewer, route: (typeof routes)[number]) =>
  viewers.find((v) => roleClass[v] === roleClass[viewer] && route.allowed.includes(v)) === viewer;
const repeatsTheSecretary = (viewer: Viewer, route: { allowed: Viewer[]; notFoundFor?: Viewer[] }) =>
  viewer === 'caizheng' && route.allowed.includes('shuji') && route.allowed.includes('caizheng');

type Expected = 'sign-in' | 'allowed' | 'not found' | 'forbidden';
function expectedFor(viewer: Viewer, route: (typeof routes)[number]): Expected {
  if (viewer === 'anonymous') return 'sign-in';
  if (route.allowed.includes(viewer)) return 'allowed';
  return route.notFoundFor?.includes(viewer) ? 'not found' : 'forbidden';
}
/** The 403 and 404 pages are the same for every route: axe checks them once per viewer. */
const firstRouteWith = (viewer: Viewer, expected: Expected) =>
  routes.find((route) => expectedFor(viewer, route) === expected);

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
          const context = browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', storageState });
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
