import type { Transaction } from '@/db/client';
import { meetingAttendance, meetings, talks } from '@/db/schema';
import { seededRandom } from '@/db/seed/random';
import type { BuiltInMeetingKind } from '@/lib/meetings/model';

export type SeedPerson = {
  id: number;
  name: string;
  probationaryDate: string | null;
  committeeTitle: string | null;
  groupId: number | null;
};

type Context = {
  branchId: number;
  kindIds: Record<BuiltInMeetingKind, number>;
  groups: { id: number; name: string }[];
  people: SeedPerson[];
  /** Records stop here: the demo's "so far". */
  today: string;
  firstYear: number;
  /** The one 支委会 left out, so that the compliance calendar has a real gap to flag. */
  missingCommitteeMeeting: string;
};

const leaveReasons = ['出差', '病假', '外出开展入户调查', '参加上级业务培训', '事假', '值班'];

/**
 * The theme days in the order of the demo's first year, January to December. Those tied to a month
 * (学雷锋 in March, 建党节 on 1 July, 国庆 in October, the year-end review) keep it every year; the
 * others take turns in the remaining months.
 */
const themeDays: { topic: string; place: string; tags: string[]; month?: number }[] = [
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
];

const freeThemeDays = themeDays.filter((t) => !t.month);
const freeMonths = themeDays.flatMap((t, i) => (t.month ? [] : [i + 1]));

/**
 * The theme day of a month: the one tied to the month, else one of the others, moved on by five each
 * year so a branch does not repeat its calendar; every theme day falls once in every year.
 */
function themeDayOf(month: number, yearIndex: number) {
  const tied = themeDays.find((t) => t.month === month);
  if (tied) return tied;
  const slot = freeMonths.indexOf(month);
  return freeThemeDays[(slot + yearIndex * 5) % freeThemeDays.length];
}

const committeeTopics = [
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
];

const generalTopics = [
  '通报一季度党建工作，讨论学习计划',
  '讨论接收预备党员事项',
  '讨论预备党员转正事项',
  '年度党员大会：总结全年工作',
];
const lectureTopics = [
  '用数据讲好新时代发展故事',
  '以统计监督护航高质量发展',
  '铸牢中华民族共同体意识',
  '从严治党与统计干部作风建设',
];
const studyTopics = [
  '学习党的二十大报告原文',
  '学习《中国共产党章程》',
  '学习统计法律法规和防范统计造假规定',
  '学习主题教育读本选篇',
  '学习上级党委会议精神',
  '学习《中国共产党纪律处分条例》',
];
const seminarTopics = [
  '学思想、强党性专题研讨',
  '重实践、建新功专题研讨',
  '以学促干：统计数据质量提升研讨',
  '检视问题、推动整改专题研讨',
];

function iso(year: number, month: number, day: number) {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Several years of organisational life for the demo branch, at the frequencies the rules ask for, with
 * attendance, leave with reasons and the odd absence, up to today; one committee meeting is missing.
 */
export function seedDemoMeetings(tx: Transaction, ctx: Context) {
  const random = seededRandom(20230701);
  const secretary = ctx.people.find((p) => p.committeeTitle === '书记')!;
  const committee = ctx.people.filter((p) => p.committeeTitle);
  const recorder = ctx.people.find((p) => p.committeeTitle === '组织委员') ?? secretary;
  const isMemberOn = (p: SeedPerson, date: string) => !!p.probationaryDate && p.probationaryDate <= date;

  const add = (
    code: BuiltInMeetingKind,
    date: string,
    topic: string,
    attendees: SeedPerson[],
    extra: Partial<typeof meetings.$inferInsert> = {},
  ) => {
    if (date > ctx.today) return;
    const meeting = tx
      .insert(meetings)
      .values({
        branchId: ctx.branchId,
        kindId: ctx.kindIds[code],
        status: 'held',
        date,
        startTime: code === 'study' ? '16:00' : '09:30',
        endTime: code === 'study' ? '17:30' : '11:30',
        place: '局党员活动室',
        hostId: secretary.id,
        recorderId: recorder.id,
        topic,
        agenda: `一、${topic}\n二、交流发言\n三、书记小结`,
        minutes: `会议围绕“${topic}”进行。与会同志逐一发言，结合本职工作谈认识、谈打算。书记作小结，要求把学习成果转化为推动统计工作的实际行动。`,
        ...extra,
      })
      .returning({ id: meetings.id })
      .get();
    for (const person of attendees) {
      const roll = random.next();
      const status = roll < 0.08 ? 'leave' : roll < 0.09 ? 'absent' : 'present';
      tx.insert(meetingAttendance)
        .values({
          meetingId: meeting.id,
          branchId: ctx.branchId,
          personId: person.id,
          status,
          reason: status === 'leave' ? random.pick(leaveReasons) : null,
        })
        .run();
    }
  };

  const lastYear = Number(ctx.today.slice(0, 4));
  for (let year = ctx.firstYear; year <= lastYear; year++) {
    const members = (date: string) => ctx.people.filter((p) => isMemberOn(p, date));
    for (let month = 1; month <= 12; month++) {
      const committeeDay = iso(year, month, 6);
      if (committeeDay !== ctx.missingCommitteeMeeting) {
        add('committee', committeeDay, committeeTopics[month - 1], committee, {
          decisions: '会议议定事项已分工落实，由组织委员跟踪督办。',
          hasVote: true,
        });
      }
      const theme = themeDayOf(month, year - ctx.firstYear);
      const themeDate = iso(year, month, month === 7 ? 1 : 15);
      // This month's theme day is still ahead in the demo's current month.
      if (themeDate.slice(0, 7) !== ctx.today.slice(0, 7)) {
        add('theme_day', themeDate, theme.topic, members(themeDate), { place: theme.place, placeTags: theme.tags });
      }
      for (const group of ctx.groups) {
        const date = iso(year, month, 20);
        const leader = ctx.people.find((p) => p.groupId === group.id && isMemberOn(p, date))!;
        add(
          'group',
          date,
          `${group.name}学习交流会`,
          members(date).filter((p) => p.groupId === group.id),
          {
            groupId: group.id,
            hostId: leader.id,
            recorderId: leader.id,
          },
        );
      }
      const studyDays = month % 2 === 1 ? [10, 24] : [10];
      for (const day of studyDays) {
        const date = iso(year, month, day);
        add('study', date, studyTopics[(month + day) % studyTopics.length], members(date));
      }
    }
    [3, 6, 9, 12].forEach((month, quarter) => {
      const date = iso(year, month, 26);
      add('general', date, generalTopics[quarter], members(date), { hasVote: quarter === 1 || quarter === 2 });
    });
    [3, 6, 9, 11].forEach((month, index) => {
      const date = iso(year, month, 12);
      const lecturer = index === 0 ? secretary : committee[index % committee.length];
      add('lecture', date, lectureTopics[index], members(date), { lecturerId: lecturer.id, hostId: secretary.id });
    });
    [4, 6, 9, 11].forEach((month, index) => {
      const date = iso(year, month, 18);
      add('seminar', date, seminarTopics[index], members(date), { seminarMaterials: 2, exchangeArticles: 5 });
    });
    add(
      'life_meeting',
      iso(year, 12, 22),
      `${year}年度组织生活会：对照检视、批评与自我批评`,
      members(iso(year, 12, 22)),
    );
    add('appraisal', iso(year, 12, 23), `${year}年度民主评议党员`, members(iso(year, 12, 23)));

    seedTalks(tx, ctx, year, committee, members(iso(year, 11, 1)));
  }

  // What members see as coming up: a theme day today and the year-end general meeting.
  const [y, m] = ctx.today.split('-').map(Number);
  const planned = (
    code: BuiltInMeetingKind,
    date: string,
    topic: string,
    extra: Partial<typeof meetings.$inferInsert>,
  ) => {
    const meeting = tx
      .insert(meetings)
      .values({
        branchId: ctx.branchId,
        kindId: ctx.kindIds[code],
        status: 'planned',
        date,
        topic,
        hostId: secretary.id,
        recorderId: recorder.id,
        ...extra,
      })
      .returning({ id: meetings.id })
      .get();
    const expected = ctx.people.filter((p) => isMemberOn(p, date));
    tx.insert(meetingAttendance)
      .values(expected.map((p) => ({ meetingId: meeting.id, branchId: ctx.branchId, personId: p.id, status: null })))
      .run();
  };
  planned('theme_day', ctx.today, '学习全会精神，谈统计人的责任担当', {
    startTime: '15:00',
    endTime: '17:00',
    place: '局党员活动室',
  });
  planned('general', iso(y, m === 12 ? 12 : m + 1, m === 12 ? 30 : 10), '讨论预备党员转正事项', {
    startTime: '09:30',
    place: '局会议室',
    hasVote: true,
  });
}

function seedTalks(tx: Transaction, ctx: Context, year: number, committee: SeedPerson[], members: SeedPerson[]) {
  const date = (month: number, day: number) => iso(year, month, day);
  if (date(11, 10) > ctx.today) return;
  const rows: (typeof talks.$inferInsert)[] = [];
  for (let i = 0; i < committee.length; i++) {
    for (let j = i + 1; j < committee.length; j++) {
      rows.push({
        branchId: ctx.branchId,
        date: date(11, 3 + i + j),
        kind: 'committee_committee',
        initiatorId: committee[i].id,
        partnerId: committee[j].id,
        note: '相互指出不足，交流改进打算。',
      });
    }
  }
  members
    .filter((p) => !p.committeeTitle)
    .forEach((p, index) => {
      const talker = committee[index % committee.length];
      rows.push({
        branchId: ctx.branchId,
        date: date(11, 5 + (index % 20)),
        kind: 'committee_member',
        initiatorId: talker.id,
        partnerId: p.id,
        note: '了解思想和工作情况，听取对支部工作的意见。',
      });
    });
  const inspector = committee.find((p) => p.committeeTitle?.includes('纪检')) ?? committee[0];
  members
    .filter((p) => !p.committeeTitle)
    .slice(0, 4)
    .forEach((p, index) => {
      rows.push({
        branchId: ctx.branchId,
        date: date(3, 10 + index),
        kind: 'integrity',
        initiatorId: inspector.id,
        partnerId: p.id,
        note: '提醒严守统计纪律和廉洁从政规定。',
      });
    });
  const held = rows.filter((row) => row.date <= ctx.today);
  if (held.length > 0) tx.insert(talks).values(held).run();
}
