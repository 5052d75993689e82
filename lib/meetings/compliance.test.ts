import { describe, expect, it } from 'vitest';
import {
  complianceCalendar,
  complianceWarnings,
  daysSinceLastMeeting,
  type FrequencyRule,
  frequencyRuleText,
  type HeldMeeting,
  inactivityThresholdDays,
} from '@/lib/meetings/compliance';

const general: FrequencyRule = {
  key: 'general',
  kindId: 1,
  kindName: '支部党员大会',
  period: 'quarter',
  minCount: 1,
  groupId: null,
  groupName: null,
};
const committee: FrequencyRule = {
  key: 'committee',
  kindId: 2,
  kindName: '支委会',
  period: 'month',
  minCount: 1,
  groupId: null,
  groupName: null,
};
const group1: FrequencyRule = {
  key: 'group:1',
  kindId: 3,
  kindName: '党小组会',
  period: 'month',
  minCount: 1,
  groupId: 1,
  groupName: '第一党小组',
};
const group2: FrequencyRule = { ...group1, key: 'group:2', groupId: 2, groupName: '第二党小组' };
const lecture: FrequencyRule = {
  key: 'lecture',
  kindId: 4,
  kindName: '党课',
  period: 'year',
  minCount: 2,
  groupId: null,
  groupName: null,
};

let nextId = 1;
function held(kindId: number, date: string, groupId: number | null = null): HeldMeeting {
  return { id: nextId++, kindId, date, groupId };
}

/** The cell of the only rule's row whose period has the given index. */
function cell(rule: FrequencyRule, meetings: HeldMeeting[], year: number, today: string, index: number) {
  const [row] = complianceCalendar([rule], meetings, year, today);
  const found = row.cells.find((c) => c.period.index === index);
  if (!found) throw new Error(`no period ${index}`);
  return found;
}

function warnings(rules: FrequencyRule[], meetings: HeldMeeting[], year: number, today: string) {
  return complianceWarnings(complianceCalendar(rules, meetings, year, today), today);
}

describe('frequencyRuleText', () => {
  it('reads like the rule book', () => {
    expect(frequencyRuleText('month', 1)).toBe('每月至少1次');
    expect(frequencyRuleText('quarter', 1)).toBe('每季度至少1次');
    expect(frequencyRuleText('year', 2)).toBe('每年至少2次');
  });
});

describe('complianceCalendar', () => {
  it('has one row per rule with a cell per period of the year', () => {
    const rows = complianceCalendar([committee, general, lecture], [], 2025, '2025-06-15');
    expect(rows.map((r) => [r.rule.key, r.ruleText, r.cells.length])).toEqual([
      ['committee', '每月至少1次', 12],
      ['general', '每季度至少1次', 4],
      ['lecture', '每年至少2次', 1],
    ]);
    expect(rows[1].cells[1].period).toMatchObject({
      index: 2,
      start: '2025-04-01',
      end: '2025-06-30',
      label: '第二季度',
    });
  });

  it('counts a meeting on 03-31 for March and Q1, and on 04-01 for April and Q2', () => {
    const march31 = held(2, '2025-03-31');
    const april1 = held(2, '2025-04-01');
    const [row] = complianceCalendar([committee], [march31, april1], 2025, '2025-12-31');
    expect(row.cells[2]).toMatchObject({ count: 1, meetingIds: [march31.id], state: 'met' });
    expect(row.cells[3]).toMatchObject({ count: 1, meetingIds: [april1.id], state: 'met' });

    const q1End = held(1, '2025-03-31');
    const q2Start = held(1, '2025-04-01');
    const [quarters] = complianceCalendar([general], [q1End, q2Start], 2025, '2025-12-31');
    expect(quarters.cells.map((c) => c.meetingIds)).toEqual([[q1End.id], [q2Start.id], [], []]);
  });

  it('counts the first and last day of the year and ignores meetings of other years', () => {
    const first = held(4, '2025-01-01');
    const last = held(4, '2025-12-31');
    const before = held(4, '2024-12-31');
    const after = held(4, '2026-01-01');
    const [row] = complianceCalendar([lecture], [before, first, last, after], 2025, '2025-06-01');
    expect(row.cells[0]).toMatchObject({ count: 2, meetingIds: [first.id, last.id], state: 'met' });

    const [next] = complianceCalendar([lecture], [before, first, last, after], 2026, '2026-06-01');
    expect(next.cells[0]).toMatchObject({ count: 1, meetingIds: [after.id], state: 'due' });

    const [months] = complianceCalendar(
      [committee],
      [held(2, '2024-01-15'), held(2, '2026-01-15')],
      2025,
      '2026-01-01',
    );
    expect(months.cells.every((c) => c.count === 0 && c.state === 'missed')).toBe(true);
  });

  it('leaves the original period missed when a meeting is rescheduled into the next one', () => {
    // March's 支委会 was put off to 2 April: March is missed, April is met by it.
    const moved = held(2, '2025-04-02');
    const [row] = complianceCalendar([committee], [moved], 2025, '2025-04-10');
    expect(row.cells[2]).toMatchObject({ count: 0, state: 'missed' });
    expect(row.cells[3]).toMatchObject({ count: 1, meetingIds: [moved.id], state: 'met' });

    const movedGeneral = held(1, '2025-07-03');
    const [quarters] = complianceCalendar([general], [movedGeneral], 2025, '2025-07-10');
    expect(quarters.cells.map((c) => c.state)).toEqual(['missed', 'missed', 'met', 'upcoming']);
  });

  it('is due on the last day of a period and missed the day after', () => {
    expect(cell(committee, [], 2025, '2025-03-31', 3).state).toBe('due');
    expect(cell(committee, [], 2025, '2025-04-01', 3).state).toBe('missed');
    expect(cell(committee, [], 2025, '2025-03-01', 3).state).toBe('due');
    expect(cell(committee, [], 2025, '2025-02-28', 3).state).toBe('upcoming');
    expect(cell(committee, [], 2024, '2024-02-29', 2).state).toBe('due');
    expect(cell(committee, [], 2024, '2024-03-01', 2).state).toBe('missed');

    expect(cell(general, [], 2025, '2025-06-30', 2).state).toBe('due');
    expect(cell(general, [], 2025, '2025-07-01', 2).state).toBe('missed');
    expect(cell(general, [], 2025, '2025-03-31', 2).state).toBe('upcoming');

    expect(cell(lecture, [], 2025, '2025-12-31', 1).state).toBe('due');
    expect(cell(lecture, [], 2025, '2026-01-01', 1).state).toBe('missed');
    expect(cell(lecture, [], 2025, '2024-12-31', 1).state).toBe('upcoming');
  });

  it('marks a period met as soon as enough meetings are held, even before it ends', () => {
    const [row] = complianceCalendar([committee], [held(2, '2025-03-03')], 2025, '2025-03-05');
    expect(row.cells.slice(0, 4).map((c) => c.state)).toEqual(['missed', 'missed', 'met', 'upcoming']);
  });

  it('needs minCount meetings: one of two held is not enough', () => {
    const one = [held(4, '2025-05-10')];
    expect(cell(lecture, one, 2025, '2025-10-01', 1)).toMatchObject({ count: 1, state: 'due' });
    expect(cell(lecture, one, 2025, '2026-01-01', 1)).toMatchObject({ count: 1, state: 'missed' });
    const two = [...one, held(4, '2025-11-10')];
    expect(cell(lecture, two, 2025, '2025-12-01', 1)).toMatchObject({ count: 2, state: 'met' });
  });

  it('treats a rule with minCount 0 as always met', () => {
    expect(cell({ ...lecture, minCount: 0 }, [], 2025, '2026-01-01', 1).state).toBe('met');
  });

  it('counts only its own group for a per-group rule, and every group for a branch rule', () => {
    const g1 = held(3, '2025-03-10', 1);
    const g2 = held(3, '2025-03-12', 2);
    const otherKind = held(2, '2025-03-15', 1);
    const meetings = [g1, g2, otherKind];
    const branchWide: FrequencyRule = { ...group1, key: 'group', groupId: null, groupName: null };
    const rows = complianceCalendar([group1, group2, branchWide], meetings, 2025, '2025-03-20');
    expect(rows.map((r) => r.cells[2].meetingIds)).toEqual([[g1.id], [g2.id], [g1.id, g2.id]]);

    const [onlyG1] = complianceCalendar([group2], [g1], 2025, '2025-03-20');
    expect(onlyG1.cells[2]).toMatchObject({ count: 0, state: 'due' });
  });

  it('lists meeting ids in date order', () => {
    const late = held(2, '2025-03-20');
    const early = held(2, '2025-03-02');
    expect(cell(committee, [late, early], 2025, '2025-03-25', 3).meetingIds).toEqual([early.id, late.id]);
  });
});

describe('complianceWarnings', () => {
  it('words due warnings by period, group and how many are missing', () => {
    expect(warnings([general], [], 2025, '2025-03-20')).toEqual([
      { level: 'due', ruleKey: 'general', daysLeft: 12, message: '本季度尚未召开支部党员大会，还剩 12 天' },
    ]);
    expect(warnings([committee], [held(2, '2025-01-10'), held(2, '2025-02-10')], 2025, '2025-03-29')).toEqual([
      { level: 'due', ruleKey: 'committee', daysLeft: 3, message: '本月尚未召开支委会，还剩 3 天' },
    ]);
    expect(warnings([lecture], [held(4, '2025-04-01')], 2025, '2025-11-22')).toEqual([
      { level: 'due', ruleKey: 'lecture', daysLeft: 40, message: '本年度党课还差 1 次，还剩 40 天' },
    ]);
    expect(warnings([lecture], [], 2025, '2025-11-22')).toEqual([
      { level: 'due', ruleKey: 'lecture', daysLeft: 40, message: '本年度尚未召开党课，还剩 40 天' },
    ]);
    const earlier = [held(3, '2025-01-09', 1), held(3, '2025-02-11', 1)];
    // Only the second group met in March; the first group's rule is still due.
    expect(warnings([group1], [...earlier, held(3, '2025-03-05', 2)], 2025, '2025-03-27')).toEqual([
      { level: 'due', ruleKey: 'group:1', daysLeft: 5, message: '第一党小组本月尚未召开党小组会，还剩 5 天' },
    ]);
  });

  it('warns on the last day with 1 day left, then reports the period missed', () => {
    expect(warnings([committee], [held(2, '2025-02-10')], 2025, '2025-03-31')).toEqual([
      { level: 'due', ruleKey: 'committee', daysLeft: 1, message: '本月尚未召开支委会，还剩 1 天' },
      { level: 'missed', ruleKey: 'committee', message: '2025年1月未召开支委会' },
    ]);
    expect(warnings([committee], [held(2, '2025-01-10'), held(2, '2025-02-10')], 2025, '2025-04-01')).toEqual([
      { level: 'missed', ruleKey: 'committee', message: '2025年3月未召开支委会' },
    ]);
  });

  it('words missed warnings for quarters, years and groups', () => {
    const q1 = held(1, '2025-02-01');
    expect(warnings([general], [q1], 2025, '2025-07-01')).toEqual([
      { level: 'missed', ruleKey: 'general', message: '2025年第二季度未召开支部党员大会' },
    ]);
    expect(warnings([lecture], [held(4, '2025-06-01')], 2025, '2026-01-01')).toEqual([
      { level: 'missed', ruleKey: 'lecture', message: '2025年党课少于2次（实际1次）' },
    ]);
    expect(warnings([lecture], [], 2025, '2026-01-01')).toEqual([
      { level: 'missed', ruleKey: 'lecture', message: '2025年党课少于2次（实际0次）' },
    ]);
    expect(warnings([{ ...lecture, minCount: 1, kindName: '组织生活会' }], [], 2025, '2026-01-01')).toEqual([
      { level: 'missed', ruleKey: 'lecture', message: '2025年未召开组织生活会' },
    ]);
    expect(warnings([group1], [held(3, '2025-01-08', 1)], 2025, '2025-02-05').map((w) => w.message)).toEqual([]);
    expect(warnings([group1], [], 2025, '2025-02-05').map((w) => w.message)).toEqual([
      '2025年1月第一党小组未召开党小组会',
    ]);
  });

  it('warns exactly at the threshold and not one day earlier', () => {
    // Month: 10 days left on 03-22.
    expect(warnings([committee], [], 2025, '2025-03-22').filter((w) => w.level === 'due')).toEqual([
      { level: 'due', ruleKey: 'committee', daysLeft: 10, message: '本月尚未召开支委会，还剩 10 天' },
    ]);
    expect(warnings([committee], [], 2025, '2025-03-21').filter((w) => w.level === 'due')).toEqual([]);
    // Quarter: 30 days left on 03-02.
    expect(warnings([general], [], 2025, '2025-03-02')).toEqual([
      { level: 'due', ruleKey: 'general', daysLeft: 30, message: '本季度尚未召开支部党员大会，还剩 30 天' },
    ]);
    expect(warnings([general], [], 2025, '2025-03-01')).toEqual([]);
    // Year: 60 days left on 11-02.
    expect(warnings([lecture], [], 2025, '2025-11-02')).toEqual([
      { level: 'due', ruleKey: 'lecture', daysLeft: 60, message: '本年度尚未召开党课，还剩 60 天' },
    ]);
    expect(warnings([lecture], [], 2025, '2025-11-01')).toEqual([]);
    // February in a leap year: 10 days left on 02-20.
    expect(warnings([committee], [held(2, '2024-01-05')], 2024, '2024-02-20')).toHaveLength(1);
    expect(warnings([committee], [held(2, '2024-01-05')], 2024, '2024-02-19')).toHaveLength(0);
  });

  it('gives no warning for met or upcoming periods', () => {
    expect(warnings([general], [held(1, '2025-01-05')], 2025, '2025-03-31')).toEqual([]);
    expect(warnings([general, committee, lecture], [], 2025, '2024-12-31')).toEqual([]);
  });

  it('sorts due warnings by fewest days left, then missed ones most recent first', () => {
    const result = warnings(
      [lecture, general, committee],
      [held(2, '2025-01-10'), held(2, '2025-02-10'), held(1, '2025-02-01'), held(4, '2025-03-01')],
      2025,
      '2025-11-25',
    );
    // Q4 has 37 days left, beyond the 30-day quarter threshold, so it does not warn yet.
    expect(result.map((w) => w.message)).toEqual([
      '本月尚未召开支委会，还剩 6 天',
      '本年度党课还差 1 次，还剩 37 天',
      '2025年10月未召开支委会',
      '2025年第三季度未召开支部党员大会',
      '2025年9月未召开支委会',
      '2025年8月未召开支委会',
      '2025年7月未召开支委会',
      '2025年第二季度未召开支部党员大会',
      '2025年6月未召开支委会',
      '2025年5月未召开支委会',
      '2025年4月未召开支委会',
      '2025年3月未召开支委会',
    ]);
  });
});

describe('daysSinceLastMeeting', () => {
  it('is null when nothing was held', () => {
    expect(daysSinceLastMeeting([], '2025-06-01')).toBeNull();
    expect(daysSinceLastMeeting([{ date: '2025-06-02' }], '2025-06-01')).toBeNull();
  });

  it('counts from the latest meeting on or before today', () => {
    expect(daysSinceLastMeeting([{ date: '2025-06-01' }], '2025-06-01')).toBe(0);
    expect(
      daysSinceLastMeeting([{ date: '2025-05-01' }, { date: '2025-05-20' }, { date: '2025-06-10' }], '2025-06-01'),
    ).toBe(12);
    expect(daysSinceLastMeeting([held(2, '2024-02-28')], '2024-03-01')).toBe(2);
  });

  it('counts across a year boundary, reaching the inactivity threshold after 30 days', () => {
    expect(inactivityThresholdDays).toBe(30);
    expect(daysSinceLastMeeting([{ date: '2025-12-15' }], '2026-01-13')).toBe(29);
    expect(daysSinceLastMeeting([{ date: '2025-12-15' }], '2026-01-14')).toBe(inactivityThresholdDays);
    expect(daysSinceLastMeeting([{ date: '2024-12-31' }], '2025-12-31')).toBe(365);
  });
});

describe('a branch that began keeping its records here during the year', () => {
  it('leaves the periods that ended before that day unjudged, and judges the rest as usual', () => {
    const [months] = complianceCalendar([committee], [held(2, '2025-03-10')], 2025, '2025-12-06', '2025-11-20');
    expect(months.cells.map((c) => c.state)).toEqual([
      'unrecorded',
      'unrecorded',
      'met',
      'unrecorded',
      'unrecorded',
      'unrecorded',
      'unrecorded',
      'unrecorded',
      'unrecorded',
      'unrecorded',
      'missed',
      'due',
    ]);
  });

  it('warns only about the periods it is judged on', () => {
    const rows = complianceCalendar([committee], [], 2025, '2025-12-25', '2025-11-20');
    expect(complianceWarnings(rows, '2025-12-25').map((w) => w.message)).toEqual([
      '本月尚未召开支委会，还剩 7 天',
      '2025年11月未召开支委会',
    ]);
  });

  it('judges every period when the start is not set', () => {
    const [months] = complianceCalendar([committee], [], 2025, '2025-12-06');
    expect(months.cells.filter((c) => c.state === 'missed')).toHaveLength(11);
  });
});
