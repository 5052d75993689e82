/**
 * Every figure the report can hold, read through the figures route by each reader of reports: the records
 * behind a figure reach only readers who may read records of that kind (who talked with whom is the
 * committee's), while every reader gets every value.
 */
import { describe, expect, it, vi } from 'vitest';
import { setSessionUser, signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));

await setupTestDatabase();
const { loadSessionUser } = await import('@/db/queries/session');
const { figureCatalogue } = await import('@/db/report/figures/catalogue');
const { can } = await import('@/lib/auth/permissions');
const { GET } = await import('@/app/(app)/report/[year]/figures/route');
const f = await import('@/tests/support/fixtures');

const demoBranch = f.branchIdOf(f.statisticsBranchName);
const keys = figureCatalogue({ branchId: demoBranch }).map((entry) => entry.key);

type Figure = { value?: number; records?: { href?: string | null }[]; recordsHidden?: boolean };

async function figuresAs(reader: 'shuji' | 'zuzhi' | 'dangwei') {
  const user =
    reader === 'dangwei' ? loadSessionUser(f.accountNamed('dangwei').id, demoBranch)! : await signInAs(reader);
  setSessionUser(user);
  const query = new URLSearchParams([...keys.map((k) => ['key', k]), ['records', '1'], ['branch', String(demoBranch)]]);
  const response = await GET(new Request(`http://localhost/report/2023/figures?${query}`), {
    params: Promise.resolve({ year: '2023' }),
  });
  expect(response.status).toBe(200);
  return { user, figures: new Map((await response.json()) as [string, Figure][]) };
}

describe('the records behind every figure', () => {
  it('are talks only for readers of talks; every reader gets every value', async () => {
    expect(keys.length).toBeGreaterThan(50);
    const values = new Map<string, number | undefined>();
    let talksSeen = 0;
    for (const reader of ['shuji', 'zuzhi', 'dangwei'] as const) {
      const { user, figures } = await figuresAs(reader);
      const readsTalks = can(user, 'talks.read');
      for (const key of keys) {
        const figure = figures.get(key)!;
        if (!values.has(key)) values.set(key, figure.value);
        expect(figure.value, `${key} as ${reader}`).toBe(values.get(key));
        const talks = (figure.records ?? []).filter((r) => r.href === '/meetings/talks');
        if (!readsTalks) expect(talks, `${key} as ${reader}`).toEqual([]);
        talksSeen += talks.length;
      }
    }
    // The committee does read talks: the demo's 2023 has them.
    expect(talksSeen).toBeGreaterThan(0);
  });
});
