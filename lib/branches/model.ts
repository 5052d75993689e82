/**
 * The kinds of organisation a branch belongs to. The kind chooses the defaults a branch starts with
 * (meeting kind names, work-output categories, ledgers switched on) and its report's first-draft
 * template; nothing else in the app depends on it.
 */
export const branchKinds = ['agency', 'village', 'school', 'hospital', 'state_enterprise', 'private_sector'] as const;
export type BranchKind = (typeof branchKinds)[number];

export const branchKindLabels: Record<BranchKind, string> = {
  agency: '机关',
  village: '村（社区）',
  school: '学校',
  hospital: '医院',
  state_enterprise: '国有企业',
  private_sector: '非公企业与社会组织',
};
