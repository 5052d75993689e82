/**
 * Every server action of the app, with the demo users its permission lets through and a payload that is
 * valid for the caller's branch (so that a refusal can only come from authorization, or from what a test
 * changed in it). Used by tests/actions/authorization.test.ts (who may call what),
 * tests/actions/hostile-input.test.ts (malformed inputs derived from the valid ones) and the tests of
 * stale versions and foreign ids.
 *
 * Each area lists its actions in tests/actions/<area>.authz.ts, named after its folder under app/; this
 * file assembles them. A NEW AREA ADDS ITS FILE TO `areaTables` BELOW: the authorization test finds every
 * module marked 'use server' and fails if an action it exports is in no area's table, and an action listed
 * in two tables fails here.
 *
 * Import with `await import(...)` after `setupTestDatabase()`: loading the areas' tables adds the records
 * the payloads point at (an account for 旗财政局党支部, target meetings, reports and projects).
 */
import fs from 'node:fs';
import path from 'node:path';
import { accountActions } from '@/tests/actions/accounts.authz';
import { developmentActions } from '@/tests/actions/development.authz';
import { duesActions } from '@/tests/actions/dues.authz';
import { integrityActions } from '@/tests/actions/integrity.authz';
import { ledgerActions } from '@/tests/actions/ledgers.authz';
import { meetingActions } from '@/tests/actions/meetings.authz';
import { memberActions } from '@/tests/actions/members.authz';
import { noticeActions } from '@/tests/actions/notices.authz';
import { outputActions } from '@/tests/actions/outputs.authz';
import { passwordActions } from '@/tests/actions/password.authz';
import { preferenceActions } from '@/tests/actions/preferences.authz';
import { projectActions } from '@/tests/actions/projects.authz';
import { rectificationActions } from '@/tests/actions/rectification.authz';
import { reportActions } from '@/tests/actions/report.authz';
import { reviewActions } from '@/tests/actions/review.authz';
import { settingsActions } from '@/tests/actions/settings.authz';
import type { ActionTable } from '@/tests/support/action-rows';
import type { AnyAction } from '@/tests/support/call-action';
import { appSourceFiles, serverActionMarks } from '@/tests/support/source-files';

/** The areas' tables, in the order the tests go through them. */
const areaTables: ActionTable[] = [
  memberActions,
  accountActions,
  passwordActions,
  preferenceActions,
  meetingActions,
  developmentActions,
  reportActions,
  reviewActions,
  projectActions,
  integrityActions,
  outputActions,
  ledgerActions,
  rectificationActions,
  noticeActions,
  duesActions,
  settingsActions,
];

export const actionTable: ActionTable = {};
for (const table of areaTables) {
  for (const [name, row] of Object.entries(table)) {
    if (name in actionTable) throw new Error(`${name} is in two area tables: list each action once`);
    actionTable[name] = row;
  }
}

/**
 * Every server action of the app: each function exported by a module marked 'use server', wherever it
 * lives. An action declared inside a function ('use server' in its body) could not be called from here,
 * so it is refused: declare it in a 'use server' module.
 */
export async function discoverActions(): Promise<Map<string, AnyAction>> {
  const found = new Map<string, AnyAction>();
  for (const file of appSourceFiles()) {
    const marks = serverActionMarks(file, fs.readFileSync(file, 'utf8'));
    if (marks.inline.length > 0)
      throw new Error(`${file}:${marks.inline[0]}: declare server actions in a 'use server' module, not inline`);
    if (!marks.module) continue;
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      if (found.has(name)) throw new Error(`two server actions are named ${name}; key the table by file too`);
      found.set(name, value as AnyAction);
    }
  }
  return found;
}
