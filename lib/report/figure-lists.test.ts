import { describe, expect, it } from 'vitest';
import { joinList, meetingItem, planItem, projectItem, rectificationItem } from '@/lib/report/figure-lists';

describe('list items', () => {
  it('write a meeting as its quoted topic with the place', () => {
    expect(meetingItem('守护胡杨林', '胡杨林保护区')).toBe('“守护胡杨林”（胡杨林保护区）');
    expect(meetingItem('年终总结', null)).toBe('“年终总结”');
  });

  it('write a project with its outputs, large sums in 万', () => {
    expect(
      projectItem('垃圾点改造', [
        { name: '投入资金', unit: '元', quantity: 80000 },
        { name: '垃圾点升级改造', unit: '个', quantity: 3 },
      ]),
    ).toBe('垃圾点改造（投入资金8万元、垃圾点升级改造3个）');
    expect(projectItem('社区共建', [])).toBe('社区共建');
  });

  it('write a problem with its state and join each kind with its own separator', () => {
    expect(rectificationItem('学习不深', '已销号')).toBe('学习不深（已销号）');
    expect(rectificationItem('制度执行不严；台账有缺漏。', '已完成')).toBe('制度执行不严；台账有缺漏（已完成）');
    expect(joinList('meetings', ['“甲”', '“乙”'])).toBe('“甲”、“乙”');
    expect(joinList('rectification', ['甲（已销号）', '乙（整改中）'])).toBe('甲（已销号）；乙（整改中）');
    expect(joinList('projects', [])).toBe('无');
  });

  it('write a planned 书记项目 with its status, joined with ；', () => {
    expect(planItem('2024年书记项目：垃圾点改造', '已完成')).toBe('2024年书记项目：垃圾点改造（已完成）');
    expect(joinList('plans', ['甲（已完成）', '乙（计划中）'])).toBe('甲（已完成）；乙（计划中）');
  });
});
