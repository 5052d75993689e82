import type { BranchKind } from '@/lib/branches/model';

/** Built-in project kinds; a branch may use its own kind name beside these. */
export const builtInProjectKinds = ['结对共建', '结对帮扶', '书记项目', '我为群众办实事', '志愿服务'] as const;

/** The kind of a 书记项目: planned for next year with targets, then tracked against them. */
export const secretaryProjectKind = '书记项目';

export const projectStatuses = ['planned', 'active', 'completed', 'closed'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];
export const projectStatusLabels: Record<ProjectStatus, string> = {
  planned: '计划中',
  active: '进行中',
  completed: '已完成',
  closed: '已终止',
};

/** What an output measures; the report groups figures by these. */
export const outputCategories = [
  'money',
  'goods',
  'facilities',
  'households',
  'people',
  'propaganda',
  'other',
] as const;
export type OutputCategory = (typeof outputCategories)[number];
export const outputCategoryLabels: Record<OutputCategory, string> = {
  money: '资金',
  goods: '物资',
  facilities: '建设改造',
  households: '受益户数',
  people: '受益人次',
  propaganda: '宣传品',
  other: '其他',
};

/** The output types a new branch starts with; the branch can add its own. */
export const defaultOutputTypes: { category: OutputCategory; name: string; unit: string }[] = [
  { category: 'money', name: '捐款', unit: '元' },
  { category: 'money', name: '投入资金', unit: '元' },
  { category: 'goods', name: '大米', unit: '袋' },
  { category: 'goods', name: '面粉', unit: '袋' },
  { category: 'goods', name: '食用油', unit: '桶' },
  { category: 'facilities', name: '垃圾点升级改造', unit: '个' },
  { category: 'facilities', name: '病虫害防治', unit: '亩' },
  { category: 'households', name: '受益农牧民', unit: '户' },
  { category: 'people', name: '受益群众', unit: '人次' },
  { category: 'propaganda', name: '横幅', unit: '条' },
  { category: 'propaganda', name: '手机短信', unit: '条' },
  { category: 'propaganda', name: '宣传手册', unit: '份' },
  { category: 'propaganda', name: '宣传展板', unit: '张' },
];

type CategoryDefault = { name: string; unit: string };

/**
 * Work-output categories a new branch starts with, by the kind of organisation it belongs to: the
 * written and practical results such branches usually count. The branch renames, adds and retires them.
 */
export const defaultWorkOutputCategories: Record<BranchKind, CategoryDefault[]> = {
  agency: [
    { name: '调研报告', unit: '篇' },
    { name: '信息简报', unit: '期' },
    { name: '制度文件', unit: '项' },
    { name: '经验材料', unit: '篇' },
    { name: '宣传稿件', unit: '篇' },
  ],
  village: [
    { name: '为民办实事', unit: '件' },
    { name: '矛盾纠纷化解', unit: '件' },
    { name: '人居环境整治', unit: '次' },
    { name: '产业发展项目', unit: '个' },
    { name: '政策宣传', unit: '次' },
  ],
  school: [
    { name: '主题班会', unit: '次' },
    { name: '课程思政案例', unit: '个' },
    { name: '教研成果', unit: '项' },
    { name: '师德师风活动', unit: '次' },
    { name: '家校共育活动', unit: '次' },
  ],
  hospital: [
    { name: '义诊服务', unit: '次' },
    { name: '健康讲座', unit: '场' },
    { name: '新技术新项目', unit: '项' },
    { name: '便民服务举措', unit: '项' },
    { name: '医德医风活动', unit: '次' },
  ],
  state_enterprise: [
    { name: '攻关项目', unit: '个' },
    { name: '合理化建议', unit: '条' },
    { name: '技术创新成果', unit: '项' },
    { name: '提质增效举措', unit: '项' },
    { name: '经验材料', unit: '篇' },
  ],
  private_sector: [
    { name: '合理化建议', unit: '条' },
    { name: '攻关项目', unit: '个' },
    { name: '服务职工实事', unit: '件' },
    { name: '公益活动', unit: '次' },
    { name: '经验材料', unit: '篇' },
  ],
};

/** Whom a 承诺书 was signed with. */
export const letterCounterpartKinds = ['分管领域负责人', '股室', '党员干部', '其他'] as const;
