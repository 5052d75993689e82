/**
 * Branch isolation as a property of the whole data layer: adding a second branch (in another committee)
 * with a record of every kind, removed, planned, cancelled and carried-over ones included, changes
 * nothing that any query returns to a reader of the demo branch, whether it is asked by year, by
 * filter, or by the new records' own ids.
 *
 * The queries are found, not listed: every exported function under db/queries and db/report (its
 * writes left out) whose first parameter is the reader (`user`), its scope (`scope`), the branches it
 * reads (`subtree`), the branch (`branchId`) or the report's owner (`owner`). Its arguments come from its parameter names, and a parameter name nobody has taught
 * this test fails it. Every id argument runs over the ids the new
 * branch's rows will get (see tests/support/mirror-branch.ts), so a record asked for by id cannot come
 * back just because the demo has no row with that id.
 *
 * So that the property cannot hold vacuously, the new branch's own secretary must see every query's
 * answer change when the records arrive.
 */
import fs from 'node:fs';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { appSourceFiles, parseSource } from '@/tests/support/source-files';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));

const { db } = await setupTestDatabase();
const { loadSessionUser } = await import('@/db/queries/session');
const { figureCatalogue } = await import('@/db/report/figures/catalogue');
const { computeFigures } = await import('@/db/report/figures/compute');
const { reportOwnerOf } = await import('@/db/report/owner');
const { builtInMeetingKinds } = await import('@/lib/meetings/model');
const { todayIso } = await import('@/lib/clock');
const { mirrorIdFloor, seedMirrorBranch } = await import('@/tests/support/mirror-branch');
const f = await import('@/tests/support/fixtures');

import type { SessionUser } from '@/lib/auth/session-user';

type Query = { module: string; name: string; parameters: string[] };

/** Exported functions of the data layer that take the reader or the branch first. */
function discoverQueries(): Query[] {
  const queries: Query[] = [];
  const writes = ['db/report/mutations.ts', 'db/report/review.ts'];
  for (const file of appSourceFiles(['db/queries', 'db/report']).filter((f) => !writes.includes(f))) {
    const source = parseSource(file, fs.readFileSync(file, 'utf8'));
    for (const statement of source.statements) {
      const exported =
        ts.canHaveModifiers(statement) &&
        ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      const functions: { name: string; fn: ts.SignatureDeclaration }[] = [];
      if (ts.isFunctionDeclaration(statement) && statement.name)
        functions.push({ name: statement.name.text, fn: statement });
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          if (
            ts.isIdentifier(d.name) &&
            d.initializer &&
            (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
          ) {
            functions.push({ name: d.name.text, fn: d.initializer });
          }
        }
      }
      for (const { name, fn } of functions) {
        const parameters = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : 'options'));
        if (['user', 'scope', 'subtree', 'branchId', 'owner'].includes(parameters[0]))
          queries.push({ module: file.replace(/\.ts$/, ''), name, parameters });
      }
    }
  }
  return queries;
}

/**
 * Queries that keep an answer between calls until the next write (their uncached twins are checked),
 * and ones whose input is another query's output (checked through the query that feeds them).
 */
const notCalledDirectly = new Set([
  'cachedDashboard',
  'cachedFigures',
  'cachedFigureCatalogue',
  'aggregateFigures',
  'summedFigures',
  // A rule over a stored report row (checked through the review writes).
  'standsAbove',
  // A condition for other queries (checked through listAssignableAccounts and the report's writes).
  'assignableTo',
]);

/** Answers that do not depend on the branch's records: the branch's settings, or permission alone. */
const sameWithoutRecords = new Set([
  'listMeetingKinds',
  'listOutputTypes',
  'listWorkOutputCategories',
  'developmentSettings',
  'frequencyRules',
  'mayReadAttachment',
  'listReadableBranches',
  'transferDestinations',
  'scopeKey',
  'isSubtree',
  'branchOwner',
  'reportOwnerOf',
  'requestedReport',
  'readableReport',
  'isBeneath',
  'ownerColumns',
  'ownerKey',
  'ownerNames',
  'reviewingLevel',
  'participantScope',
]);

const ids = Array.from({ length: 120 }, (_, i) => mirrorIdFloor + 1 + i);
const tableNames = db.$client
  .prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
  )
  .pluck()
  .all() as string[];

const demoBranch = f.branchIdOf(f.statisticsBranchName);
const today = todayIso();
const catalogueKeys = figureCatalogue({ branchId: demoBranch }).map((entry) => entry.key);

/** The values each parameter takes, by its name; `branchId` is the reader's branch. */
function valuesOf(parameter: string, reader: SessionUser): unknown[] {
  if (parameter === 'id' || (parameter.endsWith('Id') && parameter !== 'branchId')) return ids;
  switch (parameter) {
    case 'user':
    case 'scope':
      return [reader];
    // The report the reader writes (their branch's, or their organisation's summed over its branches).
    case 'owner':
      return [reportOwnerOf(reader)];
    // An address naming the reader's own report, or another branch's or organisation's by id.
    case 'search':
      return [{}, { branch: String(mirrorIdFloor + 1) }, { organisation: String(mirrorIdFloor + 1) }];
    case 'branchId':
      return [reader.branchId];
    // Every branch the reader may read, as an organisation's overview reads them.
    case 'subtree':
      return [{ subtreeBranchIds: reader.branchIds }];
    case 'year':
      return [2023, 2024, Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1];
    case 'today':
      return [today];
    // A run of months (dues) or of dates (payments received): this year, which the demo's dues cover.
    case 'range': {
      const y = today.slice(0, 4);
      return [{ from: `${y}-01`, to: `${y}-12`, start: `${y}-01-01`, end: `${y}-12-31` }];
    }
    // Every person of the branch (the ids asked for are the ids of records of every kind, above).
    case 'personIds':
      return [undefined];
    case 'entity':
      return tableNames;
    case 'kinds':
      return [[...builtInMeetingKinds]];
    case 'keys':
      return [catalogueKeys];
    case 'filters':
      return [{}];
    case 'options':
      return [{ includeArchived: true }];
    case 'limit':
      return [100];
    case 'figuresOf':
      return [computeFigures];
    default:
      throw new Error(`no values for parameter "${parameter}": teach valuesOf what it means`);
  }
}

function product(lists: unknown[][]): unknown[][] {
  return lists.reduce<unknown[][]>(
    (calls, values) => calls.flatMap((call) => values.map((value) => [...call, value])),
    [[]],
  );
}

/** An answer as text; a function without parameters (a lazily read part of the answer) is read. */
const serialize = (value: unknown): string =>
  JSON.stringify(value, (_key, v) => {
    if (v instanceof Map) return { map: [...v] };
    if (v instanceof Set) return { set: [...v] };
    if (typeof v === 'function') return v.length === 0 ? { read: JSON.parse(serialize(v())) } : 'function';
    return v === undefined ? null : v;
  });

const queries = discoverQueries().filter((q) => !notCalledDirectly.has(q.name));
const implementations = new Map<string, (...args: unknown[]) => unknown>();
for (const q of queries) {
  const module = (await import(/* @vite-ignore */ `@/${q.module}`)) as Record<string, (...args: unknown[]) => unknown>;
  implementations.set(`${q.module}#${q.name}`, module[q.name]);
}

/** Every query's answer to one reader, by query, then by arguments. */
function answers(reader: SessionUser): Map<string, Map<string, string>> {
  const all = new Map<string, Map<string, string>>();
  for (const q of queries) {
    const fn = implementations.get(`${q.module}#${q.name}`)!;
    const byCall = new Map<string, string>();
    for (const args of product(q.parameters.map((p) => valuesOf(p, reader)))) {
      let answer: string;
      try {
        answer = serialize(fn(...args));
      } catch (error) {
        answer = `threw ${(error as Error).message}`;
      }
      byCall.set(serialize(args.slice(1)), answer);
    }
    all.set(`${q.module}#${q.name}`, byCall);
  }
  return all;
}

function changedQueries(before: Map<string, Map<string, string>>, after: Map<string, Map<string, string>>): string[] {
  return [...before]
    .filter(([query, calls]) => [...calls].some(([args, answer]) => after.get(query)!.get(args) !== answer))
    .map(([query]) => query);
}

function changedCalls(before: Map<string, Map<string, string>>, after: Map<string, Map<string, string>>): string[] {
  return [...before].flatMap(([query, calls]) =>
    [...calls]
      .filter(([args, answer]) => after.get(query)!.get(args) !== answer)
      .map(([args]) => `${query}(${args.slice(1, 120)})`),
  );
}

const sessionOf = (username: string, preferredBranch: number | null = null) =>
  loadSessionUser(f.accountNamed(username).id, preferredBranch)!;
const readers = {
  secretary: sessionOf('shuji'),
  committee: sessionOf('zuzhi'),
  member: sessionOf('dangyuan'),
  reviewer: sessionOf('dangwei', demoBranch),
};
// The new branch's secretary, as the session will load it once the branch exists (the ids are the first above the floor).
const mirrorSecretaryToBe: SessionUser = {
  accountId: mirrorIdFloor + 1,
  username: 'jingxiang',
  role: 'secretary',
  name: '镜像书记',
  personId: mirrorIdFloor + 1,
  branchId: mirrorIdFloor + 1,
  branchName: '镜像党支部',
  branchIds: [mirrorIdFloor + 1],
  organisationId: mirrorIdFloor + 1,
  mustChangePassword: false,
};

const before = Object.fromEntries(Object.entries(readers).map(([who, reader]) => [who, answers(reader)]));
const mirrorBefore = answers(mirrorSecretaryToBe);
const mirror = seedMirrorBranch();

// Each walk calls every query of the data layer with every argument it takes: it grows with the app, so
// it gets more time than a single test (a hang still fails).
const walkTimeout = 120_000;

describe('a second branch with a record of every kind', () => {
  it('is found: the data layer’s queries by the reader or the branch', () => {
    expect(queries.length).toBeGreaterThan(60);
    expect(queries.map((q) => q.name)).toEqual(
      expect.arrayContaining(['getAttachment', 'listMeetings', 'getProject', 'listSectionRevisions', 'computeFigures']),
    );
  });

  it(
    'changes what its own secretary sees in every query that reads records',
    () => {
      const secretary = loadSessionUser(mirror.secretaryAccountId, null)!;
      expect(secretary).toMatchObject({
        accountId: mirrorSecretaryToBe.accountId,
        branchId: mirrorSecretaryToBe.branchId,
        personId: mirrorSecretaryToBe.personId,
      });
      const changed = new Set(changedQueries(mirrorBefore, answers(secretary)));
      const unchanged = queries
        .map((q) => `${q.module}#${q.name}`)
        .filter((query) => !changed.has(query) && !sameWithoutRecords.has(query.split('#')[1]));
      expect(unchanged).toEqual([]);
    },
    walkTimeout,
  );

  it.each(Object.keys(readers) as (keyof typeof readers)[])(
    'changes nothing the demo branch’s %s is given',
    (who) => {
      expect(changedCalls(before[who], answers(readers[who]))).toEqual([]);
    },
    walkTimeout,
  );

  it('cannot be chosen by the demo committee’s reviewer', () => {
    const reviewer = sessionOf('dangwei', mirror.branchId);
    expect(reviewer.branchId).not.toBe(mirror.branchId);
    expect(reviewer.branchIds).not.toContain(mirror.branchId);
  });
});
