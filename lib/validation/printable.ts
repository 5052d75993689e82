/**
 * Characters no record should hold: C0 control characters other than tab and line breaks, DEL, the C1
 * controls, lone UTF-16 surrogates and the non-characters U+FFFE/U+FFFF. Nobody types them; they come from
 * a hostile client or a broken paste, are invisible on screen, and most cannot be written into the XML of
 * the .docx/.xlsx exports at all (the file would not open). Also the bidirectional controls (U+200E/F,
 * U+202A–202E, U+2066–2069), which make text display in another order than it is stored ("王\u202e强明"
 * shows reversed). Every action refuses them (server/actions/define-action.ts).
 */
const unprintable =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const unprintableMessage = '含有无法显示的控制字符，请删除后重新输入';

export function hasUnprintable(text: string): boolean {
  return unprintable.test(text);
}

/**
 * Where the first string holding such a character is in parsed input (plain objects and arrays; files
 * and other objects are not text): its path as 'field' or 'rows.0.note', '' for the input itself, or
 * null when there is none.
 */
export function findUnprintable(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return hasUnprintable(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnprintable(value[i], path ? `${path}.${i}` : String(i));
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return null;
    for (const [key, item] of Object.entries(value)) {
      const found = findUnprintable(item, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}
