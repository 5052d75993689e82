const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCodes = '10X98765432';

/** The GB 11643 check character for the first 17 digits of a resident ID number. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i];
  return checkCodes[sum % 11];
}

/** A calendar date written YYYY-MM-DD that really exists (no 02-30). */
export function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The birth date encoded in an 18-character ID number, as YYYY-MM-DD. */
export function birthDateFromIdNumber(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

export type IdNumberProblem = 'format' | 'birthDate' | 'checksum' | 'mismatch';

/**
 * Checks an 18-character resident ID number: 17 digits and a check character (digit or X), a real
 * birth date inside it, the GB 11643 checksum, and — when a birth date is given — that both agree.
 */
export function checkIdNumber(raw: string, birthDate?: string | null): IdNumberProblem | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const encoded = birthDateFromIdNumber(id);
  if (!isRealDate(encoded)) return 'birthDate';
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return 'checksum';
  if (birthDate && birthDate !== encoded) return 'mismatch';
  return null;
}

export const idNumberProblemMessages: Record<IdNumberProblem, string> = {
  format: '身份证号应为18位，前17位为数字，末位为数字或X',
  birthDate: '身份证号中的出生日期不存在',
  checksum: '身份证号校验位不正确，请核对',
  mismatch: '身份证号中的出生日期与填写的出生日期不一致',
};
