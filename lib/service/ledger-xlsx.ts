import ExcelJS from 'exceljs';
import { addTableSheet, type SheetColumn, workbookBuffer } from '@/lib/office/xlsx-sheet';
import {
  type OutputCategory,
  outputCategoryLabels,
  type ProjectStatus,
  projectStatusLabels,
} from '@/lib/service/model';

export type LedgerProject = {
  kind: string;
  name: string;
  partner: string | null;
  startDate: string;
  endDate: string | null;
  status: ProjectStatus;
  activities: number;
};

export type LedgerActivity = {
  date: string;
  kind: string;
  projectName: string;
  title: string;
  place: string | null;
  participants: string | null;
  otherParticipants: number;
  outputs: string | null;
};

export type LedgerTotal = { category: OutputCategory; name: string; unit: string; total: number };

export type ServiceLedgerInput = {
  branchName: string;
  year: number;
  projects: LedgerProject[];
  activities: LedgerActivity[];
  totals: LedgerTotal[];
};

export const projectsSheetName = '项目';
export const activitiesSheetName = '活动与成效';
export const totalsSheetName = '年度合计';

const projectColumns: SheetColumn<LedgerProject>[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '类型', width: 14, value: (p) => p.kind },
  { header: '项目名称', width: 36, value: (p) => p.name },
  { header: '结对单位', width: 22, value: (p) => p.partner },
  { header: '开始日期', width: 12, value: (p) => p.startDate },
  { header: '结束日期', width: 12, value: (p) => p.endDate },
  { header: '状态', width: 9, value: (p) => projectStatusLabels[p.status] },
  { header: '本年活动次数', width: 12, value: (p) => p.activities },
];

const activityColumns: SheetColumn<LedgerActivity>[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '日期', width: 12, value: (a) => a.date },
  { header: '项目', width: 28, value: (a) => a.projectName },
  { header: '活动', width: 30, value: (a) => a.title },
  { header: '地点', width: 18, value: (a) => a.place },
  { header: '参加党员', width: 30, value: (a) => a.participants },
  { header: '其他参加人数', width: 12, value: (a) => a.otherParticipants },
  { header: '成效', width: 36, value: (a) => a.outputs },
];

const totalColumns: SheetColumn<LedgerTotal>[] = [
  { header: '类别', width: 12, value: (t) => outputCategoryLabels[t.category] },
  { header: '成效', width: 20, value: (t) => t.name },
  { header: '合计', width: 14, value: (t) => t.total },
  { header: '单位', width: 8, value: (t) => t.unit },
];

/** The year's 结对与服务台账: projects, each activity with its outputs, and the totals by type. */
export async function serviceLedgerXlsx(input: ServiceLedgerInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.branchName;
  const title = `${input.branchName}${input.year}年结对与服务台账`;
  addTableSheet(workbook, projectsSheetName, { title, columns: projectColumns, rows: input.projects, landscape: true });
  addTableSheet(workbook, activitiesSheetName, {
    title,
    columns: activityColumns,
    rows: input.activities,
    landscape: true,
  });
  addTableSheet(workbook, totalsSheetName, { columns: totalColumns, rows: input.totals });
  return workbookBuffer(workbook);
}
