import type { DevelopmentStepCode } from '@/lib/development/steps';
import type { DisciplineKind, Gender, PoliticalStatus } from '@/lib/people/model';

/*
 * The member-development workbook's model: the roster (党员名册) and the recorded development steps
 * (发展过程) of a branch as plain rows, and the columns and sheets they are written to and read from
 * (lib/roster/write-workbook.ts, lib/roster/read-workbook.ts).
 */

/** A 党纪处分 of a roster row (lib/roster/discipline-cell.ts writes and reads its cell). */
export type RosterDiscipline = {
  kind: DisciplineKind;
  decidedOn: string;
  until: string | null;
  decidedBy: string;
  reason: string | null;
};

export type RosterPerson = {
  name: string;
  gender: Gender;
  ethnicity: string;
  birthDate: string | null;
  education: string | null;
  unit: string | null;
  post: string | null;
  phone: string | null;
  idNumber: string | null;
  address: string | null;
  politicalStatus: PoliticalStatus;
  probationaryDate: string | null;
  fullMemberDate: string | null;
  groupName: string | null;
  committeeTitle: string | null;
  /** 党纪处分 (private: written only for holders of members.read_private); an import adds those not yet recorded. */
  disciplines: RosterDiscipline[];
  /** 终止发展 or 取消预备党员资格 of the person's development record, with its reason. */
  stoppedAt: string | null;
  stopReason: string | null;
  /** The person's version when exported (null for a new row): an import refuses rows edited since. */
  version: number | null;
};

/** One recorded step, with the people it names by name (the sheet has no ids). */
export type RosterStep = {
  name: string;
  code: DevelopmentStepCode;
  date: string;
  note: string | null;
  contactNames: string[];
  introducerNames: string[];
  days: number | null;
  hours: number | null;
  expectedVoting: number | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  extensionMonths: number | null;
  result: string | null;
};

export type RosterWorkbook = {
  people: RosterPerson[];
  steps: RosterStep[];
  /** The branch exported (absent for the template): versions are compared only on import into it. */
  branchId?: number | null;
};

/** What a valid sheet row gives, with the row number it came from (for problems found later). */
export type ParsedWorkbook = {
  people: (RosterPerson & { row: number })[];
  steps: (RosterStep & { row: number })[];
  branchId: number | null;
};

export const rosterSheetName = '党员名册';
export const stepsSheetName = '发展过程';
export const guideSheetName = '填写说明';

/** At most this many data rows per sheet are read. */
export const maxSheetRows = 5000;

/** Marks the workbook with the branch exported, in its document properties (keywords). */
export const branchMark = (branchId: number) => `zhibu-branch:${branchId}`;

/** The branch a workbook's keywords mark, or null. */
export function markedBranch(keywords: string | undefined): number | null {
  const match = /^zhibu-branch:(\d+)$/.exec(keywords ?? '');
  return match ? Number(match[1]) : null;
}

// ---------------------------------------------------------------------------------------------
// The roster's columns
// ---------------------------------------------------------------------------------------------

export type PersonKey = keyof RosterPerson;

/** `optional`: a file without the column (made before it existed) is read as if it were empty. */
type PersonColumn = { key: PersonKey; header: string; width: number; numeric?: boolean; optional?: boolean };

export const personColumns: PersonColumn[] = [
  { key: 'name', header: '姓名', width: 10 },
  { key: 'gender', header: '性别', width: 6 },
  { key: 'ethnicity', header: '民族', width: 8 },
  { key: 'birthDate', header: '出生日期', width: 12 },
  { key: 'education', header: '学历', width: 11 },
  { key: 'unit', header: '工作单位', width: 20 },
  { key: 'post', header: '职务', width: 16 },
  { key: 'phone', header: '联系电话', width: 14 },
  { key: 'idNumber', header: '身份证号', width: 21 },
  { key: 'address', header: '家庭住址', width: 30 },
  { key: 'politicalStatus', header: '政治面貌', width: 13 },
  { key: 'probationaryDate', header: '入党日期', width: 12 },
  { key: 'fullMemberDate', header: '转正日期', width: 12 },
  { key: 'groupName', header: '党小组', width: 13 },
  { key: 'committeeTitle', header: '支委职务', width: 16 },
  { key: 'stoppedAt', header: '终止发展日期', width: 12 },
  { key: 'stopReason', header: '终止发展原因', width: 24 },
  { key: 'version', header: '版本（请勿修改）', width: 10, numeric: true },
  { key: 'disciplines', header: '党纪处分', width: 30, optional: true },
];

export const personDateKeys: PersonKey[] = ['birthDate', 'probationaryDate', 'fullMemberDate', 'stoppedAt'];

export const personHeader = (key: string): string => personColumns.find((c) => c.key === key)?.header ?? '';

// ---------------------------------------------------------------------------------------------
// The steps' columns
// ---------------------------------------------------------------------------------------------

export type NumberField = 'days' | 'hours' | 'expectedVoting' | 'yes' | 'no' | 'abstain' | 'extensionMonths';
export type StepField = 'note' | 'contactNames' | 'introducerNames' | NumberField | 'result';
export type StepKey = 'name' | 'number' | 'stepName' | 'date' | StepField;

type StepColumn = { key: StepKey; header: string; width: number; numeric?: boolean };

export const stepColumns: StepColumn[] = [
  { key: 'name', header: '姓名', width: 10 },
  { key: 'number', header: '步骤序号', width: 9, numeric: true },
  { key: 'stepName', header: '步骤', width: 22 },
  { key: 'date', header: '日期', width: 12 },
  { key: 'note', header: '说明', width: 30 },
  { key: 'contactNames', header: '培养联系人', width: 16 },
  { key: 'introducerNames', header: '入党介绍人', width: 16 },
  { key: 'days', header: '培训天数', width: 9, numeric: true },
  { key: 'hours', header: '培训学时', width: 9, numeric: true },
  { key: 'expectedVoting', header: '应到', width: 7, numeric: true },
  { key: 'yes', header: '赞成', width: 7, numeric: true },
  { key: 'no', header: '反对', width: 7, numeric: true },
  { key: 'abstain', header: '弃权', width: 7, numeric: true },
  { key: 'extensionMonths', header: '延长预备期（月）', width: 11, numeric: true },
  { key: 'result', header: '结论', width: 24 },
];

export const stepHeader = (key: StepKey): string => stepColumns.find((c) => c.key === key)!.header;

const voteSteps: readonly DevelopmentStepCode[] = ['admission_vote', 'full_vote'];

/** Which steps each step column belongs to (as on the step form); 说明 belongs to every step. */
const stepFieldSteps: Record<Exclude<StepField, 'note'>, readonly DevelopmentStepCode[]> = {
  contactNames: ['contacts_assigned'],
  introducerNames: ['introducers'],
  days: ['short_training'],
  hours: ['short_training'],
  expectedVoting: voteSteps,
  yes: voteSteps,
  no: voteSteps,
  abstain: voteSteps,
  extensionMonths: ['probation_assessment'],
  result: ['activist_assessment', 'political_review', 'probation_assessment', 'pre_review'],
};

export function fieldApplies(field: StepField, code: DevelopmentStepCode): boolean {
  return field === 'note' || stepFieldSteps[field].includes(code);
}
