import { describe, expect, it } from 'vitest';
import { expectedAttendees, isExpectedAttendee, markExpected } from '@/lib/meetings/expected-attendees';

const people = [
  { id: 1, politicalStatus: 'full', committeeTitle: '书记', groupId: 10 },
  { id: 2, politicalStatus: 'full', committeeTitle: null, groupId: 10 },
  { id: 3, politicalStatus: 'probationary', committeeTitle: null, groupId: 11 },
  { id: 4, politicalStatus: 'activist', committeeTitle: null, groupId: 10 },
  { id: 5, politicalStatus: 'full', committeeTitle: '组织委员', groupId: 11 },
] as const;

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

describe('expected attendees', () => {
  it('are all party members, full and probationary, for a general meeting', () => {
    expect(ids(expectedAttendees([...people], 'members', null))).toEqual([1, 2, 3, 5]);
  });

  it('are the committee for a committee meeting', () => {
    expect(ids(expectedAttendees([...people], 'committee', null))).toEqual([1, 5]);
  });

  it("are the group's members for a group meeting, and nobody until a group is chosen", () => {
    expect(ids(expectedAttendees([...people], 'group', 10))).toEqual([1, 2]);
    expect(expectedAttendees([...people], 'group', null)).toEqual([]);
  });

  it('are nobody preset for a kind whose attendees are chosen', () => {
    expect(expectedAttendees([...people], 'chosen', null)).toEqual([]);
  });
});

describe('isExpectedAttendee', () => {
  it('agrees with the default list for every scope that presets one', () => {
    for (const [scope, groupId] of [
      ['members', null],
      ['committee', null],
      ['group', 10],
      ['group', null],
    ] as const) {
      const byRule = people.filter((p) => isExpectedAttendee(p, scope, groupId));
      expect(ids(byRule)).toEqual(ids(expectedAttendees([...people], scope, groupId)));
    }
  });

  it('marks people beyond the rule as 列席: ordinary members at a 支委会, activists at a general meeting', () => {
    expect(markExpected([...people], 'committee', null).map((p) => [p.id, p.expected])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, false],
      [5, true],
    ]);
    expect(markExpected([...people], 'members', null).find((p) => p.id === 4)?.expected).toBe(false);
    expect(markExpected([...people], 'group', 11).map((p) => p.expected)).toEqual([false, false, true, false, true]);
  });

  it('counts everyone chosen for a kind whose attendees are chosen', () => {
    expect(markExpected([...people], 'chosen', null).every((p) => p.expected)).toBe(true);
  });
});
