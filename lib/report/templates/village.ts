import { ideology, integrity, organisation, postsPoints, service, theory } from '@/lib/report/draft-duties';
import type { DraftLedger, DraftProject } from '@/lib/report/draft-facts';
import { projectPoint } from '@/lib/report/draft-pairing-section';
import { amountOf, area, kindsOf, ledgerFigure, ledgerList, ledgersOf, quantityOf } from '@/lib/report/draft-parts';
import type { DraftTemplate } from '@/lib/report/templates/template';

const operatingIncome = '经营性收入';

function collectiveEconomyPoint(l: DraftLedger): string {
  const income =
    l.amount && l.tags.includes(operatingIncome)
      ? `，其中${operatingIncome}${ledgerFigure(l, 'amount', operatingIncome)}元`
      : '';
  return `盘活集体资源、发展产业项目，年内实施${kindsOf(l)}${ledgerFigure(l, 'entries')}${l.unit}：${ledgerList(l)}${amountOf(l, '涉及资金')}${income}${quantityOf(l, '带动农户')}`;
}

/** A project that built or repaired something for the village (its outputs include facilities). */
const builds = (p: DraftProject) => p.outputs.some((o) => o.category === 'facilities');

/** 村（社区）: 集体经济, 人居环境 and 乡村治理 are where a village branch's work shows. */
export const villageTemplate: DraftTemplate = {
  title: (year) => `${year}年度党支部书记抓基层党建工作述职报告`,
  duties: (f) => [
    theory(f),
    organisation(f),
    area(
      '发展壮大村集体经济',
      '把发展壮大村集体经济作为党支部的重要任务，在盘活资源、发展产业、带动增收上下功夫。',
      ledgersOf(f, 'collective_economy').map(collectiveEconomyPoint),
      '发展壮大村集体经济的具体做法，集体经济收入和带动农户增收的情况',
    ),
    area(
      '改善农村人居环境',
      '发动党员带头参与村庄环境整治，推动村容村貌持续改善。',
      f.projects.filter(builds).map(projectPoint),
      '人居环境整治的具体做法和成效（垃圾、污水、厕所、村容村貌等）',
    ),
    area(
      '推进乡村治理',
      '坚持党建引领乡村治理，推行党员联系农户，把矛盾化解在基层。',
      postsPoints(f),
      '推进乡村治理的具体做法（村规民约、矛盾纠纷调解、村务公开等）',
    ),
    service(
      f,
      f.projects.filter((p) => !builds(p)),
    ),
    ideology(f),
    integrity(f),
  ],
  plan: {
    level: 2,
    heading: '壮大集体经济，带动群众增收',
    body: '立足本村资源，选准发展路子，推动集体经济稳步增收，让党员在产业发展中带头示范、带动群众。',
  },
};
