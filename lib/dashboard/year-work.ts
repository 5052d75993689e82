import type { ReportStatus } from '@/lib/report/model';

/** What the year's records hold of the work every branch plans for its year. */
export type YearWorkFacts = {
  year: number;
  /** The month of today (1–12) when the year is the current one; null for a past or future year. */
  currentMonth: number | null;
  integrityAspects: number;
  /** 书记项目 running in the year. */
  secretaryProjects: number;
  /** 书记项目 recorded for the year after. */
  nextYearProjects: number;
  /** 组织生活会 held or planned in the year. */
  lifeMeetings: number;
  report: { status: ReportStatus; grade: string | null } | null;
};

export type YearWorkGap = { message: string; href: string; linkLabel: string };

/** From this month on, next year's 书记项目 is due (the report's 下一步打算 names it). */
const planNextYearFromMonth = 11;

/** What the year still lacks, each with where to put it right, in the order a secretary would see to it. */
export function yearWorkGaps(f: YearWorkFacts): YearWorkGap[] {
  const gaps: YearWorkGap[] = [];
  if (f.integrityAspects === 0)
    gaps.push({
      message: `尚无${f.year}年党风廉政建设主体责任清单`,
      href: '/integrity',
      linkLabel: '去制定或复制上年清单',
    });
  if (f.secretaryProjects === 0)
    gaps.push({ message: `尚未记录${f.year}年书记项目`, href: `/projects/new?plan=${f.year}`, linkLabel: '去记录' });
  if (f.lifeMeetings === 0)
    gaps.push({
      message: `${f.year}年组织生活会尚未召开或安排`,
      href: '/meetings/new?status=planned',
      linkLabel: '去安排',
    });
  if (f.currentMonth !== null && f.currentMonth >= planNextYearFromMonth && f.nextYearProjects === 0)
    gaps.push({
      message: `尚未计划${f.year + 1}年书记项目`,
      href: `/projects/new?plan=${f.year + 1}`,
      linkLabel: '去计划',
    });
  return gaps;
}

/** The state of the year's duty report in words. */
export function reportStateText(report: YearWorkFacts['report']): string {
  if (!report) return '尚未开始撰写';
  if (report.status === 'draft') return '草稿，尚未提交';
  return report.grade ? `已提交，党工委评定为“${report.grade}”` : '已提交，等待党工委评定';
}
