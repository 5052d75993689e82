/**
 * The demo does not contradict itself: a meeting, service activity, notice or work output whose title
 * names a festival (国庆, 建党/七一, 五四, 春节, 元旦 …) or, for a meeting, a month, is dated in it.
 * The demo seeded on other days is held to the same in tests/queries/demo-any-day.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { contradiction, contradictions, type DatedTitle, datedTitlesSql } from '@/tests/support/dated-topics';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const rows = db.$client.prepare(datedTitlesSql).all() as DatedTitle[];

const meeting = (date: string, title: string): DatedTitle => ({ source: 'meeting', date, title });

describe('the rule for dated titles', () => {
  it('flags a festival named outside its month', () => {
    expect(contradiction(meeting('2025-07-01', '国庆主题党日：我和祖国共成长'))).toBe(
      'names 国庆节 but is dated 2025-07-01',
    );
    expect(contradiction(meeting('2025-04-15', '庆祝建党节，表彰优秀党员'))).toBe(
      'names 建党节 but is dated 2025-04-15',
    );
    expect(contradiction(meeting('2025-07-06', '研究“七一”表彰推荐人选'))).toBeNull();
    expect(contradiction(meeting('2025-08-06', '研究“七一”表彰推荐人选'))).not.toBeNull();
    expect(contradiction(meeting('2025-10-15', '国庆主题党日：我和祖国共成长'))).toBeNull();
    expect(contradiction(meeting('2025-06-15', '五四青年节座谈'))).not.toBeNull();
    expect(contradiction(meeting('2025-03-15', '春节慰问'))).not.toBeNull();
  });

  it('lets preparing for a festival come within the month before it, never after it', () => {
    expect(contradiction(meeting('2025-06-06', '研究“七一”表彰推荐人选'))).toBeNull();
    expect(contradiction(meeting('2025-09-06', '研究国庆期间值班和志愿服务安排'))).toBeNull();
    expect(contradiction(meeting('2025-05-06', '研究“七一”表彰推荐人选'))).not.toBeNull();
    expect(contradiction({ source: 'activity', date: '2023-12-28', title: '元旦前走访慰问困难户' })).toBeNull();
    expect(contradiction({ source: 'activity', date: '2023-11-20', title: '元旦前走访慰问困难户' })).not.toBeNull();
  });

  it('holds a meeting to the month it names, not a span of months nor a work output', () => {
    expect(contradiction(meeting('2025-03-10', '三月学习交流'))).toBeNull();
    expect(contradiction(meeting('2025-04-10', '3月学习交流'))).toBe('names 3月 but is dated 2025-04-10');
    expect(contradiction(meeting('2025-12-10', '12月学习交流'))).toBeNull();
    expect(contradiction(meeting('2025-06-10', '1—5月工作回顾'))).toBeNull();
    expect(
      contradiction({ source: 'work output', date: '2025-11-03', title: '10月份全旗居民消费价格运行情况' }),
    ).toBeNull();
  });
});

describe('the demo', () => {
  it('has dated titles naming festivals to check', () => {
    expect(rows.filter((r) => /国庆|建党|七一|元旦|学雷锋/.test(r.title)).length).toBeGreaterThan(10);
  });

  it('dates every title that names a festival or a month in it', () => {
    expect(contradictions(rows)).toEqual([]);
  });

  it('holds its 建党节 theme day on 1 July and its 国庆 theme day in October, every year', () => {
    const themeDays = (topic: string) => rows.filter((r) => r.title === topic).map((r) => r.date.slice(5));
    expect(new Set(themeDays('庆祝建党节，表彰优秀党员'))).toEqual(new Set(['07-01']));
    expect(new Set(themeDays('国庆主题党日：我和祖国共成长').map((d) => d.slice(0, 2)))).toEqual(new Set(['10']));
  });
});
