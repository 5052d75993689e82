import { describe, expect, it } from 'vitest';
import { complianceCalendar, type FrequencyRule } from '@/lib/meetings/compliance';
import { complianceCounts, monthStates } from '@/lib/overview/compliance-summary';

const rule = (kindId: number, period: FrequencyRule['period']): FrequencyRule => ({
  key: `kind-${kindId}`,
  kindId,
  kindName: `类型${kindId}`,
  period,
  minCount: 1,
  groupId: null,
  groupName: null,
});
const monthly = rule(1, 'month');
const quarterly = rule(2, 'quarter');
const held = (id: number, kindId: number, date: string) => ({ id, kindId, date, groupId: null });

describe('the overview summary of a compliance calendar', () => {
  // Today 2024-05-20: January to April are past, May is open, June on is ahead.
  const rows = complianceCalendar(
    [monthly, quarterly],
    [held(1, 1, '2024-01-10'), held(2, 1, '2024-02-10'), held(3, 1, '2024-04-10'), held(4, 2, '2024-03-01')],
    2024,
    '2024-05-20',
  );

  it('counts periods met, missed and open', () => {
    // Monthly: Jan, Feb, Apr met; Mar missed; May due. Quarterly: Q1 met, Q2 due.
    expect(complianceCounts(rows)).toEqual({ met: 4, missed: 1, due: 2 });
  });

  it('colours a month by the worst period covering it', () => {
    const states = monthStates(rows, '2024-05-20');
    // April's own meeting was held; the open second quarter counts only in May, today's month.
    expect(states.slice(0, 6)).toEqual(['met', 'met', 'missed', 'met', 'due', 'upcoming']);
    expect(states[11]).toBe('upcoming');
  });

  it('colours all three months of a missed quarter', () => {
    const quarterOnly = complianceCalendar([quarterly], [], 2024, '2024-05-20');
    expect(monthStates(quarterOnly, '2024-05-20').slice(0, 4)).toEqual(['missed', 'missed', 'missed', null]);
    expect(monthStates(quarterOnly, '2024-05-20')[4]).toBe('due');
  });

  it('leaves months with no rule empty', () => {
    expect(monthStates([], '2024-05-20')).toEqual(Array(12).fill(null));
    expect(complianceCounts([])).toEqual({ met: 0, missed: 0, due: 0 });
  });
});
