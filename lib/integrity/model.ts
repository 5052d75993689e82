import type { letterCounterpartKinds } from '@/lib/service/model';

/** The entity name under which a commitment letter's scans are stored in the attachments table. */
export const commitmentLetterEntity = 'commitment_letters';

/** How the counterparts of a kind are counted in a sentence: "与3名分管领域负责人、5个股室签订". */
export const counterpartMeasureWords: Record<(typeof letterCounterpartKinds)[number], string> = {
  分管领域负责人: '名',
  股室: '个',
  党员干部: '名',
  其他: '个',
};

/** The title a new letter starts with. */
export const defaultLetterTitle = '党风廉政建设责任承诺书';

/**
 * Whom a year's letters were signed with, as the report says it: "与2名分管领域负责人、5个股室签订".
 * Kinds come in the order given; null when there is no letter.
 */
export function counterpartPhrase(byKind: readonly { kind: string; counterparts: number }[]): string | null {
  const parts = byKind
    .filter((k) => k.counterparts > 0)
    .map(
      (k) =>
        `${k.counterparts}${counterpartMeasureWords[k.kind as keyof typeof counterpartMeasureWords] ?? '个'}${k.kind}`,
    );
  return parts.length ? `与${parts.join('、')}签订` : null;
}

type Counted = { count: number };

/** What `integrityCountsForYear` gives, as far as the figures need it. */
export type IntegrityCountsShape = {
  aspects: Counted;
  items: Counted;
  letters: Counted & { byKind: readonly { kind: string; counterparts: number }[] };
  talks: Counted;
  meetings: Counted;
};

export type IntegrityFigure = {
  /** The part of the page the figure counts: the list, the letters, the talks or the meetings. */
  part: 'list' | 'letters' | 'talks' | 'meetings';
  label: string;
  value: number;
  unit: string;
  note: string | null;
};

/** A year's clean-government figures as the page and the ledger show them. */
export function integrityFigures(counts: IntegrityCountsShape): IntegrityFigure[] {
  return [
    { part: 'list', label: '责任清单方面', value: counts.aspects.count, unit: '个', note: null },
    { part: 'list', label: '责任清单内容', value: counts.items.count, unit: '项', note: null },
    {
      part: 'letters',
      label: '签订承诺书',
      value: counts.letters.count,
      unit: '份',
      note: counterpartPhrase(counts.letters.byKind),
    },
    { part: 'talks', label: '廉政谈话', value: counts.talks.count, unit: '次', note: null },
    { part: 'meetings', label: '专题会议', value: counts.meetings.count, unit: '次', note: null },
  ];
}
