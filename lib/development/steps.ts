import type { PoliticalStatus } from '@/lib/people/model';

/** The five stages of member development (发展党员). */
export const developmentStages = ['application', 'activist', 'candidate', 'admission', 'probation'] as const;
export type DevelopmentStage = (typeof developmentStages)[number];

export const developmentStageLabels: Record<DevelopmentStage, string> = {
  application: '入党申请',
  activist: '入党积极分子的确定和培养教育',
  candidate: '发展对象的确定和考察',
  admission: '预备党员的接收',
  probation: '预备党员的教育考察和转正',
};

/** The 25 steps in their fixed order; `status` is the political status a person has once the step is done. */
export const developmentSteps = [
  { code: 'application', stage: 'application', name: '递交入党申请书', status: 'applicant' },
  { code: 'first_talk', stage: 'application', name: '党组织派人谈话' },
  { code: 'activist_confirmed', stage: 'activist', name: '推荐和确定入党积极分子', status: 'activist' },
  { code: 'activist_filed', stage: 'activist', name: '上级党委备案' },
  { code: 'contacts_assigned', stage: 'activist', name: '指定培养联系人' },
  { code: 'activist_assessment', stage: 'activist', name: '培养教育考察' },
  { code: 'candidate_confirmed', stage: 'candidate', name: '确定发展对象', status: 'candidate' },
  { code: 'candidate_filed', stage: 'candidate', name: '报上级党委备案' },
  { code: 'introducers', stage: 'candidate', name: '确定入党介绍人' },
  { code: 'political_review', stage: 'candidate', name: '进行政治审查' },
  { code: 'short_training', stage: 'candidate', name: '开展集中培训' },
  { code: 'committee_review', stage: 'admission', name: '支部委员会审查' },
  { code: 'pre_review', stage: 'admission', name: '上级党委预审' },
  { code: 'application_form', stage: 'admission', name: '填写入党志愿书' },
  { code: 'admission_vote', stage: 'admission', name: '支部党员大会讨论' },
  { code: 'higher_talk', stage: 'admission', name: '上级党委派人谈话' },
  { code: 'admission_approved', stage: 'admission', name: '上级党委审批', status: 'probationary' },
  { code: 'admission_filed', stage: 'admission', name: '再上一级党委组织部门备案' },
  { code: 'placed_in_group', stage: 'probation', name: '编入党支部和党小组' },
  { code: 'oath', stage: 'probation', name: '入党宣誓' },
  { code: 'probation_assessment', stage: 'probation', name: '继续教育考察' },
  { code: 'full_application', stage: 'probation', name: '提出转正申请' },
  { code: 'full_vote', stage: 'probation', name: '支部党员大会讨论' },
  { code: 'full_approved', stage: 'probation', name: '上级党委审批', status: 'full' },
  { code: 'archived', stage: 'probation', name: '材料归档' },
] as const satisfies readonly { code: string; stage: DevelopmentStage; name: string; status?: PoliticalStatus }[];

export type DevelopmentStepCode = (typeof developmentSteps)[number]['code'];

export function stepNumber(code: DevelopmentStepCode): number {
  return developmentSteps.findIndex((s) => s.code === code) + 1;
}

/** The steps a branch meeting (支委会 or 支部党员大会) decides, each with what that meeting decided. */
export const meetingStepDecisions = {
  activist_confirmed: '确定入党积极分子',
  candidate_confirmed: '确定发展对象',
  committee_review: '审查发展对象',
  admission_vote: '讨论接收预备党员',
  full_vote: '讨论预备党员转正',
} as const satisfies Partial<Record<DevelopmentStepCode, string>>;

/** A rule that refused or warned about a step, as stored with the step. */
export type RuleFinding = {
  /** Stable id such as 'age-18'. */
  rule: string;
  message: string;
};
