/**
 * Who may open which page and download which file: each area lists its routes in e2e/<area>.authz.ts, and
 * this file assembles them for e2e/authz.spec.ts. A NEW AREA ADDS ITS FILE TO `areas` BELOW:
 * tests/route-discovery.test.ts reads the files imported here and fails for a page or route handler that no
 * row names.
 */
import { accountRoutes } from '@/e2e/accounts.authz';
import type { AreaRoutes } from '@/e2e/authz-rows';
import { developmentRoutes } from '@/e2e/development.authz';
import { duesRoutes } from '@/e2e/dues.authz';
import { homeRoutes } from '@/e2e/home.authz';
import { integrityRoutes } from '@/e2e/integrity.authz';
import { ledgerRoutes } from '@/e2e/ledgers.authz';
import { meetingRoutes } from '@/e2e/meetings.authz';
import { memberRoutes } from '@/e2e/members.authz';
import { noticeRoutes } from '@/e2e/notices.authz';
import { outputRoutes } from '@/e2e/outputs.authz';
import { overviewRoutes } from '@/e2e/overview.authz';
import { passwordRoutes } from '@/e2e/password.authz';
import { projectRoutes } from '@/e2e/projects.authz';
import { rectificationRoutes } from '@/e2e/rectification.authz';
import { reportRoutes } from '@/e2e/report.authz';
import { reviewRoutes } from '@/e2e/review.authz';
import { settingsRoutes } from '@/e2e/settings.authz';

/** In this order: the first page (the dashboard) also checks the sign-in page with axe. */
const areas: AreaRoutes[] = [
  homeRoutes,
  overviewRoutes,
  memberRoutes,
  accountRoutes,
  settingsRoutes,
  passwordRoutes,
  meetingRoutes,
  developmentRoutes,
  projectRoutes,
  reportRoutes,
  reviewRoutes,
  rectificationRoutes,
  noticeRoutes,
  integrityRoutes,
  outputRoutes,
  ledgerRoutes,
  duesRoutes,
];

/** The pages, checked in the browser as every viewer. */
export const routes = areas.flatMap((area) => area.pages);
export const downloads = areas.flatMap((area) => area.downloads ?? []);
