/**
 * 党纪处分 on the member page: recorded, corrected and removed by the committee through the actions,
 * with 留党察看's period turned into its last day, refusals that write nothing, the reason masked in
 * the audit — and private: nobody without `members.read_private` (a 党员 on their own page, a
 * reviewer) receives any of it.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import { expectRefusedWithNothingWritten } from '@/tests/support/refused';
import { stubClientComponents } from '@/tests/support/server-pages';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
stubClientComponents();
const { createDiscipline, removeDiscipline, updateDiscipline } = await import('@/app/(app)/members/actions');
const { default: PersonPage } = await import('@/app/(app)/members/[id]/page');
const { listDisciplines } = await import('@/db/queries/discipline');
const { people, personDisciplines } = await import('@/db/schema');
const { addDays, addYears } = await import('@/lib/dates');
const { todayIso } = await import('@/lib/clock');
const f = await import('@/tests/support/fixtures');

const today = todayIso();
const member = f.personNamed('刘建军');
const record = (id: number) => db.select().from(personDisciplines).where(eq(personDisciplines.id, id)).get()!;
const newest = () => db.select().from(personDisciplines).orderBy(personDisciplines.id).all().at(-1)!;

const probation = (overrides: Record<string, unknown> = {}) => ({
  personId: member.id,
  kind: 'probation',
  probationYears: '2',
  decidedOn: '2025-03-10',
  decidedBy: '县纪委',
  reason: '违反组织纪律',
  ...overrides,
});

describe('recording a 党纪处分', () => {
  it('turns 留党察看 for two years into its last day, records who entered it, and masks the reason in the audit', async () => {
    const zuzhi = await signInAs('zuzhi');
    const before = f.lastAuditId();
    expect(await callAction(createDiscipline, probation())).toMatchObject({ ok: true, message: '党纪处分已登记' });
    const row = newest();
    expect(row).toMatchObject({
      personId: member.id,
      branchId: member.branchId,
      kind: 'probation',
      decidedOn: '2025-03-10',
      until: '2027-03-09',
      decidedBy: '县纪委',
      reason: '违反组织纪律',
      recordedBy: zuzhi.accountId,
      deletedAt: null,
    });
    const [entry] = await f.auditEntriesAfter(before);
    expect(entry).toMatchObject({ action: 'discipline.create', entity: 'person_disciplines', entityId: row.id });
    expect(entry.after).toMatchObject({ kind: 'probation', until: '2027-03-09' });
    expect(JSON.stringify(entry.after)).not.toContain('违反组织纪律');
  });

  it('keeps no period for the other kinds', async () => {
    await signInAs('shuji');
    const result = await callAction(createDiscipline, probation({ kind: 'serious_warning', probationYears: '' }));
    expect(result).toMatchObject({ ok: true });
    expect(newest()).toMatchObject({ kind: 'serious_warning', until: null });
  });

  it('refuses 留党察看 without a period, a period on another kind, a future date and a non-member, writing nothing', async () => {
    await signInAs('shuji');
    const noPeriod = await expectRefusedWithNothingWritten(db, createDiscipline, probation({ probationYears: '' }));
    expect(noPeriod.fieldErrors?.probationYears).toEqual(['留党察看须选择察看期限（一年或两年）']);
    const periodOnWarning = await expectRefusedWithNothingWritten(
      db,
      createDiscipline,
      probation({ kind: 'warning', probationYears: '1' }),
    );
    expect(periodOnWarning.fieldErrors?.probationYears).toEqual(['只有留党察看有察看期限，其他处分请留空']);
    const tomorrow = await expectRefusedWithNothingWritten(
      db,
      createDiscipline,
      probation({ decidedOn: addDays(today, 1) }),
    );
    expect(tomorrow.fieldErrors?.decidedOn).toEqual(['处分决定日期不能晚于今天']);
    const masses = db
      .insert(people)
      .values({ branchId: member.branchId, name: '群众测试', gender: 'female', politicalStatus: 'masses' })
      .returning()
      .get();
    const nonMember = await expectRefusedWithNothingWritten(db, createDiscipline, probation({ personId: masses.id }));
    expect(nonMember.error).toBe('党纪处分只适用于党员，此人不是党员');
  });

  it('refuses a person of another branch as not found', async () => {
    await signInAs('caizheng');
    await expectRefusedWithNothingWritten(db, createDiscipline, probation());
  });
});

describe('correcting and removing', () => {
  it('edits with the version read, refuses a stale one, and removes softly', async () => {
    await signInAs('shuji');
    await callAction(createDiscipline, probation({ probationYears: '1', reason: '原事由' }));
    const row = newest();
    const edit = {
      id: row.id,
      version: row.version,
      kind: 'probation',
      probationYears: '2',
      decidedOn: '2025-04-01',
      decidedBy: '县纪委',
      reason: '更正后的事由',
    };
    expect(await callAction(updateDiscipline, edit)).toMatchObject({ ok: true });
    expect(record(row.id)).toMatchObject({ decidedOn: '2025-04-01', until: addDays(addYears('2025-04-01', 2), -1) });

    const stale = await expectRefusedWithNothingWritten(db, updateDiscipline, edit);
    expect(stale.conflict).toBe(true);

    const shuji = await signInAs('shuji');
    expect(await callAction(removeDiscipline, { id: row.id, version: row.version + 1 })).toMatchObject({ ok: true });
    expect(record(row.id).deletedAt).not.toBeNull();
    expect(listDisciplines(shuji, member.id)!.map((d) => d.id)).not.toContain(row.id);
    await expectRefusedWithNothingWritten(db, removeDiscipline, { id: row.id, version: row.version + 2 });
  });
});

describe('privacy', () => {
  const secret = '隐私测试事由';
  const wang = f.personNamed('王海燕');

  /** Everything the member page hands to its components, as text. */
  async function pageData(personId: number) {
    const page = await PersonPage({
      params: Promise.resolve({ id: String(personId) }),
      searchParams: Promise.resolve({}),
    });
    return JSON.stringify(page);
  }

  it('shows the records to the committee and to nobody without members.read_private', async () => {
    await signInAs('shuji');
    await callAction(createDiscipline, probation({ personId: wang.id, reason: secret, decidedBy: '隐私测试纪委' }));
    expect(await pageData(wang.id)).toContain(secret);

    // 王海燕 herself (党员) on her own page: her ID number, but not her 党纪处分.
    const dangyuan = await signInAs('dangyuan');
    expect(dangyuan.personId).toBe(wang.id);
    const own = await pageData(wang.id);
    expect(own).not.toContain(secret);
    expect(own).not.toContain('隐私测试纪委');
    expect(listDisciplines(dangyuan, wang.id)).toBeNull();

    const reviewer = await signInAs('dangwei');
    expect(listDisciplines(reviewer, wang.id)).toBeNull();
    expect(await pageData(wang.id)).not.toContain(secret);
  });

  it('answers a 党员 calling the actions with the refusal only', async () => {
    await signInAs('dangyuan');
    const row = newest();
    const result = await expectRefusedWithNothingWritten(db, updateDiscipline, { id: row.id, version: row.version });
    expect(JSON.stringify(result)).not.toContain(secret);
  });
});
