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

/** 学校: 立德树人 and 师德师风 are where a school branch's work shows. */
export const schoolTemplate: DraftTemplate = {
  title: (year) => `${year}年度党支部书记抓党建工作述职报告`,
  duties: (f) => [
    theory(f),
    organisation(f),
    area(
      '坚持立德树人，推动党建与教育教学融合',
      '把立德树人作为根本任务，推动党建工作与教育教学、学生管理相互促进。',
      ownWorkPoints(f),
      '党建引领立德树人、促进教育教学的具体做法和成效',
    ),
    area(
      '加强师德师风建设',
      '把师德师风作为评价教师的第一标准，发挥党员教师的示范带动作用。',
      postsPoints(f),
      '师德师风建设的具体举措（师德教育、党员示范岗、典型选树等）',
    ),
    service(f),
    ideology(f),
    integrity(f),
  ],
  plan: {
    level: 2,
    heading: '落实立德树人根本任务',
    body: '把党建工作融入教育教学全过程，抓好师德师风建设，发挥党员教师在教学科研和育人工作中的带头作用。',
  },
};
