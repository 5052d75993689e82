import type { DraftFacts } from '@/lib/report/draft-facts';
import { area, type DraftSection, kindsOf, ledgerFigure, ledgerList, ledgersOf } from '@/lib/report/draft-parts';

const outstandingMember = '优秀共产党员';

/**
 * 亮点与特色: the branch's brands and creations (党建品牌与创建) and the honours it and its members
 * received (评先评优), when the year has entries in those ledgers; else the secretary writes it.
 */
export function highlightsSection(f: DraftFacts): DraftSection {
  const brands = ledgersOf(f, 'brand').map(
    (l) => `坚持以创建促提升，年内取得${kindsOf(l)}成果${ledgerFigure(l, 'entries')}${l.unit}：${ledgerList(l)}`,
  );
  const honours = ledgersOf(f, 'honours').map((l) => {
    const members =
      l.people && l.tags.includes(outstandingMember)
        ? `，其中${ledgerFigure(l, 'people', outstandingMember)}名党员获评${outstandingMember}`
        : '';
    return `支部和党员获得各级表彰${ledgerFigure(l, 'entries')}${l.unit}：${ledgerList(l)}${members}`;
  });
  return {
    ...area(
      '亮点与特色',
      '结合支部实际，在特色做法上下功夫，形成了一些可复制、可推广的经验。',
      [...brands, ...honours],
      '支部工作的亮点与特色（特色做法、党建品牌、示范创建、获得的表彰）',
    ),
    level: 1,
  };
}
