import type { RenderedReport } from '@/lib/report/rendered';

/** A short finished duty report for the renderers' tests: both heading levels, both heading forms. */
export const renderedReport: RenderedReport = {
  title: '2023年党支部书记抓基层党建工作述职报告',
  branchName: '旗统计局党支部',
  author: '张建国',
  year: 2023,
  preamble: ['按照机关党工委关于党支部书记述职评议的安排，现将本人2023年履行基层党建工作职责的情况报告如下。'],
  sections: [
    { level: 1, number: '一、', heading: '本年度履职情况', paragraphs: [] },
    {
      level: 2,
      number: '（一）',
      heading: '抓实理论学习，筑牢思想根基',
      paragraphs: [
        '全年以支部集体学习为主渠道，书记领学、委员讲学、党员交流相结合，组织集体学习18次，开展专题研讨4次，形成研讨材料12篇、交流体会26篇。',
        '围绕“数说统计”主题讲授专题党课1次，把学习成果落到统计数据质量上。',
      ],
    },
    {
      level: 2,
      number: '（二）',
      heading: '规范组织生活，夯实支部基础',
      paragraphs: [
        '年内召开支委会议12次、党员大会4次，讲授专题党课4次，开展主题党日活动12次。',
        '坚持成熟一个发展一个，预备党员转正1名，确定发展对象2名，培养入党积极分子3名。',
      ],
    },
    { level: 1, number: '二、', heading: '存在的主要问题', paragraphs: [] },
    {
      level: 2,
      number: '（一）',
      heading: '理论学习的深度还不够。',
      paragraphs: ['学用结合不够紧密，学习成果转化为推动统计工作的实际举措还不多。'],
    },
    {
      level: 2,
      number: '（二）',
      heading: '支部工作创新不足。',
      paragraphs: ['活动形式较为单一，结对共建的成效还需巩固。'],
    },
    {
      level: 1,
      number: '三、',
      heading: '下一步打算',
      paragraphs: ['坚持每周集体学习，办好“A+B”结对共建，推动党建与统计业务深度融合。'],
    },
  ],
};
