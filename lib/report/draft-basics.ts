import type { DraftFacts } from '@/lib/report/draft-facts';
import type { DraftSection } from '@/lib/report/draft-parts';
import { type RosterFigure, rosterFigures } from '@/lib/report/draft-roster';
import { figureToken } from '@/lib/report/figure-key';
import { writePrompt } from '@/lib/report/placeholders';

/**
 * 基本情况: the branch's members and its organisation at the year's end, a sentence only for what the
 * branch has (a branch with no 少数民族 member does not read “少数民族党员0名”).
 */
export function basicsSection(f: DraftFacts): DraftSection {
  const has = (name: RosterFigure) => f.roster[name] > 0;
  const n = (name: RosterFigure) => figureToken(rosterFigures[name]);
  const phrases = (parts: [RosterFigure, string][]) =>
    parts.filter(([name]) => has(name)).map(([name, words]) => `${words}${n(name)}名`);

  const standing = phrases([
    ['full', '正式党员'],
    ['probationary', '预备党员'],
  ]);
  const members = has('members')
    ? `支部现有党员${n('members')}名${standing.length ? `，其中${standing.join('、')}` : ''}。`
    : null;
  const composition = phrases([
    ['female', '女党员'],
    ['minority', '少数民族党员'],
    ['young', '35岁及以下党员'],
    ['college', '大专及以上学历党员'],
  ]);
  const pipeline = phrases([
    ['candidates', '发展对象'],
    ['activists', '入党积极分子'],
  ]);
  const groups = f.partyGroups.map(
    (g) => `${g.name}（党员${figureToken({ source: 'people', params: { status: 'member', group: String(g.id) } })}名）`,
  );
  const organisation = [
    has('committee') && `支部委员会现有委员${n('committee')}名`,
    groups.length > 0 && `下设${groups.join('、')}`,
  ].filter(Boolean);

  const sentences = [
    members,
    composition.length ? `党员中，${composition.join('，')}。` : null,
    pipeline.length ? `现有${pipeline.join('、')}。` : null,
    organisation.length ? `${organisation.join('，')}。` : null,
  ].filter(Boolean);
  return {
    level: 1,
    heading: '基本情况',
    body: sentences.length ? sentences.join('') : writePrompt('支部党员队伍和组织设置的基本情况'),
  };
}
