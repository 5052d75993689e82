import type { BranchKind } from '@/lib/branches/model';
import type { LedgerShape } from '@/lib/ledgers/model';

/** A ready-made ledger a branch can switch on; `onFor` are the kinds of branch that start with it on. */
export type LedgerTemplate = LedgerShape & {
  code: string;
  name: string;
  description: string;
  onFor: readonly BranchKind[];
};

const none = { quantityUnit: null, hasAmount: false, hasPeople: false, hasLevel: false, hasAttachments: true };

export const ledgerTemplates: readonly LedgerTemplate[] = [
  {
    ...none,
    code: 'honours',
    name: '评先评优',
    description: '支部和党员获得的表彰：名称、级别、受表彰的人（表彰支部的不选人）。',
    unit: '项',
    hasPeople: true,
    hasLevel: true,
    tags: ['先进基层党组织', '优秀共产党员', '优秀党务工作者', '其他表彰'],
    onFor: ['agency', 'village', 'school', 'hospital', 'state_enterprise', 'private_sector'],
  },
  {
    ...none,
    code: 'brand',
    name: '党建品牌与创建',
    description: '支部的党建品牌、星级评定和示范创建：名称、级别和评定结果。',
    unit: '项',
    quantityUnit: '星',
    hasLevel: true,
    tags: ['党建品牌', '星级评定', '示范创建'],
    onFor: ['agency', 'village', 'school', 'hospital', 'state_enterprise', 'private_sector'],
  },
  {
    ...none,
    code: 'posts',
    name: '党员设岗定责',
    description: '党员责任区、示范岗、先锋队和突击队：岗位或队伍名称、在岗党员。',
    unit: '个',
    hasPeople: true,
    tags: ['党员责任区', '党员示范岗', '先锋队', '突击队'],
    onFor: ['village', 'school', 'hospital', 'state_enterprise', 'private_sector'],
  },
  {
    ...none,
    code: 'venues',
    name: '阵地建设',
    description: '党员活动室、文化长廊、宣传栏等阵地的新建和改造：名称、面积、投入。',
    unit: '处',
    quantityUnit: '平方米',
    hasAmount: true,
    tags: ['党员活动室', '文化长廊', '宣传栏', '其他阵地'],
    onFor: ['village', 'state_enterprise', 'private_sector'],
  },
  {
    ...none,
    code: 'funds',
    name: '党建工作经费',
    description: '党建工作经费的收入和支出：日期、事由、金额。',
    unit: '笔',
    hasAmount: true,
    tags: ['收入', '支出'],
    onFor: ['village', 'state_enterprise', 'private_sector'],
  },
  {
    ...none,
    code: 'self_study',
    name: '个人自学',
    description: '党员个人自学：学习内容、学习的人、学时，线上或线下。',
    unit: '次',
    quantityUnit: '学时',
    hasPeople: true,
    hasAttachments: false,
    tags: ['线上', '线下'],
    onFor: ['agency', 'school', 'hospital'],
  },
  {
    ...none,
    code: 'visits',
    name: '调研走访',
    description: '书记和支委调研指导、走访党员群众：对象、参加的人、解决的问题。',
    unit: '次',
    quantityUnit: '户',
    hasPeople: true,
    tags: ['调研指导', '走访党员', '走访群众', '走访困难党员'],
    onFor: ['agency', 'village', 'school', 'hospital', 'state_enterprise', 'private_sector'],
  },
  {
    ...none,
    code: 'collective_economy',
    name: '集体经济',
    description: '村集体经济的收入、合作社和产业项目：事项、金额、带动户数。',
    unit: '项',
    quantityUnit: '户',
    hasAmount: true,
    tags: ['经营性收入', '合作社', '产业项目', '资产盘活'],
    onFor: ['village'],
  },
];

export function ledgerTemplate(code: string): LedgerTemplate | undefined {
  return ledgerTemplates.find((t) => t.code === code);
}

/** The ledgers a new branch of a kind starts with switched on. */
export function defaultLedgerTemplates(kind: BranchKind): LedgerTemplate[] {
  return ledgerTemplates.filter((t) => t.onFor.includes(kind));
}

/** The columns of a ledger switched on from a template (the branch and order are the caller's). */
export function ledgerFromTemplate(t: LedgerTemplate) {
  const { code, onFor: _, ...shape } = t;
  return { template: code, ...shape };
}
