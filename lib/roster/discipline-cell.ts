import { type ProbationYears, probationYearsOf } from '@/lib/people/discipline';
import { disciplineKindLabels, disciplineKinds } from '@/lib/people/model';
import { disciplineEntrySchema } from '@/lib/people/validation';
import type { RosterDiscipline } from '@/lib/roster/columns';
import { normalizeDate } from '@/lib/roster/read-cells';

/*
 * The roster's 党纪处分 cell: each record as 「种类[期限]，决定日期，决定机关[，事由]」, records separated
 * by 「；」 — e.g. 「留党察看一年，2024-03-10，县纪委」 or 「严重警告，2023-05-06，县纪委，违反工作纪律」.
 */

const periodLabels: Record<ProbationYears, string> = { 1: '一年', 2: '两年' };
const periodByLabel: Record<string, ProbationYears> = { 一年: 1, '1年': 1, 两年: 2, 二年: 2, '2年': 2 };

const kindByLabel = new Map(disciplineKinds.map((k) => [disciplineKindLabels[k], k]));
/** The kind's label, then the period written right after it, with or without brackets. */
const kindPattern = /^(.+?)\s*[（(]?\s*(一年|两年|二年|1年|2年)?\s*[）)]?$/;

export const disciplineCellExample = '留党察看一年，2024-03-10，县纪委';

function recordText(r: RosterDiscipline): string {
  const years = r.kind === 'probation' ? probationYearsOf(r.decidedOn, r.until) : null;
  const kind = `${disciplineKindLabels[r.kind]}${years ? periodLabels[years] : ''}`;
  return [kind, r.decidedOn, r.decidedBy, r.reason].filter(Boolean).join('，');
}

/** The cell as the export writes it (null when the person has none). */
export function disciplineCellText(records: readonly RosterDiscipline[]): string | null {
  return records.length ? records.map(recordText).join('；') : null;
}

/** The records a cell lists, or the problems that stop it from being read (each names the record it is about). */
export function readDisciplineCell(text: string): { records: RosterDiscipline[]; problems: string[] } {
  const parts = text
    .split(/[；;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const records: RosterDiscipline[] = [];
  const problems: string[] = [];
  parts.forEach((part, i) => {
    const which = parts.length > 1 ? `第${i + 1}条「${part}」` : `「${part}」`;
    const [kindText, date, decidedBy, ...reason] = part.split(/[，,]/).map((p) => p.trim());
    const match = kindPattern.exec(kindText);
    const kind = match ? kindByLabel.get(match[1]) : undefined;
    if (!kind || decidedBy === undefined) {
      problems.push(
        `${which}无法识别：应写成「种类[期限]，决定日期，决定机关[，事由]」，如「${disciplineCellExample}」；种类为${[...kindByLabel.keys()].join('、')}`,
      );
      return;
    }
    const years = match?.[2] ? periodByLabel[match[2]] : null;
    const parsed = disciplineEntrySchema.safeParse({
      kind,
      decidedOn: normalizeDate(date),
      probationYears: years ? String(years) : null,
      decidedBy,
      reason: reason.join('，'),
    });
    if (parsed.success) records.push(parsed.data);
    else problems.push(...parsed.error.issues.map((issue) => `${which}：${issue.message}`));
  });
  return { records, problems };
}
