export const reportStatuses = ['draft', 'submitted'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportStatusLabels: Record<ReportStatus, string> = { draft: '草稿', submitted: '已提交' };

/** The working committee's grades for a 述职. */
export const reportGrades = ['好', '较好', '一般', '差'] as const;
export type ReportGrade = (typeof reportGrades)[number];

export function reportTitle(year: number): string {
  return `${year}年党支部书记抓基层党建工作述职报告`;
}

/**
 * Sections the continuation recognises by what they are, whatever the secretary has renamed them to:
 * 下一步打算 (its year moves on), the 书记项目 under it (rewritten from next year's plans) and the
 * comparison with last year's report (对照上年, or the first draft's 上年度述职评议点评问题整改情况;
 * replaced by a new comparison).
 */
export const reportSectionKinds = ['plans', 'secretary_project', 'review'] as const;
export type ReportSectionKind = (typeof reportSectionKinds)[number];
