/*
 * 党费: what a member pays and how it is kept. The categories and the rules come from the Party's
 * regulations on dues; the amounts are in 分 (integers) everywhere.
 */

/** Members pay dues (probationary members too); applicants, activists and candidates do not. */
export const paysDues = (status: string) => status === 'full' || status === 'probationary';

/** A member's category decides what their base is and which rates apply. */
export const duesCategories = [
  'in_service',
  'annual_salary',
  'self_employed',
  'retired',
  'farmer',
  'student',
  'unemployed',
  'hardship',
] as const;
export type DuesCategory = (typeof duesCategories)[number];

export const duesCategoryLabels: Record<DuesCategory, string> = {
  in_service: '在职',
  annual_salary: '年薪制',
  self_employed: '个体经营',
  retired: '离退休',
  farmer: '农民',
  student: '学生',
  unemployed: '下岗失业',
  hardship: '低保等困难',
};

/** What the base of a banded category is, in the words of the form. */
export const duesBaseLabels: Partial<Record<DuesCategory, string>> = {
  in_service: '月工资收入（税后）',
  annual_salary: '当月实得工资收入',
  self_employed: '上季度月平均纯收入',
  retired: '月养老金（离退休费）',
};

/** Categories whose dues are a share of a base; the others pay a fixed monthly amount. */
export const bandedCategories: readonly DuesCategory[] = ['in_service', 'annual_salary', 'self_employed', 'retired'];
export const isBanded = (category: DuesCategory) => bandedCategories.includes(category);

/** Farmers pay 0.2–1 元 a month, the amount the branch sets for them. */
export const farmerFen = { min: 20, max: 100 } as const;
/** Students, unemployed members and members on relief pay 0.2 元 a month. */
export const minimalFen = 20;

export const reliefKinds = ['reduced', 'exempt'] as const;
export type ReliefKind = (typeof reliefKinds)[number];
export const reliefKindLabels: Record<ReliefKind, string> = { reduced: '少交', exempt: '免交' };

export const paymentMethods = ['cash', 'transfer', 'wechat', 'alipay', 'payroll', 'other'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
export const paymentMethodLabels: Record<PaymentMethod, string> = {
  cash: '现金',
  transfer: '银行转账',
  wechat: '微信',
  alipay: '支付宝',
  payroll: '工资代扣',
  other: '其他',
};

/** Dues may be paid in advance for up to a year. */
export const maxMonthsAhead = 12;
/** Unpaid months after which the committee is reminded to collect (催缴). */
export const reminderMonths = 3;
/** Consecutive unpaid months without a proper reason that the Party Constitution (Article 9) treats as 自行脱党. */
export const lapseMonths = 6;
