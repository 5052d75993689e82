import { formatDateTime } from '@/components/ui/format';
import type { HistoryEntry } from '@/db/queries/audit-history';
import { changedFields } from '@/lib/audit/changes';

const actionLabels: Record<string, string> = {
  'rectification.create': '登记问题',
  'rectification.update': '修改',
  'rectification.evidence': '填写整改情况',
  'rectification.complete': '标记为已完成',
  'rectification.check_off': '对账销号',
  'rectification.reopen': '重新打开',
  'attachment.add': '上传佐证材料',
  'attachment.remove': '删除佐证材料',
};

const fieldLabels = {
  aspect: '方面',
  problem: '问题',
  source: '来源',
  sourceMeetingId: '来源会议',
  sourceNote: '来源说明',
  measures: '整改措施',
  responsiblePersonId: '责任人',
  foundDate: '查摆日期',
  deadline: '整改时限',
  evidence: '整改完成情况',
};

function detailOf(entry: HistoryEntry): string | null {
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const before = (entry.before ?? {}) as Record<string, unknown>;
  switch (entry.action) {
    case 'rectification.update':
    case 'rectification.evidence':
      return changedFields(entry.before, entry.after, fieldLabels).join('、') || null;
    case 'rectification.reopen':
      return `原因：${after.reopenReason}`;
    case 'attachment.add':
      return String(after.fileName);
    case 'attachment.remove':
      return String(before.fileName);
    default:
      return null;
  }
}

/** Every audited change of the item, oldest first: who did what, when. */
export function ItemHistory({ entries }: { entries: HistoryEntry[] }) {
  return (
    <ol aria-label="变更记录" className="space-y-2 text-sm">
      {entries.map((entry) => {
        const detail = detailOf(entry);
        return (
          <li key={entry.id} className="border-l-2 border-stone-200 pl-3">
            <p className="text-xs text-stone-500">{formatDateTime(entry.at)}</p>
            <p>
              <span className="font-medium">{entry.actorName ?? '系统'}</span>{' '}
              {actionLabels[entry.action] ?? entry.action}
              {detail && <span className="text-stone-600">（{detail}）</span>}
            </p>
          </li>
        );
      })}
      {entries.length === 0 && <li className="text-stone-500">暂无变更记录。</li>}
    </ol>
  );
}
