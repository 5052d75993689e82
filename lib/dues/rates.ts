import { type DuesCategory, duesCategoryLabels, farmerFen, minimalFen } from '@/lib/dues/model';
import { fenToYuan } from '@/lib/money';

/** What a member owes for a month under the rules, and the rule that gave it (shown beside the amount). */
export type MonthlyDue = { fen: number; rule: string };

type Band = { upToFen: number | null; permille: number };

/** In-service, annual-salary and self-employed members: the rate applies to the whole base. */
const earningBands: Band[] = [
  { upToFen: 300_000, permille: 5 },
  { upToFen: 500_000, permille: 10 },
  { upToFen: 1_000_000, permille: 15 },
  { upToFen: null, permille: 20 },
];
const pensionBands: Band[] = [
  { upToFen: 500_000, permille: 5 },
  { upToFen: null, permille: 10 },
];

const percent = (permille: number) => `${permille / 10}%`;
const yuan = (fen: number) => fenToYuan(fen).replace(/\.00$/, '');

function bandText(bands: Band[], index: number): string {
  const { upToFen } = bands[index];
  const fromFen = index > 0 ? bands[index - 1].upToFen : null;
  if (fromFen === null) return `${yuan(upToFen!)}元（含）以下`;
  if (upToFen === null) return `${yuan(fromFen)}元以上`;
  return `${yuan(fromFen)}元以上至${yuan(upToFen)}元（含）`;
}

/** A share of the base rounded to the 分 (half up), in integers. */
const shareOf = (baseFen: number, permille: number) => Math.floor((baseFen * permille + 500) / 1000);

/**
 * The monthly dues of a category and base (in 分): a share of the base by bands for earning members and
 * retirees (not marginal: the band's rate applies to the whole base), the amount set for a farmer
 * (0.2–1 元), 0.2 元 for students, unemployed members and members on relief.
 */
export function monthlyDue(category: DuesCategory, baseFen: number | null, fixedFen: number | null): MonthlyDue {
  const label = duesCategoryLabels[category];
  if (category === 'farmer') {
    const fen = Math.min(Math.max(fixedFen ?? farmerFen.max, farmerFen.min), farmerFen.max);
    return { fen, rule: `${label}：每月交纳 ${fenToYuan(fen)} 元（0.2元至1元）` };
  }
  if (category === 'student' || category === 'unemployed' || category === 'hardship')
    return { fen: minimalFen, rule: `${label}：每月交纳 ${fenToYuan(minimalFen)} 元` };
  const bands = category === 'retired' ? pensionBands : earningBands;
  const base = baseFen ?? 0;
  const index = bands.findIndex((b) => b.upToFen === null || base <= b.upToFen);
  const { permille } = bands[index];
  return {
    fen: shareOf(base, permille),
    rule: `${label}：基数 ${fenToYuan(base)} 元，${bandText(bands, index)}按 ${percent(permille)} 交纳`,
  };
}
