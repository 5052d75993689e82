import { describe, expect, it } from 'vitest';
import { rosterSheetName, stepsSheetName } from '@/lib/roster/columns';
import {
  problemsFromFieldErrors,
  problemsToFieldErrors,
  RosterImportError,
  type RosterProblem,
} from '@/lib/roster/problems';

describe('problem list in an action result', () => {
  it('travels as field errors keyed by location and comes back in sheet and row order', () => {
    const problems: RosterProblem[] = [
      { sheet: stepsSheetName, row: 3, column: '日期', message: '日期无效' },
      { sheet: rosterSheetName, row: 7, column: '身份证号', message: '校验位不正确' },
      { sheet: rosterSheetName, row: 7, column: '身份证号', message: '与第2行重复' },
      { sheet: '', row: 0, column: '', message: '无法读取文件' },
    ];
    const error = new RosterImportError(problems);
    expect(error.message).toBe('文件中有 4 处问题，未导入任何数据。请按问题清单逐行修改后重新导入。');
    expect(problemsFromFieldErrors({ file: ['文件为空'], ...problemsToFieldErrors(problems) })).toEqual([
      problems[3],
      problems[1],
      problems[2],
      problems[0],
    ]);
    expect(problemsFromFieldErrors(error.fieldErrors)).toEqual(error.problems);
  });
});
