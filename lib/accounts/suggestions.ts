/*
 * What the account form suggests for a new account. Kept free of heavy imports: the form runs in the browser.
 */
import type { OrganisationRole, Role } from '@/lib/auth/roles';

/** The role a person's 支委职务 suggests: the 书记 runs the branch, other committee members sit on it. */
export function roleForCommitteeTitle(title: string | null): Exclude<Role, OrganisationRole> {
  if (title === '书记') return 'secretary';
  return title ? 'committee' : 'member';
}

/** Why the chosen role does not fit the person's 支委职务, or null when it does. */
export function roleMismatch(role: Role, title: string | null): string | null {
  if (role === 'secretary' && title !== '书记')
    return '该人员的支委职务不是书记：书记账户可管理账户和全部记录，请确认。';
  if (role === 'committee' && !title) return '该人员没有支委职务：支委委员账户可查看身份证号和联系电话，请确认。';
  return null;
}

const passwordLetters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const passwordDigits = '23456789';

/**
 * A random initial password of ten letters and digits, both present, without look-alikes (0 O 1 l I),
 * to read out or print for the new user. `randomInts` gives uniform integers below each bound.
 */
export function randomInitialPassword(randomInts: (bounds: number[]) => number[]): string {
  const alphabet = passwordLetters + passwordDigits;
  const [letter, digit, position, ...rest] = randomInts([
    passwordLetters.length,
    passwordDigits.length,
    9,
    ...Array(8).fill(alphabet.length),
  ]);
  const chars = rest.map((i) => alphabet[i]);
  chars.splice(position % 9, 0, passwordDigits[digit]);
  return passwordLetters[letter] + chars.join('');
}
