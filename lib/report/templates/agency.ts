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

/** 机关: the branch serves its office's own work, whatever its 工作成果 categories are called. */
export const agencyTemplate: DraftTemplate = {
  title: (year) => `${year}年度党支部书记抓基层党建工作述职报告`,
  // The areas in the order a bureau's report takes them: its own work, where Party building pays off, last.
  duties: (f) => [
    theory(f),
    organisation(f),
    service(f),
    ideology(f),
    integrity(f),
    area('推动党建与业务融合，服务中心工作', '围绕单位中心工作找准党建工作的切入点，推动党建与业务互促共进。', [
      ...ownWorkPoints(f),
      ...postsPoints(f),
    ]),
  ],
  plan: {
    level: 2,
    heading: '推动党建与业务深度融合',
    body: '围绕单位年度重点任务谋划党建工作，把党建工作的成效体现到业务工作的质量和服务水平上。',
  },
};
