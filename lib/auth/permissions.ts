import type { Role } from './roles';

export const allPermissions = [
  'dashboard.read',
  'profile.password',
  'members.read',
  'members.read_private',
  'members.write',
  'accounts.manage',
  'branches.switch',
] as const;
export type Permission = (typeof allPermissions)[number];

/** The single source of who may do what. Actions and pages ask `can()`; nothing compares role names. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  secretary: [
    'dashboard.read',
    'profile.password',
    'members.read',
    'members.read_private',
    'members.write',
    'accounts.manage',
  ],
  committee: ['dashboard.read', 'profile.password', 'members.read', 'members.read_private', 'members.write'],
  member: ['dashboard.read', 'profile.password'],
  reviewer: ['dashboard.read', 'profile.password', 'members.read', 'branches.switch'],
};

export function can(user: { role: Role } | null | undefined, permission: Permission): boolean {
  return !!user && rolePermissions[user.role].includes(permission);
}
