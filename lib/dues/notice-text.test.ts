import { describe, expect, it } from 'vitest';
import { duesCategoryLabels } from '@/lib/dues/model';
import { duesNotice, type NoticeMember, noticePeriodName } from '@/lib/dues/notice-text';
import { type DuesFacts, type DuesPayment, type DuesRelief, duesStanding } from '@/lib/dues/standing';

const current = '2026-11';
const q3 = { from: '2026-07', to: '2026-09' };
let nextId = 1;

/** 40 元 a month (in service, 4000 元) from January 2026. */
function member(
  name: string,
  payments: [from: string, to: string, paidOn: string][],
  over: { reliefs?: DuesRelief[]; probationaryDate?: string; range?: { from: string; to: string } } = {},
): NoticeMember {
  const personId = nextId++;
  const facts: DuesFacts = {
    member: {
      id: personId,
      politicalStatus: 'full',
      probationaryDate: over.probationaryDate ?? '2010-06-01',
      joinedBranchOn: null,
      leftBranchOn: null,
    },
    bases: [
      {
        id: nextId++,
        personId,
        category: 'in_service',
        baseFen: 400_000,
        fixedFen: null,
        effectiveMonth: '2026-01',
        assessedOn: '2026-01-05',
        reason: null,
      },
    ],
    reliefs: over.reliefs ?? [],
    payments: payments.map(([fromMonth, toMonth, paidOn]): DuesPayment => {
      const months = Number(toMonth.slice(5)) - Number(fromMonth.slice(5)) + 1;
      const fen = 4000 * months;
      return {
        id: nextId++,
        personId,
        fromMonth,
        toMonth,
        paidOn,
        amountFen: fen,
        dueFen: fen,
        method: 'cash',
        receiptNo: null,
        reason: null,
      };
    }),
  };
  return { name, facts, ...duesStanding(facts, over.range ?? q3, current) };
}

const exempt: DuesRelief = {
  id: 99,
  personId: 0,
  kind: 'exempt',
  monthlyFen: null,
  fromMonth: '2026-01',
  untilMonth: '2026-12',
  reason: '身患重病',
  approvedBy: '旗直属机关党工委',
};

const members = [
  member('甲', [
    ['2026-07', '2026-07', '2026-07-10'],
    ['2026-08', '2026-08', '2026-08-10'],
    ['2026-09', '2026-09', '2026-09-10'],
  ]),
  member('乙', [['2026-01', '2026-12', '2026-01-08']]),
  member('丙', [['2026-07', '2026-07', '2026-07-10']]),
  member('丁', [['2026-07', '2026-09', '2026-10-15']]),
  member('戊', [], { reliefs: [exempt] }),
  member('己', [
    ['2026-07', '2026-09', '2026-07-05'],
    ['2026-10', '2026-12', '2026-09-28'],
  ]),
  member('庚', [], { probationaryDate: '2026-10-01' }),
];

const handover = {
  fromMonth: '2026-07',
  toMonth: '2026-09',
  handedOn: '2026-10-12',
  amountFen: 40_000,
  recipient: '旗直属机关党工委',
};

const notice = duesNotice({
  fromMonth: q3.from,
  toMonth: q3.to,
  currentMonth: current,
  members,
  handovers: [handover],
});

describe('noticePeriodName', () => {
  it('names a year, a quarter, a half year, or else the months', () => {
    expect(noticePeriodName('2026-01', '2026-12')).toBe('2026年度');
    expect(noticePeriodName('2026-07', '2026-09')).toBe('2026年第三季度');
    expect(noticePeriodName('2026-01', '2026-06')).toBe('2026年上半年');
    expect(noticePeriodName('2026-03', '2026-05')).toBe('2026年3月至5月');
    expect(noticePeriodName('2025-11', '2026-02')).toBe('2025年11月至2026年2月');
  });
});

describe('duesNotice', () => {
  it('is titled for the period', () => {
    expect(notice.title).toBe('2026年第三季度党费收缴情况公示');
  });

  it('has a line per member who owed: paid in the period, prepaid, paid late, unpaid; none for the exempt or non-members', () => {
    expect(notice.content.split('\n')).toEqual([
      '现将本支部2026年第三季度（2026年7月至9月）党费收缴情况公示如下。',
      '一、党员交纳情况',
      '甲：交纳2026年7月至9月党费 120.00 元',
      '乙：已预交至2026年12月',
      '丙：交纳2026年7月党费 40.00 元；2026年8月至9月党费未交',
      '丁：2026年7月至9月党费已补交',
      '己：交纳2026年7月至12月党费 240.00 元',
      '二、总体情况',
      '本期应交纳党费的党员6名（其中经批准免交1名），按时足额交纳4名，按时足额交纳率66.7%；欠交党费1名。本期共收缴党费 400.00 元。',
      '三、上缴情况',
      '2026年10月12日向旗直属机关党工委上缴2026年7月至9月党费 400.00 元。',
      '如对公示内容有疑问，请向党支部反映。',
    ]);
  });

  it('names no base, no category and no reason for 免交: they are private', () => {
    for (const word of ['基数', '4000', '身患重病', ...Object.values(duesCategoryLabels)])
      expect(notice.content).not.toContain(word);
  });

  it('says when nothing was owed, paid or passed up, and writes a whole rate without decimals', () => {
    expect(
      duesNotice({ fromMonth: '2026-10', toMonth: '2026-10', currentMonth: current, members: [], handovers: [] })
        .content,
    ).toBe(
      [
        '现将本支部2026年10月党费收缴情况公示如下。',
        '一、党员交纳情况',
        '本期无党费交纳记录。',
        '二、总体情况',
        '本期没有应交纳党费的党员。本期共收缴党费 0.00 元。',
        '三、上缴情况',
        '本期党费尚未上缴。',
        '如对公示内容有疑问，请向党支部反映。',
      ].join('\n'),
    );
    const year = duesNotice({
      fromMonth: '2026-01',
      toMonth: '2026-12',
      currentMonth: current,
      members: [member('乙', [['2026-01', '2026-12', '2026-01-08']], { range: { from: '2026-01', to: '2026-12' } })],
      handovers: [],
    });
    expect(year.title).toBe('2026年度党费收缴情况公示');
    expect(year.content).toContain('乙：交纳2026年1月至12月党费 480.00 元');
    expect(year.content).toContain('本期应交纳党费的党员1名，按时足额交纳1名，按时足额交纳率100%；无欠交党费的党员。');
  });
});
