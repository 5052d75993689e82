import ExcelJS from 'exceljs';
import { idNumberCheckChar } from '@/lib/people/id-number';
import type { RosterPerson, RosterStep, RosterWorkbook } from '@/lib/roster/columns';

/* Rows of the member-development workbook for the tests of writing, reading and mapping it. */

export function idNumber(birthDate: string, serial = '123'): string {
  const first17 = `152923${birthDate.replaceAll('-', '')}${serial}`;
  return first17 + idNumberCheckChar(first17);
}

function person(overrides: Partial<RosterPerson> = {}): RosterPerson {
  return {
    name: '张建国',
    gender: 'male',
    ethnicity: '汉族',
    birthDate: '1980-03-12',
    education: '大学本科',
    unit: '额济纳旗统计局',
    post: '局长',
    phone: '13948310001',
    idNumber: idNumber('1980-03-12'),
    address: '额济纳旗达来呼布镇居延小区1号楼',
    politicalStatus: 'full',
    probationaryDate: '2005-06-20',
    fullMemberDate: '2006-06-20',
    groupName: '第一党小组',
    committeeTitle: '书记',
    disciplines: [],
    stoppedAt: null,
    stopReason: null,
    version: 3,
    ...overrides,
  };
}

export function step(code: RosterStep['code'], date: string, overrides: Partial<RosterStep> = {}): RosterStep {
  return {
    name: '王小燕',
    code,
    date,
    note: null,
    contactNames: [],
    introducerNames: [],
    days: null,
    hours: null,
    expectedVoting: null,
    yes: null,
    no: null,
    abstain: null,
    extensionMonths: null,
    result: null,
    ...overrides,
  };
}

/** Four people (one with formula-looking text, one stopped) and the steps of one of them, exported by branch 7. */
export const sampleRoster: RosterWorkbook = {
  people: [
    person(),
    person({
      name: '李娜',
      gender: 'female',
      birthDate: '1984-09-05',
      idNumber: idNumber('1984-09-05', '124'),
      probationaryDate: '2008-07-01',
      fullMemberDate: '2009-07-01',
      committeeTitle: '组织委员',
      groupName: '第二党小组',
      version: 1,
    }),
    person({
      name: '王小燕',
      gender: 'female',
      ethnicity: '蒙古族',
      birthDate: '1998-01-30',
      education: null,
      unit: '=HYPERLINK("http://evil.example","点这里")',
      post: '-统计员',
      phone: null,
      idNumber: idNumber('1998-01-30', '125'),
      address: null,
      politicalStatus: 'probationary',
      probationaryDate: '2024-06-26',
      fullMemberDate: null,
      groupName: null,
      committeeTitle: null,
      version: 2,
    }),
    person({
      name: '赵群众',
      birthDate: null,
      education: null,
      unit: null,
      post: null,
      phone: '0483-6521234',
      idNumber: null,
      address: null,
      politicalStatus: 'masses',
      probationaryDate: null,
      fullMemberDate: null,
      groupName: null,
      committeeTitle: null,
      stoppedAt: '2023-04-01',
      stopReason: '调离本单位',
      version: null,
    }),
  ],
  steps: [
    step('application', '2021-03-02', { note: '本人递交书面申请' }),
    step('first_talk', '2021-03-20'),
    step('activist_confirmed', '2021-09-06'),
    step('activist_filed', '2021-09-15'),
    step('contacts_assigned', '2021-09-20', { contactNames: ['张建国', '李娜'] }),
    step('activist_assessment', '2022-03-01', { result: '表现良好' }),
    step('activist_assessment', '2022-09-01', { result: '=表现良好' }),
    step('candidate_confirmed', '2022-10-06'),
    step('introducers', '2022-10-20', { introducerNames: ['张建国', '李娜'] }),
    step('short_training', '2022-11-10', { days: 3, hours: 24 }),
    step('admission_vote', '2024-06-26', { expectedVoting: 13, yes: 12, no: 0, abstain: 1 }),
    step('probation_assessment', '2025-06-26', { extensionMonths: 6, result: '延长预备期' }),
  ],
  branchId: 7,
};

export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}
