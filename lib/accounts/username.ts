import { pinyin } from 'pinyin-pro';

/** Two-character surnames, whose second character is not an initial of the given name. */
const compoundSurnames = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '端木',
  '百里',
  '呼延',
  '独孤',
  '南宫',
  '西门',
];

const syllables = (text: string) =>
  pinyin(text, { toneType: 'none', type: 'array', surname: 'head', v: true }).map((s) =>
    s.toLowerCase().replace(/[^a-z]/g, ''),
  );

/**
 * The usual form of a username: the surname in full and the initials of the given name (王海燕 →
 * wanghy), made unique against `taken` with a number (wanghy2). Names in Latin letters keep them.
 */
export function suggestUsername(name: string, taken: ReadonlySet<string>): string {
  const trimmed = name.trim();
  const surnameLength = compoundSurnames.some((s) => trimmed.startsWith(s)) ? 2 : 1;
  const surname = syllables(trimmed.slice(0, surnameLength)).join('');
  const given = syllables(trimmed.slice(surnameLength));
  let base = surname + given.map((s) => s[0] ?? '').join('');
  if (base.length < 3) base = surname + given.join('');
  base = base.replace(/^[^a-z]+/, '').slice(0, 28);
  if (base.length < 3) base = `user${base}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}
