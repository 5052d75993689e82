export const roles = ['secretary', 'committee', 'member', 'reviewer', 'org_secretary'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  secretary: '书记',
  committee: '支委委员',
  member: '党员',
  reviewer: '上级党组织审阅',
  org_secretary: '上级党组织书记',
};

/** Roles of an account of an organisation above branches (it carries the organisation, not a branch). */
export const organisationRoles = ['reviewer', 'org_secretary'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

/**
 * Roles a secretary can give inside the branch; reviewers are created for a working committee. Kept
 * here, beside the labels, so the account forms (client components) read it without pulling the zod
 * schemas of lib/accounts/validation.ts (and zod itself, ~90 kB gzip) into the browser.
 */
export const branchRoles = ['secretary', 'committee', 'member'] as const;
