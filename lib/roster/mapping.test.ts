import { describe, expect, it } from 'vitest';
import { rosterStepOf, stepDataOf } from '@/lib/roster/mapping';
import { step } from '@/tests/support/roster-workbook';

describe('step data', () => {
  it('turns stored data into a row and back, keeping only the fields of the step', () => {
    const names = new Map([
      [7, '张建国'],
      [9, '李娜'],
    ]);
    const row = rosterStepOf(
      '王小燕',
      { code: 'contacts_assigned', date: '2021-09-20', data: { contactIds: [7, 9], days: 3, note: '指定两人' } },
      (id) => names.get(id),
    );
    expect(row).toEqual(
      step('contacts_assigned', '2021-09-20', { contactNames: ['张建国', '李娜'], note: '指定两人' }),
    );
    expect(stepDataOf(row, { contactIds: [7, 9], introducerIds: [] })).toEqual({
      contactIds: [7, 9],
      note: '指定两人',
    });

    const vote = rosterStepOf(
      '王小燕',
      {
        code: 'admission_vote',
        date: '2024-06-26',
        data: { expectedVoting: 13, present: 13, yes: 13, no: 0, abstain: 0 },
      },
      () => undefined,
    );
    expect(stepDataOf(vote, { contactIds: [], introducerIds: [] })).toEqual({
      expectedVoting: 13,
      yes: 13,
      no: 0,
      abstain: 0,
    });
  });
});
