import type { Role } from './roles';

export const allPermissions = [
  'dashboard.read',
  'profile.password',
  'members.read',
  'members.read_private',
  'members.write',
  'accounts.manage',
  'branches.switch',
  'meetings.read',
  'meetings.write',
  'meetings.settings',
  'meetings.attend',
  'talks.read',
  'talks.write',
  'development.read',
  'development.write',
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
    'meetings.read',
    'meetings.write',
    'meetings.settings',
    'meetings.attend',
    'talks.read',
    'talks.write',
    'development.read',
    'development.write',
  ],
  committee: [
    'dashboard.read',
    'profile.password',
    'members.read',
    'members.read_private',
    'members.write',
    'meetings.read',
    'meetings.write',
    'meetings.attend',
    'talks.read',
    'talks.write',
    'development.read',
    'development.write',
  ],
  member: ['dashboard.read', 'profile.password', 'meetings.attend'],
  reviewer: ['dashboard.read', 'profile.password', 'members.read', 'branches.switch', 'meetings.read', 'development.read'],
};

export function can(user: { role: Role } | null | undefined, permission: Permission): boolean {
  return !!user && rolePermissions[user.role].includes(permission);
}
