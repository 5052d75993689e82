/** The kinds of records a year's report is written from, each with where it is kept. */
export const reportRecordAreas = [
  { key: 'meetings', label: '组织生活会议', unit: '次', href: '/meetings' },
  { key: 'talks', label: '谈心谈话', unit: '次', href: '/meetings/talks' },
  { key: 'development', label: '发展党员步骤', unit: '条', href: '/development' },
  { key: 'service', label: '结对共建与服务活动', unit: '次', href: '/projects' },
  { key: 'integrity', label: '党风廉政建设责任清单与承诺书', unit: '项', href: '/integrity' },
  { key: 'rectification', label: '整改事项', unit: '项', href: '/rectification' },
  { key: 'outputs', label: '工作成果', unit: '项', href: '/outputs' },
  { key: 'notices', label: '党务公开', unit: '条', href: '/notices' },
] as const;

export type ReportRecordArea = (typeof reportRecordAreas)[number]['key'];

/** Each area with the year's record count, the ones without records first: what to fill in before drafting. */
export function recordCoverage(counts: Record<ReportRecordArea, number>) {
  const areas = reportRecordAreas.map((area) => ({ ...area, count: counts[area.key] }));
  return [...areas.filter((a) => a.count === 0), ...areas.filter((a) => a.count > 0)];
}
