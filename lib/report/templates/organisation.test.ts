import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '@/lib/report/placeholders';
import { organisationDraft, organisationDraftFigures } from '@/lib/report/templates/organisation';

const facts = (values: Record<string, number>, parentName: string | null = '中共某县委员会') => ({
  year: 2025,
  name: '某县直机关党工委',
  level: 'working_committee' as const,
  parentName,
  values: new Map(Object.entries(values)),
});
const everything = Object.fromEntries(organisationDraftFigures.map((key) => [key, 3]));
const text = (draft: ReturnType<typeof organisationDraft>) =>
  [draft.preamble, ...draft.sections.flatMap((s) => [s.heading, s.body])].join('\n');

describe('organisationDraft', () => {
  it('is titled and opened by the level of the organisation, delivered to the one above', () => {
    const draft = organisationDraft(facts({}));
    expect(draft.title).toBe('2025年度党工委书记抓基层党建工作述职报告');
    expect(draft.preamble).toContain('党工委书记抓基层党建工作第一责任人职责');
    expect(draft.preamble).toContain('按照中共某县委员会述职评议工作安排');
    const top = organisationDraft({ ...facts({}, null), level: 'general_branch' }).preamble;
    expect(top).toContain('党总支书记抓基层党建工作第一责任人职责');
    expect(top).toContain('按照上级党组织述职评议工作安排');
  });

  it('writes a figure token for every figure with something to count, and each only once it has', () => {
    const full = text(organisationDraft(facts(everything)));
    for (const key of organisationDraftFigures) expect(full).toContain(`{{${key}}}`);
    const empty = text(organisationDraft(facts({})));
    expect(empty).toContain('{{branches}}');
    expect(empty).not.toContain('{{meetings:kind=committee}}');
    expect(empty).not.toContain('{{people:status=member}}');
  });

  it('asks its secretary for what no record holds: a prompt where a section has nothing counted, the problems and the plans', () => {
    const prompts = (values: Record<string, number>) =>
      findPlaceholders(text(organisationDraft(facts(values)))).map((p) => p.match);
    expect(prompts(everything)).toHaveLength(3);
    expect(prompts({}).length).toBeGreaterThan(prompts(everything).length);
  });

  it('marks its last section as next year’s plans, for the report continued next year', () => {
    const last = organisationDraft(facts(everything)).sections.at(-1)!;
    expect(last).toMatchObject({ heading: '2026年工作打算', kind: 'plans' });
  });
});
