/**
 * What an empty year's report page lists: per kind of record, how many the year holds, the kinds without
 * any first. Counted in a branch of its own so every expected number is the rows inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

await setupTestDatabase();
const { db } = await import('@/db');
const { addBranchDefaults } = await import('@/db/defaults');
const { branches, organisations, people, talks } = await import('@/db/schema');
const { reportRecordCoverage } = await import('@/db/report/coverage');
const m = await import('@/tests/support/meetings');
const rx = await import('@/tests/support/rectification');

const committee = db.insert(organisations).values({ name: '覆盖测试党委' }).returning().get();
const branch = db.insert(branches).values({ name: '覆盖测试支部', organisationId: committee.id }).returning().get();
addBranchDefaults(db, branch.id, branch.kind);
const [a, b] = db
  .insert(people)
  .values([
    { branchId: branch.id, name: '甲', gender: 'male', politicalStatus: 'full' },
    { branchId: branch.id, name: '乙', gender: 'female', politicalStatus: 'full' },
  ])
  .returning()
  .all();

describe('reportRecordCoverage', () => {
  it('counts the year’s held meetings, talks and published notices, not planned, deleted or other years’ records', () => {
    m.insertMeeting(branch.id, { status: 'held', date: '2025-03-01' });
    m.insertMeeting(branch.id, { status: 'held', date: '2025-12-31' });
    m.insertMeeting(branch.id, { status: 'planned', date: '2025-12-30' });
    m.insertMeeting(branch.id, { status: 'held', date: '2025-05-01', deletedAt: '2025-06-01T00:00:00.000Z' });
    m.insertMeeting(branch.id, { status: 'held', date: '2026-01-01' });
    db.insert(talks)
      .values([
        { branchId: branch.id, date: '2025-07-07', kind: 'committee_member', initiatorId: a.id, partnerId: b.id },
        {
          branchId: branch.id,
          date: '2025-08-08',
          kind: 'committee_member',
          initiatorId: a.id,
          partnerId: b.id,
          deletedAt: '2025-09-01T00:00:00.000Z',
        },
      ])
      .run();
    rx.insertNotice(branch.id, 'published', { publishedAt: '2025-12-31' });
    rx.insertNotice(branch.id, 'approved', { publishedAt: null });

    const coverage = reportRecordCoverage({ branchId: branch.id }, 2025);
    const count = (key: string) => coverage.find((c) => c.key === key)!.count;
    expect([count('meetings'), count('talks'), count('notices')]).toEqual([2, 1, 1]);
    // The kinds without records come first, in the order the report takes them up.
    expect(coverage.map((c) => c.key)).toEqual([
      'development',
      'service',
      'integrity',
      'rectification',
      'outputs',
      'meetings',
      'talks',
      'notices',
    ]);
    expect(reportRecordCoverage({ branchId: branch.id }, 2024).every((c) => c.count === 0)).toBe(true);
  });
});
