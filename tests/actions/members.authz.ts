/**
 * The roster and its people's 党纪处分: app/(app)/members/actions.ts (members.write).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { db } from '@/db';
import { people, personDisciplines } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { type ActionTable, financeId, serial, statisticsId, targetsFor } from '@/tests/support/action-rows';
import * as f from '@/tests/support/fixtures';

const rosterWriters = ['shuji', 'zuzhi', 'caizheng'] as const;

/** A 警告 on the caller's branch's target person, to edit or remove. */
function newDiscipline(user: SessionUser) {
  return db
    .insert(personDisciplines)
    .values({
      branchId: user.branchId,
      personId: targetsFor(user).person.id,
      kind: 'warning',
      decidedOn: '2025-05-06',
      decidedBy: '授权测试纪委',
    })
    .returning()
    .get();
}

/** The branch a transfer from the caller's branch goes to: the other branch of the demo's working committee. */
const receiving = (user: SessionUser) => (user.branchId === statisticsId ? financeId : statisticsId);

/** A member of the caller's branch to transfer: each call moves one out. */
function newMember(user: SessionUser) {
  return db
    .insert(people)
    .values({
      branchId: user.branchId,
      name: `转接测试${serial()}`,
      gender: 'female',
      politicalStatus: 'full',
      probationaryDate: '2010-07-01',
      fullMemberDate: '2011-07-01',
    })
    .returning()
    .get();
}

export const memberActions: ActionTable = {
  transferPerson: {
    allowed: [...rosterWriters],
    alsoAuditsBranch: (user) => receiving(user),
    payload: (user) => {
      const person = newMember(user);
      return {
        id: person.id,
        version: person.version,
        leftOn: '2026-01-10',
        toBranchId: receiving(user),
        toOrganisation: '',
      };
    },
  },
  createPerson: {
    allowed: [...rosterWriters],
    payload: () => f.newPersonPayload({ name: `授权测试${serial()}` }),
  },
  updatePerson: {
    allowed: [...rosterWriters],
    payload: (user) => {
      const { person } = targetsFor(user);
      return f.editPersonPayload(person, { post: `岗位${serial()}` });
    },
  },
  createDiscipline: {
    allowed: [...rosterWriters],
    payload: (user) => ({
      personId: targetsFor(user).person.id,
      kind: 'probation',
      probationYears: '1',
      decidedOn: '2025-03-10',
      decidedBy: `授权测试纪委${serial()}`,
      reason: '授权测试',
    }),
  },
  updateDiscipline: {
    allowed: [...rosterWriters],
    payload: (user) => {
      const row = newDiscipline(user);
      return {
        id: row.id,
        version: row.version,
        kind: 'serious_warning',
        probationYears: '',
        decidedOn: row.decidedOn,
        decidedBy: row.decidedBy,
        reason: `授权测试${serial()}`,
      };
    },
  },
  removeDiscipline: {
    allowed: [...rosterWriters],
    payload: (user) => {
      const row = newDiscipline(user);
      return { id: row.id, version: row.version };
    },
  },
};
