import { describe, expect, it } from 'vitest';
import { createMeetingSchema } from '@/lib/meetings/validation';

const base = {
  kindId: '1',
  status: 'planned',
  date: '2020-01-01',
  topic: '主题党日',
  attendance: JSON.stringify([{ personId: 1, status: null, reason: null }]),
};

const issues = (input: Record<string, unknown>) => {
  const result = createMeetingSchema.safeParse({ ...base, ...input });
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('removedAttendees', () => {
  it('is empty when the form sends none, and keeps each removal with its reason', () => {
    expect(createMeetingSchema.parse(base).removedAttendees).toEqual([]);
    expect(
      createMeetingSchema.parse({
        ...base,
        removedAttendees: JSON.stringify([{ personId: 2, reason: ' 调离本支部 ' }]),
      }).removedAttendees,
    ).toEqual([{ personId: 2, reason: '调离本支部' }]);
  });

  it('needs a reason for every removal', () => {
    expect(issues({ removedAttendees: JSON.stringify([{ personId: 2, reason: '  ' }]) })).toEqual([
      ['removedAttendees.0.reason', '请填写移出名单的原因'],
    ]);
    expect(issues({ removedAttendees: JSON.stringify([{ personId: 2 }]) })).toEqual([
      ['removedAttendees.0.reason', '请填写移出名单的原因'],
    ]);
  });

  it('refuses someone both removed and on the list, or removed twice', () => {
    expect(issues({ removedAttendees: JSON.stringify([{ personId: 1, reason: '调离' }]) })).toEqual([
      ['attendance', '移出名单的人员不能同时在出勤名单中'],
    ]);
    expect(
      issues({
        removedAttendees: JSON.stringify([
          { personId: 2, reason: '调离' },
          { personId: 2, reason: '调离' },
        ]),
      }),
    ).toEqual([['attendance', '移出名单的人员不能同时在出勤名单中']]);
  });
});
