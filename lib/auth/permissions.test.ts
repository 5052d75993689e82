import { describe, expect, it } from 'vitest';
import { allPermissions, can, rolePermissions } from '@/lib/auth/permissions';
import { roles } from '@/lib/auth/roles';

describe('permissions table', () => {
  it('names only known permissions', () => {
    for (const role of roles) {
      for (const permission of rolePermissions[role]) expect(allPermissions).toContain(permission);
    }
  });

  it('lets only the secretary manage accounts', () => {
    expect(roles.filter((role) => can({ role }, 'accounts.manage'))).toEqual(['secretary']);
  });

  it('shows private person data to the secretary and the committee only', () => {
    expect(roles.filter((role) => can({ role }, 'members.read_private'))).toEqual(['secretary', 'committee']);
  });

  it('lets the secretary and the committee edit the roster, and nobody else', () => {
    expect(roles.filter((role) => can({ role }, 'members.write'))).toEqual(['secretary', 'committee']);
  });

  it('keeps the reviewer read-only and able to switch branches', () => {
    const reviewer = rolePermissions.reviewer;
    expect(reviewer.filter((p) => p.endsWith('.write') || p === 'accounts.manage')).toEqual([]);
    expect(can({ role: 'reviewer' }, 'branches.switch')).toBe(true);
    expect(can({ role: 'secretary' }, 'branches.switch')).toBe(false);
  });

  it('gives a member only their own things: dashboard, password, attendance, projects, ledger entries naming them, rectification items, published notices, and their own dues', () => {
    expect(rolePermissions.member).toEqual([
      'dashboard.read',
      'profile.password',
      'meetings.attend',
      'projects.mine',
      'ledgers.read',
      'rectification.evidence',
      'notices.read',
      'dues.mine',
    ]);
  });

  it('shows people’s dues bases and payments to the committee only, totals also to the reviewer', () => {
    expect(roles.filter((role) => can({ role }, 'dues.read'))).toEqual(['secretary', 'committee']);
    expect(roles.filter((role) => can({ role }, 'dues.write'))).toEqual(['secretary', 'committee']);
    expect(roles.filter((role) => can({ role }, 'dues.totals'))).toEqual([
      'secretary',
      'committee',
      'reviewer',
      'org_secretary',
    ]);
    expect(roles.filter((role) => can({ role }, 'dues.mine'))).toEqual(['secretary', 'committee', 'member']);
  });

  it('lets only those who read every ledger entry see other people named in them', () => {
    expect(roles.filter((role) => can({ role }, 'ledgers.read_all'))).toEqual([
      'secretary',
      'committee',
      'reviewer',
      'org_secretary',
    ]);
    expect(roles.filter((role) => can({ role }, 'ledgers.write'))).toEqual(['secretary', 'committee']);
  });

  it('lets only a secretary (a branch’s, or an organisation’s for its own report) submit, and only the organisations above review', () => {
    expect(roles.filter((role) => can({ role }, 'report.write'))).toEqual(['secretary', 'committee', 'org_secretary']);
    expect(roles.filter((role) => can({ role }, 'report.submit'))).toEqual(['secretary', 'org_secretary']);
    expect(roles.filter((role) => can({ role }, 'report.review'))).toEqual(['reviewer', 'org_secretary']);
    expect(roles.filter((role) => can({ role }, 'overview.read'))).toEqual(['reviewer', 'org_secretary']);
  });

  it('gives an organisation’s secretary the reviewer’s reading and its own report, and no branch’s records to write', () => {
    const own = ['report.read', 'report.write', 'report.submit'];
    expect(rolePermissions.org_secretary.filter((p) => !own.includes(p))).toEqual(rolePermissions.reviewer);
  });

  it('lets only the secretary and the committee record meetings and see heart-to-heart talks', () => {
    expect(roles.filter((role) => can({ role }, 'meetings.write'))).toEqual(['secretary', 'committee']);
    expect(roles.filter((role) => can({ role }, 'talks.read'))).toEqual(['secretary', 'committee']);
    expect(roles.filter((role) => can({ role }, 'meetings.settings'))).toEqual(['secretary']);
  });

  it('shows member development to the committee and the reviewer, never to members', () => {
    expect(roles.filter((role) => can({ role }, 'development.read'))).toEqual([
      'secretary',
      'committee',
      'reviewer',
      'org_secretary',
    ]);
    expect(roles.filter((role) => can({ role }, 'development.write'))).toEqual(['secretary', 'committee']);
  });

  it('refuses everything to nobody', () => {
    for (const permission of allPermissions) expect(can(null, permission)).toBe(false);
  });
});
