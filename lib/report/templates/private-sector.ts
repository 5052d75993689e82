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

/** 非公企业与社会组织: the branch guides the organisation's development and unites its staff. */
export const privateSectorTemplate: DraftTemplate = {
  title: (year) => `${year}年度党组织书记抓党建工作述职报告`,
  duties: (f) => [
    theory(f),
    organisation(f),
    area(
      '发挥政治引领作用，促进健康发展',
      '坚持党建引领，团结凝聚职工群众，在促进企业（单位）健康发展中发挥党组织作用。',
      [...ownWorkPoints(f), ...postsPoints(f)],
      '党组织引领发展、维护职工合法权益的具体做法和成效',
    ),
    service(f),
    ideology(f),
    integrity(f),
  ],
  plan: {
    level: 2,
    heading: '发挥党组织政治引领作用',
    body: '加强与出资人（负责人）的沟通，把党建工作融入企业（单位）发展，做好在职工中发现和培养入党积极分子的工作。',
  },
};
