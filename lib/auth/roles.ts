export const roles = ['secretary', 'committee', 'member', 'reviewer'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  secretary: '书记',
  committee: '支委委员',
  member: '党员',
  reviewer: '党工委审阅',
};
