import { describe, expect, it } from 'vitest';
import { type BaseSheetRow, type BranchPerson, matchBaseRows } from '@/lib/dues/bases-import';
import { idNumber } from '@/tests/support/roster-workbook';

/* Each row of a 党费基数 sheet matched to a member of the branch, or the reason it cannot be. */

const zhang = idNumber('1980-03-12');
const li = idNumber('1975-08-01', '456');

describe('matchBaseRows', () => {
  const people: BranchPerson[] = [
    { id: 1, name: '张建国', idNumber: zhang, politicalStatus: 'full', leftBranchOn: null },
    { id: 2, name: '李梅', idNumber: null, politicalStatus: 'probationary', leftBranchOn: null },
    { id: 3, name: '王强', idNumber: idNumber('1990-01-01', '111'), politicalStatus: 'full', leftBranchOn: null },
    { id: 4, name: '王强', idNumber: idNumber('1991-01-01', '222'), politicalStatus: 'full', leftBranchOn: null },
    { id: 5, name: '赵敏', idNumber: null, politicalStatus: 'activist', leftBranchOn: null },
    { id: 6, name: '孙立', idNumber: null, politicalStatus: 'full', leftBranchOn: '2026-02-10' },
  ];
  let row = 1;
  const sheetRow = (name: string, id: string | null = null): BaseSheetRow => ({
    row: ++row,
    name,
    idNumber: id,
    category: 'in_service',
    baseFen: 300_000,
    fixedFen: null,
  });

  it('matches by ID number, by a name only one person has, and by ID number to the one namesake the roster lacks it for', () => {
    const rows = [
      sheetRow('张建国', zhang),
      sheetRow('李梅'),
      sheetRow('李梅', li),
      sheetRow('王强', idNumber('1991-01-01', '222')),
    ];
    const { matched, problems } = matchBaseRows([rows[0], rows[1], rows[3]], people, '2026-03');
    expect(problems).toEqual([]);
    expect(matched.map((m) => m.personId)).toEqual([1, 2, 4]);
    expect(matchBaseRows([rows[2]], people, '2026-03').matched.map((m) => m.personId)).toEqual([2]);
  });

  it('refuses an unknown person, an ambiguous name, a mismatch, a non-member, someone gone, and a person named twice', () => {
    const rows = [
      sheetRow('刘备'),
      sheetRow('王强'),
      sheetRow('李梅', zhang),
      sheetRow('张建国', li),
      sheetRow('赵敏'),
      sheetRow('孙立'),
      sheetRow('张建国'),
      sheetRow('张建国', zhang),
    ];
    const { matched, problems } = matchBaseRows(rows, people, '2026-03');
    expect(problems.map((p) => [p.row - rows[0].row, p.column, p.message])).toEqual([
      [0, '姓名', '「刘备」不在本支部名册中'],
      [1, '姓名', '本支部有 2 名叫「王强」的人员，无法确定是哪一位：请填写身份证号以区分'],
      [2, '姓名', '这个身份证号在本支部名册中是「张建国」，与姓名「李梅」不符'],
      [3, '身份证号', '本支部名册中「张建国」的身份证号与此行不同，请核对'],
      [4, '姓名', '「赵敏」是入党积极分子：只有党员（含预备党员）交纳党费'],
      [5, '姓名', '「孙立」已于 2026-02-10 转出本支部，不能从2026年3月起核定基数'],
      [7, '姓名', `与第${rows[6].row}行是同一人（张建国），每人只能填一行`],
    ]);
    expect(matched.map((m) => m.row)).toEqual([rows[6].row]);
  });
});
