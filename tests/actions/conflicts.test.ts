/**
 * Two people editing the same record lose nothing. Two sessions take turns saving the same meeting, the
 * same rectification item and the same report section, 100 saves each, every one from the version the
 * session last saw. Each save after the other session's is stale: it must be refused as a conflict with
 * the other's change shown (a report section returns it as `current`; a meeting or an item shows it when
 * the page is reloaded after the refusal), leave the record as it was, and go through once the session
 * has reloaded and made its change again. Afterwards each accepted save is what the record held next,
 * and the audit log (and the section's revisions) chain every accepted save onto the one before it: no
 * accepted save was overwritten without its writer having seen it.
 */
import { and, asc, eq } from 'drizzle-orm';
import { expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/session-user';
import { type AnyAction, type CallOutcome, callAction } from '@/tests/support/call-action';
import { setSessionUser, signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const { auditLog, reportSectionRevisions } = await import('@/db/schema');
const { updateMeeting } = await import('@/app/(app)/meetings/actions');
const { updateRectification } = await import('@/app/(app)/rectification/actions');
const { saveReportSection } = await import('@/app/(app)/report/actions');
const f = await import('@/tests/support/fixtures');
const m = await import('@/tests/support/meetings');
const rx = await import('@/tests/support/rectification');
const rp = await import('@/tests/support/reports');

const turnsEach = 100;
const statisticsId = f.branchIdOf(f.statisticsBranchName);

type Fields = Record<string, unknown>;
/** What a session has on screen: the record's version and the fields it edits. */
type View = { version: number; fields: Fields };

type Editable = {
  action: AnyAction;
  /** The record as it is stored now, as a page (re)load shows it. */
  read: () => View;
  /** The save a session sends from what it has on screen. */
  payload: (view: View) => Fields;
  /** The field each of the two sessions edits. */
  edits: [string, string];
  /** The stored record as the refusal returns it, when the action returns one. */
  returned?: (outcome: CallOutcome) => View | undefined;
  /** The audit entries of the accepted saves, oldest first, as { before, after } views. */
  history: () => { before: View; after: View }[];
};

async function save(user: SessionUser, record: Editable, view: View) {
  setSessionUser(user);
  return callAction(record.action, record.payload(view));
}

/** Turns of two sessions: each stale save refused with the other's change, nothing lost. */
async function alternate(record: Editable, users: [SessionUser, SessionUser], label: string) {
  const views: [View, View] = [record.read(), record.read()];
  const accepted: View[] = [];
  let conflicts = 0;

  for (let turn = 0; turn < 2 * turnsEach; turn++) {
    const me = turn % 2;
    const other = 1 - me;
    const field = record.edits[me];
    const value = `${label}${me === 0 ? '甲' : '乙'}第${Math.floor(turn / 2) + 1}次`;
    const mine: View = { ...views[me], fields: { ...views[me].fields, [field]: value } };
    const storedBefore = record.read();

    let outcome = await save(users[me], record, mine);
    if (turn > 0) {
      // The other session saved since this one last loaded the record: the save is stale.
      const context = `${label} turn ${turn}`;
      expect(outcome, context).toMatchObject({
        ok: false,
        conflict: true,
        error: expect.stringContaining('已被他人修改'),
      });
      conflicts++;
      expect(record.read(), `${context}: the refused save changed nothing`).toEqual(storedBefore);
      // The other's change is in front of this session: returned with the refusal, or on reloading the page.
      const shown = record.returned ? record.returned(outcome) : record.read();
      expect(shown, `${context}: the other's change is shown`).toEqual(storedBefore);
      expect(shown!.fields[record.edits[other]], `${context}: the other's last save`).toEqual(
        accepted.at(-1)!.fields[record.edits[other]],
      );
      // This session makes its change again on what it now sees, and saves.
      views[me] = shown!;
      mine.version = shown!.version;
      mine.fields = { ...shown!.fields, [field]: value };
      outcome = await save(users[me], record, mine);
    }
    expect(
      'redirected' in outcome || outcome.ok,
      `${label} turn ${turn}: the save from the current version goes through: ${JSON.stringify(outcome)}`,
    ).toBe(true);
    const stored = record.read();
    expect(stored, `${label} turn ${turn}: what was accepted is what is stored`).toEqual({
      version: mine.version + 1,
      fields: mine.fields,
    });
    accepted.push(stored);
    views[me] = stored;
  }

  // Both sessions' last changes are there.
  const last = record.read();
  expect(last.fields[record.edits[0]]).toBe(`${label}甲第${turnsEach}次`);
  expect(last.fields[record.edits[1]]).toBe(`${label}乙第${turnsEach}次`);
  expect(conflicts).toBe(2 * turnsEach - 1);

  // Every accepted save was written over only by a save that had seen it.
  const history = record.history();
  expect(history.map((h) => h.after)).toEqual(accepted);
  for (let i = 1; i < history.length; i++)
    expect(history[i].before, `${label}: save ${i} started from save ${i - 1}`).toEqual(history[i - 1].after);
}

function pick(row: Record<string, unknown>, keys: string[]): View {
  return { version: row.version as number, fields: Object.fromEntries(keys.map((k) => [k, row[k]])) };
}

function auditHistory(action: string, entityId: number, keys: string[]) {
  return db
    .select({ before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id))
    .all()
    .map((row) => ({
      before: pick(row.before as Record<string, unknown>, keys),
      after: pick(row.after as Record<string, unknown>, keys),
    }));
}

it(`a meeting: ${turnsEach} saves each from two sessions, every stale one refused, nothing lost`, async () => {
  const shuji = await signInAs('shuji');
  const zuzhi = await signInAs('zuzhi');
  const id = m.insertMeeting(statisticsId, { topic: '冲突测试会议' }).id;
  const keys = ['topic', 'minutes'];

  await alternate(
    {
      action: updateMeeting,
      read: () => pick(m.meetingById(id), keys),
      payload: (view) => ({ ...m.editMeetingPayload(m.meetingById(id)), ...view.fields, version: view.version }),
      edits: ['topic', 'minutes'],
      history: () => auditHistory('meeting.update', id, keys),
    },
    [shuji, zuzhi],
    '会议',
  );
}, 60_000);

it(`a rectification item: ${turnsEach} saves each from two sessions, every stale one refused, nothing lost`, async () => {
  const shuji = await signInAs('shuji');
  const zuzhi = await signInAs('zuzhi');
  const responsible = f.personNamed('刘建军').id;
  const id = rx.insertItem(statisticsId, responsible, { problem: '冲突测试问题', measures: '冲突测试措施' }).id;
  const keys = ['problem', 'measures'];
  const payload = (view: View) => {
    const item = rx.itemById(id);
    return {
      id,
      version: view.version,
      aspect: item.aspect,
      source: item.source,
      sourceMeetingId: item.sourceMeetingId ?? '',
      sourceNote: item.sourceNote ?? '',
      responsiblePersonId: item.responsiblePersonId,
      foundDate: item.foundDate,
      deadline: item.deadline,
      ...view.fields,
    };
  };

  await alternate(
    {
      action: updateRectification,
      read: () => pick(rx.itemById(id), keys),
      payload,
      edits: ['problem', 'measures'],
      history: () => auditHistory('rectification.update', id, keys),
    },
    [shuji, zuzhi],
    '整改',
  );
}, 60_000);

it(`a report section: ${turnsEach} saves each from two sessions, every stale one refused with the text as it now is`, async () => {
  const shuji = await signInAs('shuji');
  const zuzhi = await signInAs('zuzhi');
  const report = rp.insertReport(statisticsId);
  const id = rp.insertSection(report.id, {
    assigneeId: f.accountNamed('zuzhi').id,
    heading: '冲突测试部分',
    body: '冲突测试正文',
  }).id;
  const keys = ['heading', 'body'];

  await alternate(
    {
      action: saveReportSection,
      read: () => pick(rp.sectionById(id), keys),
      payload: (view) => ({ id, version: view.version, ...view.fields }),
      edits: ['body', 'heading'],
      returned: (outcome) => {
        const current = 'current' in outcome ? (outcome.current as Record<string, unknown> | undefined) : undefined;
        return current ? pick(current, keys) : undefined;
      },
      history: () => auditHistory('report.section.save', id, keys),
    },
    [shuji, zuzhi],
    '述职',
  );

  // The section's revisions hold every accepted save, in order.
  const revisions = db
    .select({
      version: reportSectionRevisions.version,
      heading: reportSectionRevisions.heading,
      body: reportSectionRevisions.body,
    })
    .from(reportSectionRevisions)
    .where(eq(reportSectionRevisions.sectionId, id))
    .orderBy(asc(reportSectionRevisions.id))
    .all();
  const saved = auditHistory('report.section.save', id, keys).map((h) => ({
    version: h.after.version,
    ...h.after.fields,
  }));
  expect(revisions.slice(-saved.length)).toEqual(saved);
}, 60_000);
