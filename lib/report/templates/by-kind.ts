import type { BranchKind } from '@/lib/branches/model';
import { agencyTemplate } from '@/lib/report/templates/agency';
import { hospitalTemplate } from '@/lib/report/templates/hospital';
import { privateSectorTemplate } from '@/lib/report/templates/private-sector';
import { schoolTemplate } from '@/lib/report/templates/school';
import { stateEnterpriseTemplate } from '@/lib/report/templates/state-enterprise';
import type { DraftTemplate } from '@/lib/report/templates/template';
import { villageTemplate } from '@/lib/report/templates/village';

export const draftTemplates: Record<BranchKind, DraftTemplate> = {
  agency: agencyTemplate,
  village: villageTemplate,
  school: schoolTemplate,
  hospital: hospitalTemplate,
  state_enterprise: stateEnterpriseTemplate,
  private_sector: privateSectorTemplate,
};
