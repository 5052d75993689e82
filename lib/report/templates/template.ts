import type { DraftFacts } from '@/lib/report/draft-facts';
import type { DraftSection } from '@/lib/report/draft-parts';

/**
 * What a kind of branch's first draft has of its own: its title, the areas of 履职情况 in order (the
 * shared ones from lib/report/draft-duties.ts and its own), and its own item under 下一步打算. The rest
 * of the report (基本情况, 亮点与特色, problems, last year's review, plans) is the same for every kind.
 */
export type DraftTemplate = {
  title: (year: number) => string;
  duties: (f: DraftFacts) => DraftSection[];
  plan: DraftSection;
};
