import { todayIso } from '@/lib/clock';
import { probationUntil } from '@/lib/people/discipline';
import { checkIdNumber, idNumberProblemMessages } from '@/lib/people/id-number';
import { committeeTitles, disciplineKinds, educationLevels, genders, politicalStatuses } from '@/lib/people/model';
import {
  optionalDate,
  optionalEnum,
  optionalRecordId,
  optionalText,
  recordId,
  requiredEnum,
  requiredPastDate,
  requiredText,
  version,
} from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

const personFields = z.object({
  name: requiredText('姓名', 20),
  gender: requiredEnum('性别', genders),
  ethnicity: requiredText('民族', 20),
  birthDate: optionalDate('出生日期'),
  education: optionalEnum('学历', educationLevels),
  unit: optionalText('工作单位', 60),
  post: optionalText('职务', 40),
  phone: optionalText('联系电话', 20).refine(
    (v) => v === null || /^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(v),
    '联系电话应为11位手机号或带区号的固定电话',
  ),
  idNumber: optionalText('身份证号', 18).transform((v) => v?.toUpperCase() ?? null),
  address: optionalText('家庭住址', 120),
  politicalStatus: requiredEnum('政治面貌', politicalStatuses),
  probationaryDate: optionalDate('入党日期'),
  fullMemberDate: optionalDate('转正日期'),
  groupId: optionalRecordId,
  committeeTitle: optionalEnum('支委职务', committeeTitles),
});

type PersonFields = z.infer<typeof personFields>;

function checkPerson(person: PersonFields, ctx: z.RefinementCtx) {
  const today = todayIso();
  if (person.birthDate && person.birthDate > today) {
    ctx.addIssue({ code: 'custom', path: ['birthDate'], message: '出生日期不能晚于今天' });
  }
  if (person.idNumber) {
    const problem = checkIdNumber(person.idNumber, person.birthDate);
    if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: idNumberProblemMessages[problem] });
  }
  // The checks below depend on the status; a file being read may have one that could not be read.
  if (!person.politicalStatus) return;
  const isMember = person.politicalStatus === 'full' || person.politicalStatus === 'probationary';
  if (isMember && !person.probationaryDate) {
    ctx.addIssue({ code: 'custom', path: ['probationaryDate'], message: '党员需填写入党日期（成为预备党员的日期）' });
  }
  if (!isMember && (person.probationaryDate || person.fullMemberDate)) {
    ctx.addIssue({ code: 'custom', path: ['politicalStatus'], message: '尚未入党的人员不应填写入党或转正日期' });
  }
  if (person.politicalStatus === 'full' && !person.fullMemberDate) {
    ctx.addIssue({ code: 'custom', path: ['fullMemberDate'], message: '正式党员需填写转正日期' });
  }
  if (person.politicalStatus === 'probationary' && person.fullMemberDate) {
    ctx.addIssue({ code: 'custom', path: ['fullMemberDate'], message: '预备党员尚未转正，不应填写转正日期' });
  }
  if (person.probationaryDate && person.fullMemberDate && person.fullMemberDate <= person.probationaryDate) {
    ctx.addIssue({ code: 'custom', path: ['fullMemberDate'], message: '转正日期应晚于入党日期' });
  }
  for (const key of ['probationaryDate', 'fullMemberDate'] as const) {
    if (person[key] && person[key]! > today) {
      ctx.addIssue({ code: 'custom', path: [key], message: '日期不能晚于今天' });
    }
  }
  if (person.committeeTitle && person.politicalStatus !== 'full' && person.politicalStatus !== 'probationary') {
    ctx.addIssue({ code: 'custom', path: ['committeeTitle'], message: '支委职务只能由党员担任' });
  }
}

export const createPersonSchema = personFields.superRefine(checkPerson);

/**
 * A new person read field by field, with every problem at once: each field's own, and the checks
 * between fields over the fields that are valid (a schema stops before those checks when any field
 * fails, so a file would show its problems in rounds). The person is what `createPersonSchema` gives,
 * and null when there is a problem.
 */
export function readNewPerson(input: Record<keyof PersonFields, unknown>): {
  person: CreatePersonInput | null;
  problems: { key: string; message: string }[];
} {
  const problems: { key: string; message: string }[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(personFields.shape)) {
    const parsed = field.safeParse(input[key as keyof PersonFields]);
    if (parsed.success) values[key] = parsed.data;
    else {
      values[key] = null;
      problems.push(...parsed.error.issues.map((issue) => ({ key, message: issue.message })));
    }
  }
  const ctx = {
    addIssue: (issue: { path?: PropertyKey[]; message?: string }) =>
      problems.push({ key: String(issue.path?.[0] ?? ''), message: issue.message ?? '' }),
  };
  checkPerson(values as PersonFields, ctx as unknown as z.RefinementCtx);
  return { person: problems.length ? null : (values as CreatePersonInput), problems };
}
export const updatePersonSchema = personFields.extend({ id: recordId, version }).superRefine(checkPerson);

export type CreatePersonInput = z.infer<typeof createPersonSchema>;
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;

/**
 * A 党纪处分 as the committee enters it: 留党察看 takes a period of one or two years, which becomes the
 * record's last day (`until`); the other kinds have none.
 */
const disciplineFields = z.object({
  kind: requiredEnum('处分种类', disciplineKinds),
  decidedOn: requiredPastDate('处分决定日期'),
  probationYears: optionalEnum('察看期限', ['1', '2']),
  decidedBy: requiredText('决定机关', 60),
  reason: optionalText('处分事由', 500),
});

type DisciplineFields = z.infer<typeof disciplineFields>;

function checkPeriod(input: DisciplineFields, ctx: z.RefinementCtx) {
  if (input.kind === 'probation' && !input.probationYears) {
    ctx.addIssue({ code: 'custom', path: ['probationYears'], message: '留党察看须选择察看期限（一年或两年）' });
  }
  if (input.kind !== 'probation' && input.probationYears) {
    ctx.addIssue({ code: 'custom', path: ['probationYears'], message: '只有留党察看有察看期限，其他处分请留空' });
  }
}

function withUntil<T extends DisciplineFields>({ probationYears, ...rest }: T) {
  return { ...rest, until: probationYears ? probationUntil(rest.decidedOn, Number(probationYears)) : null };
}

/** One 党纪处分 without its person (a cell of the roster workbook names the person by its row). */
export const disciplineEntrySchema = disciplineFields.superRefine(checkPeriod).transform(withUntil);

export const createDisciplineSchema = disciplineFields
  .extend({ personId: recordId })
  .superRefine(checkPeriod)
  .transform(withUntil);
export const updateDisciplineSchema = disciplineFields
  .extend({ id: recordId, version })
  .superRefine(checkPeriod)
  .transform(withUntil);

export type CreateDisciplineInput = z.infer<typeof createDisciplineSchema>;
export type UpdateDisciplineInput = z.infer<typeof updateDisciplineSchema>;
