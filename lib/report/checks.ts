import { figureKeysIn, parseFigureKey, segmentsOf } from '@/lib/report/figure-key';
import { type FigureSummary, isProblem } from '@/lib/report/figure-types';
import { findPlaceholders } from '@/lib/report/placeholders';
import type { Override } from '@/lib/report/render';

/** The figure that says whether next year's 书记项目 has been planned (recorded as a project starting next year). */
export const nextYearPlanKey = 'secretary_projects:planned=next';

/** The figures a report and its checks need: those in its texts, and whether next year's 书记项目 is planned. */
export function checkedFigureKeys(preamble: string, sections: readonly { heading: string; body: string }[]): string[] {
  const texts = [preamble, ...sections.flatMap((s) => [s.heading, s.body])];
  return [...new Set([...figureKeysIn(texts), nextYearPlanKey])];
}

export type CheckedSection = {
  id: number;
  /** “一、”, “（二）”. */
  number: string;
  level: 1 | 2;
  heading: string;
  body: string;
  assigneeName: string | null;
  carriedOver: boolean;
};

export type CheckInput = {
  year: number;
  preamble: string;
  sections: CheckedSection[];
  figures: ReadonlyMap<string, FigureSummary>;
  overrides: readonly Override[];
};

export type FindingKind = 'placeholder' | 'zero' | 'invalid' | 'broken' | 'empty' | 'carried' | 'override' | 'plan';

/**
 * Something to look at before the report leaves the branch. `sectionId` is where it is (null: the
 * opening paragraph or the report as a whole); `fix` says in words what to do and where.
 */
export type Finding = {
  id: string;
  kind: FindingKind;
  sectionId: number | null;
  where: string;
  message: string;
  fix?: { text: string; href: string };
};

/** Where a figure of a source is recorded, and what to do when it has nothing for the year. */
function remedy(key: string, year: number): { text: string; href: string } | undefined {
  const spec = parseFigureKey(key);
  if (!spec) return undefined;
  const source = spec.source.replace(/^list\./, '');
  const what = spec.params.what;
  switch (source) {
    case 'meetings':
      return { text: `${year}年尚无这类会议的记录 → 去登记会议`, href: '/meetings' };
    case 'talks':
      return { text: `${year}年尚无谈心谈话记录 → 去登记谈话`, href: '/meetings/talks' };
    case 'development':
      return { text: `${year}年尚无这一步的发展记录 → 去发展党员`, href: '/development' };
    case 'people':
      return { text: '花名册中没有符合条件的人员 → 去花名册', href: '/members' };
    case 'integrity':
      return what === 'aspects' || what === 'items'
        ? { text: `${year}年尚无主体责任清单 → 去复制${year - 1}年清单`, href: '/integrity' }
        : { text: `${year}年尚无这项党风廉政记录 → 去登记`, href: '/integrity' };
    case 'rectification':
      return { text: `${year}年尚无这类整改事项 → 去问题整改`, href: '/rectification' };
    case 'secretary_projects':
      return { text: '尚未登记这一年度的书记项目 → 去登记书记项目', href: '/projects/new' };
    case 'outputs':
    case 'activities':
    case 'projects':
      return { text: `${year}年尚无这类结对与服务记录 → 去结对与服务`, href: '/projects' };
    case 'work':
      return { text: `${year}年尚无这类工作成果 → 去登记工作成果`, href: '/outputs' };
    case 'notices':
      return { text: `${year}年尚无这类党务公开 → 去党务公开`, href: '/notices' };
    default:
      return undefined;
  }
}

const brokenToken = /\{\{|\}\}/;

/**
 * What to look at before exporting or submitting, in the order of the text: placeholders still to
 * fill in, figures that are 0 (with what to record), invalid figures, token remains typed by hand,
 * sections left empty or carried over from last year unedited, figures set by hand (with their
 * reasons), and next year's 书记项目 not yet planned. The page, the editor (live, as the text changes)
 * and the submit action all call this one function.
 */
export function reportChecks(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const seenFigures = new Set<string>();
  const overrides = new Map(input.overrides.map((o) => [o.figureKey, o]));

  const texts: { sectionId: number | null; where: string; text: string }[] = [
    { sectionId: null, where: '开头', text: input.preamble },
    ...input.sections.flatMap((s) => [
      { sectionId: s.id, where: `${s.number}${s.heading}`, text: s.heading },
      { sectionId: s.id, where: `${s.number}${s.heading}`, text: s.body },
    ]),
  ];
  for (const [t, { sectionId, where, text }] of texts.entries()) {
    for (const p of findPlaceholders(text))
      findings.push({
        id: `placeholder:${t}:${p.index}`,
        kind: 'placeholder',
        sectionId,
        where,
        message: `“${p.match}”尚未填写`,
      });
    for (const segment of segmentsOf(text)) {
      if (segment.kind === 'text') {
        if (brokenToken.test(segment.text))
          findings.push({
            id: `broken:${t}:${segment.text.slice(0, 20)}`,
            kind: 'broken',
            sectionId,
            where,
            message: '有残缺的数字标记（“{{”或“}}”），导出时会原样印出，请删去后重新插入数字',
          });
        continue;
      }
      if (seenFigures.has(segment.key)) continue;
      seenFigures.add(segment.key);
      const figure = input.figures.get(segment.key);
      const override = overrides.get(segment.key);
      if (override) {
        findings.push({
          id: `override:${segment.key}`,
          kind: 'override',
          sectionId,
          where,
          message: `手动修改的数字：${override.text}（原因：${override.reason}）`,
        });
        continue;
      }
      if (!figure) continue;
      if (isProblem(figure)) {
        findings.push({
          id: `invalid:${segment.key}`,
          kind: 'invalid',
          sectionId,
          where,
          message: `数字无效：${figure.problem}`,
        });
      } else if (figure.value === 0) {
        findings.push({
          id: `zero:${segment.key}`,
          kind: 'zero',
          sectionId,
          where,
          message: `“${figure.label}”为0`,
          fix: remedy(segment.key, input.year),
        });
      }
    }
  }

  for (const [i, s] of input.sections.entries()) {
    const where = `${s.number}${s.heading}`;
    // A first-level heading whose words are in the second-level parts under it is not empty.
    const hasParts = s.level === 1 && input.sections[i + 1]?.level === 2;
    if (s.body.trim() === '' && !hasParts)
      findings.push({
        id: `empty:${s.id}`,
        kind: 'empty',
        sectionId: s.id,
        where,
        message: s.assigneeName ? `这一部分尚无正文（已分配给${s.assigneeName}）` : '这一部分尚无正文',
      });
    else if (s.carriedOver)
      findings.push({
        id: `carried:${s.id}`,
        kind: 'carried',
        sectionId: s.id,
        where,
        message: '沿用去年的文字，尚未核改',
      });
  }

  const plan = input.figures.get(nextYearPlanKey);
  if (plan && !isProblem(plan) && plan.value === 0)
    findings.push({
      id: 'plan:next',
      kind: 'plan',
      sectionId: null,
      where: '下一步打算',
      message: `尚未登记${input.year + 1}年的书记项目`,
      fix: remedy(nextYearPlanKey, input.year + 1),
    });
  return findings;
}

const kindLabels: Record<FindingKind, string> = {
  placeholder: '待填写',
  zero: '为0的数字',
  invalid: '无效数字',
  broken: '残缺标记',
  empty: '空白部分',
  carried: '沿用未改',
  override: '手动修改',
  plan: '下一年度书记项目',
};

/** “为0的数字 20、待填写 3、沿用未改 3”: how many of each kind, most first. */
export function findingsSummary(findings: readonly Finding[]): string {
  const counts = new Map<FindingKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kindLabels[kind]} ${n}`)
    .join('、');
}

/**
 * A short name for a list of findings: a submit names the list it was confirmed against, and the
 * server refuses it when the list has changed since (someone else's edit, a new zero).
 */
export function findingsFingerprint(findings: readonly Finding[]): string {
  let hash = 0x811c9dc5;
  for (const char of findings.map((f) => f.id).join('|')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${findings.length}-${hash.toString(36)}`;
}
