/**
 * Random organisation trees with branches and their records, for the tests that hold a subtree's answers
 * to the sum of its branches' (the overview, the figures over a subtree). Import after `setupTestDatabase()`.
 */
import fc from 'fast-check';
import { db } from '@/db';
import { organisations } from '@/db/schema';
import * as fb from '@/tests/queries/fresh-branch';

export const year = 2026;
export const today = '2026-07-15';
const statuses = ['full', 'probationary', 'candidate', 'activist', 'applicant'] as const;
const codes = ['general', 'committee', 'lecture', 'theme_day'] as const;

const branchRecords = fc.record({
  people: fc.array(fc.constantFrom(...statuses), { minLength: 1, maxLength: 5 }),
  meetings: fc.array(
    fc.record({
      code: fc.constantFrom(...codes),
      month: fc.integer({ min: 1, max: 12 }),
      held: fc.boolean(),
      attendance: fc.array(fc.constantFrom('present', 'leave', 'absent'), { maxLength: 5 }),
    }),
    { maxLength: 6 },
  ),
  items: fc.array(
    fc.record({
      deadlineMonth: fc.integer({ min: 1, max: 12 }),
      state: fc.constantFrom('in_progress', 'completed', 'checked_off'),
    }),
    { maxLength: 3 },
  ),
});

// A tree: each organisation after the first hangs under an earlier one; each branch under any of them.
export const tree = fc.record({
  parents: fc.array(fc.nat(), { minLength: 0, maxLength: 4 }),
  branches: fc.array(fc.record({ under: fc.nat(), records: branchRecords }), { minLength: 1, maxLength: 5 }),
});

let serial = 0;

export type Shape = typeof tree extends fc.Arbitrary<infer T> ? T : never;

/** Inserts the tree and its records; returns the id of its top organisation. */
export function build(shape: Shape) {
  const levels = ['party_committee', 'working_committee', 'general_branch'] as const;
  const ids: number[] = [];
  for (let i = 0; i <= shape.parents.length; i++) {
    const parentId = i === 0 ? null : ids[shape.parents[i - 1] % i];
    ids.push(
      db
        .insert(organisations)
        .values({ name: `随机组织${++serial}`, level: levels[i % 3], parentId })
        .returning()
        .get().id,
    );
  }
  for (const { under, records } of shape.branches) {
    const branch = fb.freshBranch(`随机支部${++serial}`, ids[under % ids.length]);
    const people = records.people.map((status, i) => fb.addPerson(branch.id, `成员${serial}-${i}`, status));
    records.meetings.forEach((m, i) => {
      const date = `${year}-${String(m.month).padStart(2, '0')}-${String(10 + i).padStart(2, '0')}`;
      const meeting = fb.addMeeting(branch.id, m.code, date, m.held ? 'held' : 'planned');
      m.attendance.forEach((status, j) => {
        if (j < people.length) fb.addAttendance(meeting, people[j].id, status);
      });
    });
    for (const item of records.items)
      fb.addRectification(branch.id, people[0].id, {
        foundDate: `${year}-01-05`,
        deadline: `${year}-${String(item.deadlineMonth).padStart(2, '0')}-20`,
        state: item.state,
      });
  }
  return ids[0];
}
