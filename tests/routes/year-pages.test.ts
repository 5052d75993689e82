/**
 * The report's years: /report lists every year with its report's state, and pages whose address names a
 * year show that year whatever the year switcher's cookie holds — the printed report titles itself (and
 * so the saved PDF) with its own year.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { cookieJar } from '@/tests/support/next-mocks';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));

await setupTestDatabase();
const { yearCookie } = await import('@/server/selected-year');
const print = await import('@/app/(print)/report/[year]/print/page');
const { default: ReportIndex } = await import('@/app/(app)/report/page');

const props = (year: number) => ({
  params: Promise.resolve({ year: String(year) }),
  searchParams: Promise.resolve({}),
});

describe('the printed report', () => {
  it('is titled with the year in its address, not the working year', async () => {
    await signInAs('shuji');
    cookieJar.set(yearCookie, { name: yearCookie, value: '2025' });
    const metadata = await print.generateMetadata(props(2023));
    expect(metadata.title).toEqual({ absolute: '旗统计局党支部2023年党支部书记抓基层党建工作述职报告' });
    const draft = await print.generateMetadata(props(2024));
    expect(draft.title).toEqual({ absolute: '旗统计局党支部2024年党支部书记抓基层党建工作述职报告' });
    cookieJar.delete(yearCookie);
  });
});

describe('the report list', () => {
  it('lists every year to this one with its state, each linking to its report', async () => {
    await signInAs('zuzhi');
    const html = renderToStaticMarkup(await ReportIndex());
    const rows = [...html.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map(([, li]) => ({
      href: /href="([^"]+)"/.exec(li)?.[1],
      text: li.replace(/<[^>]+>/g, ''),
    }));
    expect(rows[0]).toEqual({ href: '/report/2026', text: '2026年述职报告未开始' });
    expect(rows).toContainEqual({ href: '/report/2024', text: '2024年述职报告草稿' });
    expect(rows).toContainEqual({ href: '/report/2023', text: '2023年述职报告已提交 · 较好' });
    expect(rows.at(-1)).toEqual({ href: '/report/2021', text: '2021年述职报告未开始' });
  });

  it('is the branch committee’s, not the working committee’s', async () => {
    // next.config.mjs turns on authInterrupts, which is what lets forbidden() answer 403.
    vi.stubEnv('__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS', 'true');
    await signInAs('dangwei');
    await expect(ReportIndex()).rejects.toMatchObject({ digest: expect.stringMatching(/HTTP_ERROR_FALLBACK;403/) });
    vi.unstubAllEnvs();
  });
});
