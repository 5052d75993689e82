import { problemStatesText } from '@/lib/report/draft-duties';
import type { DraftFacts, DraftPlan } from '@/lib/report/draft-facts';
import { type DraftSection, sentence, t } from '@/lib/report/draft-parts';
import { figureNumberText } from '@/lib/report/figure-number';
import { writePrompt } from '@/lib/report/placeholders';

/**
 * 存在的主要问题: the problems still open at the year's end by aspect (or a prompt when there are none),
 * then 原因分析, which only the secretary can write.
 */
export function problemsSections(f: DraftFacts): DraftSection[] {
  const heading: DraftSection = { level: 1, heading: '存在的主要问题', body: '' };
  const causes: DraftSection = {
    level: 2,
    heading: '原因分析',
    // A subheading under the problems, not one of them: their （一）（二） stay the problems'.
    numbered: false,
    body: writePrompt('上述问题产生的原因，从思想认识、能力本领、制度执行、工作方法等方面深入剖析'),
  };
  if (f.openProblems.length === 0)
    return [
      { ...heading, body: writePrompt('结合支部实际，从理论学习、组织建设、党建与业务融合等方面查找存在的主要问题') },
      causes,
    ];
  const aspects = [...new Set(f.openProblems.map((p) => p.aspect))];
  return [
    { ...heading, body: '对照年度目标和检视出的问题，支部工作还存在以下不足。' },
    ...aspects.map((aspect) => ({
      level: 2 as const,
      heading: aspect,
      body: sentence(
        f.openProblems
          .filter((p) => p.aspect === aspect)
          .map((p) => p.problem.replace(/[。；]$/, ''))
          .join('；'),
      ),
    })),
    causes,
  ];
}

/**
 * 上年度述职评议点评问题整改情况: the problems the working committee's comments on last year's report
 * became, with the state each is in now; none when the reviewers raised none. The review falls in last
 * year or early in this one, so the problems are counted among those found in the year they were.
 */
export function reviewCommentsSections(f: DraftFacts): DraftSection[] {
  if (f.reviewProblemsFound.length === 0) return [];
  const last = f.year - 1;
  const paragraphs = f.reviewProblemsFound.map((found) => {
    const params: Record<string, string> =
      found === 'previous' ? { source: 'duty_review', found: 'previous' } : { source: 'duty_review' };
    return `针对${last}年度述职评议中党工委点评指出的问题，逐条建立整改台账、明确责任人和时限，共${t('rectification', params)}个，目前${problemStatesText(params)}，逐项为：${t('list.rectification', params)}。`;
  });
  return [{ level: 1, kind: 'review', heading: `${last}年度述职评议点评问题整改情况`, body: paragraphs.join('\n') }];
}

/**
 * 下一步打算's 书记项目: the year's plans as recorded (name, goal, targets), or a prompt for them when
 * none is recorded. The template and the continuation both write it, so the continuation never carries
 * last year's plans into the next year.
 */
export function secretaryProjectSection(planYear: number, planned: readonly DraftPlan[]): DraftSection {
  const written = planned.map((plan) => {
    const targets = plan.targets.map((target) => `${target.name}${figureNumberText(target.quantity)}${target.unit}`);
    return `拟实施${plan.name}。${plan.goal ? sentence(plan.goal) : ''}${targets.length ? `目标是完成${targets.join('、')}。` : ''}`;
  });
  return {
    level: 2,
    kind: 'secretary_project',
    heading: `${planYear}年书记项目`,
    body: written.length ? written.join('\n') : writePrompt(`${planYear}年书记项目的名称、内容和目标`),
  };
}

/** 下一步打算: study, organisation, the kind's own work, rectification, and next year's 书记项目. */
export function plansSections(f: DraftFacts, own: DraftSection): DraftSection[] {
  const open = f.openProblems.length > 0;
  return [
    { level: 1, kind: 'plans', heading: '下一步打算', body: '' },
    {
      level: 2,
      heading: '深化理论学习，注重学用结合',
      body: '坚持集体学习和专题研讨制度，联系实际学、带着问题学，把学习成果转化为推动工作的思路和举措。',
    },
    {
      level: 2,
      heading: '提升组织生活质量，推进支部规范化建设',
      body: '严格落实“三会一课”、主题党日、谈心谈话等制度，推进支部标准化规范化建设，抓好党员教育管理和发展党员工作，发挥党员先锋模范作用。',
    },
    own,
    {
      level: 2,
      heading: '抓实问题整改，巩固整改成果',
      body: open
        ? `对尚未销号的${t('rectification', { what: 'open' })}个问题逐项跟踪，整改一个、销号一个，防止问题反弹。`
        : '对组织生活会、述职评议等查摆出的问题及时建立台账，整改一个、销号一个，防止问题反弹。',
    },
    secretaryProjectSection(f.year + 1, f.nextYearPlans),
  ];
}
