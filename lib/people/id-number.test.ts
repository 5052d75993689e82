import { describe, expect, it } from 'vitest';
import { birthDateFromIdNumber, checkIdNumber, idNumberCheckChar, isRealDate } from '@/lib/people/id-number';

// 11010519491231002X is the example printed in GB 11643-1999 itself.
const standardExample = '11010519491231002X';

function withCheck(first17: string) {
  return first17 + idNumberCheckChar(first17);
}

describe('resident ID number', () => {
  it('accepts the standard example, including a lower-case x', () => {
    expect(checkIdNumber(standardExample)).toBeNull();
    expect(checkIdNumber(standardExample.toLowerCase())).toBeNull();
  });

  it('computes the check character of the standard example', () => {
    expect(idNumberCheckChar(standardExample.slice(0, 17))).toBe('X');
  });

  it('refuses a wrong check character', () => {
    expect(checkIdNumber('110105194912310021')).toBe('checksum');
  });

  it('refuses wrong lengths and letters in the body', () => {
    expect(checkIdNumber('11010519491231002')).toBe('format');
    expect(checkIdNumber('1101051949123100211')).toBe('format');
    expect(checkIdNumber('11010519491231A02X')).toBe('format');
  });

  it('refuses a birth date that does not exist, even with a correct checksum', () => {
    expect(checkIdNumber(withCheck('15292319900230123'))).toBe('birthDate');
    expect(checkIdNumber(withCheck('15292319901301123'))).toBe('birthDate');
  });

  it('accepts 29 February only in a leap year', () => {
    expect(checkIdNumber(withCheck('15292320000229123'))).toBeNull();
    expect(checkIdNumber(withCheck('15292319990229123'))).toBe('birthDate');
  });

  it('compares the encoded birth date with the birth date field', () => {
    const id = withCheck('15292319850716123');
    expect(birthDateFromIdNumber(id)).toBe('1985-07-16');
    expect(checkIdNumber(id, '1985-07-16')).toBeNull();
    expect(checkIdNumber(id, '1985-07-17')).toBe('mismatch');
  });

  it('knows real dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-2-1')).toBe(false);
  });
});
