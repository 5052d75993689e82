import { describe, expect, it } from 'vitest';
import { reportStateText, type YearWorkFacts, yearWorkGaps } from '@/lib/dashboard/year-work';

const complete: YearWorkFacts = {
  year: 2026,
  currentMonth: 11,
  integrityAspects: 4,
  secretaryProjects: 1,
  nextYearProjects: 1,
  lifeMeetings: 1,
  report: null,
};

describe('yearWorkGaps', () => {
  it('says nothing when the year has its plans', () => {
    expect(yearWorkGaps(complete)).toEqual([]);
  });

  it('names each missing plan with where to put it right', () => {
    const gaps = yearWorkGaps({ ...complete, integrityAspects: 0, secretaryProjects: 0, lifeMeetings: 0 });
    expect(gaps.map((g) => g.message)).toEqual([
      '尚无2026年党风廉政建设主体责任清单',
      '尚未记录2026年书记项目',
      '2026年组织生活会尚未召开或安排',
    ]);
    expect(gaps.map((g) => g.href)).toEqual(['/integrity', '/projects/new?plan=2026', '/meetings/new?status=planned']);
  });

  it("asks for next year's 书记项目 from November of the current year only", () => {
    const none = { ...complete, nextYearProjects: 0 };
    expect(yearWorkGaps({ ...none, currentMonth: 10 })).toEqual([]);
    expect(yearWorkGaps({ ...none, currentMonth: 11 })).toEqual([
      { message: '尚未计划2027年书记项目', href: '/projects/new?plan=2027', linkLabel: '去计划' },
    ]);
    expect(yearWorkGaps({ ...none, currentMonth: null })).toEqual([]);
  });
});

describe('reportStateText', () => {
  it('reads the report through its life', () => {
    expect(reportStateText(null)).toBe('尚未开始撰写');
    expect(reportStateText({ status: 'draft', grade: null })).toBe('草稿，尚未提交');
    expect(reportStateText({ status: 'submitted', grade: null })).toBe('已提交，等待党工委评定');
    expect(reportStateText({ status: 'submitted', grade: '好' })).toBe('已提交，党工委评定为“好”');
  });
});
