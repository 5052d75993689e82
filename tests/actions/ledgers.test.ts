/**
 * Branch-defined ledgers through their server actions: switching templates on and off, defining and
 * reshaping a ledger without orphaning what entries hold, entries with money in 分, tags of the ledger,
 * people of the branch, versions, soft delete, a member's view, and the all-or-nothing import.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import { expectRefusedWithNothingWritten } from '@/tests/support/refused';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/ledgers/actions');
const { listEntriesNaming, listLedgerEntries, listLedgers, templatesNotOn } = await import('@/db/queries/ledgers');
const { ledgerXlsx } = await import('@/lib/ledgers/ledger-xlsx');
const { mayReadAttachment } = await import('@/db/queries/attachment-readers');
const { ledgers, ledgerEntries } = await import('@/db/schema');
const f = await import('@/tests/support/fixtures');
const l = await import('@/tests/support/ledgers');
const m = await import('@/tests/support/meetings');
m.useTempUploadsDir();

const statisticsId = f.branchIdOf(f.statisticsBranchName);
const financeId = f.branchIdOf(f.financeBranchName);
const liu = f.personNamed('刘建军');
const wang = f.personNamed('王海燕');

const entryPayload = (ledgerId: number, overrides: Record<string, unknown> = {}) => ({
  ledgerId,
  date: '2025-06-30',
  title: '活动室改造',
  quantity: '80',
  amount: '1000.10',
  level: 'county',
  tags: ['甲'],
  personIds: [String(liu.id)],
  note: '',
  ...overrides,
});

describe('templates', () => {
  it('switches a template on once, with its shape; switched off it keeps its entries and leaves the offer', async () => {
    const shuji = await signInAs('shuji');
    l.freeTemplate(statisticsId, 'funds');
    expect(templatesNotOn(shuji).map((t) => t.code)).toContain('funds');
    expect(await callAction(actions.switchOnLedgerTemplate, { template: 'funds' })).toMatchObject({ ok: true });
    const funds = db
      .select()
      .from(ledgers)
      .where(and(eq(ledgers.branchId, statisticsId), eq(ledgers.template, 'funds')))
      .get()!;
    expect(funds).toMatchObject({ name: '党建工作经费', unit: '笔', hasAmount: true, tags: ['收入', '支出'] });
    expect(templatesNotOn(shuji).map((t) => t.code)).not.toContain('funds');
    const again = await expectRefusedWithNothingWritten(db, actions.switchOnLedgerTemplate, { template: 'funds' });
    expect(again.error).toContain('已在本支部的台账中');

    l.insertEntry(statisticsId, funds.id, { date: '2025-03-01' });
    expect(
      await callAction(actions.setLedgerArchived, { id: funds.id, version: funds.version, archived: 'true' }),
    ).toMatchObject({ ok: true });
    const listed = listLedgers(shuji, 2025).find((x) => x.id === funds.id)!;
    expect(listed).toMatchObject({ entries: 1, archivedAt: expect.any(String) });
    const closed = await expectRefusedWithNothingWritten(db, actions.createLedgerEntry, {
      ...entryPayload(funds.id),
      quantity: '',
      level: '',
      personIds: [],
      tags: ['支出'],
    });
    expect(closed.error).toContain('已停用');
  });
});

describe('the shape of a ledger', () => {
  it('refuses removing a tag in use, naming how many entries use it, and lets an unused one go', async () => {
    await signInAs('zuzhi');
    const ledger = l.insertLedger(statisticsId);
    l.insertEntry(statisticsId, ledger.id, { tags: ['甲'] });
    l.insertEntry(statisticsId, ledger.id, { tags: ['甲', '乙'] });
    l.insertEntry(statisticsId, ledger.id, { tags: ['丙'], deletedAt: '2025-06-01T00:00:00.000Z' });
    const payload = {
      id: ledger.id,
      version: ledger.version,
      name: ledger.name,
      unit: '项',
      description: '',
      quantityUnit: '平方米',
      hasAmount: 'on',
      hasPeople: 'on',
      hasLevel: 'on',
      hasAttachments: 'on',
    };
    const refused = await expectRefusedWithNothingWritten(db, actions.updateLedger, { ...payload, tags: '乙\n丙' });
    expect(refused.fieldErrors?.tags).toEqual(['标签「甲」已用于 2 条记录，不能删除；请先修改这些记录的标签']);
    // 丙 is used only by a removed entry: it may go.
    expect(await callAction(actions.updateLedger, { ...payload, tags: '甲、乙、丁' })).toMatchObject({ ok: true });
    expect(db.select().from(ledgers).where(eq(ledgers.id, ledger.id)).get()!.tags).toEqual(['甲', '乙', '丁']);
  });

  it('refuses switching off an amount entries hold, and a name the branch already has', async () => {
    await signInAs('zuzhi');
    const ledger = l.insertLedger(statisticsId);
    const other = l.insertLedger(statisticsId);
    l.insertEntry(statisticsId, ledger.id, { amountFen: 500 });
    const payload = {
      id: ledger.id,
      version: ledger.version,
      name: ledger.name,
      unit: '项',
      quantityUnit: '平方米',
      hasPeople: 'on',
      hasLevel: 'on',
      hasAttachments: 'on',
      tags: '甲\n乙\n丙',
    };
    const refused = await expectRefusedWithNothingWritten(db, actions.updateLedger, payload);
    expect(refused.fieldErrors?.hasAmount).toEqual(['已有 1 条记录登记了金额，不能取消；请先修改这些记录']);
    const same = await expectRefusedWithNothingWritten(db, actions.updateLedger, {
      ...payload,
      hasAmount: 'on',
      name: other.name,
    });
    expect(same.fieldErrors?.name).toEqual([`已有名为「${other.name}」的台账`]);
  });
});

describe('entries', () => {
  it('keeps the amount in 分 and the people named, and lists them with the totals of the year', async () => {
    const zuzhi = await signInAs('zuzhi');
    const ledger = l.insertLedger(statisticsId);
    expect(await callAction(actions.createLedgerEntry, entryPayload(ledger.id))).toMatchObject({
      ok: true,
      message: '记录已登记',
    });
    expect(
      await callAction(
        actions.createLedgerEntry,
        entryPayload(ledger.id, { title: '宣传栏', amount: '0.01', quantity: '', personIds: [], tags: [] }),
      ),
    ).toMatchObject({ ok: true });
    const rows = listLedgerEntries(zuzhi, ledger.id, 2025);
    expect(rows.map((r) => [r.title, r.amountFen, r.quantity, r.people.map((p) => p.name)])).toEqual([
      ['活动室改造', 100010, 80, ['刘建军']],
      ['宣传栏', 1, null, []],
    ]);
    expect(listLedgerEntries(zuzhi, ledger.id, 2025, { tag: '甲' }).map((r) => r.title)).toEqual(['活动室改造']);
    expect(listLedgerEntries(zuzhi, ledger.id, 2025, { personId: liu.id }).map((r) => r.title)).toEqual(['活动室改造']);
    expect(listLedgerEntries(zuzhi, ledger.id, 2025, { level: 'city' })).toEqual([]);
    expect(listLedgerEntries(zuzhi, ledger.id, 2024)).toEqual([]);
  });

  it('refuses a tag not of the ledger, an amount with three decimals, a value the ledger does not keep', async () => {
    await signInAs('zuzhi');
    const ledger = l.insertLedger(statisticsId);
    const tag = await expectRefusedWithNothingWritten(
      db,
      actions.createLedgerEntry,
      entryPayload(ledger.id, { tags: ['丁'] }),
    );
    expect(tag.fieldErrors?.tags).toEqual(['「丁」不是本台账的标签，请从甲、乙、丙中选择']);
    const money = await expectRefusedWithNothingWritten(
      db,
      actions.createLedgerEntry,
      entryPayload(ledger.id, { amount: '12.345' }),
    );
    expect(money.fieldErrors?.amount).toEqual(['金额最多保留两位小数（到分）']);
    const negative = await expectRefusedWithNothingWritten(
      db,
      actions.createLedgerEntry,
      entryPayload(ledger.id, { amount: '-3' }),
    );
    expect(negative.fieldErrors?.amount).toEqual(['金额不能为负数']);
    const plain = l.insertLedger(statisticsId, { hasAmount: false, hasLevel: false });
    const kept = await expectRefusedWithNothingWritten(db, actions.createLedgerEntry, entryPayload(plain.id));
    expect(Object.keys(kept.fieldErrors ?? {})).toEqual(['amount', 'level']);
  });

  it('refuses people and ledgers of another branch', async () => {
    await signInAs('zuzhi');
    const ledger = l.insertLedger(statisticsId);
    const stranger = f.personNamed('乔振宇');
    const person = await expectRefusedWithNothingWritten(
      db,
      actions.createLedgerEntry,
      entryPayload(ledger.id, { personIds: [String(stranger.id)] }),
    );
    expect(person.error).toBe('所选人员须为本支部人员');
    const foreign = l.insertLedger(financeId);
    await expectRefusedWithNothingWritten(db, actions.createLedgerEntry, entryPayload(foreign.id));
    const foreignEntry = l.insertEntry(financeId, foreign.id);
    await expectRefusedWithNothingWritten(db, actions.removeLedgerEntry, {
      id: foreignEntry.id,
      version: foreignEntry.version,
    });
  });

  it('refuses hostile input, writing nothing', async () => {
    await signInAs('shuji');
    const ledger = l.insertLedger(statisticsId);
    for (const overrides of [
      { title: '<script>alert(1)</script>\u0000' },
      { amount: '1; DROP TABLE ledger_entries; --' },
      { amount: '1e3' },
      { level: 'galactic' },
      { tags: ['甲', 'x'.repeat(21)] },
      { personIds: ['1 OR 1=1'] },
      { date: '2999-01-01' },
      { quantity: '-1' },
    ])
      await expectRefusedWithNothingWritten(db, actions.createLedgerEntry, entryPayload(ledger.id, overrides));
  });

  it('saves an edit only on the version it was made from, replacing the people named', async () => {
    await signInAs('zuzhi');
    const entry = l.insertEntry(statisticsId, undefined, {}, [liu.id]);
    const payload = {
      ...entryPayload(entry.ledgerId, { title: '改后的名称', personIds: [String(wang.id)] }),
      id: entry.id,
      version: entry.version,
    };
    expect(await callAction(actions.updateLedgerEntry, payload)).toMatchObject({ ok: true });
    expect(l.entryById(entry.id)).toMatchObject({ title: '改后的名称', amountFen: 100010, version: entry.version + 1 });
    expect(l.peopleOfEntry(entry.id)).toEqual([wang.id]);
    const stale = await expectRefusedWithNothingWritten(db, actions.updateLedgerEntry, { ...payload, title: '再改' });
    expect(stale.conflict).toBe(true);
  });

  it('removes an entry softly: it leaves the list and stays in the table', async () => {
    const zuzhi = await signInAs('zuzhi');
    const entry = l.insertEntry(statisticsId);
    const auditBefore = f.lastAuditId();
    expect(await callAction(actions.removeLedgerEntry, { id: entry.id, version: entry.version })).toMatchObject({
      ok: true,
    });
    expect(l.entryById(entry.id).deletedAt).not.toBeNull();
    expect(listLedgerEntries(zuzhi, entry.ledgerId, 2025)).toEqual([]);
    expect((await f.auditEntriesAfter(auditBefore)).map((a) => a.action)).toEqual(['ledger_entry.remove']);
    await expectRefusedWithNothingWritten(db, actions.removeLedgerEntry, { id: entry.id, version: entry.version + 1 });
  });
});

describe('what a member sees', () => {
  it('only the entries that name them', async () => {
    const dangyuan = await signInAs('dangyuan');
    const ledger = l.insertLedger(statisticsId);
    l.insertEntry(statisticsId, ledger.id, { title: '表彰王海燕', date: '2025-07-01' }, [wang.id]);
    l.insertEntry(statisticsId, ledger.id, { title: '表彰刘建军', date: '2025-07-01' }, [liu.id]);
    expect(listLedgerEntries(dangyuan, ledger.id, 2025).map((e) => e.title)).toEqual(['表彰王海燕']);
    expect(listEntriesNaming(dangyuan, wang.id, 2025).map((e) => e.title)).toContain('表彰王海燕');
    expect(listEntriesNaming(dangyuan, wang.id, 2025).map((e) => e.title)).not.toContain('表彰刘建军');
    const refused = await callAction(actions.createLedgerEntry, entryPayload(ledger.id));
    expect(refused).toMatchObject({ ok: false, error: '您没有执行此操作的权限' });
  });

  it('the files of those entries only', async () => {
    const dangyuan = await signInAs('dangyuan');
    const ledger = l.insertLedger(statisticsId);
    const own = l.insertEntry(statisticsId, ledger.id, {}, [wang.id]);
    const other = l.insertEntry(statisticsId, ledger.id, {}, [liu.id]);
    expect(mayReadAttachment(dangyuan, 'ledger_entries', own.id)).toBe(true);
    expect(mayReadAttachment(dangyuan, 'ledger_entries', other.id)).toBe(false);
    expect(mayReadAttachment(await signInAs('dangwei'), 'ledger_entries', other.id)).toBe(true);
  });
});

describe('files on entries', () => {
  it('are taken only by a ledger that keeps files, and keep it from switching files off', async () => {
    await signInAs('zuzhi');
    const plain = l.insertLedger(statisticsId, { hasAttachments: false });
    const refused = await expectRefusedWithNothingWritten(db, actions.uploadLedgerEntryAttachment, {
      entryId: l.insertEntry(statisticsId, plain.id).id,
      file: m.pngFile(),
    });
    expect(refused.error).toBe('本台账不登记附件');

    const ledger = l.insertLedger(statisticsId);
    const entry = l.insertEntry(statisticsId, ledger.id);
    expect(
      await callAction(actions.uploadLedgerEntryAttachment, { entryId: entry.id, file: m.pngFile() }),
    ).toMatchObject({ ok: true, message: '附件已上传' });
    const off = await expectRefusedWithNothingWritten(db, actions.updateLedger, {
      id: ledger.id,
      version: ledger.version,
      name: ledger.name,
      unit: '项',
      quantityUnit: '平方米',
      hasAmount: 'on',
      hasPeople: 'on',
      hasLevel: 'on',
      tags: '甲\n乙\n丙',
    });
    expect(off.fieldErrors?.hasAttachments).toEqual(['已有 1 条记录登记了附件，不能取消；请先修改这些记录']);
  });
});

describe('import', () => {
  const file = async (titles: string[], tag = '乙') =>
    new File(
      [
        new Uint8Array(
          await ledgerXlsx({
            title: '导入测试',
            shape: l.fullShape,
            entries: titles.map((title) => ({
              date: '2025-04-01',
              title,
              tags: [tag],
              level: null,
              people: ['刘建军'],
              quantity: null,
              amountFen: 1999,
              note: null,
            })),
          }),
        ),
      ],
      '台账.xlsx',
    );

  it('adds every row, then skips the rows already held', async () => {
    await signInAs('shuji');
    const ledger = l.insertLedger(statisticsId);
    expect(
      await callAction(actions.importLedgerEntries, { ledgerId: ledger.id, file: await file(['一', '二']) }),
    ).toMatchObject({
      ok: true,
      message: '导入完成：新增 2 条记录',
    });
    expect(
      await callAction(actions.importLedgerEntries, { ledgerId: ledger.id, file: await file(['一', '二', '三']) }),
    ).toMatchObject({ ok: true, message: '导入完成：新增 1 条记录，2 条已在台账中（日期和名称相同），未重复导入' });
    const rows = db.select().from(ledgerEntries).where(eq(ledgerEntries.ledgerId, ledger.id)).all();
    expect(rows.map((r) => [r.title, r.amountFen, r.tags])).toEqual([
      ['一', 1999, ['乙']],
      ['二', 1999, ['乙']],
      ['三', 1999, ['乙']],
    ]);
  });

  it('writes nothing when a row is refused, and names the row and column', async () => {
    await signInAs('shuji');
    const ledger = l.insertLedger(statisticsId);
    const refused = await expectRefusedWithNothingWritten(db, actions.importLedgerEntries, {
      ledgerId: ledger.id,
      file: await file(['一', '二'], '戊'),
    });
    expect(refused.error).toBe('文件中有 2 处问题，未导入任何数据。请按问题清单逐行修改后重新导入。');
    expect(refused.fieldErrors?.['台账明细!3!标签']).toEqual(['「戊」不是本台账的标签，请从甲、乙、丙中选择']);
  });
});
