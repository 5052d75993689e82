import type { DuesCategory, PaymentMethod } from '@/lib/dues/model';

/** How a member pays: each month, each quarter at its start, or the whole year in January (预交). */
export type DemoPaying = 'monthly' | 'quarterly' | 'yearly';

export type DemoDuesMember = {
  category: DuesCategory;
  /** In 元: the after-tax pay or pension of a banded category, the monthly amount set for a farmer. */
  yuan: string;
  pays: DemoPaying;
  method: PaymentMethod;
};

/** A branch's dues as the demo tells them; the members are named as in the branch's roster. */
export type DemoDuesBook = {
  /** The committee member who keeps the ledger: the records are entered by their account. */
  keeper: string;
  /** The day of the month members pay (the payday, or the day the village collects). */
  payDay: number;
  /** Every member (full or probationary) of the roster. */
  members: Record<string, DemoDuesMember>;
  /** Stopped paying: always in arrears for the same number of months, whatever the seeding day. */
  inArrears: string;
  /** 免交, decided by the branch and approved by its higher committee. */
  exempt: { name: string; reason: string };
  /** A base changed halfway through the months seeded, with its reason. */
  change: { name: string; yuan: string; reason: string };
};

const payroll = (yuan: string): DemoDuesMember => ({
  category: 'in_service',
  yuan,
  pays: 'monthly',
  method: 'payroll',
});
const quarterly = (yuan: string, method: PaymentMethod = 'wechat', category: DuesCategory = 'in_service') => ({
  category,
  yuan,
  pays: 'quarterly' as const,
  method,
});
const farmer = (yuan: string, method: PaymentMethod = 'cash'): DemoDuesMember => quarterly(yuan, method, 'farmer');

/** 旗统计局党支部: pay across the four bands, one retiree, most paying through the payroll. */
export const statisticsDues: DemoDuesBook = {
  keeper: '李娜',
  payDay: 10,
  members: {
    孟庆华: payroll('10860'),
    李娜: quarterly('7420'),
    巴图孟和: payroll('9350'),
    王海燕: quarterly('5680'),
    刘建军: payroll('8120'),
    陈晓梅: payroll('6950'),
    赵志刚: payroll('6480'),
    苏日娜: quarterly('4850'),
    杨帆: { category: 'in_service', yuan: '4620', pays: 'monthly', method: 'wechat' },
    高建平: quarterly('5860', 'cash', 'retired'),
    周丽: payroll('5240'),
    敖登格日乐: quarterly('4980', 'alipay'),
    孙伟: { category: 'in_service', yuan: '6720', pays: 'yearly', method: 'transfer' },
    马丽娟: payroll('6150'),
    吴桐: payroll('2960'),
    郑凯: payroll('3180'),
  },
  inArrears: '杨帆',
  exempt: { name: '刘建军', reason: '患重病长期住院治疗，家庭生活困难' },
  change: { name: '赵志刚', yuan: '7260', reason: '职级晋升，工资调整' },
};

/** 旗财政局党支部: a small branch paying through the payroll. */
export const financeDues: DemoDuesBook = {
  keeper: '韩志强',
  payDay: 10,
  members: {
    韩志强: payroll('10280'),
    白雪: { category: 'in_service', yuan: '7650', pays: 'yearly', method: 'transfer' },
    额尔敦: payroll('7860'),
    乔振宇: { category: 'in_service', yuan: '5120', pays: 'monthly', method: 'wechat' },
    包丽丽: payroll('3420'),
  },
  inArrears: '乔振宇',
  exempt: { name: '额尔敦', reason: '术后长期病休，家庭生活困难' },
  change: { name: '韩志强', yuan: '10640', reason: '工资标准调整' },
};

/** 胡杨林村党支部: farmers and herders paying a fixed amount each quarter, the village doctor and a retired teacher. */
export const villageDues: DemoDuesBook = {
  keeper: '张秀兰',
  payDay: 8,
  members: {
    王德胜: { category: 'in_service', yuan: '3860', pays: 'monthly', method: 'wechat' },
    其其格: farmer('1'),
    张秀兰: farmer('1'),
    巴特尔: farmer('1'),
    刘永福: farmer('1'),
    赵春生: farmer('0.5'),
    孙桂芳: farmer('0.5'),
    高建国: quarterly('4680', 'cash', 'retired'),
    乌云: { category: 'farmer', yuan: '1', pays: 'monthly', method: 'wechat' },
    陈立军: { category: 'farmer', yuan: '1', pays: 'yearly', method: 'cash' },
    马玉梅: { category: 'in_service', yuan: '3240', pays: 'monthly', method: 'wechat' },
    吴长青: farmer('0.5'),
    李鹏: farmer('1', 'wechat'),
  },
  inArrears: '乌云',
  exempt: { name: '赵春生', reason: '年逾七旬，常年患病，家庭生活困难' },
  change: { name: '王德胜', yuan: '4260', reason: '村干部基本报酬调整' },
};
