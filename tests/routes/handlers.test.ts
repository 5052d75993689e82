/**
 * The route handlers that answer with a branch's data by id or by `?branch=`, called as each reader:
 * a file, a figure's records, the report's .docx, a section's history and a meeting's minutes come back
 * for the reader's own branch (or, for the working committee, a branch of its committee) and for
 * nobody else — another branch of the committee, a branch of another committee, or a reader without
 * the permission. Each refusal is a plain status with no data in it.
 *
 * Which statuses each role gets for the ledgers and pages is checked in the browser (e2e/authz.spec.ts);
 * both tables name the app route they cover (`route`), and tests/route-discovery.test.ts holds every
 * route of the app to one of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { setSessionUser, signInAs, signOut } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));

const { db } = await setupTestDatabase();
const { reportSectionRevisions, reportSections, reports } = await import('@/db/schema');
const { loadSessionUser } = await import('@/db/queries/session');
const f = await import('@/tests/support/fixtures');
const m = await import('@/tests/support/meetings');
const { seedMirrorBranch } = await import('@/tests/support/mirror-branch');
const uploads = m.useTempUploadsDir();

const demoBranch = f.branchIdOf(f.statisticsBranchName);
const financeBranch = f.branchIdOf(f.financeBranchName);
const mirror = seedMirrorBranch();

const heldMeetingOf = (branchId: number) =>
  m.insertMeeting(branchId, { status: 'held', date: '2026-03-03', topic: `支委会${branchId}` });
const ownMeeting = heldMeetingOf(demoBranch);
const financeMeeting = heldMeetingOf(financeBranch);
const mirrorMeeting = heldMeetingOf(mirror.branchId);

/** An attachment with its bytes on disk, as an upload leaves it. */
function storedFile(branchId: number, meetingId: number) {
  const row = m.insertAttachment(branchId, meetingId);
  fs.mkdirSync(path.join(uploads, String(branchId)), { recursive: true });
  fs.writeFileSync(path.join(uploads, row.storedName), `文件${row.id}`);
  return row;
}
const ownFile = storedFile(demoBranch, ownMeeting.id);
const financeFile = storedFile(financeBranch, financeMeeting.id);
const mirrorFile = storedFile(mirror.branchId, mirrorMeeting.id);

const sectionOf = (branchId: number, year: number) =>
  db
    .select({ id: reportSections.id, reportId: reportSections.reportId })
    .from(reportSections)
    .innerJoin(reports, eq(reports.id, reportSections.reportId))
    .where(and(eq(reports.branchId, branchId), eq(reports.year, year)))
    .get()!;
const ownSection = sectionOf(demoBranch, 2024);
db.insert(reportSectionRevisions)
  .values({
    sectionId: ownSection.id,
    reportId: ownSection.reportId,
    branchId: demoBranch,
    version: 1,
    heading: '本支部的部分',
    body: '本支部的正文',
    savedAt: '2026-03-03T01:00:00.000Z',
  })
  .run();
const mirrorSection = sectionOf(mirror.branchId, 2024);
// The working committee's own submitted report (the demo's gongwei writes it; the county's qiwei reviews it).
const committeeReport = db.select().from(reports).where(isNotNull(reports.organisationId)).get()!;
const committeeYear = String(committeeReport.year);
const ofCommittee = `organisation=${committeeReport.organisationId}`;

type Reader = 'shuji' | 'zuzhi' | 'dangyuan' | 'dangwei' | 'caizheng' | 'qiwei' | 'gongwei' | 'anonymous';
type Case = {
  as: Reader;
  url: string;
  params: Record<string, string>;
  status: 200 | 303 | 401 | 403 | 404;
  body?: (response: Response) => Promise<void>;
};
type Handler = { GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> };

const committeeKey = 'meetings:kind=committee';
const figures = (year: number, query = '') =>
  `/report/${year}/figures?key=${encodeURIComponent(committeeKey)}&records=1${query}`;
const twelveCommitteeMeetings = async (response: Response) => {
  const [[key, figure]] = await response.json();
  expect(key).toBe(committeeKey);
  expect(figure.records).toHaveLength(12);
};
const integrityTalks = (year: number, query = '') =>
  `/report/${year}/figures?key=${encodeURIComponent('talks:kind=integrity')}&records=1${query}`;
/** Who talked with whom is the committee's: the working committee gets the count, not the talks. */
const talksAs = (visible: boolean) => async (response: Response) => {
  const [[, figure]] = await response.json();
  expect(figure.value).toBeGreaterThan(0);
  if (visible) expect(figure.records).toHaveLength(figure.value);
  else expect(figure).toMatchObject({ records: [], recordsHidden: true });
};
/** An organisation's figure lists its records by branch, each opening in its branch through the overview. */
const recordsByBranch = async (response: Response) => {
  const [[, figure]] = await response.json();
  expect(figure.records.length).toBeGreaterThan(0);
  for (const record of figure.records) {
    expect(record.branch).toBe(f.statisticsBranchName);
    expect(record.href).toMatch(new RegExp(`^/overview/open\\?branch=${demoBranch}&to=%2Fmeetings%2F\\d+$`));
  }
};
const ownBytes = async (response: Response) => expect(await response.text()).toBe(`文件${ownFile.id}`);
const docx = async (response: Response) => expect(response.headers.get('Content-Type')).toMatch(/wordprocessingml/);
/** The overview's spreadsheet names the branches beneath the reader's organisation, and no others. */
const overviewSheet = (present: string[], absent: string[]) => async (response: Response) => {
  expect(response.headers.get('Content-Type')).toMatch(/spreadsheetml/);
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const names: string[] = [];
  workbook.worksheets[0].getColumn(1).eachCell((cell) => names.push(String(cell.value).trim()));
  for (const name of present) expect(names).toContain(name);
  for (const name of absent) expect(names).not.toContain(name);
};
/** Opening a branch from the overview: to the page asked for, with the branch chosen for the switcher. */
const opens = (branchId: number, to: string) => async (response: Response) => {
  expect(new URL(response.headers.get('Location')!).pathname).toBe(to);
  expect(response.headers.get('Set-Cookie')).toContain(`zhibu-branch=${branchId}`);
};

const table: { route: string; load: () => Promise<Handler>; cases: Case[] }[] = [
  {
    route: '/overview/export.xlsx',
    load: () => import('@/app/(app)/overview/export.xlsx/route') as Promise<Handler>,
    cases: [
      {
        as: 'dangwei',
        url: '/overview/export.xlsx?year=2025',
        params: {},
        status: 200,
        body: overviewSheet(['旗统计局党支部', '旗财政局党支部'], ['胡杨林村党支部', '镜像党支部']),
      },
      {
        as: 'qiwei',
        url: '/overview/export.xlsx?year=2025',
        params: {},
        status: 200,
        body: overviewSheet(['旗统计局党支部', '胡杨林村党支部'], ['镜像党支部']),
      },
      ...(['shuji', 'dangyuan', 'caizheng'] as const).map((as) => ({
        as,
        url: '/overview/export.xlsx',
        params: {},
        status: 403 as const,
      })),
      { as: 'anonymous', url: '/overview/export.xlsx', params: {}, status: 401 },
    ],
  },
  {
    route: '/overview/open',
    load: () => import('@/app/(app)/overview/open/route') as Promise<Handler>,
    cases: [
      {
        as: 'dangwei',
        url: `/overview/open?branch=${financeBranch}&to=%2Frectification`,
        params: {},
        status: 303,
        body: opens(financeBranch, '/rectification'),
      },
      { as: 'dangwei', url: `/overview/open?branch=${mirror.branchId}&to=%2Fmembers`, params: {}, status: 404 },
      // Only the app's own pages of a branch: never an address elsewhere.
      {
        as: 'dangwei',
        url: `/overview/open?branch=${financeBranch}&to=https%3A%2F%2Fexample.com`,
        params: {},
        status: 404,
      },
      { as: 'dangwei', url: `/overview/open?branch=${financeBranch}&to=%2F%2Fexample.com`, params: {}, status: 404 },
      { as: 'shuji', url: `/overview/open?branch=${demoBranch}&to=%2Fmembers`, params: {}, status: 403 },
      { as: 'anonymous', url: `/overview/open?branch=${demoBranch}&to=%2Fmembers`, params: {}, status: 401 },
    ],
  },
  {
    route: '/files/[id]',
    load: () => import('@/app/files/[id]/route') as Promise<Handler>,
    cases: [
      { as: 'shuji', url: `/files/${ownFile.id}`, params: { id: String(ownFile.id) }, status: 200, body: ownBytes },
      { as: 'dangwei', url: `/files/${ownFile.id}`, params: { id: String(ownFile.id) }, status: 200, body: ownBytes },
      // A member reads the files of the meetings' records only through the records they may open.
      { as: 'dangyuan', url: `/files/${ownFile.id}`, params: { id: String(ownFile.id) }, status: 403 },
      { as: 'caizheng', url: `/files/${ownFile.id}`, params: { id: String(ownFile.id) }, status: 404 },
      { as: 'anonymous', url: `/files/${ownFile.id}`, params: { id: String(ownFile.id) }, status: 401 },
      ...(['shuji', 'zuzhi', 'dangwei'] as const).flatMap((as) => [
        { as, url: `/files/${financeFile.id}`, params: { id: String(financeFile.id) }, status: 404 as const },
        { as, url: `/files/${mirrorFile.id}`, params: { id: String(mirrorFile.id) }, status: 404 as const },
      ]),
    ],
  },
  {
    route: '/report/[year]/figures',
    load: () => import('@/app/(app)/report/[year]/figures/route') as Promise<Handler>,
    cases: [
      { as: 'shuji', url: figures(2023), params: { year: '2023' }, status: 200, body: twelveCommitteeMeetings },
      {
        as: 'dangwei',
        url: figures(2023, `&branch=${demoBranch}`),
        params: { year: '2023' },
        status: 200,
        body: twelveCommitteeMeetings,
      },
      // The working committee reads any branch of its own committee, and no other.
      { as: 'dangwei', url: figures(2023, `&branch=${financeBranch}`), params: { year: '2023' }, status: 200 },
      { as: 'dangwei', url: figures(2023, `&branch=${mirror.branchId}`), params: { year: '2023' }, status: 404 },
      { as: 'shuji', url: figures(2023, `&branch=${financeBranch}`), params: { year: '2023' }, status: 404 },
      { as: 'shuji', url: figures(2023, `&branch=${mirror.branchId}`), params: { year: '2023' }, status: 404 },
      { as: 'caizheng', url: figures(2023, `&branch=${demoBranch}`), params: { year: '2023' }, status: 404 },
      { as: 'dangyuan', url: figures(2023), params: { year: '2023' }, status: 403 },
      { as: 'zuzhi', url: integrityTalks(2023), params: { year: '2023' }, status: 200, body: talksAs(true) },
      {
        as: 'dangwei',
        url: integrityTalks(2023, `&branch=${demoBranch}`),
        params: { year: '2023' },
        status: 200,
        body: talksAs(false),
      },
      { as: 'anonymous', url: figures(2023), params: { year: '2023' }, status: 401 },
      // An organisation's own report: its secretary's, and the organisations above; not its reviewer's own
      // (a reviewer writes no report), not a branch's.
      { as: 'gongwei', url: figures(2023), params: { year: '2023' }, status: 200, body: recordsByBranch },
      // Over an organisation's branches, the records of one figure at a time.
      {
        as: 'gongwei',
        url: `${figures(2023)}&key=talks`,
        params: { year: '2023' },
        status: 200,
        body: async (response: Response) =>
          expect((await response.json()).map(([key]: [string]) => key)).toEqual([committeeKey]),
      },
      {
        as: 'qiwei',
        url: figures(2023, `&${ofCommittee}`),
        params: { year: '2023' },
        status: 200,
        body: recordsByBranch,
      },
      { as: 'gongwei', url: figures(2023, `&${ofCommittee}`), params: { year: '2023' }, status: 200 },
      { as: 'dangwei', url: figures(2023, `&${ofCommittee}`), params: { year: '2023' }, status: 404 },
      { as: 'dangwei', url: figures(2023), params: { year: '2023' }, status: 404 },
      { as: 'shuji', url: figures(2023, `&${ofCommittee}`), params: { year: '2023' }, status: 404 },
    ],
  },
  {
    route: '/report/[year]/export.docx',
    load: () => import('@/app/(app)/report/[year]/export.docx/route') as Promise<Handler>,
    cases: [
      { as: 'shuji', url: '/report/2023/export.docx', params: { year: '2023' }, status: 200, body: docx },
      { as: 'zuzhi', url: '/report/2024/export.docx', params: { year: '2024' }, status: 200, body: docx },
      {
        as: 'dangwei',
        url: `/report/2023/export.docx?branch=${demoBranch}`,
        params: { year: '2023' },
        status: 200,
        body: docx,
      },
      // A reviewer reads submitted reports only; another committee's submitted report is not theirs.
      { as: 'dangwei', url: `/report/2024/export.docx?branch=${demoBranch}`, params: { year: '2024' }, status: 404 },
      {
        as: 'dangwei',
        url: `/report/2023/export.docx?branch=${mirror.branchId}`,
        params: { year: '2023' },
        status: 404,
      },
      { as: 'shuji', url: `/report/2023/export.docx?branch=${mirror.branchId}`, params: { year: '2023' }, status: 404 },
      { as: 'caizheng', url: `/report/2023/export.docx?branch=${demoBranch}`, params: { year: '2023' }, status: 404 },
      { as: 'dangyuan', url: '/report/2023/export.docx', params: { year: '2023' }, status: 403 },
      { as: 'anonymous', url: '/report/2023/export.docx', params: { year: '2023' }, status: 401 },
      // The working committee's own report: its secretary's, the county committee's once submitted.
      {
        as: 'gongwei',
        url: `/report/${committeeYear}/export.docx`,
        params: { year: committeeYear },
        status: 200,
        body: docx,
      },
      {
        as: 'qiwei',
        url: `/report/${committeeYear}/export.docx?${ofCommittee}`,
        params: { year: committeeYear },
        status: 200,
        body: docx,
      },
      {
        as: 'dangwei',
        url: `/report/${committeeYear}/export.docx?${ofCommittee}`,
        params: { year: committeeYear },
        status: 404,
      },
      {
        as: 'caizheng',
        url: `/report/${committeeYear}/export.docx?${ofCommittee}`,
        params: { year: committeeYear },
        status: 404,
      },
    ],
  },
  {
    route: '/report/sections/[id]/revisions',
    load: () => import('@/app/(app)/report/sections/[id]/revisions/route') as Promise<Handler>,
    cases: [
      {
        as: 'shuji',
        url: `/report/sections/${ownSection.id}/revisions`,
        params: { id: String(ownSection.id) },
        status: 200,
        body: async (response) =>
          expect((await response.json()).map((r: { body: string }) => r.body)).toContain('本支部的正文'),
      },
      ...(['shuji', 'zuzhi'] as const).map((as) => ({
        as,
        url: `/report/sections/${mirrorSection.id}/revisions`,
        params: { id: String(mirrorSection.id) },
        status: 200 as const,
        body: async (response: Response) => expect(await response.json()).toEqual([]),
      })),
      {
        as: 'dangwei',
        url: `/report/sections/${ownSection.id}/revisions`,
        params: { id: String(ownSection.id) },
        status: 403,
      },
      {
        as: 'dangyuan',
        url: `/report/sections/${ownSection.id}/revisions`,
        params: { id: String(ownSection.id) },
        status: 403,
      },
    ],
  },
  {
    route: '/meetings/[id]/minutes.docx',
    load: () => import('@/app/(app)/meetings/[id]/minutes.docx/route') as Promise<Handler>,
    cases: [
      {
        as: 'zuzhi',
        url: `/meetings/${ownMeeting.id}/minutes.docx`,
        params: { id: String(ownMeeting.id) },
        status: 200,
        body: docx,
      },
      {
        as: 'dangwei',
        url: `/meetings/${ownMeeting.id}/minutes.docx`,
        params: { id: String(ownMeeting.id) },
        status: 200,
        body: docx,
      },
      {
        as: 'caizheng',
        url: `/meetings/${ownMeeting.id}/minutes.docx`,
        params: { id: String(ownMeeting.id) },
        status: 404,
      },
      ...(['shuji', 'dangwei'] as const).flatMap((as) => [
        {
          as,
          url: `/meetings/${financeMeeting.id}/minutes.docx`,
          params: { id: String(financeMeeting.id) },
          status: 404 as const,
        },
        {
          as,
          url: `/meetings/${mirrorMeeting.id}/minutes.docx`,
          params: { id: String(mirrorMeeting.id) },
          status: 404 as const,
        },
      ]),
    ],
  },
];

async function readAs(reader: Reader) {
  if (reader === 'anonymous') signOut();
  else if (reader === 'dangwei') setSessionUser(loadSessionUser(f.accountNamed('dangwei').id, demoBranch));
  else await signInAs(reader);
}

describe.each(table)('$route', ({ load, cases }) => {
  it.each(cases)('as $as, $url → $status', async ({ as, url, params, status, body }) => {
    await readAs(as);
    const { GET } = await load();
    const response = await GET(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });
    expect(response.status).toBe(status);
    if (status < 400) await body?.(response);
    else expect(response.headers.get('Content-Type')).toMatch(/^text\/plain/);
  });
});
