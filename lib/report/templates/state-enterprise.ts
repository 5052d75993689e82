import {
  ideology,
  integrity,
  organisation,
  ownWorkPoints,
  postsPoints,
  service,
  theory,
} from '@/lib/report/draft-duties';
import { area } from '@/lib/report/draft-parts';
import type { DraftTemplate } from '@/lib/report/templates/template';

/** 国有企业: party work shows in production and operation. */
export const stateEnterpriseTemplate: DraftTemplate = {
  title: (year) => `${year}年度党支部书记抓基层党建工作述职报告`,
  duties: (f) => [
    theory(f),
    organisation(f),
    area(
      '推动党建与生产经营深度融合',
      '坚持把提高企业效益、增强企业竞争实力作为党建工作的出发点和落脚点，推动党建与生产经营同谋划、同推进。',
      [...ownWorkPoints(f), ...postsPoints(f)],
      '党建与生产经营融合的具体做法和成效（攻坚项目、降本增效、安全生产等）',
    ),
    service(f),
    ideology(f),
    integrity(f),
  ],
  plan: {
    level: 2,
    heading: '推动党建与生产经营深度融合',
    body: '围绕企业年度生产经营目标设岗定责，组织党员在重点项目和急难险重任务中攻坚克难。',
  },
};
