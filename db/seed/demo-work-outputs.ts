import { eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { workOutputCategories, workOutputs } from '@/db/schema';
import type { DemoCalendar } from '@/db/seed/demo-calendar';

/** The statistics bureau's own categories, in place of the 机关 defaults a new branch starts with. */
const bureauCategories = [
  { name: '统计信息', unit: '篇' },
  { name: '统计月报', unit: '期' },
  { name: '统计分析', unit: '篇' },
  { name: '约稿', unit: '篇' },
  { name: '调研报告', unit: '篇' },
];

/** Replaces the new branch's default categories (nothing counts in them yet) with the bureau's. */
function setBureauCategories(tx: Transaction, branchId: number) {
  tx.delete(workOutputCategories).where(eq(workOutputCategories.branchId, branchId)).run();
  return bureauCategories.map((category, sortOrder) =>
    tx
      .insert(workOutputCategories)
      .values({ branchId, ...category, sortOrder })
      .returning()
      .get(),
  );
}

type Entry = { date: string; title: string; quantity?: number; note?: string };

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** How many of each the bureau wrote in a year, as authored (the last runs to the demo's today). */
const yearTargets: Record<
  number,
  { info: number; monthly: number; analysis: number; commissioned: number; research: number }
> = {
  2023: { info: 36, monthly: 11, analysis: 8, commissioned: 4, research: 3 },
  2024: { info: 40, monthly: 11, analysis: 9, commissioned: 5, research: 3 },
  2025: { info: 38, monthly: 11, analysis: 10, commissioned: 4, research: 4 },
  2026: { info: 34, monthly: 11, analysis: 8, commissioned: 3, research: 2 },
};

/** '1月', '1—5月': the months a year-to-date figure covers. */
const toDate = (m: number) => (m === 1 ? '1月' : `1—${m}月`);

const infoTopics = [
  (m: number) => `${m}月份全旗居民消费价格运行情况`,
  (m: number) => `${toDate(m)}全旗规模以上工业生产情况`,
  (m: number) => `${toDate(m)}全旗固定资产投资情况`,
  (m: number) => `${m}月份全旗旅游接待情况`,
];

const analysisTitles = [
  '上年全旗经济运行情况分析',
  '一季度全旗经济运行分析',
  '全旗畜牧业生产形势分析',
  '上半年全旗经济运行分析',
  '全旗旅游业恢复发展情况分析',
  '城乡居民收入增长情况分析',
  '前三季度全旗经济运行分析',
  '全旗新能源产业发展情况分析',
  '全旗民营经济发展情况分析',
  '全旗消费市场运行特点分析',
];

const commissionedTitles = [
  '应旗委办约稿：用数据看全旗高质量发展',
  '为盟统计局内刊撰写基层统计工作经验',
  '应旗融媒体中心约稿：胡杨节旅游数据解读',
  '应旗政府研究室约稿：全旗经济运行亮点',
  '为《阿拉善统计》撰写普查工作体会',
];

const researchTitles = [
  '关于全旗小微企业生产经营状况的调研报告',
  '关于牧区居民收支情况的调研报告',
  '关于全旗文旅融合发展的调研报告',
  '关于基层统计队伍建设情况的调研报告',
];

/** `n` dates spread over the year's months (only up to `today`). */
function spread(year: number, n: number, day: (i: number) => number): { date: string; month: number; i: number }[] {
  return Array.from({ length: n }, (_, i) => {
    const month = Math.floor((i * 12) / n) + 1;
    return { date: iso(year, month, day(i)), month, i };
  });
}

/** The entries of the authored year's targets, dated in `year`. */
function entriesOf(authored: number, year: number): Record<keyof (typeof yearTargets)[number], Entry[]> {
  const t = yearTargets[authored];
  // 统计信息: one entry per piece, but one brief of two pieces sent together each year.
  const info: Entry[] = spread(year, t.info - 2, (i) => 3 + ((i * 7) % 24)).map(({ date, month, i }) => ({
    date,
    title: infoTopics[i % infoTopics.length](month),
  }));
  info.push({ date: iso(year, 6, 28), title: '上半年经济运行简讯（报旗委信息科）', quantity: 2, note: '一次报送两篇' });
  const monthly: Entry[] = Array.from({ length: t.monthly }, (_, i) => ({
    date: iso(year, i + 2, 25),
    title: `《额济纳旗统计月报》${year}年第${i + 1}期`,
  }));
  const analysis = spread(year, t.analysis, (i) => 12 + (i % 10)).map(({ date, i }) => ({
    date,
    title: analysisTitles[i],
  }));
  const commissioned = spread(year, t.commissioned, () => 16).map(({ date, i }) => ({
    date,
    title: commissionedTitles[(i + year) % commissionedTitles.length],
  }));
  const research = spread(year, t.research, () => 22).map(({ date, i }) => ({
    date,
    title: researchTitles[(i + year) % researchTitles.length],
  }));
  return { info, monthly, analysis, commissioned, research };
}

/**
 * The statistics bureau's written work as dated entries, 2023 to the demo's today, in its own
 * categories (统计信息 篇, 统计月报 期, 统计分析 篇, 约稿 篇, 调研报告 篇).
 * 2023 adds up to 统计信息 36篇, 统计月报 11期, 统计分析 8篇, 约稿 4篇, 调研报告 3篇.
 */
export function seedDemoWorkOutputs(tx: Transaction, branchId: number, calendar: DemoCalendar) {
  const categories = setBureauCategories(tx, branchId);
  const byName = (name: string) => categories.find((c) => c.name === name)!.id;
  const categoryOf = {
    info: byName('统计信息'),
    monthly: byName('统计月报'),
    analysis: byName('统计分析'),
    commissioned: byName('约稿'),
    research: byName('调研报告'),
  };
  for (const authored of Object.keys(yearTargets).map(Number)) {
    const entries = entriesOf(authored, calendar.year(authored));
    const rows = (Object.keys(entries) as (keyof typeof entries)[]).flatMap((kind) =>
      entries[kind]
        .filter((e) => e.date <= calendar.today)
        .map((e) => ({
          branchId,
          categoryId: categoryOf[kind],
          date: e.date,
          title: e.title,
          quantity: e.quantity ?? 1,
          note: e.note ?? null,
        })),
    );
    if (rows.length > 0) tx.insert(workOutputs).values(rows).run();
  }
}
