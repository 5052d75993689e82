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

/** Work-output categories a new branch starts with (a statistics bureau's; others rename them). */
export const defaultWorkOutputCategories: { name: string; unit: string }[] = [
  { name: '统计信息', unit: '篇' },
  { name: '统计月报', unit: '期' },
  { name: '统计分析', unit: '篇' },
  { name: '约稿', unit: '篇' },
  { name: '调研报告', unit: '篇' },
];

/** Whom a 承诺书 was signed with. */
export const letterCounterpartKinds = ['分管领域负责人', '股室', '党员干部', '其他'] as const;
