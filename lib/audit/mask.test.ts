import { describe, expect, it } from 'vitest';
import { maskPrivate, maskValue } from '@/lib/audit/mask';

describe('audit masking', () => {
  it('hides the middle of private values', () => {
    expect(maskValue('15292319850716123X')).toBe('15**************3X');
    expect(maskValue('13904830001')).toBe('13*******01');
    expect(maskValue('abc')).toBe('***');
  });

  it('masks private fields, drops password hashes and keeps the rest', () => {
    expect(
      maskPrivate({ name: '王海燕', idNumber: '15292319850716123X', passwordHash: '$2b$10$x', phone: null }),
    ).toEqual({ name: '王海燕', idNumber: '15**************3X', phone: null });
  });
});
