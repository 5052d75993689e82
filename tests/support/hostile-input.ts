/**
 * Generators of malformed input for every server action (tests/actions/hostile-input.test.ts).
 *
 * INVALID BY CONSTRUCTION. Each generated payload starts from the action's valid payload
 * (tests/support/action-table.ts) and corrupts at least one field with a value that is wrong for that
 * field whatever the other fields hold: a missing or blank required field, a value of the wrong type, a
 * string that is too long (1 MB) or holds control characters, an impossible date, an unknown enum value,
 * a number out of range, a record id or version that points at nothing. Which values are wrong depends on
 * the field, so every field of every action has a spec (`fieldSpecs` by name, `actionFieldSpecs` where an
 * action means something else by the same name); the test fails for a field with no spec. Optional fields
 * are only ever corrupted with values that are wrong even for an optional field (never with a blank).
 * Values that are hostile but valid (SQL, HTML and script text in a free-text field, an emoji, a
 * right-to-left override) go into the OTHER fields as noise: they may be stored when the rest is valid, so
 * they never count as the corruption. A payload sent as FormData is corrupted only with values that stay
 * wrong once they are strings (a number in a text field becomes a valid "5"); and payloads of the wrong
 * shape altogether (null, an array, a Map, a FormData-like object with methods and no fields …) are wrong
 * because every action has at least one required field.
 */
import fc from 'fast-check';

export type FieldSpec =
  | {
      kind: 'id';
      required: boolean /** A record that does not exist must be refused (by the handler). */;
      ref: boolean;
    }
  | { kind: 'version' }
  | {
      kind: 'text';
      required: boolean;
      max?: number /** Further strings that are wrong for this field. */;
      bad?: string[];
    }
  | { kind: 'date'; required: boolean /** Must not be later than today. */; past?: boolean }
  | { kind: 'month' }
  | { kind: 'enum'; required: boolean }
  | { kind: 'number'; required: boolean /** Numbers out of the field's range or precision. */; bad: number[] }
  | { kind: 'checkbox' }
  | { kind: 'jsonList'; rows: 'attendance' | 'removals' | 'quantities' }
  | {
      kind: 'idList';
      max: number /** People who do not exist must be refused (not: fields some step codes ignore). */;
      ref?: boolean;
    }
  | { kind: 'time' }
  | { kind: 'tags' }
  | { kind: 'file'; roster?: boolean };

const id = (required = true, ref = required): FieldSpec => ({ kind: 'id', required, ref });
const text = (required: boolean, max?: number, bad?: string[]): FieldSpec => ({ kind: 'text', required, max, bad });
const date = (required: boolean, past = false): FieldSpec => ({ kind: 'date', required, past });
const enumeration = (required = true): FieldSpec => ({ kind: 'enum', required });
const number = (required: boolean, bad: number[]): FieldSpec => ({ kind: 'number', required, bad });
const count = (max: number) => number(false, [-1, max + 1, 1e9]);
/** 元 with at most two decimals (kept in 分), not negative, at most 1亿. */
const yuan = (required: boolean) => number(required, [-1, -0.01, 1.005, 100_000_000.01, 1e11]);
const month: FieldSpec = { kind: 'month' };

/** A password that breaks the rules: too short, no digit, no letter, too long. */
const badPasswords = ['short1', 'abcdefghij', '1234567890', `A1${'x'.repeat(63)}`];

/** The spec of a field by its name, for every action that uses the name in the common way. */
export const fieldSpecs: Record<string, FieldSpec> = {
  // Record ids the action writes to or points at: required, and one that does not exist is refused.
  ...Object.fromEntries(
    [
      'id',
      'personId',
      'meetingId',
      'stepId',
      'recordId',
      'reportId',
      'commentId',
      'responsiblePersonId',
      'projectId',
      'activityId',
      'aspectId',
      'categoryId',
      'letterId',
      'itemId',
      'noticeId',
      'kindId',
      'initiatorId',
      'partnerId',
      'branchId',
      'intoId',
      'ledgerId',
      'entryId',
    ].map((name) => [name, id()]),
  ),
  // Optional references: blank is fine, a malformed or unknown id is not.
  ...Object.fromEntries(
    ['groupId', 'hostId', 'recorderId', 'lecturerId', 'afterId', 'assigneeId', 'sourceMeetingId'].map((name) => [
      name,
      id(false, true),
    ]),
  ),
  talkerId: id(false, false),
  version: { kind: 'version' },

  name: text(true),
  ethnicity: text(true, 20),
  topic: text(true, 100),
  heading: text(true, 100),
  title: text(true),
  aspect: text(true),
  problem: text(true, 1000),
  content: text(true),
  responsible: text(true, 60),
  signer: text(true, 40),
  counterpart: text(true, 60),
  unit: text(true),
  reason: text(true, 200),
  text: text(true, 40),
  // A figure that no report has: stored as an override it would be junk.
  figureKey: text(true, 200, ['no.such.figure', "notices'; DROP TABLE reports;--", '<script>alert(1)</script>']),
  body: text(true, 2000),
  post: text(false, 40),
  address: text(false, 120),
  place: text(false, 60),
  agenda: text(false, 2000),
  minutes: text(false, 20000),
  decisions: text(false, 5000),
  note: text(false, 500),
  evidence: text(false, 5000),
  reviewNote: text(false, 500),
  measures: text(false, 2000),
  sourceNote: text(false, 100),
  preamble: text(false, 50_000),
  confirmed: text(false, 40),
  partner: text(false, 60),
  goal: text(false, 2000),
  description: text(false, 5000),
  result: text(false, 200),
  username: text(true, 32, ['A', 'ab', '张三', 'Admin', '1abc', 'shuji', "admin'--", '<b>x</b>', 'a b c']),
  phone: text(false, 20, ['123', '1394831000a', '+86 139 4831 0000', '1234567890']),
  idNumber: text(false, 18, ['12345', 'ABCDEFGHIJKLMNOPQR', '000000000000000000']),
  initialPassword: text(true, 64, badPasswords),
  newPassword: text(true, 64, badPasswords),
  confirmPassword: text(true, 64, ['NotTheSame2024', 'changed2024']),
  currentPassword: text(true),

  date: date(true),
  startDate: date(true),
  foundDate: date(true, true),
  deadline: date(true),
  birthDate: date(false, true),
  probationaryDate: date(false, true),
  fullMemberDate: date(false, true),
  recordsFrom: date(false, true),
  endDate: date(false),

  ...Object.fromEntries(
    [
      'gender',
      'politicalStatus',
      'role',
      'status',
      'attendeeScope',
      'code',
      'from',
      'direction',
      'grade',
      'category',
      'counterpartKind',
      'disabled',
      'archived',
      'source',
    ].map((name) => [name, enumeration()]),
  ),
  education: enumeration(false),
  committeeTitle: enumeration(false),
  period: enumeration(false),

  year: number(true, [2020, 1999, 2100, 2021.5, -2025, 0]),
  minCount: number(true, [-1, 32, 1.5]),
  noticeWorkingDays: number(true, [-1, 31, 2.5]),
  level: number(true, [0, 3, -1, 1.5]),
  numbered: enumeration(),
  position: number(true, [0, -1, 1.5, 501]),
  quantity: number(false, [0, -1, -0.01, 100_001, 1.005]),
  seminarMaterials: count(999),
  exchangeArticles: count(999),
  otherParticipants: number(false, [-1, 100_001, 1.5]),
  budget: number(false, [-1, 1e11]),
  days: count(365),
  hours: count(1000),
  expectedVoting: count(9999),
  present: count(9999),
  yes: count(9999),
  no: count(9999),
  abstain: count(9999),
  extensionMonths: count(24),

  hasVote: { kind: 'checkbox' },
  complete: { kind: 'checkbox' },
  secrecyChecked: { kind: 'checkbox' },
  noticeFourEyes: { kind: 'checkbox' },

  attendance: { kind: 'jsonList', rows: 'attendance' },
  removedAttendees: { kind: 'jsonList', rows: 'removals' },
  targets: { kind: 'jsonList', rows: 'quantities' },
  outputs: { kind: 'jsonList', rows: 'quantities' },
  memberIds: { kind: 'idList', max: 500, ref: true },
  participantIds: { kind: 'idList', max: 500, ref: true },
  personIds: { kind: 'idList', max: 500, ref: true },
  contactIds: { kind: 'idList', max: 5 },
  introducerIds: { kind: 'idList', max: 5 },
  startTime: { kind: 'time' },
  endTime: { kind: 'time' },
  placeTags: { kind: 'tags' },
  file: { kind: 'file' },
};

/** Where an action means something else by a field name, or takes optional fields its valid payload leaves out. */
export const actionFieldSpecs: Record<string, Record<string, FieldSpec>> = {
  createPerson: { name: text(true, 20), unit: text(false, 60) },
  updatePerson: { name: text(true, 20), unit: text(false, 60) },
  createTalk: { kind: enumeration(), date: date(true, true) },
  addMeetingKind: { name: text(true, 20) },
  createGroup: { name: text(true, 20) },
  renameGroup: { name: text(true, 20) },
  createProject: projectExtras(),
  updateProject: projectExtras(),
  recordActivity: activityExtras(),
  updateActivity: activityExtras(),
  recordDevelopmentStep: {
    // Fields some step codes take and others ignore: only values wrong for every code.
    meetingId: id(false, false),
    talkerId: id(false, false),
    note: text(false, 500),
    place: text(false, 60),
    result: text(false, 200),
    contactIds: { kind: 'idList', max: 5 },
    introducerIds: { kind: 'idList', max: 5 },
    days: count(365),
    hours: count(1000),
    expectedVoting: count(9999),
    present: count(9999),
    yes: count(9999),
    no: count(9999),
    abstain: count(9999),
    extensionMonths: count(24),
    // Only 第19步 takes a 党小组, and then only one of the branch's: a group that does not exist is wrong for every code.
    groupId: id(false, true),
  },
  // Each date is optional to the schema; which ones the person's status needs is the rules' to say.
  backfillDevelopment: { admission_vote: date(false, true), admission_approved: date(false, true) },
  createMemberAccounts: { expected: number(true, [0, -1, 1.5, 10_001]) },
  signOutEverywhere: { confirm: enumeration() },
  createCommitmentLetter: { date: date(true, true), title: text(true, 60) },
  updateCommitmentLetter: { date: date(true, true), title: text(true, 60) },
  createWorkOutputCategory: { name: text(true, 20), unit: text(true, 6) },
  updateWorkOutputCategory: { name: text(true, 20), unit: text(true, 6) },
  createWorkOutput: { date: date(true, true), title: text(true, 120), note: text(false, 300) },
  updateWorkOutput: { date: date(true, true), title: text(true, 120), note: text(false, 300) },
  addOutputType: { name: text(true, 20), unit: text(true, 10) },
  createIntegrityAspect: { title: text(true, 60) },
  renameIntegrityAspect: { title: text(true, 60) },
  createIntegrityItem: { content: text(true, 300) },
  updateIntegrityItem: { content: text(true, 300) },
  createRectification: { aspect: text(true, 60), foundDate: date(true, true) },
  updateRectification: { aspect: text(true, 60), foundDate: date(true, true) },
  proposeNotice: { title: text(true, 100), content: text(true, 10_000) },
  updateNotice: { title: text(true, 100), content: text(true, 10_000) },
  saveReportSection: { body: text(false, 50_000) },
  createReport: { year: number(true, [1999, 2101, 2041.5, -2041, 0]) },
  turnCommentIntoRectification: { aspect: text(true, 40) },
  importRosterWorkbook: { file: { kind: 'file', roster: true } },
  switchOnLedgerTemplate: { template: enumeration() },
  createLedger: ledgerExtras(),
  updateLedger: ledgerExtras(),
  createLedgerEntry: ledgerEntryExtras(),
  updateLedgerEntry: ledgerEntryExtras(),
  importLedgerEntries: { file: { kind: 'file', roster: true } },
  transferPerson: { leftOn: date(true, true), toBranchId: id(false), toOrganisation: text(false, 60) },
  createDiscipline: disciplineFields(),
  updateDiscipline: disciplineFields(),
  setBranchKind: { kind: enumeration() },
  setDuesBase: {
    base: yuan(false),
    fixed: yuan(false),
    effectiveMonth: month,
    assessedOn: date(true, true),
    reason: text(false, 200),
  },
  createDuesRelief: {
    kind: enumeration(),
    monthly: yuan(false),
    fromMonth: month,
    untilMonth: month,
    decidedOn: date(true, true),
    approvedBy: text(true, 60),
  },
  recordDuesPayments: {
    fromMonth: month,
    toMonth: month,
    paidOn: date(true, true),
    method: enumeration(),
    receiptNo: text(false, 40),
    reason: text(false, 200),
  },
  importDuesBases: {
    effectiveMonth: month,
    assessedOn: date(true, true),
    reason: text(false, 200),
    file: { kind: 'file', roster: true },
  },
  draftDuesPublicNotice: { fromMonth: month, toMonth: month },
  recordDuesHandover: {
    fromMonth: month,
    toMonth: month,
    handedOn: date(true, true),
    amount: yuan(true),
    recipient: text(true, 60),
    receiptNo: text(false, 40),
    note: text(false, 200),
  },
};

/** A 党纪处分: its kind, its date (today at the latest), 留党察看's period, who decided it and why. */
function disciplineFields(): Record<string, FieldSpec> {
  return {
    kind: enumeration(),
    probationYears: enumeration(false),
    decidedOn: date(true, true),
    decidedBy: text(true, 60),
    reason: text(false, 500),
  };
}

function ledgerExtras(): Record<string, FieldSpec> {
  return {
    name: text(true, 30),
    unit: text(true, 6),
    description: text(false, 200),
    quantityUnit: text(false, 6),
    // One tag a line, each at most 20 characters.
    tags: text(false, 1000, ['党'.repeat(21), `甲\n${'x'.repeat(21)}`]),
    hasAmount: { kind: 'checkbox' },
    hasPeople: { kind: 'checkbox' },
    hasLevel: { kind: 'checkbox' },
    hasAttachments: { kind: 'checkbox' },
  };
}

function ledgerEntryExtras(): Record<string, FieldSpec> {
  return {
    date: date(true, true),
    title: text(true, 120),
    note: text(false, 300),
    level: enumeration(false),
    // 元 with at most two decimals (kept in 分), not negative, at most 1亿.
    amount: number(false, [-1, -0.01, 1.005, 100_000_000.01, 1e11]),
    tags: { kind: 'tags' },
  };
}

function projectExtras(): Record<string, FieldSpec> {
  return {
    kind: text(true, 20),
    name: text(true, 60),
    partner: text(false, 60),
    goal: text(false, 2000),
    endDate: date(false),
    budget: number(false, [-1, 1e11]),
  };
}

function activityExtras(): Record<string, FieldSpec> {
  return {
    date: date(true, true),
    title: text(true, 60),
    description: text(false, 5000),
    place: text(false, 60),
    otherParticipants: number(false, [-1, 100_001, 1.5]),
  };
}

/** Optional fields an action accepts that its valid payload leaves out: corrupted and noised too. */
const absentFields: Record<string, string[]> = {
  createProject: ['partner', 'goal', 'endDate', 'budget'],
  updateProject: ['partner', 'goal', 'endDate', 'budget'],
  recordActivity: ['description', 'place', 'otherParticipants'],
  updateActivity: ['description', 'place', 'otherParticipants'],
  recordDevelopmentStep: [
    'meetingId',
    'note',
    'place',
    'talkerId',
    'result',
    'contactIds',
    'introducerIds',
    'days',
    'hours',
    'expectedVoting',
    'present',
    'yes',
    'no',
    'abstain',
    'extensionMonths',
    'groupId',
  ],
};

/** Keys of the valid payload that are not fields of the action (a row copied whole from the database). */
const ignoredKeys: Record<string, string[]> = {
  updateCommitmentLetter: ['branchId', 'deletedAt', 'createdAt', 'updatedAt'],
};

export function fieldsOf(action: string, base: Record<string, unknown>): Record<string, FieldSpec> {
  const out: Record<string, FieldSpec> = {};
  const ignored = ignoredKeys[action] ?? [];
  for (const key of [...Object.keys(base), ...(absentFields[action] ?? [])]) {
    if (ignored.includes(key)) continue;
    const spec = actionFieldSpecs[action]?.[key] ?? fieldSpecs[key];
    if (!spec)
      throw new Error(
        `hostile input: no spec for field "${key}" of ${action}: add it to tests/support/hostile-input.ts`,
      );
    out[key] = spec;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Values

const mb = 1 << 20;
/** 1 MB strings: ASCII, Chinese, markup, and one that is digits (a "number" a megabyte long). */
const hugeStrings = [
  'a'.repeat(mb),
  '党'.repeat(mb / 3),
  '<script>alert(1)</script>'.repeat(mb / 25),
  '9'.repeat(mb),
  `2024-01-01${' '.repeat(mb)}x`,
];
const sqlStrings = [
  "' OR '1'='1",
  '1; DROP TABLE people; --',
  '1 UNION SELECT password_hash FROM accounts --',
  "'); DELETE FROM meetings; --",
  '" OR ""="',
  "1' AND randomblob(1000000000) --",
];
const markupStrings = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as literal text.
  '{{7*7}}${7*7}',
  '=HYPERLINK("http://x","y")',
  '+cmd|calc!A0',
  '@SUM(1+1)',
];
/** Hostile-looking but harmless text a free-text field may hold. */
const oddStrings = [
  'null',
  'undefined',
  'NaN',
  '[object Object]',
  '\u202Eevil',
  '👨‍👩‍👧',
  '０１２',
  '..\\..\\etc\\passwd',
  '../../etc/passwd',
  '%00',
  'true',
];
/** Characters no record should hold (and .docx/.xlsx XML cannot): C0 controls, DEL, C1, lone surrogates. */
const controlChars = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u000E',
  '\u001B',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
];
const blankStrings = ['', ' ', '\t\n ', '\u3000'];

const hostileStrings = fc.constantFrom(...sqlStrings, ...markupStrings, ...oddStrings);
/** Text with a character no record may hold inside it (not at the ends, where trimming would drop a \v). */
const unprintableText = (form: boolean) =>
  fc
    .tuple(
      fc.constantFrom('a', '党', '1', '2024-01-01'),
      fc.constantFrom(...(form ? controlChars.filter((c) => !isSurrogate(c)) : controlChars)),
    )
    .map(([s, c]) => `${s}${c}${s}x`);
// A form field is a USVString: the browser (and FormData) turns a lone surrogate into U+FFFD.
const isSurrogate = (c: string) => c >= '\uD800' && c <= '\uDFFF';

/** Values of the wrong type for a string field (none becomes a string on the way). */
const nonStrings: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.bigInt(),
  fc.constantFrom<unknown>(
    {},
    [],
    ['a', 'b'],
    [['nested']],
    new Date(0),
    new Map([['a', 1]]),
    new Set(['a']),
    new Uint8Array([1, 2, 3]),
    Object.create(null),
    { toString: () => 'x', valueOf: () => 1 },
    { $ne: null },
    { __proto__: { admin: true } },
  ),
  fc.object({ maxDepth: 2, maxKeys: 4 }),
);

/** Values no record id (or positive integer) accepts, of any type. */
const notPositiveIntegers: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ max: 0 }),
  fc.double({ noInteger: true }),
  fc.constantFrom<unknown>(
    -0,
    NaN,
    Infinity,
    -Infinity,
    -5n,
    0n,
    {},
    ['1', '2'],
    [1, 2],
    Object.create(null),
    new Set([1]),
    { valueOf: () => -1 },
  ),
  fc.constantFrom('abc', '1.5', '-3', '0', '1e400', 'NaN', '１２', '5\u0000', '1,000', ...sqlStrings, ...markupStrings),
);
/** The same as strings: wrong once sent as a form field. */
const notPositiveIntegerStrings = fc.oneof(
  fc.integer({ max: 0 }).map(String),
  fc
    .double({ noInteger: true, noDefaultInfinity: true })
    .filter((n) => !Number.isNaN(n))
    .map(String),
  fc.constantFrom(
    'abc',
    '1.5',
    '-3',
    '0',
    '-0',
    '1e400',
    'NaN',
    'Infinity',
    '１２',
    '5\u0000',
    '1,000',
    '[object Object]',
    ...sqlStrings,
    ...markupStrings,
  ),
);
/** Positive integers that point at no record. */
const missingIds = fc.constantFrom(2_147_483_647, 9_007_199_254_740_991, 1e12, 1e20, 987_654_321);

const impossibleDates = [
  '2025-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-04-31',
  '0000-00-00',
  '2024-1-5',
  '2024/01/05',
  '20240105',
  '05-01-2024',
  '2024-01-05T00:00:00Z',
  '2099-02-30',
  '2099-13-01',
  '2100-02-29',
  '2099-99-99',
  '9999-12-32',
  'today',
  '2024-01-01; DROP TABLE meetings',
  '2024-01-01<script>',
  '２０２４-０１-０１',
  '+02024-01-01',
];
const futureDates = ['2999-01-01', '2100-12-31'];
const badTimes = ['25:00', '24:00', '9:30', '09:60', '0930', 'noon', '09:30:00', '-1:00', ...sqlStrings];

const bigFile = new File([new Uint8Array(11 * mb)], 'big.png', { type: 'image/png' });
const bigRoster = new File([new Uint8Array(6 * mb)], '名册.xlsx');
/** Files that are wrong whatever they are called: empty, too big, or not of an accepted type by their bytes. */
function makeBadFiles(roster: boolean): File[] {
  const text = (body: string, name: string, type = 'image/png') => new File([body], name, { type });
  return [
    new File([], 'empty.png', { type: 'image/png' }),
    roster ? bigRoster : bigFile,
    text('<html><script>alert(1)</script></html>', roster ? 'roster.xlsx' : 'photo.png'),
    text('MZ\u0090\u0000 executable', roster ? '../../roster.xlsx' : '../../../etc/passwd.png'),
    text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'image.svg', 'image/svg+xml'),
    new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])], 'old.xls'),
    // A zip signature with garbage after it: readers must refuse it, not crash.
    new File(
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9])],
      roster ? 'broken.xlsx' : 'broken.png',
    ),
  ];
}
const badFiles = { upload: makeBadFiles(false), roster: makeBadFiles(true) };
const notFiles: unknown[] = [
  'C:\\fakepath\\photo.png',
  { name: 'photo.png', size: 64, type: 'image/png' },
  new Blob(['x']),
  new Uint8Array([0x89, 0x50]),
];

function attendanceRows(): string[] {
  const row = (r: Record<string, unknown>) => JSON.stringify([{ personId: 5, status: 'present', reason: null, ...r }]);
  return [
    row({ personId: -1 }),
    row({ personId: 'abc' }),
    row({ status: 'partying' }),
    row({ status: 'leave', reason: 'x'.repeat(61) }),
    row({ personId: 987_654_321 }),
    JSON.stringify([
      { personId: 5, status: 'present' },
      { personId: 5, status: 'absent' },
    ]),
    '[{"personId":5,"status":"present","reason":"\\u0000"}]',
  ];
}
function removalRows(): string[] {
  const row = (r: Record<string, unknown>) => JSON.stringify([{ personId: 5, reason: '调离本支部', ...r }]);
  return [
    row({ personId: -1 }),
    row({ personId: 'abc' }),
    row({ reason: '' }),
    row({ reason: '   ' }),
    row({ reason: null }),
    row({ reason: 'x'.repeat(61) }),
    row({ personId: 987_654_321 }),
    JSON.stringify([
      { personId: 5, reason: '调离' },
      { personId: 5, reason: '调离' },
    ]),
    '[{"personId":5,"reason":"\\u0000"}]',
  ];
}
function quantityRows(): string[] {
  const row = (r: Record<string, unknown>) => JSON.stringify([{ outputTypeId: 1, quantity: '5', ...r }]);
  return [
    row({ quantity: -5 }),
    row({ quantity: '0' }),
    row({ quantity: 1e11 }),
    row({ quantity: 'lots' }),
    row({ outputTypeId: 0 }),
    row({ outputTypeId: 987_654_321 }),
    row({ note: 'x'.repeat(61) }),
    JSON.stringify([
      { outputTypeId: 1, quantity: 1 },
      { outputTypeId: 1, quantity: 2 },
    ]),
    JSON.stringify(Array.from({ length: 31 }, (_, i) => ({ outputTypeId: i + 1, quantity: 1 }))),
  ];
}
const badJson = [
  'not json',
  '{',
  '{"a":1}',
  '"str"',
  '123',
  'null',
  '[1,2,3]',
  '[null]',
  '[{}]',
  '[[]]',
  '[{"x":"\'; DROP TABLE x;--"}]',
];

/** `corruption: remove` deletes the field; otherwise the field gets `value`. */
export type Corruption = { remove: true } | { remove?: false; value: unknown };
const set = (value: unknown): Corruption => ({ value });
const remove: Corruption = { remove: true };

/** Values wrong for the field whatever else the payload holds; `form` keeps to what a form field can carry. */
export function invalidFor(spec: FieldSpec, base: unknown, form: boolean): fc.Arbitrary<Corruption> {
  const options: fc.Arbitrary<unknown>[] = [];
  const strings = (...values: string[]) => options.push(fc.constantFrom(...values));
  let absent = false;
  switch (spec.kind) {
    case 'id':
      options.push(form ? notPositiveIntegerStrings : notPositiveIntegers);
      if (spec.ref) options.push(form ? missingIds.map(String) : missingIds);
      absent = spec.required;
      if (spec.required) strings(...blankStrings);
      break;
    case 'version': {
      const current = Number(base);
      options.push(form ? notPositiveIntegerStrings : notPositiveIntegers);
      // Not the version the record has: the save is stale (or from the future) and must be refused.
      const others = [current + 1, current + 1000, 2_147_483_647, 1e15];
      options.push(fc.constantFrom(...(form ? others.map(String) : others)));
      absent = true;
      strings(...blankStrings);
      break;
    }
    case 'text': {
      strings(...hugeStrings);
      options.push(unprintableText(form));
      if (spec.max) strings('党'.repeat(spec.max + 1), 'x'.repeat(spec.max + 1));
      if (spec.bad?.length) strings(...spec.bad);
      if (!form) options.push(nonStrings);
      if (spec.required) {
        absent = true;
        strings(...blankStrings);
      }
      break;
    }
    case 'date':
      strings(...impossibleDates, ...hugeStrings.slice(3));
      options.push(unprintableText(form).map((s) => `2024-01-0${s}`));
      if (spec.past) strings(...futureDates);
      if (!form) options.push(nonStrings);
      if (spec.required) {
        absent = true;
        strings(...blankStrings);
      }
      break;
    case 'month':
      strings('2026-13', '2026-00', '2026-1', '26-01', '2026/01', '2026-01-01', '２０２６-01', 'abc', ...sqlStrings);
      options.push(unprintableText(form).map((s) => `2026-0${s}`));
      if (!form) options.push(nonStrings);
      absent = true;
      strings(...blankStrings);
      break;
    case 'enum': {
      const near =
        typeof base === 'string' && base
          ? [`${base}x`, `x${base}`, `${base}\u0000`, base.toUpperCase() === base ? `${base}_` : base.toUpperCase()]
          : [];
      strings(
        'unknown',
        'ADMIN',
        'reviewer',
        '__proto__',
        'constructor',
        'toString',
        ...near,
        ...sqlStrings,
        ...markupStrings,
        hugeStrings[0],
      );
      if (!form)
        options.push(
          fc.oneof(fc.integer(), fc.constantFrom<unknown>(true, false, {}, [base, base], Object.create(null))),
        );
      if (spec.required) {
        absent = true;
        strings('', ' ');
      }
      break;
    }
    case 'number': {
      const numbers = [...spec.bad, NaN, Infinity, -Infinity, 1e15, -1e15];
      options.push(fc.constantFrom(...(form ? numbers.map(String) : numbers)));
      strings('abc', '1,000', '１２', '5\u0000', '0x', ...sqlStrings, ...markupStrings, hugeStrings[0]);
      if (!form) options.push(fc.constantFrom<unknown>({}, [1, 2], Object.create(null), 10n ** 20n, -5n, new Date()));
      absent = spec.required;
      break;
    }
    case 'checkbox':
      throw new Error('a checkbox has no wrong value');
    case 'jsonList': {
      const rows = { attendance: attendanceRows, removals: removalRows, quantities: quantityRows }[spec.rows];
      strings(...badJson, ...rows(), hugeStrings[0]);
      if (!form) options.push(fc.constantFrom<unknown>({}, 5, true, [{ personId: -1 }], [[1]], { length: 1, 0: {} }));
      break;
    }
    case 'idList': {
      const tooMany = Array.from({ length: spec.max + 1 }, (_, i) => String(i + 1));
      const lists: unknown[] = [
        ['abc'],
        ['-1'],
        ['0'],
        ['1.5'],
        [sqlStrings[1]],
        [markupStrings[0]],
        ['1', 'x'],
        tooMany,
      ];
      if (spec.ref) lists.push(['987654321'], ['5', '987654321']);
      options.push(fc.constantFrom(...lists));
      strings('abc', '-1', '0', '1.5', sqlStrings[0], ...(spec.ref ? ['987654321'] : []));
      if (!form) options.push(fc.constantFrom<unknown>({}, [{}], [null], [-1], [1.5], [NaN]));
      break;
    }
    case 'time':
      strings(...badTimes, hugeStrings[0]);
      options.push(unprintableText(form));
      if (!form) options.push(fc.constantFrom<unknown>(930, {}, ['09:30', '10:30'], true));
      break;
    case 'tags':
      options.push(
        fc.constantFrom<unknown>(
          ['x'.repeat(21)],
          ['a', 'b', 'c', 'd', 'e', 'f'],
          ['ok', ''],
          ['  '],
          ['a\u0000b'],
          [hugeStrings[1]],
        ),
      );
      strings(hugeStrings[0], '党'.repeat(21));
      if (!form) options.push(fc.constantFrom<unknown>([5], [{}], [['nested']], {}));
      break;
    case 'file': {
      options.push(fc.constantFrom<unknown>(...badFiles[spec.roster ? 'roster' : 'upload']));
      strings('C:\\fakepath\\photo.png', '', ...sqlStrings.slice(0, 2));
      if (!form) options.push(fc.constantFrom<unknown>(...notFiles, null));
      absent = true;
      break;
    }
  }
  const values = fc.oneof(...options).map(set);
  return absent ? fc.oneof({ weight: 8, arbitrary: values }, { weight: 1, arbitrary: fc.constant(remove) }) : values;
}

/** Anything at all for a field that is not the corrupted one: valid, hostile-but-valid, or wrong. */
export function noiseFor(spec: FieldSpec, base: unknown, form: boolean): fc.Arbitrary<Corruption> {
  const hostile = fc.oneof(hostileStrings, fc.string({ maxLength: 8, unit: 'binary' })).map(set);
  if (spec.kind === 'checkbox')
    return fc.oneof(
      hostile,
      fc.constantFrom<unknown>('on', 'off', true, false, '', 'false').map(set),
      fc.constant(remove),
    );
  return fc.oneof(hostile, invalidFor(spec, base, form));
}

/** Keys no action has, with values that would matter if they were not ignored. */
export const extraKeys: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom(
    'isAdmin',
    'role_',
    'accountId',
    'deletedAt',
    'passwordHash',
    '$ACTION_ID_abc',
    "'; DROP TABLE people;--",
    '<img src=x>',
    'constructor',
    '__proto__',
  ),
  fc.oneof(fc.constantFrom<unknown>(true, 1, 'secretary', { prototype: { polluted: true } }), hostileStrings),
  { maxKeys: 3 },
);

/** Payloads of the wrong shape altogether (each action has a required field, so none can be valid). */
export function wrongShapes(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const formDataLike = {
    get: (key: string) => base[key],
    getAll: (key: string) => [base[key]],
    has: (key: string) => key in base,
    entries: () => Object.entries(base)[Symbol.iterator](),
    forEach: (fn: (value: unknown, key: string) => void) => Object.entries(base).forEach(([k, v]) => fn(v, k)),
    [Symbol.iterator]: () => Object.entries(base)[Symbol.iterator](),
  };
  const search = new URLSearchParams(Object.entries(base).map(([k, v]) => [k, String(v)]));
  return fc.oneof(
    fc.constantFrom<unknown>(
      null,
      undefined,
      0,
      -1,
      NaN,
      true,
      '',
      JSON.stringify(base),
      hugeStrings[0],
      [],
      [base],
      Object.values(base),
      new Date(),
      new Map(Object.entries(base)),
      new Set(Object.keys(base)),
      search,
      formDataLike,
      new Blob([JSON.stringify(base)]),
      new Uint8Array(8),
      new FormData(),
      { payload: base },
      { data: base },
    ),
    fc.string({ maxLength: 20 }),
    fc.object({ maxDepth: 2, maxKeys: 5 }),
  );
}

/** A payload as a form would send it: repeated keys for lists, strings and files only. */
export function toFormData(payload: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item instanceof Blob) form.append(key, item);
      else if (typeof item === 'string') form.append(key, item);
      else form.append(key, typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}

/** A short description of a value for failure messages (a megabyte string is not printed). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return value.length > 60 ? `${JSON.stringify(value.slice(0, 40))}…(${value.length} chars)` : JSON.stringify(value);
  if (value instanceof File) return `File(${JSON.stringify(value.name)}, ${value.size} bytes)`;
  if (value instanceof FormData)
    return `FormData{${[...value.entries()].map(([k, v]) => `${k}: ${describeValue(v)}`).join(', ')}}`;
  if (Array.isArray(value))
    return value.length > 8 ? `[${value.length} items]` : `[${value.map(describeValue).join(', ')}]`;
  if (typeof value === 'bigint') return `${value}n`;
  if (value && typeof value === 'object') {
    if (value.constructor && value.constructor !== Object) return value.constructor.name;
    try {
      return `{${Object.entries(value)
        .map(([k, v]) => `${k}: ${describeValue(v)}`)
        .join(', ')}}`;
    } catch {
      return 'object';
    }
  }
  return String(value);
}
