/**
 * 党费 spreadsheets against the database: bases imported from a payroll sheet (matched to the branch's
 * members, all or nothing, a same-month base replaced softly, another branch's people refused) and the
 * year's ledger exported by its route. The day is the tests' pinned 2026-11-26.
 */
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { refusalOf } from '@/tests/support/refused';
import { idNumber } from '@/tests/support/roster-workbook';
import { setSessionUser, signOut } from '@/tests/support/session';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));

const { db } = await setupTestDatabase();
const { importBases } = await import('@/db/mutations/dues-import');
const { auditLog, duesBases, duesPayments } = await import('@/db/schema');
const { basesSheetName } = await import('@/lib/dues/bases-import');
const { basesTemplateXlsx, readBasesWorkbook } = await import('@/lib/dues/bases-xlsx');
const { duesSheetNames } = await import('@/lib/dues/dues-xlsx');
const { problemsFromFieldErrors } = await import('@/lib/roster/problems');
const ledgerRoute = await import('@/app/(app)/dues/ledger.xlsx/route');
const templateRoute = await import('@/app/(app)/dues/bases-template.xlsx/route');
const { addAccount, addPerson, freshBranch, userOf } = await import('@/tests/queries/fresh-branch');

type Row = Parameters<typeof importBases>[1]['rows'][number];
let nextRow = 1;
const row = (name: string, over: Partial<Row> = {}): Row => ({
  row: ++nextRow,
  name,
  idNumber: null,
  category: 'in_service',
  baseFen: 400_000,
  fixedFen: null,
  ...over,
});

/** A branch with a secretary and three members, one of them a farmer. */
function branchWithMembers() {
  const branch = freshBranch();
  const user = addAccount(branch, 'secretary');
  const zhang = addPerson(branch.id, '张建国', 'full', { idNumber: idNumber('1980-03-12') });
  const li = addPerson(branch.id, '李梅', 'probationary', { probationaryDate: '2026-02-20' });
  const wang = addPerson(branch.id, '王强', 'full');
  return { branch, user, zhang, li, wang };
}

const basesOf = (personId: number) =>
  db.select().from(duesBases).where(eq(duesBases.personId, personId)).orderBy(duesBases.id).all();

const auditOf = (branchId: number, action: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.branchId, branchId), eq(auditLog.action, action)))
    .all();

/** The problems a refused import names, as [row, column, message]. */
function refusedWith(run: () => unknown) {
  const before = tableChecksum(db);
  const refusal = refusalOf(run);
  expect(tableChecksum(db)).toEqual(before);
  expect(refusal.message).toMatch(/^文件中有 \d+ 处问题，未导入任何数据/);
  return problemsFromFieldErrors(refusal.fieldErrors as Record<string, string[]>).map((p) => [
    p.row,
    p.column,
    p.message,
  ]);
}

describe('importBases', () => {
  it('sets each row’s base from the month, in one audit entry naming them, and reports what each row gives', async () => {
    const { branch, user, zhang, li, wang } = branchWithMembers();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await basesTemplateXlsx()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(basesSheetName)!;
    sheet.addRow(['张建国', idNumber('1980-03-12'), '在职', 5280.5]);
    sheet.addRow(['李梅', null, '离退休', '6000']);
    sheet.addRow(['王强', null, '农民', null, 0.5]);
    const { rows, problems } = await readBasesWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(problems).toEqual([]);

    const report = importBases(user, { effectiveMonth: '2026-01', assessedOn: '2026-01-06', rows });
    expect(report.lines).toEqual([
      expect.objectContaining({ row: 2, personId: zhang.id, monthlyFen: 7921, replaced: false }),
      expect.objectContaining({ row: 3, personId: li.id, monthlyFen: 6000, replaced: false }),
      expect.objectContaining({ row: 4, personId: wang.id, category: 'farmer', fixedFen: 50, monthlyFen: 50 }),
    ]);
    expect(report.lines[0].rule).toBe('在职：基数 5280.50 元，5000元以上至10000元（含）按 1.5% 交纳');
    expect(basesOf(zhang.id)).toEqual([
      expect.objectContaining({
        branchId: branch.id,
        category: 'in_service',
        baseFen: 528_050,
        fixedFen: null,
        effectiveMonth: '2026-01',
        assessedOn: '2026-01-06',
        recordedBy: user.accountId,
        deletedAt: null,
      }),
    ]);
    expect(auditOf(branch.id, 'dues.base.import')).toEqual([
      expect.objectContaining({
        entityId: null,
        after: expect.objectContaining({ baseIds: [zhang, li, wang].map((p) => basesOf(p.id)[0].id), replacedIds: [] }),
      }),
    ]);
  });

  it('replaces a base of the same person and month softly, and says so in the report', () => {
    const { branch, user, zhang, li } = branchWithMembers();
    importBases(user, { effectiveMonth: '2026-01', assessedOn: '2026-01-06', rows: [row('张建国'), row('李梅')] });
    const [old] = basesOf(zhang.id);
    const report = importBases(user, {
      effectiveMonth: '2026-01',
      assessedOn: '2026-01-20',
      rows: [row('张建国', { baseFen: 520_000 })],
    });
    expect(report.lines).toEqual([expect.objectContaining({ personId: zhang.id, monthlyFen: 7800, replaced: true })]);
    const [removed, current] = basesOf(zhang.id);
    expect(removed).toMatchObject({ id: old.id, deletedAt: expect.any(String), version: old.version + 1 });
    expect(current).toMatchObject({ baseFen: 520_000, assessedOn: '2026-01-20', deletedAt: null });
    expect(basesOf(li.id)).toEqual([expect.objectContaining({ deletedAt: null })]);
    const [, second] = auditOf(branch.id, 'dues.base.import');
    expect(second.after).toMatchObject({ baseIds: [current.id], replacedIds: [old.id] });
  });

  it('writes nothing when one row is wrong, and lists every wrong row', () => {
    const { user, zhang } = branchWithMembers();
    addPerson(user.branchId, '王强', 'full');
    addPerson(user.branchId, '赵敏', 'activist');
    const rows = [
      row('张建国'),
      row('刘备'),
      row('王强'),
      row('赵敏'),
      row('张建国', { idNumber: idNumber('1980-03-12') }),
    ];
    expect(refusedWith(() => importBases(user, { effectiveMonth: '2026-01', assessedOn: '2026-01-06', rows }))).toEqual(
      [
        [rows[1].row, '姓名', '「刘备」不在本支部名册中'],
        [rows[2].row, '姓名', '本支部有 2 名叫「王强」的人员，无法确定是哪一位：请填写身份证号以区分'],
        [rows[3].row, '姓名', '「赵敏」是入党积极分子：只有党员（含预备党员）交纳党费'],
        [rows[4].row, '姓名', `与第${rows[0].row}行是同一人（张建国），每人只能填一行`],
      ],
    );
    expect(basesOf(zhang.id)).toEqual([]);
  });

  it('refuses a person of another branch, by name and ID number alike', () => {
    const { user } = branchWithMembers();
    const other = freshBranch();
    const qian = addPerson(other.id, '钱进', 'full', { idNumber: idNumber('1985-05-05') });
    const rows = [row('钱进', { idNumber: idNumber('1985-05-05') }), row('钱进')];
    expect(refusedWith(() => importBases(user, { effectiveMonth: '2026-01', assessedOn: '2026-01-06', rows }))).toEqual(
      [
        [rows[0].row, '姓名', '「钱进」不在本支部名册中'],
        [rows[1].row, '姓名', '「钱进」不在本支部名册中'],
      ],
    );
    expect(basesOf(qian.id)).toEqual([]);
  });

  it('changes a base set earlier in the year only with the reason', () => {
    const { user, zhang } = branchWithMembers();
    importBases(user, { effectiveMonth: '2026-01', assessedOn: '2026-01-06', rows: [row('张建国')] });
    const rows = [row('张建国', { baseFen: 600_000 })];
    expect(refusedWith(() => importBases(user, { effectiveMonth: '2026-07', assessedOn: '2026-07-01', rows }))).toEqual(
      [[rows[0].row, '', '张建国本年已核定过基数，年度中间调整请填写调整原因']],
    );
    importBases(user, { effectiveMonth: '2026-07', assessedOn: '2026-07-01', reason: '工资调整', rows });
    expect(basesOf(zhang.id).map((b) => [b.effectiveMonth, b.reason, b.deletedAt])).toEqual([
      ['2026-01', null, null],
      ['2026-07', '工资调整', null],
    ]);
  });
});

describe('GET /dues/ledger.xlsx and /dues/bases-template.xlsx', () => {
  const get = (path: string) => ledgerRoute.GET(new Request(`http://localhost${path}`));

  it('answers a member 403 and a signed-out reader 401, in plain text', async () => {
    const { branch } = branchWithMembers();
    setSessionUser(userOf(branch, 'member'));
    for (const response of [await get('/dues/ledger.xlsx?year=2026'), await templateRoute.GET()]) {
      expect(response.status).toBe(403);
      expect(await response.text()).toBe('无权访问');
    }
    signOut();
    expect((await get('/dues/ledger.xlsx?year=2026')).status).toBe(401);
  });

  it('exports the year: a prepaid month shows as paid, arrears in words, the totals the sum of the rows', async () => {
    const { branch, user, zhang } = branchWithMembers();
    const odd = addPerson(branch.id, '=1+1', 'full');
    importBases(user, { effectiveMonth: '2026-09', assessedOn: '2026-09-01', rows: [row('张建国'), row('=1+1')] });
    db.insert(duesPayments)
      .values(
        [
          { branchId: branch.id, personId: zhang.id, fromMonth: '2026-09', toMonth: '2026-12', paidOn: '2026-09-05' },
          { branchId: branch.id, personId: odd.id, fromMonth: '2026-09', toMonth: '2026-09', paidOn: '2026-09-30' },
        ].map((p) => ({
          ...p,
          amountFen: p.fromMonth === p.toMonth ? 4000 : 16_000,
          dueFen: 0,
          method: 'cash' as const,
        })),
      )
      .run();
    setSessionUser(userOf(branch, 'committee'));
    const response = await get('/dues/ledger.xlsx?year=2026');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toContain(
      encodeURIComponent(`${branch.name}2026年党费台账.xlsx`),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(duesSheetNames.ledger)!;
    const line = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    const names = [3, 4, 5, 6].map((r) => sheet.getCell(r, 2).value);
    expect(names).toEqual(["'=1+1", '张建国', '李梅', '王强']);
    // The odd name paid September only: October is over (欠交), November is due, December upcoming.
    expect(line(3).slice(13, 20)).toEqual([40, '欠交', undefined, undefined, 160, 40, 40]);
    // 张建国 paid September to December in September: December, still to come, shows as paid.
    expect(line(4).slice(13, 20)).toEqual([40, 40, 40, 40, 160, 160, 0]);
    // Admitted in February and never assessed: nothing owed in January, 未核定 after.
    expect(line(5).slice(5, 17)).toEqual([undefined, ...Array(11).fill('未核定')]);
    expect(line(7)[0]).toBe('合计');
    expect(line(7).slice(17)).toEqual([320, 200, 40]);
  });
});
