import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PreferenceSelect } from '@/components/shell/preference-select';

const navigation = vi.hoisted(() => ({ pathname: '/' }));
vi.mock('next/navigation', () => ({
  usePathname: () => navigation.pathname,
  useRouter: () => ({ push: vi.fn() }),
}));

const action = vi.fn(async () => ({ ok: true as const, message: '已切换年度' }));

/** The year the select shows, as the server renders it on `pathname` with the cookie's year 2026. */
function shownOn(pathname: string, years = [2027, 2026, 2025, 2024, 2023]): { selected: string; options: string[] } {
  navigation.pathname = pathname;
  const html = renderToStaticMarkup(
    <PreferenceSelect
      label="年度"
      name="year"
      value={2026}
      options={years.map((y) => ({ value: y, label: `${y}年` }))}
      action={action}
      followsAddressYear
    />,
  );
  return {
    selected: /<option[^>]*selected=""[^>]*>([^<]*)<\/option>/.exec(html)?.[1] ?? '',
    options: [...html.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((m) => m[1]),
  };
}

describe('the year switcher', () => {
  beforeEach(() => {
    navigation.pathname = '/';
  });

  it('shows the year the address names on the report, the review and the pages below them', () => {
    expect(shownOn('/report/2023').selected).toBe('2023年');
    expect(shownOn('/review/2024').selected).toBe('2024年');
    expect(shownOn('/report/2025/print').selected).toBe('2025年');
  });

  it('shows the working year where the address names none', () => {
    expect(shownOn('/meetings').selected).toBe('2026年');
    expect(shownOn('/meetings/2023').selected).toBe('2026年');
    expect(shownOn('/report').selected).toBe('2026年');
  });
});
