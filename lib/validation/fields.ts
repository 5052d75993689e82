import { todayIso } from '@/lib/clock';
import { yuanToFen } from '@/lib/money';
import { isRealDate } from '@/lib/people/id-number';
import { z } from '@/lib/validation/zod';

/** Characters that take no room on screen: text made only of them (and spaces) is empty. */
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Form inputs send '' for an empty field; the database wants null. Invisible-only text counts as empty. */
function blankToNull(value: unknown) {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed.replace(zeroWidth, '').trim() === '' ? null : trimmed;
  }
  return value;
}

export function requiredText(label: string, max = 100) {
  return z.preprocess(blankToNull, z.string(`请填写${label}`).max(max, `${label}不能超过${max}个字`));
}

export function optionalText(label: string, max = 100) {
  return z.preprocess(blankToNull, z.string().max(max, `${label}不能超过${max}个字`).nullable());
}

export function optionalDate(label: string) {
  return z.preprocess(blankToNull, z.string().refine(isRealDate, `${label}应为有效日期，格式如 2023-07-01`).nullable());
}

export function requiredDate(label: string) {
  return z.string(`请填写${label}`).trim().refine(isRealDate, `${label}应为有效日期，格式如 2023-07-01`);
}

/** The date of something that has already happened: today at the latest. */
export function requiredPastDate(label: string) {
  return requiredDate(label).refine((date) => date <= todayIso(), `${label}不能晚于今天`);
}

/** Optional, and today at the latest when given. */
export function optionalPastDate(label: string) {
  return optionalDate(label).refine((date) => date === null || date <= todayIso(), `${label}不能晚于今天`);
}

/** An HTML checkbox: 'on' when ticked, absent otherwise. */
export const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

/** A list an editor sends as one JSON field (rows of a small table). */
export function jsonList<T extends z.ZodType>(item: T, label: string, max: number) {
  return z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v ?? [];
      try {
        return JSON.parse(v);
      } catch {
        return null;
      }
    },
    z.array(item, `${label}格式无效`).max(max, `${label}最多${max}项`),
  );
}

/** Ids picked with repeated checkboxes or a multi-select (one value arrives as a string, none as nothing). */
/** Ids picked from a list (people of a project …): each once, however often the form sent it. */
export function idList(label: string, max = 500) {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(recordId, `${label}无效`)
      .max(max, `${label}最多${max}项`)
      .transform((ids) => [...new Set(ids)]),
  );
}

export function optionalEnum<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.preprocess(blankToNull, z.enum(values, `请选择有效的${label}`).nullable());
}

export function requiredEnum<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.preprocess(blankToNull, z.enum(values, `请选择${label}`));
}

export const recordId = z.coerce.number('记录编号无效').int('记录编号无效').positive('记录编号无效');

export const optionalRecordId = z.preprocess(blankToNull, recordId.nullable());

/** The version the editor loaded; a save with an older one is a conflict. */
export const version = z.coerce.number('版本号无效').int('版本号无效').min(1, '版本号无效');

/** A record as the editor loaded it: removing or archiving it names the version it saw. */
export const versionedRef = z.object({ id: recordId, version });

/** At least 8 characters with both letters and digits. */
export const newPassword = z
  .string('请填写新密码')
  .min(8, '密码至少8位')
  .max(64, '密码不能超过64位')
  .regex(/[A-Za-z]/, '密码需同时包含字母和数字')
  .regex(/\d/, '密码需同时包含字母和数字');

/** Typed in 元 (at most two decimals, a trailing 元 allowed), kept in 分. */
const yuan = (label: string) =>
  z.union([z.string(), z.number()], `${label}应为数字`).transform((v, ctx) => {
    const fen = yuanToFen(v);
    if (typeof fen === 'number') return fen;
    ctx.addIssue({ code: 'custom', message: fen.problem.replace(/^金额/, label) });
    return z.NEVER;
  });

/** An amount in 元 kept in 分; blank is none. */
export const optionalYuan = (label: string) => z.preprocess(blankToNull, yuan(label).nullable());

/** An amount in 元 kept in 分, required. */
export const requiredYuan = (label: string) =>
  z.preprocess(blankToNull, z.union([z.string(), z.number()], `请填写${label}`).pipe(yuan(label)));
