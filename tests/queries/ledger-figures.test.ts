/**
 * The report's ledger figures (db/report/figures/sources/ledger.ts through computeFigures): a ledger's
 * entries dated in the year or a period — how many, their quantity, their money summed exactly in 分, the
 * people they name and 人次 — narrowed by tag, level and person, deleted entries never; `list.ledger`
 * writing the entries out; the picker's entries; and the explanation for what a ledger cannot count.
 * Over a new branch whose ledgers are inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const { figureCatalogue } = await import('@/db/report/figures/catalogue');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');

type LedgerValues = Partial<typeof s.ledgers.$inferInsert> & { name: string };
type EntryValues = Partial<typeof s.ledgerEntries.$inferInsert> & { date: string; people?: number[] };

const addLedger = (branchId: number, values: LedgerValues) =>
  db
    .insert(s.ledgers)
    .values({ branchId, ...values })
    .returning()
    .get();

let entryCount = 0;
function addEntry(ledger: { id: number; branchId: number }, { people = [], ...values }: EntryValues) {
  const entry = db
    .insert(s.ledgerEntries)
    .values({ branchId: ledger.branchId, ledgerId: ledger.id, title: `记录${++entryCount}`, ...values })
    .returning()
    .get();
  for (const personId of people)
    db.insert(s.ledgerEntryPeople).values({ entryId: entry.id, branchId: ledger.branchId, personId }).run();
  return entry;
}

const branch = fb.freshBranch('台账数字测试支部');
const zhang = fb.addPerson(branch.id, '张三');
const li = fb.addPerson(branch.id, '李四');
const wang = fb.addPerson(branch.id, '王五');

const honours = addLedger(branch.id, {
  name: '表彰台账',
  unit: '项',
  hasPeople: true,
  hasLevel: true,
  tags: ['先进基层党组织', '优秀共产党员', '其他表彰'],
});
const h1 = addEntry(honours, {
  date: '2026-03-01',
  title: '全县优秀共产党员',
  level: 'county',
  tags: ['优秀共产党员'],
  people: [zhang.id, li.id],
});
const h2 = addEntry(honours, {
  date: '2026-07-01',
  title: '全市优秀党务工作者',
  level: 'city',
  tags: ['其他表彰'],
  people: [zhang.id],
});
const h3 = addEntry(honours, {
  date: '2026-09-10',
  title: '市级先进基层党组织',
  level: 'city',
  tags: ['先进基层党组织'],
});
// Deleted, and dated last year: neither counts, nor do the people they name.
addEntry(honours, {
  date: '2026-05-01',
  tags: ['优秀共产党员'],
  people: [wang.id],
  deletedAt: '2026-05-02T00:00:00.000Z',
});
addEntry(honours, { date: '2025-12-31', tags: ['优秀共产党员'], people: [wang.id] });

const funds = addLedger(branch.id, { name: '经费台账', unit: '笔', hasAmount: true, tags: ['收入', '支出'] });
const f1 = addEntry(funds, { date: '2026-02-01', amountFen: 10, tags: ['支出'] });
const f2 = addEntry(funds, { date: '2026-08-01', amountFen: 20, tags: ['支出'] });
const f3 = addEntry(funds, { date: '2026-04-01', amountFen: 100_000, tags: ['收入'] });

const venues = addLedger(branch.id, { name: '阵地台账', unit: '处', quantityUnit: '平方米', hasAmount: true });
const v1 = addEntry(venues, { date: '2026-06-01', quantity: 120.5, amountFen: 8_000_000 });
const v2 = addEntry(venues, { date: '2026-10-01', quantity: 30 });

const retired = addLedger(branch.id, { name: '停用台账', archivedAt: '2026-11-01T00:00:00.000Z' });
const r1 = addEntry(retired, { date: '2026-01-10' });

const other = fb.freshBranch('台账数字测试另一支部');
const stranger = fb.addPerson(other.id, '外支部党员');
const otherLedger = addLedger(other.id, { name: '表彰台账', hasPeople: true, tags: ['优秀共产党员'] });
addEntry(otherLedger, { date: '2026-03-01', tags: ['优秀共产党员'], people: [stranger.id] });

const figure = (key: string) => computeFigures({ branchId: branch.id }, 2026, [key]).get(key)!;
function summary(key: string) {
  const f = figure(key);
  if ('problem' in f) return f;
  return { label: f.label, unit: f.unit, value: f.value, text: f.text, ids: f.records.map((r) => r.id) };
}

describe('ledger figures', () => {
  it('counts a ledger’s live entries dated in the year, in the ledger’s unit', () => {
    expect(summary(`ledger:ledger=${honours.id},measure=entries`)).toEqual({
      label: '表彰台账 项数',
      unit: '项',
      value: 3,
      text: '3',
      ids: [h1.id, h2.id, h3.id],
    });
    // entries is the measure when none is named
    expect(summary(`ledger:ledger=${honours.id}`)).toMatchObject({ value: 3 });
    expect(summary(`ledger:ledger=${funds.id}`)).toMatchObject({ label: '经费台账 笔数', unit: '笔', value: 3 });
  });

  it('counts the distinct people the entries name, and 人次', () => {
    expect(summary(`ledger:ledger=${honours.id},measure=people`)).toEqual({
      label: '表彰台账 人数',
      unit: '名',
      value: 2,
      text: '2',
      ids: [h1.id, h2.id],
    });
    expect(summary(`ledger:ledger=${honours.id},measure=times`)).toEqual({
      label: '表彰台账 人次',
      unit: '人次',
      value: 3,
      text: '3',
      ids: [h1.id, h2.id],
    });
  });

  it('sums the quantity in the ledger’s quantity unit', () => {
    expect(summary(`ledger:ledger=${venues.id},measure=quantity`)).toEqual({
      label: '阵地台账 数量合计',
      unit: '平方米',
      value: 150.5,
      text: '150.5',
      ids: [v1.id, v2.id],
    });
  });

  it('sums money exactly in 分 and writes it in 元', () => {
    expect(summary(`ledger:ledger=${funds.id},measure=amount,tag=支出`)).toEqual({
      label: '经费台账（支出） 金额合计',
      unit: '元',
      value: 0.3,
      text: '0.30',
      ids: [f1.id, f2.id],
    });
    expect(summary(`ledger:ledger=${funds.id},measure=amount`)).toMatchObject({
      value: 1000.3,
      text: '1000.30',
      ids: [f1.id, f3.id, f2.id],
    });
    expect(summary(`ledger:ledger=${venues.id},measure=amount`)).toMatchObject({ value: 80000, text: '8万' });
    expect(summary(`ledger:ledger=${funds.id},measure=amount,period=Q3`)).toMatchObject({ value: 0.2, text: '0.20' });
  });

  it('narrows to a tag, a level and a person the entries name', () => {
    expect(summary(`ledger:ledger=${honours.id},measure=people,tag=优秀共产党员`)).toEqual({
      label: '表彰台账（优秀共产党员） 人数',
      unit: '名',
      value: 2,
      text: '2',
      ids: [h1.id],
    });
    expect(summary(`ledger:ledger=${honours.id},level=city`)).toMatchObject({
      label: '表彰台账（市级） 项数',
      value: 2,
      ids: [h2.id, h3.id],
    });
    expect(summary(`ledger:ledger=${honours.id},level=national`)).toMatchObject({ value: 0, ids: [] });
    expect(summary(`ledger:ledger=${honours.id},person=${zhang.id}`)).toMatchObject({
      label: '表彰台账（张三） 项数',
      value: 2,
      ids: [h1.id, h2.id],
    });
    expect(summary(`ledger:ledger=${honours.id},person=${li.id},level=city`)).toMatchObject({
      label: '表彰台账（市级，李四） 项数',
      value: 0,
    });
    // a person named only on a deleted entry and on last year's
    expect(summary(`ledger:ledger=${honours.id},person=${wang.id}`)).toMatchObject({ value: 0, ids: [] });
  });

  it('narrows to a period of the year', () => {
    expect(summary(`ledger:ledger=${honours.id},period=H1`)).toMatchObject({
      label: '表彰台账 项数（上半年）',
      value: 1,
      ids: [h1.id],
    });
    expect(summary(`ledger:ledger=${honours.id},measure=people,period=Q3`)).toMatchObject({ value: 1, ids: [h2.id] });
  });

  it('still counts the entries of a switched-off ledger', () => {
    expect(summary(`ledger:ledger=${retired.id}`)).toMatchObject({ value: 1, ids: [r1.id] });
  });

  it('links each entry to its ledger', () => {
    const f = figure(`ledger:ledger=${honours.id},level=city`);
    expect('records' in f && f.records).toEqual([
      { id: h2.id, title: '全市优秀党务工作者', date: '2026-07-01', href: `/ledgers/${honours.id}#entry-${h2.id}` },
      { id: h3.id, title: '市级先进基层党组织', date: '2026-09-10', href: `/ledgers/${honours.id}#entry-${h3.id}` },
    ]);
    expect(f).toMatchObject({ recordsPermission: 'ledgers.read_all' });
  });

  it('explains what a ledger cannot count', () => {
    expect(summary('ledger')).toEqual({ key: 'ledger', problem: '请用 ledger 指定台账（台账的编号）' });
    expect(summary('ledger:ledger=abc')).toMatchObject({ problem: '本支部没有编号为“abc”的台账' });
    expect(summary(`ledger:ledger=${otherLedger.id}`)).toMatchObject({
      problem: `本支部没有编号为“${otherLedger.id}”的台账`,
    });
    expect(summary(`ledger:ledger=${honours.id},measure=sum`)).toMatchObject({
      problem:
        '台账的统计方式（measure）只能是 entries（条数）、quantity（数量合计）、amount（金额合计）、people（人数）、times（人次）',
    });
    expect(summary(`ledger:ledger=${honours.id},measure=quantity`)).toMatchObject({
      problem: '台账“表彰台账”的记录不记数量，不能统计数量合计',
    });
    expect(summary(`ledger:ledger=${honours.id},measure=amount`)).toMatchObject({
      problem: '台账“表彰台账”的记录不记金额，不能统计金额合计',
    });
    expect(summary(`ledger:ledger=${funds.id},measure=times`)).toMatchObject({
      problem: '台账“经费台账”的记录不记人员，不能统计人次',
    });
    expect(summary(`ledger:ledger=${honours.id},tag=劳动模范`)).toMatchObject({
      problem: '台账“表彰台账”没有“劳动模范”这个标签，可用：先进基层党组织、优秀共产党员、其他表彰',
    });
    expect(summary(`ledger:ledger=${venues.id},tag=宣传栏`)).toMatchObject({
      problem: '台账“阵地台账”的记录不分标签，不能按“宣传栏”统计',
    });
    expect(summary(`ledger:ledger=${honours.id},level=province`)).toMatchObject({
      problem: '级别（level）只能是 national（国家级）、provincial（省级）、city（市级）、county（县级）、unit（单位）',
    });
    expect(summary(`ledger:ledger=${funds.id},level=city`)).toMatchObject({
      problem: '台账“经费台账”的记录不记级别，不能按级别统计',
    });
    expect(summary(`ledger:ledger=${honours.id},person=${stranger.id}`)).toMatchObject({
      problem: `本支部没有编号为“${stranger.id}”的人员`,
    });
    expect(summary(`ledger:ledger=${funds.id},person=${zhang.id}`)).toMatchObject({
      problem: '台账“经费台账”的记录不记人员，不能按人员统计',
    });
  });
});

describe('list.ledger', () => {
  it('writes the entries out with their level, joined with ；', () => {
    expect(summary(`list.ledger:ledger=${honours.id}`)).toEqual({
      label: '表彰台账清单',
      unit: '项',
      value: 3,
      text: '全县优秀共产党员（县级）；全市优秀党务工作者（市级）；市级先进基层党组织（市级）',
      ids: [h1.id, h2.id, h3.id],
    });
    expect(summary(`list.ledger:ledger=${honours.id},tag=优秀共产党员`)).toMatchObject({
      label: '表彰台账（优秀共产党员）清单',
      text: '全县优秀共产党员（县级）',
    });
    expect(summary(`list.ledger:ledger=${venues.id},period=H1`)).toMatchObject({ text: v1.title });
    expect(summary(`list.ledger:ledger=${honours.id},tag=其他表彰,period=H1`)).toMatchObject({ value: 0, text: '无' });
    expect(summary(`list.ledger:ledger=${honours.id},measure=people`)).toMatchObject({
      problem: '“list.ledger”不支持参数“measure”',
    });
  });
});

describe('the picker', () => {
  const catalogue = figureCatalogue({ branchId: branch.id });
  const offered = (group: string, ledger: { id: number }) =>
    catalogue
      .filter((e) => e.group === group && new RegExp(`ledger=${ledger.id}(,|$)`).test(e.key))
      .map((e) => [e.key, e.label]);

  it('offers what each live ledger records, and each of its tags by what it counts', () => {
    expect(offered('自定义台账', honours)).toEqual([
      [`ledger:ledger=${honours.id},measure=entries`, '表彰台账 项数'],
      [`ledger:ledger=${honours.id},measure=people`, '表彰台账 人数'],
      [`ledger:ledger=${honours.id},measure=times`, '表彰台账 人次'],
      [`ledger:ledger=${honours.id},measure=people,tag=先进基层党组织`, '表彰台账（先进基层党组织） 人数'],
      [`ledger:ledger=${honours.id},measure=people,tag=优秀共产党员`, '表彰台账（优秀共产党员） 人数'],
      [`ledger:ledger=${honours.id},measure=people,tag=其他表彰`, '表彰台账（其他表彰） 人数'],
    ]);
    expect(offered('自定义台账', funds)).toEqual([
      [`ledger:ledger=${funds.id},measure=entries`, '经费台账 笔数'],
      [`ledger:ledger=${funds.id},measure=amount`, '经费台账 金额合计'],
      [`ledger:ledger=${funds.id},measure=amount,tag=收入`, '经费台账（收入） 金额合计'],
      [`ledger:ledger=${funds.id},measure=amount,tag=支出`, '经费台账（支出） 金额合计'],
    ]);
    expect(offered('自定义台账', venues).map(([key]) => key)).toEqual([
      `ledger:ledger=${venues.id},measure=entries`,
      `ledger:ledger=${venues.id},measure=quantity`,
      `ledger:ledger=${venues.id},measure=amount`,
    ]);
    expect(offered('自定义台账', retired)).toEqual([]);
  });

  it('offers each live ledger’s list, whole and by tag', () => {
    expect(offered('列表', funds)).toEqual([
      [`list.ledger:ledger=${funds.id}`, '经费台账清单'],
      [`list.ledger:ledger=${funds.id},tag=收入`, '经费台账（收入）清单'],
      [`list.ledger:ledger=${funds.id},tag=支出`, '经费台账（支出）清单'],
    ]);
    expect(offered('列表', retired)).toEqual([]);
  });
});
