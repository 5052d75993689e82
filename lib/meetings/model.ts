/** Built-in meeting kinds; a branch may add its own kinds (code null) beside these. */
export const builtInMeetingKinds = [
  'general', // 支部党员大会
  'committee', // 支委会
  'group', // 党小组会
  'lecture', // 党课
  'theme_day', // 主题党日
  'life_meeting', // 组织生活会
  'appraisal', // 民主评议党员
  'study', // 集体学习
  'seminar', // 专题研讨
] as const;
export type BuiltInMeetingKind = (typeof builtInMeetingKinds)[number];

/** Who should attend a meeting of a kind, by default. */
export const attendeeScopes = ['members', 'committee', 'group', 'chosen'] as const;
export type AttendeeScope = (typeof attendeeScopes)[number];

export const rulePeriods = ['month', 'quarter', 'year'] as const;
export type RulePeriod = (typeof rulePeriods)[number];

export const rulePeriodLabels: Record<RulePeriod, string> = { month: '每月', quarter: '每季度', year: '每年' };

/** The defaults a new branch starts with (local rules differ; the secretary can change them). */
export const defaultMeetingKinds: {
  code: BuiltInMeetingKind;
  name: string;
  scope: AttendeeScope;
  period: RulePeriod | null;
  minCount: number;
  /** One rule per party group instead of one for the branch. */
  perGroup?: boolean;
}[] = [
  { code: 'general', name: '支部党员大会', scope: 'members', period: 'quarter', minCount: 1 },
  { code: 'committee', name: '支委会', scope: 'committee', period: 'month', minCount: 1 },
  { code: 'group', name: '党小组会', scope: 'group', period: 'month', minCount: 1, perGroup: true },
  { code: 'lecture', name: '党课', scope: 'members', period: 'year', minCount: 2 },
  { code: 'theme_day', name: '主题党日', scope: 'members', period: 'month', minCount: 1 },
  { code: 'life_meeting', name: '组织生活会', scope: 'members', period: 'year', minCount: 1 },
  { code: 'appraisal', name: '民主评议党员', scope: 'members', period: 'year', minCount: 1 },
  { code: 'study', name: '集体学习', scope: 'members', period: null, minCount: 0 },
  { code: 'seminar', name: '专题研讨', scope: 'members', period: null, minCount: 0 },
];

export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingStatusLabels: Record<MeetingStatus, string> = {
  planned: '计划',
  held: '已召开',
  cancelled: '已取消',
};

export const attendanceStatuses = ['present', 'leave', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const attendanceStatusLabels: Record<AttendanceStatus, string> = {
  present: '出席',
  leave: '请假',
  absent: '缺席',
};

/** Someone the kind's rule expects, taken off a meeting's list with the reason why (stored on the meeting). */
export type RemovedAttendee = { personId: number; reason: string };

export const placeTags = ['红色教育基地', '廉政教育基地', '法治教育展厅', '党员活动室', '结对共建单位'] as const;

export const talkKinds = ['committee_committee', 'committee_member', 'member_member', 'integrity'] as const;
export type TalkKind = (typeof talkKinds)[number];
export const talkKindLabels: Record<TalkKind, string> = {
  committee_committee: '支委之间',
  committee_member: '支委与党员',
  member_member: '党员之间',
  integrity: '廉政谈话',
};

/** How a meeting reads in a picker: “2024-03-12 支委会：研究发展对象”. */
export function meetingOptionLabel(meeting: { date: string; kindName: string; topic: string }): string {
  return `${meeting.date} ${meeting.kindName}：${meeting.topic}`;
}
