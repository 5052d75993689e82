export const rectificationSources = ['life_meeting', 'theme_education', 'inspection', 'duty_review', 'other'] as const;
export type RectificationSource = (typeof rectificationSources)[number];
export const rectificationSourceLabels: Record<RectificationSource, string> = {
  life_meeting: '组织生活会',
  theme_education: '主题教育',
  inspection: '巡察',
  duty_review: '述职评议',
  other: '其他',
};

export const rectificationStates = ['in_progress', 'completed', 'checked_off'] as const;
export type RectificationState = (typeof rectificationStates)[number];
export const rectificationStateLabels: Record<RectificationState, string> = {
  in_progress: '整改中',
  completed: '已完成',
  checked_off: '已销号',
};

export const noticeStates = ['proposed', 'reviewed', 'approved', 'published', 'withdrawn'] as const;
export type NoticeState = (typeof noticeStates)[number];
export const noticeStateLabels: Record<NoticeState, string> = {
  proposed: '已提出',
  reviewed: '已审核',
  approved: '已审批',
  published: '已公开',
  withdrawn: '已撤回',
};

export const noticeCategories = ['组织建设', '发展党员', '党费收缴', '评先评优', '重要决策', '其他'] as const;

/** The names audit entries and attachments use for these records. */
export const rectificationEntity = 'rectification_items';
export const noticeEntity = 'notices';
