/**
 * 确定入党介绍人 through the action reads the introducers' 党纪处分: a live 留党察看 covering the step's
 * date refuses the introducer, under 入党介绍人; one that has ended, a removed one, or another kind does not.
 */
import { describe, expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import { setSessionUser } from '@/tests/support/session';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/development/actions');
const fb = await import('@/tests/queries/fresh-branch');
const { personDisciplines } = await import('@/db/schema');
const { todayIso } = await import('@/lib/clock');
const { addDays } = await import('@/lib/dates');
const { developmentSteps } = await import('@/lib/development/steps');
type DisciplineKind = import('@/lib/people/model').DisciplineKind;

const today = todayIso();
const branch = fb.freshBranch('介绍人处分测试支部');
const secretary = fb.addAccount(branch, 'secretary');
const done = developmentSteps.findIndex((s) => s.code === 'introducers');
let serial = 0;

/** A 发展对象 whose steps up to 确定入党介绍人 are recorded, and two full members to introduce them. */
function candidateWithIntroducers() {
  const n = ++serial;
  const person = fb.addPerson(branch.id, `发展对象${n}`, 'candidate', { birthDate: '1995-05-05' });
  const steps = developmentSteps
    .slice(0, done)
    .map((s, i): [(typeof s)['code'], string] => [s.code, addDays(today, -30 - (done - 1 - i) * 10)]);
  const { record } = fb.addDevelopment(branch.id, person.id, steps);
  const introducer = fb.addPerson(branch.id, `介绍人甲${n}`, 'full');
  const other = fb.addPerson(branch.id, `介绍人乙${n}`, 'full');
  return { record, introducer, other };
}

function discipline(personId: number, kind: DisciplineKind, decidedOn: string, until: string | null, deleted = false) {
  db.insert(personDisciplines)
    .values({
      branchId: branch.id,
      personId,
      kind,
      decidedOn,
      until,
      decidedBy: '县纪委',
      deletedAt: deleted ? '2026-01-01T00:00:00.000Z' : null,
    })
    .run();
}

const nameIntroducers = (c: ReturnType<typeof candidateWithIntroducers>) =>
  callAction(actions.recordDevelopmentStep, {
    recordId: c.record.id,
    code: 'introducers',
    date: today,
    introducerIds: [c.introducer.id, c.other.id],
  });

describe('an introducer under 留党察看', () => {
  it('is refused while a live 留党察看 covers the day, and nothing is recorded', async () => {
    setSessionUser(secretary);
    const c = candidateWithIntroducers();
    discipline(c.introducer.id, 'probation', addDays(today, -100), addDays(today, 265));
    const before = tableChecksum(db);
    const result = await nameIntroducers(c);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { introducerIds: [expect.stringContaining(`${c.introducer.name} 正在受处分`)] },
    });
    expect(tableChecksum(db)).toEqual(before);
  });

  it('is accepted once the period has ended, when the record was removed, or for another kind', async () => {
    setSessionUser(secretary);
    const ended = candidateWithIntroducers();
    discipline(ended.introducer.id, 'probation', addDays(today, -366), addDays(today, -1));
    expect(await nameIntroducers(ended)).toMatchObject({ ok: true });

    const removed = candidateWithIntroducers();
    discipline(removed.introducer.id, 'probation', addDays(today, -100), addDays(today, 265), true);
    expect(await nameIntroducers(removed)).toMatchObject({ ok: true });

    const warned = candidateWithIntroducers();
    discipline(warned.introducer.id, 'serious_warning', addDays(today, -100), null);
    expect(await nameIntroducers(warned)).toMatchObject({ ok: true });
  });
});
