/**
 * No action takes another branch's record by a nested id: for every action of the action table, each id
 * its input names besides the record itself (a person, a meeting, a project, an output type, an account
 * …, also inside the rows of a list and in the optional fields its valid input leaves out) is replaced,
 * one at a time, by the id of such a record of a branch in another committee. Every such call must be
 * refused and write nothing. A field whose kind this file does not know fails the test: add it below.
 */
import { expect, it, vi } from 'vitest';
import { callAction, refusal } from '@/tests/support/call-action';
import { setSessionUser, signInAs } from '@/tests/support/session';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const schema = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const m = await import('@/tests/support/meetings');
m.useTempUploadsDir();
const { actionTable, discoverActions } = await import('@/tests/support/action-table');
const { seedMirrorBranch } = await import('@/tests/support/mirror-branch');
const actions = await discoverActions();
const mirror = seedMirrorBranch();

type Kind = keyof typeof tables;
const tables = {
  person: schema.people,
  meeting: schema.meetings,
  meetingKind: schema.meetingKinds,
  project: schema.projects,
  activity: schema.projectActivities,
  category: schema.workOutputCategories,
  outputType: schema.outputTypes,
  notice: schema.notices,
  letter: schema.commitmentLetters,
  aspect: schema.integrityAspects,
  rectificationItem: schema.rectificationItems,
  record: schema.developmentRecords,
  step: schema.developmentStepRecords,
  report: schema.reports,
  section: schema.reportSections,
  comment: schema.reportReviewComments,
  group: schema.partyGroups,
  account: schema.accounts,
  ledger: schema.ledgers,
  ledgerEntry: schema.ledgerEntries,
};

/** One record of each kind in the other committee's branch. */
const foreign = Object.fromEntries(
  Object.entries(tables).map(([kind, table]) => {
    const row =
      'branchId' in table
        ? db.select({ id: table.id }).from(table).where(eq(table.branchId, mirror.branchId)).get()
        : undefined;
    if (!row) throw new Error(`the mirror branch has no ${kind}`);
    return [kind, row.id];
  }),
) as Record<Kind, number>;
/** A branch is a record too: the other tree's branch, which no transfer may reach. */
const foreignBranch = mirror.branchId;

/** What each id field names. */
const kindOfField: Record<string, Kind | 'branch'> = {
  personId: 'person',
  responsiblePersonId: 'person',
  partnerId: 'person',
  initiatorId: 'person',
  talkerId: 'person',
  hostId: 'person',
  recorderId: 'person',
  lecturerId: 'person',
  personIds: 'person',
  participantIds: 'person',
  memberIds: 'person',
  contactIds: 'person',
  introducerIds: 'person',
  meetingId: 'meeting',
  sourceMeetingId: 'meeting',
  kindId: 'meetingKind',
  projectId: 'project',
  activityId: 'activity',
  categoryId: 'category',
  outputTypeId: 'outputType',
  noticeId: 'notice',
  letterId: 'letter',
  aspectId: 'aspect',
  itemId: 'rectificationItem',
  recordId: 'record',
  stepId: 'step',
  reportId: 'report',
  afterId: 'section',
  commentId: 'comment',
  intoId: 'group',
  toBranchId: 'branch',
  groupId: 'group',
  assigneeId: 'account',
  ledgerId: 'ledger',
  entryId: 'ledgerEntry',
};

/** Optional id fields an action takes that its valid input leaves out. */
const optionalIdFields: Record<string, string[]> = {
  recordDevelopmentStep: ['talkerId', 'contactIds', 'introducerIds', 'meetingId'],
};

/** Id fields that are not a record of the caller's branch by design. */
const notBranchRecords = new Set(['branchId']);

const isIdField = (key: string) => /Ids?$/.test(key) && !notBranchRecords.has(key);

type Variant = { field: string; payload: Record<string, unknown> };

/** The payload with one id replaced by the foreign one: top-level fields, and fields of list rows (arrays or JSON text). */
function variants(action: string, payload: Record<string, unknown>): Variant[] {
  const out: Variant[] = [];
  const idOf = (field: string) => {
    const kind = kindOfField[field];
    if (!kind)
      throw new Error(
        `${action}: no kind for the id field "${field}": add it to kindOfField in tests/actions/foreign-ids.test.ts`,
      );
    return kind === 'branch' ? foreignBranch : foreign[kind];
  };
  const keys = new Set([...Object.keys(payload), ...(optionalIdFields[action] ?? [])]);
  for (const key of keys) {
    const value = payload[key];
    if (isIdField(key)) {
      out.push({ field: key, payload: { ...payload, [key]: key.endsWith('Ids') ? [idOf(key)] : idOf(key) } });
      continue;
    }
    const rows = Array.isArray(value)
      ? value
      : typeof value === 'string' && value.startsWith('[')
        ? (JSON.parse(value) as unknown[])
        : null;
    const first = rows?.[0];
    if (!first || typeof first !== 'object') continue;
    for (const inner of Object.keys(first).filter(isIdField)) {
      const changed = [{ ...(first as Record<string, unknown>), [inner]: idOf(inner) }, ...rows!.slice(1)];
      out.push({
        field: `${key}[].${inner}`,
        payload: { ...payload, [key]: Array.isArray(value) ? changed : JSON.stringify(changed) },
      });
    }
  }
  return out;
}

it('refuses, writing nothing, every nested id of another branch in every action', async () => {
  const checked: string[] = [];
  for (const [name, row] of Object.entries(actionTable)) {
    if (row.allowed.length === 0) continue;
    const user = await signInAs(row.allowed[0]);
    setSessionUser(user);
    const base = row.payload(user) as Record<string, unknown>;
    for (const { field, payload } of variants(name, base)) {
      const before = tableChecksum(db);
      const result = await callAction(actions.get(name)!, payload);
      expect
        .soft(refusal(result), `${name}: ${field} of another branch is refused: ${JSON.stringify(result)}`)
        .not.toBeNull();
      expect
        .soft(tableChecksum(db).checksum, `${name}: ${field} of another branch writes nothing`)
        .toBe(before.checksum);
      checked.push(`${name}.${field}`);
    }
  }
  // The table grows with the app; these are some of the ids it must keep covering.
  expect(checked).toEqual(
    expect.arrayContaining([
      'recordDevelopmentStep.talkerId',
      'recordActivity.participantIds',
      'createMeeting.attendance[].personId',
      'uploadRectificationEvidence.itemId',
    ]),
  );
}, 120_000);
