import { and, eq, like, or } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { commitmentLetters, integrityAspects, integrityItems, integrityMeetings, meetings } from '@/db/schema';
import type { DemoCalendar } from '@/db/seed/demo-calendar';

type Aspect = { title: string; items: [content: string, responsible: string][] };

/** The statistics bureau's 2023 主体责任清单: 4 aspects, 15 items. */
const list2023: Aspect[] = [
  {
    title: '落实管党治党政治责任',
    items: [
      ['年初制定全年党风廉政建设工作方案，每季度至少专题研究一次', '党组书记、局长'],
      ['党风廉政建设与统计业务工作一同部署、一同检查、一同考核', '领导班子成员'],
      ['年底向上级党组织书面报告履行主体责任情况', '党组书记、局长'],
      ['协助书记抓好日常监督，督促问题整改', '纪检委员'],
    ],
  },
  {
    title: '履行分管领域“一岗双责”',
    items: [
      ['排查分管股室廉政风险点，逐项制定防控措施', '分管副局长'],
      ['每半年听取一次分管股室党风廉政工作情况汇报', '分管副局长'],
      ['发现苗头性、倾向性问题及时提醒谈话', '分管领导'],
      ['普查和专项调查经费使用全程留痕、按规定公示', '普查中心主任'],
    ],
  },
  {
    title: '带头廉洁从政',
    items: [
      ['严格执行中央八项规定及其实施细则精神，带头纠治“四风”', '领导班子成员'],
      ['不干预统计数据，不授意、不指使他人篡改统计资料', '全体领导干部'],
      ['如实报告个人有关事项，接受组织监督', '领导班子成员'],
    ],
  },
  {
    title: '防范和惩治统计造假',
    items: [
      ['落实数据质量责任制，报表数据逐级审核签字', '各专业股室负责人'],
      ['开展统计执法检查，依法查处统计违法行为', '统计执法监督员'],
      ['每年组织不少于两次统计法治和警示教育学习', '组织委员'],
      ['严守调查对象信息保密规定，调查资料专人管理', '各股室负责人'],
    ],
  },
];

/** Later years keep the list and add to it, as a branch does. */
const additions: Record<number, Aspect[]> = {
  2024: [
    {
      title: '加强干部日常教育管理',
      items: [
        ['节假日前发送廉洁提醒，重要节点开展廉政谈话', '纪检委员'],
        ['新入职干部上好廉政第一课', '办公室主任'],
      ],
    },
  ],
  2025: [
    {
      title: '加强干部日常教育管理',
      items: [
        ['节假日前发送廉洁提醒，重要节点开展廉政谈话', '纪检委员'],
        ['新入职干部上好廉政第一课', '办公室主任'],
        ['组织参观廉政教育基地，每年至少一次', '宣传委员'],
      ],
    },
  ],
};

const signer = '党组书记、局长 孟庆华';
const leaders = ['副局长 巴图孟和', '普查中心主任 刘建军'];
const sections = ['综合股', '核算股', '农牧业统计股', '工业统计股', '办公室'];

/** When the letters of each year were signed (at the year's deployment meeting). */
const signingDays: Record<number, string> = { 2023: '2023-03-07', 2024: '2024-02-27', 2025: '2025-03-04' };

/** Topics of the demo's held meetings that were about clean government. */
const topicsOnIntegrity = ['%廉%', '%从严治党%'];

function seedList(tx: Transaction, branchId: number, year: number, list: Aspect[]) {
  list.forEach((aspect, sortOrder) => {
    const { id } = tx
      .insert(integrityAspects)
      .values({ branchId, year, title: aspect.title, sortOrder })
      .returning({ id: integrityAspects.id })
      .get();
    tx.insert(integrityItems)
      .values(
        aspect.items.map(([content, responsible], index) => ({
          branchId,
          aspectId: id,
          content,
          responsible,
          sortOrder: index,
        })),
      )
      .run();
  });
}

function seedLetters(tx: Transaction, branchId: number, date: string) {
  const letters: (typeof commitmentLetters.$inferInsert)[] = [
    ...leaders.map((counterpart) => ({
      counterpartKind: '分管领域负责人',
      counterpart,
      title: '党风廉政建设责任承诺书',
    })),
    ...sections.map((counterpart) => ({ counterpartKind: '股室', counterpart, title: '党风廉政建设责任承诺书' })),
    ...sections.map((counterpart) => ({ counterpartKind: '股室', counterpart, title: '统计行风建设责任书' })),
  ].map((letter) => ({ ...letter, branchId, date, signer }));
  tx.insert(commitmentLetters).values(letters).run();
}

/**
 * Clean-government work of the demo statistics branch: the responsibility lists of 2023–2025 (this
 * year's is left for the committee to copy from last year's), the letters signed each year with two
 * 分管领域负责人 and five 股室, and the held meetings on the topic linked as special meetings.
 * The 廉政谈话 are the talks of that kind the meetings seed records.
 */
export function seedDemoIntegrity(tx: Transaction, branchId: number, calendar: DemoCalendar) {
  for (const [year, date] of Object.entries(signingDays)) {
    if (calendar.date(date) > calendar.today) continue;
    seedList(tx, branchId, calendar.year(Number(year)), [...list2023, ...(additions[Number(year)] ?? [])]);
    seedLetters(tx, branchId, calendar.date(date));
  }
  const onTopic = tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      and(
        eq(meetings.branchId, branchId),
        eq(meetings.status, 'held'),
        or(...topicsOnIntegrity.map((t) => like(meetings.topic, t))),
      ),
    )
    .all();
  if (onTopic.length > 0)
    tx.insert(integrityMeetings)
      .values(onTopic.map((m) => ({ branchId, meetingId: m.id })))
      .run();
}
