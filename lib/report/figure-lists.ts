import { quantityText } from '@/lib/report/figure-number';

/*
 * How the `list.*` figures write their items. Meetings are short and join with 、; projects, plans and
 * problems carry commas and parentheses of their own, so they join with ；.
 */

export type ListKind = 'meetings' | 'projects' | 'plans' | 'rectification' | 'ledger';

export const listSeparators: Record<ListKind, string> = {
  meetings: '、',
  projects: '；',
  plans: '；',
  rectification: '；',
  ledger: '；',
};

/** What an empty list reads as in the text. */
export const emptyListText = '无';

/** “重温入党誓词”（局党员活动室） */
export function meetingItem(topic: string, place: string | null): string {
  return place ? `“${topic}”（${place}）` : `“${topic}”`;
}

export type OutputQuantity = { name: string; unit: string; quantity: number };

/** 巴苏木昂嘎查垃圾点改造（投入资金8万元、垃圾点升级改造3个） */
export function projectItem(name: string, outputs: readonly OutputQuantity[]): string {
  return outputs.length
    ? `${name}（${outputs.map((o) => quantityText(o.name, o.quantity, o.unit)).join('、')}）`
    : name;
}

/** 2024年书记项目：胡杨林病虫害防治与垃圾点改造（已完成） */
export function planItem(name: string, statusLabel: string): string {
  return `${name}（${statusLabel}）`;
}

/** 对企业建言献策的能力不足（已销号） */
export function rectificationItem(problem: string, stateLabel: string): string {
  // A problem written as a sentence (“学习不够深入。”) loses its closing mark before the state.
  return `${problem.replace(/[。；;，,、\s]+$/, '')}（${stateLabel}）`;
}

/** 全县优秀共产党员（县级）: a ledger entry, with its level when it has one. */
export function ledgerEntryItem(title: string, levelLabel: string | null): string {
  return levelLabel ? `${title}（${levelLabel}）` : title;
}

export function joinList(kind: ListKind, items: readonly string[]): string {
  return items.length ? items.join(listSeparators[kind]) : emptyListText;
}
