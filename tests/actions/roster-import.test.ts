import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@/lib/actions/result';
import { callAction } from '@/tests/support/call-action';
import { signInAs } from '@/tests/support/session';
import { rowCount, setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const { importRosterWorkbook } = await import('@/app/(app)/development/import/actions');
const { stopDevelopment } = await import('@/app/(app)/development/actions');
const { updatePerson } = await import('@/app/(app)/members/actions');
const { rosterExport } = await import('@/db/queries/roster-export');
const { developmentRecords, partyGroups, people } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { problemsFromFieldErrors } = await import('@/lib/roster/problems');
const { rosterSheetName, stepsSheetName } = await import('@/lib/roster/columns');
const { writeRosterWorkbook } = await import('@/lib/roster/write-workbook');
const f = await import('@/tests/support/fixtures');

type Workbook = Awaited<ReturnType<typeof rosterExport>>;
type Counts = { created: number; updated: number; steps: number; stopped: number };

const financeId = f.branchIdOf(f.financeBranchName);

function xlsxFile(bytes: Uint8Array, name = '名册.xlsx'): File {
  return new File([new Uint8Array(bytes)], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

async function importAs(username: string, bytes: Uint8Array): Promise<ActionResult<Counts>> {
  await signInAs(username);
  return (await callAction(importRosterWorkbook, { file: xlsxFile(bytes) })) as ActionResult<Counts>;
}

/** A workbook as written, changed the way a user would change it in Excel. */
async function edit(buffer: Buffer, change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let column = 0;
  sheet.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) column = col;
  });
  return column;
}

function rowOfName(sheet: ExcelJS.Worksheet, name: string): number {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === name) return r;
  throw new Error(`no row for ${name} on ${sheet.name}`);
}

const problemsOf = (result: ActionResult<unknown>) => (result.ok ? [] : problemsFromFieldErrors(result.fieldErrors));

const namesOf = (workbook: Workbook) => new Set(workbook.people.map((p) => p.name));

/** People as the sheet has them, without their versions (a branch's own count of edits). */
const unversioned = (list: Workbook['people']) => list.map(({ version: _version, ...p }) => p);

const recordOf = (name: string) =>
  db
    .select()
    .from(developmentRecords)
    .where(eq(developmentRecords.personId, f.personNamed(name).id))
    .get()!;

/** Sets a roster cell of a person's row, found by name. */
function setRosterCell(workbook: ExcelJS.Workbook, name: string, header: string, value: ExcelJS.CellValue) {
  const roster = workbook.getWorksheet(rosterSheetName)!;
  roster.getRow(rowOfName(roster, name)).getCell(columnOf(roster, header)).value = value;
}

describe('importRosterWorkbook: export one branch, import into another', () => {
  // The export of 旗统计局党支部, taken once (by its secretary, who sees the private fields).
  let exported: Workbook;
  let file: Buffer;

  it('exports the demo branch: its roster with group names, a stopped development and every development step with names', async () => {
    await signInAs('zuzhi');
    const wuRiHan = recordOf('乌日汗');
    expect(
      await callAction(stopDevelopment, {
        recordId: wuRiHan.id,
        version: wuRiHan.version,
        date: '2026-10-08',
        reason: '调离本单位',
      }),
    ).toMatchObject({ ok: true });
    exported = rosterExport(await signInAs('shuji'));
    file = await writeRosterWorkbook(exported);

    expect(exported.people).toHaveLength(21);
    expect(exported.people.find((p) => p.name === '吴桐')).toMatchObject({
      politicalStatus: 'probationary',
      probationaryDate: '2025-12-26',
      groupName: '第一党小组',
      idNumber: expect.stringMatching(/^152923/),
    });
    expect(new Set(exported.steps.map((s) => s.name))).toEqual(
      new Set(['杨帆', '吴桐', '郑凯', '何思远', '乌日汗', '田雨', '徐浩']),
    );
    expect(exported.steps.find((s) => s.code === 'contacts_assigned')?.contactNames).toEqual(['李娜', '陈晓梅']);
    expect(exported.steps.find((s) => s.code === 'introducers')?.introducerNames).toEqual(['孟庆华', '巴图孟和']);
    expect(exported.people.find((p) => p.name === '乌日汗')).toMatchObject({
      politicalStatus: 'masses',
      stoppedAt: '2026-10-08',
      stopReason: '调离本单位',
    });
  });

  it('imports it into 旗财政局党支部 (no development records, other people): the same people and steps', async () => {
    // The party groups the file names must exist in the receiving branch.
    for (const [sortOrder, name] of ['第一党小组', '第二党小组'].entries()) {
      db.insert(partyGroups)
        .values({ branchId: financeId, name, sortOrder: sortOrder + 1 })
        .run();
    }
    const financeBefore = rosterExport(await signInAs('caizheng'));
    expect(financeBefore.steps).toEqual([]);
    expect([...namesOf(financeBefore)].filter((n) => namesOf(exported).has(n))).toEqual([]);
    const auditBefore = f.lastAuditId();

    const result = await importAs('caizheng', file);

    expect(result).toEqual({
      ok: true,
      message: `导入完成：新增 21 人，更新 0 人，记录发展步骤 ${exported.steps.length} 条，终止发展 1 人`,
      data: {
        created: 21,
        updated: 0,
        steps: exported.steps.length,
        stopped: 1,
        groups: 0,
        disciplines: 0,
        readings: [],
        backfill: expect.any(Array),
      },
    });
    // The file brings every step of the people it brings; the branch's own people in development, who
    // have no steps here, are the ones offered 补录.
    const inDevelopment = financeBefore.people.filter((p) =>
      ['applicant', 'activist', 'candidate', 'probationary'].includes(p.politicalStatus),
    );
    expect((result as unknown as { data: { backfill: { name: string }[] } }).data.backfill.map((p) => p.name)).toEqual(
      inDevelopment.map((p) => p.name),
    );
    const after = rosterExport(await signInAs('caizheng'));
    const imported = after.people.filter((p) => namesOf(exported).has(p.name));
    expect(unversioned(imported)).toEqual(unversioned(exported.people));
    expect(after.people.filter((p) => !namesOf(exported).has(p.name))).toEqual(financeBefore.people);
    expect(after.steps).toEqual(exported.steps);

    const audit = await f.auditEntriesAfter(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'roster.import',
      branchId: financeId,
      accountId: f.accountNamed('caizheng').id,
      after: { created: 21, updated: 0, steps: exported.steps.length, stopped: 1 },
    });
  });

  it('importing the same file again creates nothing new: the other branch’s versions are not compared', async () => {
    const counts = {
      people: rowCount(db, 'people'),
      records: rowCount(db, 'development_records'),
      steps: rowCount(db, 'development_steps'),
    };

    const result = await importAs('caizheng', file);

    expect(result).toMatchObject({ ok: true, data: { created: 0, updated: 0, steps: 0, stopped: 0 } });
    expect({
      people: rowCount(db, 'people'),
      records: rowCount(db, 'development_records'),
      steps: rowCount(db, 'development_steps'),
    }).toEqual(counts);
  });

  it('adds to a history only the steps not yet recorded, checked against what is there', async () => {
    // 徐浩 has applied; the file gains his first talk and his confirmation as activist, dated today.
    const { todayIso } = await import('@/lib/clock');
    const application = exported.steps.find((s) => s.name === '徐浩')!;
    const withStep = await writeRosterWorkbook({
      ...exported,
      steps: [
        ...exported.steps,
        { ...application, code: 'first_talk', date: todayIso() },
        { ...application, code: 'activist_confirmed', date: todayIso() },
      ],
    });
    const stepsBefore = rowCount(db, 'development_steps');

    const result = await importAs('caizheng', withStep);

    expect(result).toMatchObject({ ok: true, data: { created: 0, updated: 0, steps: 2 } });
    expect(rowCount(db, 'development_steps')).toBe(stepsBefore + 2);
    const xuHao = db
      .select()
      .from(people)
      .where(eq(people.branchId, financeId))
      .all()
      .find((p) => p.name === '徐浩')!;
    expect(xuHao.politicalStatus).toBe('activist');
  });
});

describe('importRosterWorkbook: nothing is half-imported', () => {
  it('refuses a file with one bad roster row, writing nothing, and reports the row', async () => {
    let badRow = 0;
    const file = await edit(await writeRosterWorkbook(rosterExport(await signInAs('shuji'))), (workbook) => {
      const roster = workbook.getWorksheet(rosterSheetName)!;
      roster.getRow(rowOfName(roster, '刘建军')).getCell(columnOf(roster, '职务')).value = '改过的职务';
      badRow = rowOfName(roster, '赵志刚');
      roster.getRow(badRow).getCell(columnOf(roster, '身份证号')).value = '15292319780519123';
      roster.addRow(['新来的同志', '女', '汉族']).getCell(columnOf(roster, '政治面貌')).value = '群众';
    });
    const before = tableChecksum(db);

    const result = await importAs('shuji', file);

    expect(result).toMatchObject({
      ok: false,
      error: '文件中有 1 处问题，未导入任何数据。请按问题清单逐行修改后重新导入。',
    });
    expect(badRow).toBe(8);
    expect(problemsOf(result)).toEqual([
      { sheet: rosterSheetName, row: 8, column: '身份证号', message: '身份证号应为18位，前17位为数字，末位为数字或X' },
    ]);
    expect(tableChecksum(db)).toEqual(before);
  });

  it('rolls back the rows already applied when a step breaks a rule of member development', async () => {
    let badRow = 0;
    const file = await edit(await writeRosterWorkbook(rosterExport(await signInAs('shuji'))), (workbook) => {
      const roster = workbook.getWorksheet(rosterSheetName)!;
      roster.getRow(rowOfName(roster, '刘建军')).getCell(columnOf(roster, '职务')).value = '改过的职务';
      roster.addRow(['新来的同志', '女', '汉族']).getCell(columnOf(roster, '政治面貌')).value = '群众';
      const steps = workbook.getWorksheet(stepsSheetName)!;
      // 林静 (born 1993-02-08) applying in 2010: under 18.
      badRow = steps.addRow(['林静', 1, '递交入党申请书', '2010-01-01']).number;
    });
    const before = tableChecksum(db);

    const result = await importAs('shuji', file);

    const problems = problemsOf(result);
    expect(problems).toEqual([
      { sheet: stepsSheetName, row: badRow, column: '日期', message: expect.stringContaining('申请入党须年满18周岁') },
    ]);
    expect(tableChecksum(db)).toEqual(before);
  });

  it('reports every problem at once: unknown group, unknown contact, a step out of order, with their rows', async () => {
    const file = await writeRosterWorkbook({
      people: [
        {
          ...rosterExport(await signInAs('caizheng')).people.find((p) => p.name === '乔振宇')!,
          groupName: '不存在的小组',
        },
        {
          name: '新申请人',
          gender: 'male',
          ethnicity: '汉族',
          birthDate: '2000-01-01',
          education: null,
          unit: null,
          post: null,
          phone: null,
          idNumber: null,
          address: null,
          politicalStatus: 'masses',
          probationaryDate: null,
          fullMemberDate: null,
          groupName: null,
          committeeTitle: null,
          disciplines: [],
          stoppedAt: null,
          stopReason: null,
          version: null,
        },
      ],
      steps: [
        {
          name: '新申请人',
          code: 'application',
          date: '2024-01-02',
          note: null,
          contactNames: [],
          introducerNames: [],
          days: null,
          hours: null,
          expectedVoting: null,
          yes: null,
          no: null,
          abstain: null,
          extensionMonths: null,
          result: null,
        },
        {
          name: '新申请人',
          code: 'first_talk',
          date: '2024-01-10',
          note: null,
          contactNames: [],
          introducerNames: [],
          days: null,
          hours: null,
          expectedVoting: null,
          yes: null,
          no: null,
          abstain: null,
          extensionMonths: null,
          result: null,
        },
        {
          name: '新申请人',
          code: 'contacts_assigned',
          date: '2024-02-01',
          note: null,
          contactNames: ['查无此人'],
          introducerNames: [],
          days: null,
          hours: null,
          expectedVoting: null,
          yes: null,
          no: null,
          abstain: null,
          extensionMonths: null,
          result: null,
        },
        {
          name: '新申请人',
          code: 'activist_filed',
          date: '2024-02-01',
          note: null,
          contactNames: [],
          introducerNames: [],
          days: null,
          hours: null,
          expectedVoting: null,
          yes: null,
          no: null,
          abstain: null,
          extensionMonths: null,
          result: null,
        },
      ],
    });
    const before = tableChecksum(db);

    // Checked against the branch's groups while reading: the 党小组 problem alone comes back first.
    const first = await importAs('caizheng', file);
    expect(problemsOf(first)).toEqual([
      {
        sheet: rosterSheetName,
        row: 2,
        column: '党小组',
        message: expect.stringContaining('本支部没有名为「不存在的小组」的党小组'),
      },
    ]);
    expect(tableChecksum(db)).toEqual(before);

    const fixed = await edit(file, (workbook) => {
      const roster = workbook.getWorksheet(rosterSheetName)!;
      roster.getRow(2).getCell(columnOf(roster, '党小组')).value = null;
    });
    const second = await importAs('caizheng', fixed);
    expect(problemsOf(second)).toEqual([
      { sheet: stepsSheetName, row: 4, column: '培养联系人', message: '培养联系人「查无此人」不在本支部名册中' },
      { sheet: stepsSheetName, row: 5, column: '步骤序号', message: expect.stringContaining('步骤不能跳过或颠倒') },
    ]);
    expect(tableChecksum(db)).toEqual(before);
  });

  it('reports a name that matches two people of the branch', async () => {
    const shuji = await signInAs('shuji');
    const namesake = db
      .insert(people)
      .values({ branchId: shuji.branchId, name: '林静', gender: 'female', politicalStatus: 'masses' })
      .returning()
      .get();
    const linJing = rosterExport(shuji).people.find((p) => p.name === '林静' && p.idNumber)!;
    const file = await writeRosterWorkbook({ people: [{ ...linJing, idNumber: null, birthDate: null }], steps: [] });
    const before = tableChecksum(db);

    const result = await importAs('shuji', file);

    expect(problemsOf(result)).toEqual([
      {
        sheet: rosterSheetName,
        row: 2,
        column: '姓名',
        message: '本支部有 2 名叫「林静」的人员，无法确定是哪一位：请填写身份证号以区分',
      },
    ]);
    expect(tableChecksum(db)).toEqual(before);
    // With the ID number the row is clear again.
    expect(await importAs('shuji', await writeRosterWorkbook({ people: [linJing], steps: [] }))).toMatchObject({
      ok: true,
      data: { created: 0, updated: 0 },
    });
    // The namesake leaves the branch again (archived people are neither exported nor matched).
    db.update(people).set({ archivedAt: new Date().toISOString() }).where(eq(people.id, namesake.id)).run();
  });
});

describe('importRosterWorkbook: who may change what', () => {
  it('keeps committee titles when the importer is not the secretary, and applies them for the secretary', async () => {
    const change = async (username: string) => {
      const user = await signInAs(username);
      const exported = rosterExport(user);
      return writeRosterWorkbook({
        ...exported,
        people: exported.people.map((p) =>
          p.name === '陈晓梅' ? { ...p, committeeTitle: '纪检委员', post: `${username}改的职务` } : p,
        ),
      });
    };

    expect(await importAs('zuzhi', await change('zuzhi'))).toMatchObject({
      ok: true,
      data: { created: 0, updated: 1, steps: 0 },
    });
    expect(f.personNamed('陈晓梅')).toMatchObject({ committeeTitle: null, post: 'zuzhi改的职务' });

    expect(await importAs('shuji', await change('shuji'))).toMatchObject({
      ok: true,
      data: { created: 0, updated: 1, steps: 0 },
    });
    expect(f.personNamed('陈晓梅')).toMatchObject({ committeeTitle: '纪检委员', post: 'shuji改的职务' });
  });

  it('refuses a file that is not an .xlsx workbook or is too large, by its bytes and size', async () => {
    await signInAs('shuji');
    const before = tableChecksum(db);

    const png = await callAction(importRosterWorkbook, {
      file: new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], '名册.xlsx'),
    });
    expect(png).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining('不是 Excel 工作簿')] } });

    const xls = await callAction(importRosterWorkbook, {
      file: new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])], '名册.xls'),
    });
    expect(xls).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining('旧版 .xls')] } });

    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await callAction(importRosterWorkbook, { file: new File([big], '名册.xlsx') })).toMatchObject({
      ok: false,
      fieldErrors: { file: ['文件不能超过5MB'] },
    });
    expect(tableChecksum(db)).toEqual(before);
  });

  it('exports without private fields for the reviewer', async () => {
    const exported = rosterExport(await signInAs('dangwei'));
    expect(exported.people.length).toBeGreaterThan(0);
    expect(exported.people.every((p) => p.idNumber === null && p.phone === null && p.address === null)).toBe(true);
  });

  it('never erases stored private fields with the blanks of such an export', async () => {
    const exported = rosterExport(await signInAs('dangwei'));
    const before = db.select({ name: people.name, idNumber: people.idNumber, phone: people.phone }).from(people).all();
    const result = await importAs('shuji', await writeRosterWorkbook(exported));
    expect(result.ok).toBe(true);
    const after = db.select({ name: people.name, idNumber: people.idNumber, phone: people.phone }).from(people).all();
    expect(after.filter((p) => before.some((b) => b.name === p.name))).toEqual(before);
  });
});

describe('importRosterWorkbook: edits made after the export are not overwritten', () => {
  // An export in which 刘建军 and 赵志刚 get a new 职务 in Excel, while 刘建军 is also edited in the app.
  let stale: Buffer;
  let liuRow = 0;

  it('refuses the whole file when a person was edited after the export, naming both versions, and writes nothing', async () => {
    stale = await edit(await writeRosterWorkbook(rosterExport(await signInAs('shuji'))), (workbook) => {
      setRosterCell(workbook, '刘建军', '职务', 'Excel中改的职务');
      setRosterCell(workbook, '赵志刚', '职务', 'Excel中改的职务');
      liuRow = rowOfName(workbook.getWorksheet(rosterSheetName)!, '刘建军');
    });
    await signInAs('zuzhi');
    const liu = f.personNamed('刘建军');
    expect(await callAction(updatePerson, f.editPersonPayload(liu, { post: '系统中改的职务' }))).toEqual({
      redirected: `/members/${liu.id}?saved=1`,
    });
    const before = tableChecksum(db);

    const result = await importAs('shuji', stale);

    expect(result).toMatchObject({
      ok: false,
      error: '文件中有 1 处问题，未导入任何数据。请按问题清单逐行修改后重新导入。',
    });
    expect(problemsOf(result)).toEqual([
      {
        sheet: rosterSheetName,
        row: liuRow,
        column: '版本（请勿修改）',
        message: `导出后此人的资料已被修改（导出时第${liu.version}版，现为第${liu.version + 1}版），请重新导出后再修改`,
      },
    ]);
    expect(tableChecksum(db)).toEqual(before);
    expect(f.personNamed('刘建军').post).toBe('系统中改的职务');
    expect(f.personNamed('赵志刚').post).not.toBe('Excel中改的职务');
  });

  it('merges a row whose version is left blank, as a row typed in by hand', async () => {
    const blank = await edit(stale, (workbook) => setRosterCell(workbook, '刘建军', '版本（请勿修改）', null));

    expect(await importAs('shuji', blank)).toMatchObject({ ok: true, data: { created: 0, updated: 2 } });
    expect(f.personNamed('刘建军').post).toBe('Excel中改的职务');
    expect(f.personNamed('赵志刚').post).toBe('Excel中改的职务');
  });
});

describe('importRosterWorkbook: 终止发展 from the roster sheet', () => {
  it('stops the record of a row with a 终止发展日期 and reason; the person becomes 群众', async () => {
    const file = await edit(await writeRosterWorkbook(rosterExport(await signInAs('shuji'))), (workbook) => {
      setRosterCell(workbook, '何思远', '终止发展日期', '2026-11-01');
      setRosterCell(workbook, '何思远', '终止发展原因', '本人申请放弃');
    });

    expect(await importAs('shuji', file)).toMatchObject({
      ok: true,
      data: { created: 0, updated: 0, steps: 0, stopped: 1 },
    });
    expect(recordOf('何思远')).toMatchObject({ stoppedAt: '2026-11-01', stopReason: '本人申请放弃' });
    expect(f.personNamed('何思远').politicalStatus).toBe('masses');
    // Exported again, the stopped record comes back as it is.
    expect(await importAs('shuji', await writeRosterWorkbook(rosterExport(await signInAs('shuji'))))).toMatchObject({
      ok: true,
      data: { created: 0, updated: 0, steps: 0, stopped: 0 },
    });
    expect(f.personNamed('何思远').politicalStatus).toBe('masses');
  });

  it('refuses to stop a full member’s record or a person without one, writing nothing', async () => {
    let yangRow = 0;
    let liuRow = 0;
    const file = await edit(await writeRosterWorkbook(rosterExport(await signInAs('shuji'))), (workbook) => {
      for (const name of ['杨帆', '刘建军']) {
        setRosterCell(workbook, name, '终止发展日期', '2026-11-01');
        setRosterCell(workbook, name, '终止发展原因', '调离本单位');
      }
      yangRow = rowOfName(workbook.getWorksheet(rosterSheetName)!, '杨帆');
      liuRow = rowOfName(workbook.getWorksheet(rosterSheetName)!, '刘建军');
    });
    const before = tableChecksum(db);

    const result = await importAs('shuji', file);

    expect(problemsOf(result)).toEqual([
      {
        sheet: rosterSheetName,
        row: liuRow,
        column: '终止发展日期',
        message: expect.stringContaining('刘建军没有发展过程，不能终止发展'),
      },
      {
        sheet: rosterSheetName,
        row: yangRow,
        column: '终止发展日期',
        message: expect.stringContaining('正式党员的发展记录不能终止'),
      },
    ]);
    expect(tableChecksum(db)).toEqual(before);
  });
});

describe('importRosterWorkbook: a file naming 党小组 the branch has not set up', () => {
  const person = (name: string, groupName: string, politicalStatus: 'full' | 'probationary') => ({
    name,
    gender: 'female' as const,
    ethnicity: '汉族',
    birthDate: '1990-02-02',
    education: null,
    unit: null,
    post: null,
    phone: null,
    idNumber: null,
    address: null,
    politicalStatus,
    probationaryDate: politicalStatus === 'probationary' ? '2026-03-01' : '2010-03-01',
    fullMemberDate: politicalStatus === 'full' ? '2011-03-01' : null,
    groupName,
    committeeTitle: null,
    disciplines: [],
    stoppedAt: null,
    stopReason: null,
    version: null,
  });
  const groupsOf = (branchId: number) =>
    db
      .select({ name: partyGroups.name })
      .from(partyGroups)
      .where(eq(partyGroups.branchId, branchId))
      .all()
      .map((g) => g.name);

  it('offers to set them up; the secretary’s import creates them in the file’s order and lists who needs 补录', async () => {
    const statisticsId = f.branchIdOf(f.statisticsBranchName);
    const groupsBefore = groupsOf(statisticsId);
    const file = await writeRosterWorkbook({
      people: [
        person('新组党员甲', '东区党小组', 'full'),
        person('新组预备党员乙', '西区党小组', 'probationary'),
        person('新组党员丙', '东区党小组', 'full'),
      ],
      steps: [],
    });
    const before = tableChecksum(db);
    const refused = await importAs('zuzhi', file);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { newGroups: ['东区党小组', '西区党小组'] } });
    expect(problemsOf(refused).map((p) => [p.row, p.column, p.message])).toEqual([
      [2, '党小组', expect.stringContaining('可在导入时一并设立')],
      [3, '党小组', expect.stringContaining('可在导入时一并设立')],
      [4, '党小组', expect.stringContaining('可在导入时一并设立')],
    ]);
    // Setting up groups is the secretary's, not the organisation member's.
    expect(await callAction(importRosterWorkbook, { file: xlsxFile(file), createGroups: 'on' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('只有书记可以设立党小组'),
    });
    expect(tableChecksum(db)).toEqual(before);

    await signInAs('shuji');
    const imported = await callAction(importRosterWorkbook, { file: xlsxFile(file), createGroups: 'on' });
    expect(imported).toMatchObject({ ok: true, message: expect.stringContaining('设立党小组 2 个，新增 3 人') });
    expect(groupsOf(statisticsId)).toEqual([...groupsBefore, '东区党小组', '西区党小组']);
    const groupOf = (name: string) =>
      db
        .select({ name: partyGroups.name })
        .from(partyGroups)
        .where(eq(partyGroups.id, f.personNamed(name).groupId!))
        .get()!.name;
    expect([groupOf('新组党员甲'), groupOf('新组预备党员乙'), groupOf('新组党员丙')]).toEqual([
      '东区党小组',
      '西区党小组',
      '东区党小组',
    ]);
    expect((imported as { data: { backfill: { name: string }[] } }).data.backfill.map((p) => p.name)).toContain(
      '新组预备党员乙',
    );
    expect(rowCount(db, 'audit_log')).toBe(before.counts.audit_log + 1);
  });
});
