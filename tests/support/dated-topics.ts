/**
 * Whether a dated title contradicts its date: a title naming a festival (国庆, 建党/七一, 五四, 春节,
 * 元旦 …) dated outside the festival's month, or a meeting naming a month held in another. Preparing
 * for a festival (研究、部署、筹备、安排、推荐 …, or “元旦前”) may come in the month before it, never
 * after. (A report on a month, such as a work output on “10月份” prices, may well be dated later: only
 * meetings are held to the months they name.)
 */
export type DatedTitle = { source: string; date: string; title: string };

type Festival = { name: string; pattern: RegExp; months: number[]; day?: { month: number; day: number } };

const festivals: Festival[] = [
  { name: '元旦', pattern: /元旦/, months: [1], day: { month: 1, day: 1 } },
  // Lunar: between 21 January and 20 February.
  { name: '春节', pattern: /春节|除夕/, months: [1, 2] },
  { name: '三八妇女节', pattern: /三八|妇女节/, months: [3], day: { month: 3, day: 8 } },
  { name: '学雷锋纪念日', pattern: /学雷锋|雷锋/, months: [3], day: { month: 3, day: 5 } },
  { name: '五四青年节', pattern: /五四|青年节/, months: [5], day: { month: 5, day: 4 } },
  { name: '建党节', pattern: /七一|建党/, months: [7], day: { month: 7, day: 1 } },
  { name: '建军节', pattern: /八一|建军/, months: [8], day: { month: 8, day: 1 } },
  { name: '国庆节', pattern: /国庆/, months: [10], day: { month: 10, day: 1 } },
  { name: '年终', pattern: /年终|岁末/, months: [12] },
];

const preparing = /研究|部署|筹备|安排|推荐|准备|前/;
const chineseMonths = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
// “3月”, “十二月”, not “1—5月” (a span) nor “七一” (a festival).
const namedMonth = /(?<![\d—-])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月/g;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function monthOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : chineseMonths.indexOf(word) + 1;
}

/** Why the title contradicts its date, or null when it does not. */
export function contradiction({ source, date, title }: DatedTitle): string | null {
  const [year, month] = date.split('-').map(Number);
  for (const f of festivals) {
    if (!f.pattern.test(title) || f.months.includes(month)) continue;
    if (preparing.test(title) && f.day) {
      // The festival's next day on or after the date, at most a month ahead.
      const thisYear = `${year}-${String(f.day.month).padStart(2, '0')}-${String(f.day.day).padStart(2, '0')}`;
      const next = thisYear >= date ? thisYear : `${year + 1}${thisYear.slice(4)}`;
      if (dayNumber(next) - dayNumber(date) <= 31) continue;
    }
    return `names ${f.name} but is dated ${date}`;
  }
  if (source !== 'meeting') return null;
  for (const match of title.matchAll(namedMonth)) {
    if (monthOf(match[1]) !== month) return `names ${match[0]} but is dated ${date}`;
  }
  return null;
}

/** The titles among `rows` that contradict their dates, as readable lines. */
export function contradictions(rows: DatedTitle[]): string[] {
  return rows.flatMap((r) => {
    const why = contradiction(r);
    return why ? [`${r.source} “${r.title}” ${why}`] : [];
  });
}

/** Every dated title of the demo a user reads: meetings, service activities, notices, work outputs. */
export const datedTitlesSql = `
  SELECT 'meeting' AS source, date, topic AS title FROM meetings
  UNION ALL SELECT 'activity', date, title FROM project_activities
  UNION ALL SELECT 'notice', proposed_at, title FROM notices
  UNION ALL SELECT 'work output', date, title FROM work_outputs`;
