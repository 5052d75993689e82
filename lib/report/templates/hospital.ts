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

/** 医院: 医德医风 and the fusion of party work with medical work are where a hospital branch's work shows. */
export const hospitalTemplate: DraftTemplate = {
  title: (year) => `${year}年度党支部书记抓党建工作述职报告`,
  duties: (f) => [
    theory(f),
    organisation(f),
    area(
      '加强医德医风建设',
      '坚持以患者为中心，把医德医风建设融入医疗服务全过程。',
      [],
      '医德医风建设的具体举措和成效（廉洁行医教育、改善就医体验、患者满意度等）',
    ),
    area(
      '推动党建与医疗业务融合',
      '把党建工作与医疗服务、学科建设、科室管理结合起来，以党建促业务提升。',
      [...ownWorkPoints(f), ...postsPoints(f)],
      '党建与医疗业务融合的具体做法和成效',
    ),
    service(f),
    ideology(f),
    integrity(f),
  ],
  plan: {
    level: 2,
    heading: '以党建引领医疗服务提升',
    body: '把党建工作与科室建设、医疗质量和服务改善结合起来，发挥党员医务人员在急难险重任务中的带头作用。',
  },
};
