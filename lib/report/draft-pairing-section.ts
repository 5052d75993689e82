import type { DraftFacts, DraftOutput, DraftProject } from '@/lib/report/draft-facts';
import { figureToken } from '@/lib/report/figure-key';
import { type OutputCategory, outputCategories } from '@/lib/service/model';

/** How a sentence introduces the outputs of a category: “送去大米20袋”, “完成垃圾点升级改造3个”. */
const categoryVerbs: Record<OutputCategory, string> = {
  money: '',
  goods: '送去',
  facilities: '完成',
  households: '',
  people: '',
  propaganda: '制作发放',
  other: '',
};

/** How a project of a kind is introduced. */
const kindLeads: Record<string, string> = {
  结对共建: '深化结对共建，推进',
  结对帮扶: '做好结对帮扶，推进',
  我为群众办实事: '深入开展“我为群众办实事”，实施',
  志愿服务: '组织志愿服务，依托',
  书记项目: '抓实书记项目，推进',
};

function outputsPhrase(project: DraftProject): string {
  const byCategory = (category: OutputCategory) => project.outputs.filter((o: DraftOutput) => o.category === category);
  return outputCategories
    .map((category) => {
      const items = byCategory(category).map(
        (o) =>
          `${o.name}${figureToken({ source: 'outputs', params: { project: String(project.id), type: String(o.typeId) } })}${o.unit}`,
      );
      return items.length ? `${categoryVerbs[category]}${items.join('、')}` : '';
    })
    .filter(Boolean)
    .join('，');
}

/** A point on one service project: what it is, its activities and every output it produced in the year. */
export function projectPoint(project: DraftProject): string {
  const lead = kindLeads[project.kind] ?? `开展${project.kind}，推进`;
  const activities = figureToken({ source: 'activities', params: { project: String(project.id) } });
  const outputs = outputsPhrase(project);
  return `${lead}${project.name}，年内开展活动${activities}次${outputs ? `，${outputs}` : ''}`;
}

/** The branch's own meeting room is where meetings usually are; the point names the places beyond it. */
const ordinaryVenue = '党员活动室';

/** The theme days: how many, at which kinds of place, and their topics as a list. */
export function themeDayPoint(facts: DraftFacts): string | null {
  const kind = facts.meetingKinds.find((k) => k.code === 'theme_day');
  if (!kind || kind.held === 0) return null;
  const token = (params: Record<string, string>) =>
    figureToken({ source: 'meetings', params: { kind: kind.param, ...params } });
  const places = facts.themeDayPlaces.filter((place) => place !== ordinaryVenue);
  const where = places.length ? `把活动开到${places.join('、')}等地，` : '';
  const split = places.length ? `，其中在${places.map((place) => `${place}${token({ place })}次`).join('、')}` : '';
  const list = figureToken({ source: 'list.meetings', params: { kind: kind.param } });
  return `创新主题党日形式，${where}全年开展主题党日${token({})}次${split}，主题依次为${list}`;
}
