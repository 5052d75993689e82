import { describe, expect, it } from 'vitest';
import { sameOriginPath } from '@/lib/http/same-origin-path';

const origin = 'https://zhibu.example.cn';

describe('sameOriginPath', () => {
  it('keeps a path of the site with its query and fragment', () => {
    expect(sameOriginPath('/members?status=full#list', origin)).toBe('/members?status=full#list');
    expect(sameOriginPath('/report/2026', `${origin}/`)).toBe('/report/2026');
  });

  it('sends anything that could leave the site to the dashboard', () => {
    for (const raw of [
      '//evil.example/',
      '/\\evil.example/',
      '/\\/evil.example',
      '/\t/evil.example/',
      '/\n/evil.example/',
      '/\r\n/evil.example',
      ' /evil',
      'https://evil.example/',
      'javascript:alert(1)',
      'evil.example',
      '',
      null,
      undefined,
    ]) {
      expect(sameOriginPath(raw, origin), JSON.stringify(raw)).toBe('/');
    }
  });
});
