/** A theme day: its topic, place and place tags; one tied to a month keeps it every year. */
export type DemoThemeDay = { topic: string; place: string; tags: string[]; month?: number };

/**
 * What a demo branch's meetings are about, in its own words: the schedule is the same for every demo
 * branch (see seedDemoMeetings), the topics, places and reasons for leave are the branch's.
 */
export type MeetingBook = {
  /** 支委会 topics, January to December. */
  committee: string[];
  /** 党员大会 topics, one per quarter. */
  general: string[];
  /** 党课 topics, the year's four. */
  lecture: string[];
  study: string[];
  /** 专题研讨 topics, the year's four. */
  seminar: string[];
  /** Theme days in the order of the first year, January to December. */
  themeDays: DemoThemeDay[];
  leaveReasons: string[];
  place: string;
  meetingRoom: string;
  minutes: (topic: string) => string;
  /** The theme day planned for the seeding day. */
  todayThemeDay: string;
  /** What a 廉政谈话 reminded of. */
  integrityTalk: string;
};

/**
 * The theme day of a month: the one tied to the month, else one of the others, moved on by five each
 * year so a branch does not repeat its calendar; every theme day falls once in every year.
 */
export function themeDayOf(book: MeetingBook, month: number, yearIndex: number): DemoThemeDay {
  const tied = book.themeDays.find((t) => t.month === month);
  if (tied) return tied;
  const free = book.themeDays.filter((t) => !t.month);
  const freeMonths = book.themeDays.flatMap((t, i) => (t.month ? [] : [i + 1]));
  return free[(freeMonths.indexOf(month) + yearIndex * 5) % free.length];
}

/** 旗统计局党支部: the topics its 2023 report counts. */
export const bureauMeetingBook: MeetingBook = {
  committee: [
    '研究年度党建工作要点和学习计划',
    '研究入党积极分子培养考察情况',
    '部署主题党日活动和结对共建工作',
    '研究季度党员大会议题',
    '研究党风廉政建设责任清单落实',
    '研究“七一”表彰推荐人选',
    '听取党小组工作汇报',
    '研究预备党员转正相关事项',
    '研究国庆期间值班和志愿服务安排',
    '部署统计调查与党建融合工作',
    '研究组织生活会筹备和谈心谈话安排',
    '总结全年工作，研究书记述职报告初稿',
  ],
  general: [
    '通报一季度党建工作，讨论学习计划',
    '讨论接收预备党员事项',
    '讨论预备党员转正事项',
    '年度党员大会：总结全年工作',
  ],
  lecture: [
    '用数据讲好新时代发展故事',
    '以统计监督护航高质量发展',
    '铸牢中华民族共同体意识',
    '从严治党与统计干部作风建设',
  ],
  study: [
    '学习党的二十大报告原文',
    '学习《中国共产党章程》',
    '学习统计法律法规和防范统计造假规定',
    '学习主题教育读本选篇',
    '学习上级党委会议精神',
    '学习《中国共产党纪律处分条例》',
  ],
  seminar: [
    '学思想、强党性专题研讨',
    '重实践、建新功专题研讨',
    '以学促干：统计数据质量提升研讨',
    '检视问题、推动整改专题研讨',
  ],
  themeDays: [
    { topic: '重温入党誓词，学习新修订的党章', place: '局党员活动室', tags: ['党员活动室'] },
    { topic: '走进革命历史展馆，追寻红色足迹', place: '额济纳旗革命历史纪念馆', tags: ['红色教育基地'] },
    { topic: '学雷锋志愿服务：清扫社区公共空间', place: '居延社区', tags: ['结对共建单位'], month: 3 },
    { topic: '观看廉洁警示教育片，筑牢拒腐防线', place: '旗廉政教育基地', tags: ['廉政教育基地'] },
    { topic: '统计法治宣传进社区', place: '旗法治教育展厅', tags: ['法治教育展厅'] },
    { topic: '守护胡杨林：与结对社区开展林区病虫害巡查', place: '达来呼布镇胡杨林保护区', tags: ['结对共建单位'] },
    { topic: '庆祝建党节，表彰优秀党员', place: '局党员活动室', tags: ['党员活动室'], month: 7 },
    { topic: '民族团结进步主题参观', place: '旗民族团结爱国主义教育展厅', tags: ['红色教育基地'] },
    { topic: '数据质量与统计诚信专题党日', place: '局党员活动室', tags: ['党员活动室'] },
    { topic: '国庆主题党日：我和祖国共成长', place: '额济纳旗革命历史纪念馆', tags: ['红色教育基地'], month: 10 },
    { topic: '经济普查入户宣传志愿服务', place: '居延社区', tags: ['结对共建单位'] },
    { topic: '年终学习总结与党费收缴公示', place: '局党员活动室', tags: ['党员活动室'], month: 12 },
  ],
  leaveReasons: ['出差', '病假', '外出开展入户调查', '参加上级业务培训', '事假', '值班'],
  place: '局党员活动室',
  meetingRoom: '局会议室',
  minutes: (topic) =>
    `会议围绕“${topic}”进行。与会同志逐一发言，结合本职工作谈认识、谈打算。书记作小结，要求把学习成果转化为推动统计工作的实际行动。`,
  todayThemeDay: '学习全会精神，谈统计人的责任担当',
  integrityTalk: '提醒严守统计纪律和廉洁从政规定。',
};
