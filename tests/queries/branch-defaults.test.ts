/**
 * What a new branch starts with, by its kind: the same meeting kinds (codes and rules) under the names
 * such branches use, the kind's own 工作成果 categories and the ledgers its kind switches on — every
 * name unique within the branch, and nothing of a statistics bureau's.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const fb = await import('@/tests/queries/fresh-branch');
const { ledgers, meetingKinds, workOutputCategories } = await import('@/db/schema');
const { branchKinds } = await import('@/lib/branches/model');
const { defaultMeetingKinds } = await import('@/lib/meetings/model');
const { defaultLedgerTemplates } = await import('@/lib/ledgers/templates');

const rowsOf = (branchId: number) => ({
  kinds: db
    .select()
    .from(meetingKinds)
    .where(eq(meetingKinds.branchId, branchId))
    .orderBy(meetingKinds.sortOrder)
    .all(),
  categories: db.select().from(workOutputCategories).where(eq(workOutputCategories.branchId, branchId)).all(),
  ledgers: db.select().from(ledgers).where(eq(ledgers.branchId, branchId)).orderBy(ledgers.sortOrder).all(),
});

const unique = (names: string[]) => new Set(names).size === names.length;

describe.each(branchKinds)('a new %s branch', (kind) => {
  const branch = fb.freshBranch(`默认设置测试支部 ${kind}`, undefined, kind);
  const { kinds, categories, ledgers: switchedOn } = rowsOf(branch.id);

  it('has every built-in meeting kind with its code and rule, each name once', () => {
    expect(kinds.map((k) => [k.code, k.attendeeScope, k.period, k.minCount])).toEqual(
      defaultMeetingKinds.map((k) => [k.code, k.scope, k.period, k.minCount]),
    );
    expect(unique(kinds.map((k) => k.name))).toBe(true);
  });

  it('has its kind’s work-output categories, each once, none a statistics bureau’s', () => {
    expect(categories.length).toBeGreaterThanOrEqual(4);
    expect(unique(categories.map((c) => c.name))).toBe(true);
    expect(categories.filter((c) => c.name.includes('统计'))).toEqual([]);
    expect(categories.every((c) => c.unit.length > 0)).toBe(true);
  });

  it('has the ledgers its kind switches on, from their templates, 评先评优 among them', () => {
    expect(switchedOn.map((l) => l.template)).toEqual(defaultLedgerTemplates(kind).map((t) => t.code));
    expect(switchedOn.map((l) => l.name)).toContain('评先评优');
    expect(unique(switchedOn.map((l) => l.name))).toBe(true);
    expect(switchedOn.every((l) => l.archivedAt === null)).toBe(true);
  });
});

describe('kinds differ where such branches differ', () => {
  const names = (kind: (typeof branchKinds)[number]) =>
    rowsOf(fb.freshBranch(`默认设置对照支部 ${kind}`, undefined, kind).id);

  it('names 集体学习 as a village or a school does, and gives each its own categories', () => {
    const agency = names('agency');
    const village = names('village');
    const school = names('school');
    const study = (r: ReturnType<typeof rowsOf>) => r.kinds.find((k) => k.code === 'study')!.name;
    expect([study(agency), study(village), study(school)]).toEqual(['集体学习', '集中学习', '政治理论学习']);
    expect(village.categories.map((c) => c.name)).toContain('为民办实事');
    expect(agency.categories.map((c) => c.name)).not.toContain('为民办实事');
    expect(village.ledgers.map((l) => l.template)).toContain('collective_economy');
    expect(agency.ledgers.map((l) => l.template)).not.toContain('collective_economy');
  });
});
