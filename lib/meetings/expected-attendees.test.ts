import { describe, expect, it } from 'vitest';
import { expectedAttendees } from '@/lib/meetings/expected-attendees';

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
