import { problemStatesText } from '@/lib/report/draft-duties';
import { type DraftSection, t } from '@/lib/report/draft-parts';
import { writePrompt } from '@/lib/report/placeholders';

/** What last year left to compare against, when the comparison is written. */
export type LastYearRecorded = {
  /** Problems found in last year are recorded. */
  problems: boolean;
  /** 书记项目 planned (in last year) for this year are recorded. */
  plans: boolean;
};

/**
 * 对照上年: last year's problems with the state each is in now, and last year's plans (this year's
 * 书记项目) with what became of them. Every number and list is a figure, counted again whenever the
 * report is read, and each count comes from the same definition as the list beside it. Where last year
 * recorded nothing to compare, the secretary is asked to write it.
 */
export function reviewSection(year: number, recorded: LastYearRecorded): DraftSection {
  const last = year - 1;
  const previous = { found: 'previous' };
  const problems = recorded.problems
    ? `${last}年查摆的问题整改情况：共${t('rectification', previous)}个，${problemStatesText(previous)}，逐项为：${t('list.rectification', previous)}。`
    : writePrompt(`${last}年查摆问题的整改情况（系统中未登记${last}年查摆的问题）`);
  const plans = recorded.plans
    ? `${last}年计划的书记项目落实情况：共${t('secretary_projects')}个，${t('list.secretary_projects')}。`
    : writePrompt(`${last}年计划的书记项目落实情况（系统中未登记${year}年的书记项目）`);
  return { level: 1, kind: 'review', heading: `对照${last}年报告的落实情况`, body: [problems, plans].join('\n') };
}
