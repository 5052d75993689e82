import { describe, expect, it } from 'vitest';
import {
  checkOffRefusal,
  completionRefusal,
  editRefusal,
  evidenceRefusal,
  hasEvidence,
  isCarriedOver,
  isOverdue,
  type RectificationFacts,
  reopenRefusal,
} from '@/lib/rectification/rules';

const responsible = 4;
const item = (facts: Partial<RectificationFacts> = {}): RectificationFacts => ({
  state: 'in_progress',
  responsiblePersonId: responsible,
  evidence: null,
  attachmentCount: 0,
  completedBy: null,
  ...facts,
});
const completed = (facts: Partial<RectificationFacts> = {}) =>
  item({ state: 'completed', evidence: '已建立联系企业台账', completedBy: 14, ...facts });
const committeeMember = { accountId: 2, personId: 2 };

describe('evidence', () => {
  it('is text that is not blank, or at least one file', () => {
    expect(hasEvidence({ evidence: null, attachmentCount: 0 })).toBe(false);
    expect(hasEvidence({ evidence: '  \n ', attachmentCount: 0 })).toBe(false);
    expect(hasEvidence({ evidence: '已整改', attachmentCount: 0 })).toBe(true);
    expect(hasEvidence({ evidence: null, attachmentCount: 1 })).toBe(true);
  });

  it('can change until the item is checked off', () => {
    expect(evidenceRefusal(item())).toBeNull();
    expect(evidenceRefusal(completed())).toBeNull();
    expect(evidenceRefusal(completed({ state: 'checked_off' }))).toContain('已销号');
  });
});

describe('completion', () => {
  it('needs evidence', () => {
    expect(completionRefusal(item())).toContain('整改完成情况');
    expect(completionRefusal(item({ evidence: '已走访企业12家' }))).toBeNull();
    expect(completionRefusal(item({ attachmentCount: 2 }))).toBeNull();
  });

  it('happens once, from 整改中', () => {
    expect(completionRefusal(completed())).toContain('整改中');
    expect(completionRefusal(completed({ state: 'checked_off' }))).toContain('整改中');
  });
});

describe('check-off', () => {
  it('is allowed to a committee member other than the responsible person once completed with evidence', () => {
    expect(checkOffRefusal(completed(), committeeMember)).toBeNull();
  });

  it('never without evidence', () => {
    expect(checkOffRefusal(completed({ evidence: ' ', attachmentCount: 0 }), committeeMember)).toContain(
      '没有整改佐证',
    );
  });

  it('never by the responsible person', () => {
    expect(checkOffRefusal(completed(), { accountId: 9, personId: responsible })).toContain(
      '责任人不能为自己负责的事项销号',
    );
  });

  it('never by the account that marked the item completed', () => {
    expect(checkOffRefusal(completed({ completedBy: committeeMember.accountId }), committeeMember)).toContain(
      '标记完成的人',
    );
  });

  it('never by an account without a person (who it is cannot be told apart from the responsible one)', () => {
    expect(checkOffRefusal(completed(), { accountId: 30, personId: null })).toContain('未关联人员');
  });

  it('only from 已完成', () => {
    expect(checkOffRefusal(item({ evidence: '已整改' }), committeeMember)).toContain('尚未完成');
    expect(checkOffRefusal(completed({ state: 'checked_off' }), committeeMember)).toBe('该事项已销号');
  });
});

describe('reopening', () => {
  it('needs a reason', () => {
    expect(reopenRefusal(completed({ state: 'checked_off' }), null)).toBe('重新打开须填写原因');
    expect(reopenRefusal(completed({ state: 'checked_off' }), '   ')).toBe('重新打开须填写原因');
    expect(reopenRefusal(completed({ state: 'checked_off' }), '回头看发现问题反弹')).toBeNull();
    expect(reopenRefusal(completed(), '佐证材料不完整')).toBeNull();
  });

  it('is for completed or checked-off items only', () => {
    expect(reopenRefusal(item(), '原因')).toContain('仍在整改中');
  });
});

describe('editing', () => {
  it('is open while 整改中 and closed after completion until reopened', () => {
    expect(editRefusal(item())).toBeNull();
    expect(editRefusal(completed())).toContain('重新打开');
    expect(editRefusal(completed({ state: 'checked_off' }))).toContain('重新打开');
  });
});

describe('overdue', () => {
  it('is an item still in progress after its deadline', () => {
    expect(isOverdue({ state: 'in_progress', deadline: '2026-11-27' }, '2026-11-28')).toBe(true);
    expect(isOverdue({ state: 'in_progress', deadline: '2026-11-28' }, '2026-11-28')).toBe(false);
  });

  it('is never a completed or checked-off item, however late', () => {
    expect(isOverdue({ state: 'completed', deadline: '2024-01-01' }, '2026-11-28')).toBe(false);
    expect(isOverdue({ state: 'checked_off', deadline: '2024-01-01' }, '2026-11-28')).toBe(false);
  });
});

describe('carried over', () => {
  it('is an item found in an earlier year and not checked off when the year began', () => {
    expect(isCarriedOver({ foundDate: '2025-10-20', checkedOffAt: null }, 2026)).toBe(true);
    expect(isCarriedOver({ foundDate: '2025-10-20', checkedOffAt: '2026-03-01' }, 2026)).toBe(true);
    expect(isCarriedOver({ foundDate: '2023-05-10', checkedOffAt: null }, 2026)).toBe(true);
  });

  it('is not an item of the year itself, nor one checked off before the year began', () => {
    expect(isCarriedOver({ foundDate: '2026-01-01', checkedOffAt: null }, 2026)).toBe(false);
    expect(isCarriedOver({ foundDate: '2025-10-20', checkedOffAt: '2025-12-31' }, 2026)).toBe(false);
  });
});
