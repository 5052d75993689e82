import { maxRosterImportBytes } from '@/lib/attachments/limits';
import { duesCategories, farmerFen, isBanded, paymentMethods, reliefKinds } from '@/lib/dues/model';
import { isMonth } from '@/lib/dues/month';
import {
  idList,
  optionalText,
  optionalYuan,
  recordId,
  requiredEnum,
  requiredPastDate,
  requiredText,
  requiredYuan,
  version,
} from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

const month = (label: string) => z.string(`请选择${label}`).trim().refine(isMonth, `${label}应为年月，格式如 2026-03`);

const span = <T extends z.ZodRawShape>(shape: T, from = 'fromMonth', to = 'toMonth') =>
  z.object(shape).refine((v) => (v as Record<string, string>)[to] >= (v as Record<string, string>)[from], {
    message: '截止月份不能早于起始月份',
    path: [to],
  });

/** A base as the committee sets it (核定) or changes it mid-year. */
export const baseFields = z
  .object({
    personId: recordId,
    category: requiredEnum('党员类别', duesCategories),
    base: optionalYuan('基数'),
    fixed: optionalYuan('每月交纳金额'),
    effectiveMonth: month('起始月份'),
    assessedOn: requiredPastDate('核定日期'),
    reason: optionalText('调整原因', 200),
  })
  .superRefine((v, ctx) => {
    if (isBanded(v.category) && v.base === null)
      ctx.addIssue({ code: 'custom', message: '请填写基数（元）', path: ['base'] });
    if (v.category === 'farmer' && (v.fixed === null || v.fixed < farmerFen.min || v.fixed > farmerFen.max))
      ctx.addIssue({ code: 'custom', message: '农民党员每月交纳0.2元至1元', path: ['fixed'] });
  })
  .transform(({ base, fixed, ...v }) => ({
    ...v,
    baseFen: isBanded(v.category) ? base : null,
    fixedFen: v.category === 'farmer' ? fixed : null,
  }));
export type BaseInput = z.infer<typeof baseFields>;

export const reliefFields = span(
  {
    personId: recordId,
    kind: requiredEnum('类型', reliefKinds),
    monthly: optionalYuan('每月交纳金额'),
    fromMonth: month('起始月份'),
    untilMonth: month('截止月份'),
    reason: requiredText('原因', 200),
    decidedOn: requiredPastDate('支部决定日期'),
    approvedBy: requiredText('批准的上级党组织', 60),
  },
  'fromMonth',
  'untilMonth',
)
  .superRefine((v, ctx) => {
    if (v.kind === 'reduced' && !v.monthly)
      ctx.addIssue({ code: 'custom', message: '少交请填写每月交纳金额', path: ['monthly'] });
  })
  .transform(({ monthly, ...v }) => ({ ...v, monthlyFen: v.kind === 'reduced' ? monthly : null }));
export type ReliefInput = z.infer<typeof reliefFields>;

/** One amount per member, keyed by person id; a form posts them as `amount.<personId>`. */
const amounts = z.record(z.string().regex(/^\d+$/, '党员编号无效'), requiredYuan('交纳金额')).default({});

function collectAmounts(raw: unknown) {
  if (!raw || typeof raw !== 'object') return raw;
  const fields = raw as Record<string, unknown>;
  const collected = Object.fromEntries(
    Object.entries(fields)
      // A blank amount is no amount: the member pays what the months are due.
      .filter(([key, value]) => key.startsWith('amount.') && !(typeof value === 'string' && value.trim() === ''))
      .map(([key, value]) => [key.slice('amount.'.length), value]),
  );
  return { ...fields, amounts: { ...(fields.amounts as object | undefined), ...collected } };
}

/** Payments of one or many members for the same months, on the same day. */
const paymentSpan = span({
  personIds: idList('党员', 500).refine((ids) => ids.length > 0, '请选择交纳党费的党员'),
  fromMonth: month('起始月份'),
  toMonth: month('截止月份'),
  paidOn: requiredPastDate('交纳日期'),
  method: requiredEnum('交纳方式', paymentMethods),
  receiptNo: optionalText('收据号', 40),
  amounts,
  reason: optionalText('金额与应交不符的原因', 200),
});
export const paymentFields = z.preprocess(collectAmounts, paymentSpan);
export type PaymentInput = z.infer<typeof paymentFields>;

export const handoverFields = span({
  fromMonth: month('起始月份'),
  toMonth: month('截止月份'),
  handedOn: requiredPastDate('上缴日期'),
  amount: requiredYuan('上缴金额'),
  recipient: requiredText('接收的上级党组织', 60),
  receiptNo: optionalText('收据号', 40),
  note: optionalText('备注', 200),
});
export type HandoverInput = z.infer<typeof handoverFields>;

export const removeSchema = z.object({ id: recordId, version, reason: requiredText('删除原因', 200) });

export const noticeDraftSchema = span({ fromMonth: month('起始月份'), toMonth: month('截止月份') });

export const importBasesSchema = z.object({
  effectiveMonth: month('起始月份'),
  assessedOn: requiredPastDate('核定日期'),
  reason: optionalText('调整原因', 200),
  file: z
    .instanceof(File, { message: '请选择要导入的 Excel 文件' })
    .refine((f) => f.size > 0, '请选择要导入的 Excel 文件')
    .refine((f) => f.size <= maxRosterImportBytes, '文件不能超过5MB'),
});
