import { addDays, addMonths, addYears, ageOn, chineseDatesIn, daysBetween } from '@/lib/dates';
import { type DevelopmentStepCode, developmentSteps, type RuleFinding, stepNumber } from '@/lib/development/steps';
import { type DisciplinePeriod, underProbationOn } from '@/lib/people/discipline';
import { birthDateFromIdNumber, checkIdNumber, isRealDate } from '@/lib/people/id-number';
import { type PoliticalStatus, politicalStatusLabels } from '@/lib/people/model';
import { noticePeriodEnd } from '@/lib/working-days';

/*
 * Rules engine for member development (发展党员), after 《中国共产党发展党员工作细则》.
 *
 * Pure functions: plain data in, plain data out. Dates are 'YYYY-MM-DD' strings (Beijing calendar
 * dates); all arithmetic goes through Date.UTC, and zero-padded ISO dates compare correctly as
 * strings. A step about to be recorded is checked against the person's history: errors refuse the
 * step, warnings are recorded with it. Every finding carries a stable rule id and a Chinese message
 * that names the rule and the dates involved.
 */

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type StepCheck = { errors: RuleFinding[]; warnings: RuleFinding[] };

export type StepRecord = { code: DevelopmentStepCode; date: string; data?: Record<string, unknown> };

export type DevelopmentHistory = {
  birthDate: string | null;
  idNumber: string | null;
  steps: StepRecord[];
  /** The date the record was stopped (终止发展 or 取消预备党员资格), if it was. */
  stoppedAt?: string | null;
};

/** A person a step names; `disciplines` are their live 党纪处分 records (the rules ask which are in force on the step's date). */
export type DevelopmentPerson = {
  politicalStatus: PoliticalStatus;
  name: string;
  disciplines: readonly DisciplinePeriod[];
};

export type CheckContext = {
  today: string;
  /** Everyone who may be named as contact or introducer, by person id. */
  people?: Map<number, DevelopmentPerson>;
  /**
   * Length of the 公示 of a 发展对象 in working days. When given, the notice is taken to start on the
   * 支部委员会审查 date and 上级党委预审 must come after it ends (warning otherwise).
   */
  noticeWorkingDays?: number;
};

/** A date ahead: a 'deadline' by which a step is due, or the 'earliest' date a step becomes allowed. */
export type Deadline = { code: DevelopmentStepCode; due: string; message: string; kind: 'deadline' | 'earliest' };

// ---------------------------------------------------------------------------------------------
// Date helpers
// ---------------------------------------------------------------------------------------------

/** The birth date field when filled in, else the one inside a valid ID number, else null. */
export function applicantBirthDate({
  birthDate,
  idNumber,
}: {
  birthDate: string | null | undefined;
  idNumber: string | null | undefined;
}): string | null {
  if (birthDate && isRealDate(birthDate)) return birthDate;
  if (idNumber && checkIdNumber(idNumber) === null) return birthDateFromIdNumber(idNumber.trim().toUpperCase());
  return null;
}

// ---------------------------------------------------------------------------------------------
// History helpers
// ---------------------------------------------------------------------------------------------

const repeatableSteps: readonly DevelopmentStepCode[] = ['activist_assessment', 'probation_assessment'];

function stepIndex(code: DevelopmentStepCode): number {
  return stepNumber(code) - 1;
}

/** '「第7步 确定发展对象」' — numbered because some names (支部党员大会讨论, 上级党委审批) occur twice. */
export function stepLabel(code: DevelopmentStepCode): string {
  const step = developmentSteps[stepIndex(code)];
  return `「第${stepNumber(code)}步 ${step.name}」`;
}

/** Latest date on which code was recorded, or null. */
function lastDateOf(history: DevelopmentHistory, code: DevelopmentStepCode): string | null {
  let latest: string | null = null;
  for (const s of history.steps) if (s.code === code && (latest === null || s.date > latest)) latest = s.date;
  return latest;
}

/**
 * A step entered afterwards (补录) for someone whose development began before the branch kept it here:
 * only the dates that drive deadlines and status are entered, and the steps between them are taken as
 * done on paper.
 */
export function isBackfilled(step: StepRecord): boolean {
  return step.data?.backfilled === true;
}

/** Index of the last step entered as 补录 (every step up to it counts as done), or -1. */
function backfilledThrough(history: DevelopmentHistory): number {
  return Math.max(-1, ...history.steps.filter(isBackfilled).map((s) => stepIndex(s.code)));
}

/** Whether a step counts as done: recorded, or covered by a later 补录 step. */
export function isStepDone(history: DevelopmentHistory, code: DevelopmentStepCode): boolean {
  return stepIndex(code) <= backfilledThrough(history) || history.steps.some((s) => s.code === code);
}

/** The first step (in the fixed order) that is not done yet; null when all 25 are. */
export function firstUnrecorded(history: DevelopmentHistory): DevelopmentStepCode | null {
  return developmentSteps.find((s) => !isStepDone(history, s.code))?.code ?? null;
}

function finiteNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function nonNegativeInteger(value: unknown): number | null {
  const n = finiteNumber(value);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

/** data.extensionMonths of a 继续教育考察 record, when it records an extension at all. */
function extensionMonthsOf(step: StepRecord): unknown {
  if (step.code !== 'probation_assessment') return undefined;
  const value = step.data?.extensionMonths;
  return value === undefined || value === null ? undefined : value;
}

function isValidExtension(months: unknown): months is number {
  return typeof months === 'number' && Number.isInteger(months) && months >= 6 && months <= 12;
}

/** The (single) valid extension of the probationary period recorded in the history, in months. */
function recordedExtension(history: DevelopmentHistory): { months: number; date: string } | null {
  for (const s of history.steps) {
    const months = extensionMonthsOf(s);
    if (isValidExtension(months)) return { months, date: s.date };
  }
  return null;
}

/**
 * Last day of the probationary period: one year from the admission vote (支部党员大会讨论接收), the
 * anniversary itself being the end (and the 转正 date), plus a recorded extension of 6–12 months.
 * The extension is added to the vote date in one go (vote + 12 + n months) so month-end clamping is
 * applied once. null until the admission vote is recorded.
 */
export function probationEnd(history: DevelopmentHistory): string | null {
  const vote = lastDateOf(history, 'admission_vote');
  if (!vote) return null;
  return addMonths(vote, 12 + (recordedExtension(history)?.months ?? 0));
}

// ---------------------------------------------------------------------------------------------
// Individual rules
// ---------------------------------------------------------------------------------------------

type Findings = StepCheck;

/** A 补录 step may skip steps (done on paper) but never goes back to or before one already entered. */
function checkBackfillOrder(history: DevelopmentHistory, next: StepRecord, out: Findings): void {
  const last = history.steps.reduce<StepRecord | null>(
    (a, s) => (a === null || stepIndex(s.code) > stepIndex(a.code) ? s : a),
    null,
  );
  if (last && stepIndex(next.code) <= stepIndex(last.code)) {
    out.errors.push({
      rule: 'step-order',
      message: `步骤不能跳过或颠倒：已记录${stepLabel(last.code)}，不能再补录${stepLabel(next.code)}`,
    });
  }
}

function checkOrder(history: DevelopmentHistory, next: StepRecord, out: Findings): void {
  if (isBackfilled(next)) {
    checkBackfillOrder(history, next, out);
    return;
  }
  const expected = firstUnrecorded(history);
  if (expected === null) {
    out.errors.push({
      rule: 'step-order',
      message: `步骤不能跳过或颠倒：发展流程的25个步骤已全部记录，不能再记录${stepLabel(next.code)}`,
    });
    return;
  }
  if (next.code === expected) return;
  const alreadyRecorded = lastDateOf(history, next.code);
  const repeatable =
    repeatableSteps.includes(next.code) && alreadyRecorded !== null && stepIndex(expected) === stepIndex(next.code) + 1;
  if (repeatable) return;

  const alsoAllowed = repeatableSteps.find(
    (code) => lastDateOf(history, code) !== null && stepIndex(expected) === stepIndex(code) + 1,
  );
  const allowedText = alsoAllowed
    ? `${stepLabel(expected)}（或继续记录${stepLabel(alsoAllowed)}）`
    : stepLabel(expected);
  const attempted =
    alreadyRecorded !== null
      ? `${stepLabel(next.code)}已于 ${alreadyRecorded} 记录，不能重复记录`
      : `不能先记录${stepLabel(next.code)}`;
  out.errors.push({
    rule: 'step-order',
    message: `步骤不能跳过或颠倒：下一步应为${allowedText}，${attempted}`,
  });
}

function checkDates(history: DevelopmentHistory, next: StepRecord, today: string, out: Findings): void {
  let previous: StepRecord | null = null;
  for (const s of history.steps) if (previous === null || s.date >= previous.date) previous = s;
  if (previous && next.date < previous.date) {
    out.errors.push({
      rule: 'date-order',
      message: `步骤日期不能早于上一步骤：上一步骤${stepLabel(previous.code)}日期为 ${previous.date}，${stepLabel(next.code)}日期为 ${next.date}`,
    });
  }
  if (next.date > today) {
    out.errors.push({
      rule: 'date-not-future',
      message: `步骤日期不能晚于今天：${stepLabel(next.code)}日期为 ${next.date}，今天是 ${today}`,
    });
  }
}

function checkAge(history: DevelopmentHistory, next: StepRecord, out: Findings): void {
  const birth = applicantBirthDate(history);
  if (birth === null) {
    out.warnings.push({
      rule: 'age-18',
      message: `申请入党须年满18周岁：未填写出生日期或有效身份证号，无法核对 ${next.date} 递交申请时是否年满18周岁`,
    });
    return;
  }
  if (ageOn(birth, next.date) < 18) {
    out.errors.push({
      rule: 'age-18',
      message: `申请入党须年满18周岁：出生日期为 ${birth}，${next.date} 递交申请时未满18周岁，最早可于 ${addYears(birth, 18)} 递交入党申请书`,
    });
  }
}

function checkFirstTalk(history: DevelopmentHistory, next: StepRecord, out: Findings): void {
  const application = lastDateOf(history, 'application');
  if (!application) return;
  const due = addMonths(application, 1);
  if (next.date > due) {
    out.warnings.push({
      rule: 'first-talk-1-month',
      message: `党组织应在收到入党申请书后一个月内派人谈话：${application} 递交入党申请书，最迟应于 ${due} 谈话，实际谈话日期为 ${next.date}`,
    });
  }
}

/** The date the activist was last assessed (or confirmed, before the first assessment). */
function lastActivistReview(history: DevelopmentHistory): { date: string; assessed: boolean } | null {
  const confirmed = lastDateOf(history, 'activist_confirmed');
  const assessed = lastDateOf(history, 'activist_assessment');
  if (assessed && (!confirmed || assessed >= confirmed)) return { date: assessed, assessed: true };
  return confirmed ? { date: confirmed, assessed: false } : null;
}

function checkActivistAssessment(history: DevelopmentHistory, next: StepRecord, out: Findings): void {
  const last = lastActivistReview(history);
  if (!last) return;
  const due = addMonths(last.date, 6);
  if (next.date > due) {
    const what = next.code === 'candidate_confirmed' ? '确定为发展对象' : '本次考察';
    out.warnings.push({
      rule: 'activist-assessment-6-months',
      message: `入党积极分子每半年至少考察一次：${last.date} ${last.assessed ? '上次考察' : '确定为积极分子'}，下一次考察最迟应于 ${due} 进行，${what}日期为 ${next.date}，间隔超过6个月`,
    });
  }
}

/** First day on which the activist may be confirmed as 发展对象: more than one year, so anniversary + 1. */
function earliestCandidateDate(activistConfirmed: string): string {
  return addDays(addYears(activistConfirmed, 1), 1);
}

function checkActivistOverOneYear(history: DevelopmentHistory, next: StepRecord, out: Findings): void {
  const activist = lastDateOf(history, 'activist_confirmed');
  if (!activist) return;
  const earliest = earliestCandidateDate(activist);
  if (next.date < earliest) {
    out.errors.push({
      rule: 'activist-over-1-year',
      message: `确定为发展对象须在确定为入党积极分子一年以上：${activist} 确定为积极分子，最早可于 ${earliest} 确定为发展对象`,
    });
  }
}

/** data[key] as a list of person ids, or null when it is not an array of integers. */
function idList(data: Record<string, unknown> | undefined, key: string): number[] | null {
  const value = data?.[key];
  if (!Array.isArray(value)) return null;
  if (!value.every((v) => typeof v === 'number' && Number.isInteger(v))) return null;
  return value as number[];
}

function personText(id: number, person: DevelopmentPerson | undefined): string {
  return person ? `${person.name}（${politicalStatusLabels[person.politicalStatus]}）` : `人员 #${id}`;
}

function checkContacts(next: StepRecord, people: CheckContext['people'], out: Findings): void {
  const head = `培养联系人须为1至2名正式党员（${next.date} 指定培养联系人）`;
  const ids = idList(next.data, 'contactIds');
  if (ids === null || ids.length < 1 || ids.length > 2 || new Set(ids).size !== ids.length) {
    out.errors.push({
      rule: 'contacts',
      message: `${head}：${ids === null || ids.length === 0 ? '未指定培养联系人' : `指定了 ${ids.length} 人（须为1至2名不同的党员）`}`,
    });
    return;
  }
  for (const id of ids) {
    const person = people?.get(id);
    if (!person) {
      out.errors.push({
        rule: 'contacts',
        message: `${head}：${personText(id, person)} 不在人员名单中，无法核对是否为正式党员`,
      });
    } else if (person.politicalStatus !== 'full') {
      out.errors.push({ rule: 'contacts', message: `${head}：${personText(id, person)} 不是正式党员` });
    }
  }
}

function checkIntroducers(next: StepRecord, people: CheckContext['people'], out: Findings): void {
  const head = `入党介绍人须为2名正式党员（${next.date} 确定入党介绍人）`;
  const ids = idList(next.data, 'introducerIds');
  if (ids === null || ids.length !== 2 || ids[0] === ids[1]) {
    const got =
      ids === null || ids.length === 0
        ? '未指定入党介绍人'
        : ids.length === 2
          ? '两名介绍人不能是同一人'
          : `指定了 ${ids.length} 人`;
    out.errors.push({ rule: 'introducers', message: `${head}：${got}` });
    return;
  }
  for (const id of ids) {
    const person = people?.get(id);
    if (!person) {
      out.errors.push({
        rule: 'introducers',
        message: `${head}：${personText(id, person)} 不在人员名单中，无法核对是否为正式党员`,
      });
      continue;
    }
    if (person.politicalStatus !== 'full') {
      out.errors.push({
        rule: 'introducers',
        message: `${head}：${personText(id, person)} 不是正式党员，不能担任入党介绍人`,
      });
    }
    if (underProbationOn(person.disciplines, next.date)) {
      out.errors.push({
        rule: 'introducers',
        message: `受留党察看处分、尚未恢复党员权利的党员不能担任入党介绍人（${next.date} 确定入党介绍人）：${person.name} 正在受处分`,
      });
    }
  }
}

function checkTraining(next: StepRecord, out: Findings): void {
  const days = finiteNumber(next.data?.days);
  const hours = finiteNumber(next.data?.hours);
  if ((days !== null && days >= 3) || (hours !== null && hours >= 24)) return;
  const recorded = [days !== null ? `${days} 天` : null, hours !== null ? `${hours} 学时` : null]
    .filter(Boolean)
    .join('、');
  out.errors.push({
    rule: 'training-3-days-or-24-hours',
    message: `发展对象集中培训时间不少于3天或不少于24学时：${next.date} 的集中培训记录为${recorded || '未填写培训时长'}`,
  });
}

function checkMeetingAfterPreReview(history: DevelopmentHistory, next: StepRecord, out: Findings): void {
  const preReview = lastDateOf(history, 'pre_review');
  if (!preReview) return;
  const due = addMonths(preReview, 1);
  if (next.date > due) {
    out.warnings.push({
      rule: 'meeting-within-1-month-of-pre-review',
      message: `上级党委预审后应在一个月内召开支部党员大会讨论接收预备党员：${preReview} 预审，最迟应于 ${due} 召开，实际召开日期为 ${next.date}`,
    });
  }
}

/**
 * What is wrong with 实到, when it was recorded: more than 应到, fewer than the ballots cast, or not more
 * than half of 应到 — a meeting without a quorum of the voting members cannot decide.
 */
function presentProblem(raw: unknown, expected: number, cast: number): string | null {
  if (raw === undefined || raw === null || raw === '') return null;
  const present = nonNegativeInteger(raw);
  if (present === null) return '实到人数应为非负整数';
  if (present > expected) return `实到 ${present} 人，超过应到 ${expected} 人`;
  if (cast > present) return `赞成、反对、弃权合计 ${cast} 人，超过实到 ${present} 人`;
  if (present * 2 <= expected)
    return `应到 ${expected} 人，实到 ${present} 人，未超过半数（至少需 ${Math.floor(expected / 2) + 1} 人到会），会议不能表决`;
  return null;
}

function checkVote(next: StepRecord, out: Findings): void {
  const subject = next.code === 'admission_vote' ? '接收预备党员' : '预备党员转为正式党员';
  const head = `${subject}须经应到会有表决权的正式党员半数以上赞成（${next.date} 支部党员大会）`;
  const data = next.data;
  const expected = nonNegativeInteger(data?.expectedVoting);
  const yes = nonNegativeInteger(data?.yes);
  const no = data?.no === undefined ? 0 : nonNegativeInteger(data.no);
  const abstain = data?.abstain === undefined ? 0 : nonNegativeInteger(data.abstain);
  if (expected === null || expected < 1 || yes === null || no === null || abstain === null) {
    out.errors.push({
      rule: 'admission-vote',
      message: `${head}：请填写应到会有表决权的正式党员人数（至少1人）及赞成、反对、弃权人数（非负整数）`,
    });
    return;
  }
  const cast = yes + no + abstain;
  if (cast > expected) {
    out.errors.push({
      rule: 'admission-vote',
      message: `${head}：赞成 ${yes} 人、反对 ${no} 人、弃权 ${abstain} 人，合计 ${cast} 人，超过应到会有表决权的正式党员 ${expected} 人`,
    });
  }
  const present = presentProblem(data?.present, expected, cast);
  if (present) out.errors.push({ rule: 'admission-vote', message: `${head}：${present}` });
  if (yes * 2 <= expected) {
    out.errors.push({
      rule: 'admission-vote',
      message: `${head}：应到 ${expected} 人，赞成 ${yes} 人，未超过半数（至少需 ${Math.floor(expected / 2) + 1} 人赞成），决议未通过`,
    });
  }
}

function checkApproval(history: DevelopmentHistory, next: StepRecord, out: Findings): void {
  const voteCode: DevelopmentStepCode = next.code === 'admission_approved' ? 'admission_vote' : 'full_vote';
  const vote = lastDateOf(history, voteCode);
  if (!vote) return;
  const subject = next.code === 'admission_approved' ? '接收预备党员' : '预备党员转正';
  const due = addMonths(vote, 3);
  const limit = addMonths(vote, 6);
  const facts = `${vote} 支部党员大会讨论${subject}，应于 ${due} 前审批，特殊情况最迟不超过 ${limit}，实际审批日期为 ${next.date}`;
  if (next.date > limit) {
    out.errors.push({
      rule: 'approval-within-3-months',
      message: `上级党委审批${subject}应在支部党员大会讨论后3个月内进行，延长不得超过6个月：${facts}`,
    });
  } else if (next.date > due) {
    out.warnings.push({
      rule: 'approval-within-3-months',
      message: `上级党委审批${subject}应在支部党员大会讨论后3个月内进行：${facts}`,
    });
  }
}

function checkFullVote(history: DevelopmentHistory, next: StepRecord, out: Findings): void {
  const vote = lastDateOf(history, 'admission_vote');
  const end = probationEnd(history);
  if (!vote || !end) return;
  const extension = recordedExtension(history);
  const period = extension
    ? `${vote} 支部党员大会通过接收为预备党员，预备期一年并延长 ${extension.months} 个月，至 ${end} 期满`
    : `${vote} 支部党员大会通过接收为预备党员，预备期一年，至 ${end} 期满`;
  if (next.date < end) {
    out.errors.push({
      rule: 'probation',
      message: `预备期满方可讨论转为正式党员：${period}，不能于 ${next.date} 讨论转正`,
    });
    return;
  }
  const late = addMonths(end, 1);
  if (next.date > late) {
    out.warnings.push({
      rule: 'probation',
      message: `预备期已满（${end} 期满）超过一个月，未及时讨论转正：${period}，最迟应于 ${late} 召开支部党员大会讨论，实际于 ${next.date} 召开`,
    });
  }
}

function checkExtension(history: DevelopmentHistory, next: StepRecord, out: Findings): void {
  const months = extensionMonthsOf(next);
  if (months === undefined) return;
  if (!isValidExtension(months)) {
    out.errors.push({
      rule: 'probation-extension',
      message: `延长预备期须为6至12个月：${next.date} 记录的延长期限为 ${String(months)} 个月`,
    });
  }
  const earlier = history.steps.find((s) => extensionMonthsOf(s) !== undefined);
  if (earlier) {
    out.errors.push({
      rule: 'probation-extension',
      message: `预备期只能延长一次：已于 ${earlier.date} 延长预备期 ${String(extensionMonthsOf(earlier))} 个月，不能于 ${next.date} 再次延长`,
    });
  }
}

function checkNotice(history: DevelopmentHistory, next: StepRecord, workingDays: number, out: Findings): void {
  const review = lastDateOf(history, 'committee_review');
  if (!review) return;
  const end = noticePeriodEnd(review, { workingDays });
  if (next.date <= end) {
    out.warnings.push({
      rule: 'notice-period',
      message: `发展对象须经公示（${workingDays}个工作日）期满后方可报上级党委预审：${review} 支部委员会审查，公示最早于 ${end} 期满，预审日期为 ${next.date}，最早应为 ${addDays(end, 1)}`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/**
 * Checks a step about to be recorded against the person's history: the general rules (order of the
 * 25 steps, dates not going backwards nor into the future) and every rule about next.code.
 * Contacts and introducers must be found in context.people; an unknown id is refused.
 */
export function checkStep(history: DevelopmentHistory, next: StepRecord, context: CheckContext): StepCheck {
  const out: Findings = { errors: [], warnings: [] };
  if (!isRealDate(next.date)) {
    out.errors.push({
      rule: 'date-invalid',
      message: `步骤日期无效：${stepLabel(next.code)}日期「${next.date}」不是有效的日期（应为 YYYY-MM-DD）`,
    });
    return out;
  }

  checkOrder(history, next, out);
  checkDates(history, next, context.today, out);
  // A 补录 step is checked on its dates alone: the steps between (assessments, vote counts) stayed on paper.
  const backfilled = isBackfilled(next);

  switch (next.code) {
    case 'application':
      checkAge(history, next, out);
      break;
    case 'first_talk':
      checkFirstTalk(history, next, out);
      break;
    case 'activist_assessment':
      checkActivistAssessment(history, next, out);
      break;
    case 'contacts_assigned':
      checkContacts(next, context.people, out);
      break;
    case 'candidate_confirmed':
      if (!backfilled) checkActivistAssessment(history, next, out);
      checkActivistOverOneYear(history, next, out);
      break;
    case 'introducers':
      checkIntroducers(next, context.people, out);
      break;
    case 'short_training':
      checkTraining(next, out);
      break;
    case 'pre_review':
      if (context.noticeWorkingDays !== undefined && context.noticeWorkingDays >= 1) {
        checkNotice(history, next, context.noticeWorkingDays, out);
      }
      break;
    case 'admission_vote':
      checkMeetingAfterPreReview(history, next, out);
      if (!backfilled) checkVote(next, out);
      break;
    case 'admission_approved':
    case 'full_approved':
      checkApproval(history, next, out);
      break;
    case 'probation_assessment':
      checkExtension(history, next, out);
      break;
    case 'full_vote':
      checkVote(next, out);
      checkFullVote(history, next, out);
      break;
    default:
      break;
  }
  return inProse(out);
}

/** The findings read as sentences: their dates written 2026年12月26日 (the rules compose them in ISO). */
function inProse(out: Findings): Findings {
  const prose = (f: RuleFinding) => ({ ...f, message: chineseDatesIn(f.message) });
  return { errors: out.errors.map(prose), warnings: out.warnings.map(prose) };
}

function overdueSuffix(today: string, due: string): string {
  const late = daysBetween(due, today);
  return late > 0 ? `（已逾期 ${late} 天）` : '';
}

/**
 * What is due next for a person, with its date, sorted by date: the first talk, the next
 * 6-monthly activist assessment, the earliest date for 确定发展对象, the 支部党员大会 after 预审,
 * the approval deadlines and the end of the probationary period. Messages do not contain the
 * person's name; the caller adds it.
 */
export function nextDeadlines(history: DevelopmentHistory, today: string): Deadline[] {
  const out: Deadline[] = [];
  const has = (code: DevelopmentStepCode) => lastDateOf(history, code) !== null;

  const application = lastDateOf(history, 'application');
  if (application && !has('first_talk')) {
    const due = addMonths(application, 1);
    out.push({
      code: 'first_talk',
      kind: 'deadline',
      due,
      message: `党组织应在收到入党申请书后一个月内派人谈话：${application} 递交入党申请书，最迟应于 ${due} 谈话${overdueSuffix(today, due)}`,
    });
  }

  const activist = lastDateOf(history, 'activist_confirmed');
  if (activist && !has('candidate_confirmed')) {
    const last = lastActivistReview(history);
    if (last) {
      const due = addMonths(last.date, 6);
      out.push({
        code: 'activist_assessment',
        kind: 'deadline',
        due,
        message: `入党积极分子每半年至少考察一次：${last.date} ${last.assessed ? '上次考察' : '确定为积极分子'}，下一次考察最迟应于 ${due} 进行${overdueSuffix(today, due)}`,
      });
    }
    const earliest = earliestCandidateDate(activist);
    out.push({
      code: 'candidate_confirmed',
      due: earliest,
      kind: 'earliest',
      message:
        today >= earliest
          ? `已满一年考察期，可确定为发展对象（${activist} 确定为积极分子，${earliest} 起可确定）`
          : `确定为发展对象须在确定为入党积极分子一年以上：${activist} 确定为积极分子，最早可于 ${earliest} 确定为发展对象`,
    });
  }

  const preReview = lastDateOf(history, 'pre_review');
  if (preReview && !has('admission_vote')) {
    const due = addMonths(preReview, 1);
    out.push({
      code: 'admission_vote',
      kind: 'deadline',
      due,
      message: `上级党委预审后应在一个月内召开支部党员大会讨论接收预备党员：${preReview} 预审，最迟应于 ${due} 召开${overdueSuffix(today, due)}`,
    });
  }

  const admissionVote = lastDateOf(history, 'admission_vote');
  if (admissionVote && !has('admission_approved')) {
    const due = addMonths(admissionVote, 3);
    out.push({
      code: 'admission_approved',
      kind: 'deadline',
      due,
      message: `上级党委应在支部党员大会讨论后3个月内审批接收预备党员：${admissionVote} 支部党员大会讨论，最迟应于 ${due} 审批，特殊情况不超过 ${addMonths(admissionVote, 6)}${overdueSuffix(today, due)}`,
    });
  }

  const end = probationEnd(history);
  if (end && !has('full_vote')) {
    const late = addMonths(end, 1);
    const message =
      today <= end
        ? `预备期将于 ${end} 期满，需召开支部党员大会讨论转正`
        : today > late
          ? `预备期已于 ${end} 期满，超过一个月未讨论转正，需尽快召开支部党员大会讨论转正`
          : `预备期已于 ${end} 期满，需于 ${late} 前召开支部党员大会讨论转正`;
    out.push({ code: 'full_vote', due: end, message, kind: 'deadline' });
  }

  const fullVote = lastDateOf(history, 'full_vote');
  if (fullVote && !has('full_approved')) {
    const due = addMonths(fullVote, 3);
    out.push({
      code: 'full_approved',
      kind: 'deadline',
      due,
      message: `上级党委应在支部党员大会讨论后3个月内审批预备党员转正：${fullVote} 支部党员大会讨论，最迟应于 ${due} 审批，特殊情况不超过 ${addMonths(fullVote, 6)}${overdueSuffix(today, due)}`,
    });
  }

  return out
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .map((d) => ({ ...d, message: chineseDatesIn(d.message) }));
}
