/**
 * The roster workbook's 党纪处分 column: exported only for holders of members.read_private, imported
 * all-or-nothing with the rest of the file (records not yet kept are added, none removed), and read
 * before the steps, so an introducer the file puts under 留党察看 refuses the whole file. A file made
 * before the column existed still imports.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@/lib/actions/result';
import { callAction } from '@/tests/support/call-action';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const { importRosterWorkbook } = await import('@/app/(app)/development/import/actions');
const { rosterExport } = await import('@/db/queries/roster-export');
const { personDisciplines } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { problemsFromFieldErrors } = await import('@/lib/roster/problems');
const { rosterSheetName, stepsSheetName } = await import('@/lib/roster/columns');
const { writeRosterWorkbook } = await import('@/lib/roster/write-workbook');
const { sampleRoster, step } = await import('@/tests/support/roster-workbook');
const f = await import('@/tests/support/fixtures');
type RosterPerson = import('@/lib/roster/columns').RosterPerson;

const base = sampleRoster.people[0];
const member = (name: string, serial: string, disciplines: RosterPerson['disciplines'] = []): RosterPerson => ({
  ...base,
  name,
  idNumber: null,
  phone: null,
  groupName: null,
  committeeTitle: null,
  version: null,
  disciplines,
  birthDate: `1980-03-${serial}`,
});

/** Two members and a 发展对象 they introduce on 2022-10-20; the first introducer with the given 党纪处分. */
async function file(introducerDisciplines: RosterPerson['disciplines'], suffix: string) {
  const [first, second, candidate] = [`介绍人甲${suffix}`, `介绍人乙${suffix}`, `发展对象${suffix}`];
  const steps = [
    step('application', '2021-03-02'),
    step('first_talk', '2021-03-20'),
    step('activist_confirmed', '2021-09-06'),
    step('activist_filed', '2021-09-15'),
    step('contacts_assigned', '2021-09-20', { contactNames: [second] }),
    step('activist_assessment', '2022-03-01'),
    step('activist_assessment', '2022-09-01'),
    step('candidate_confirmed', '2022-10-06'),
    step('candidate_filed', '2022-10-10'),
    step('introducers', '2022-10-20', { introducerNames: [first, second] }),
  ].map((s) => ({ ...s, name: candidate }));
  return new Uint8Array(
    await writeRosterWorkbook({
      people: [
        member(first, '12', introducerDisciplines),
        member(second, '13'),
        {
          ...member(candidate, '14'),
          birthDate: '1998-01-30',
          politicalStatus: 'candidate',
          probationaryDate: null,
          fullMemberDate: null,
        },
      ],
      steps,
    }),
  );
}

async function importAs(username: string, bytes: Uint8Array) {
  await signInAs(username);
  const upload = new File([new Uint8Array(bytes)], '名册.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  return (await callAction(importRosterWorkbook, { file: upload })) as ActionResult<{
    disciplines: number;
    steps: number;
  }>;
}

const probation = (decidedOn: string, until: string) =>
  ({ kind: 'probation', decidedOn, until, decidedBy: '县纪委', reason: null }) as const;

describe('importing 党纪处分', () => {
  it('refuses the whole file when an introducer is under 留党察看 on the step’s date, naming the step', async () => {
    const bytes = await file([probation('2022-01-01', '2022-12-31')], '一');
    const before = tableChecksum(db);
    const result = await importAs('caizheng', bytes);
    expect(result.ok).toBe(false);
    const problems = problemsFromFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: stepsSheetName,
        column: '入党介绍人',
        message: expect.stringContaining('介绍人甲一 正在受处分'),
      }),
    ]);
    expect(tableChecksum(db)).toEqual(before);
  });

  it('records a probation that has ended, lets the step through, and adds nothing on a second import', async () => {
    const bytes = await file([probation('2021-01-01', '2021-12-31')], '二');
    const result = await importAs('caizheng', bytes);
    expect(result).toMatchObject({ ok: true, data: { disciplines: 1, steps: 10 } });
    expect(result.ok && result.message).toContain('登记党纪处分 1 条');
    const introducer = f.personNamed('介绍人甲二');
    expect(db.select().from(personDisciplines).where(eq(personDisciplines.personId, introducer.id)).all()).toEqual([
      expect.objectContaining({ kind: 'probation', decidedOn: '2021-01-01', until: '2021-12-31', decidedBy: '县纪委' }),
    ]);
    expect(await importAs('caizheng', bytes)).toMatchObject({ ok: true, data: { disciplines: 0, steps: 0 } });
  });

  it('reads a file made before the column existed', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file([], '三')).buffer as ArrayBuffer);
    const roster = workbook.getWorksheet(rosterSheetName)!;
    roster.spliceColumns(roster.actualColumnCount, 1);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await importAs('caizheng', bytes)).toMatchObject({ ok: true, data: { disciplines: 0, steps: 10 } });
  });
});

describe('exporting 党纪处分', () => {
  it('writes them for the committee and leaves them out for a reader without members.read_private', async () => {
    const caizheng = await signInAs('caizheng');
    const row = (workbook: ReturnType<typeof rosterExport>) => workbook.people.find((p) => p.name === '介绍人甲二')!;
    expect(row(rosterExport(caizheng)).disciplines).toEqual([probation('2021-01-01', '2021-12-31')]);
    const reviewer = await signInAs('dangwei');
    const inFinance = { ...reviewer, branchId: caizheng.branchId };
    expect(row(rosterExport(inFinance)).disciplines).toEqual([]);
  });
});
