import ExcelJS from 'exceljs';
import { chineseNumber } from '@/lib/chinese-number';
import type { IntegrityFigure } from '@/lib/integrity/model';
import { addTableSheet, type SheetColumn, workbookBuffer } from '@/lib/office/xlsx-sheet';

export type IntegrityLedgerInput = {
  branchName: string;
  year: number;
  figures: IntegrityFigure[];
  aspects: { title: string; items: { content: string; responsible: string }[] }[];
  letters: { date: string; title: string; signer: string; counterpartKind: string; counterpart: string }[];
  meetings: { date: string; kindName: string; topic: string; place: string | null }[];
  /** The year's 廉政谈话, or null for a reader who may not see talks (the figures still count them). */
  talks: { date: string; initiatorName: string; partnerName: string; note: string | null }[] | null;
};

export const integritySheetNames = {
  figures: '年度统计',
  list: '主体责任清单',
  letters: '承诺书',
  meetings: '专题会议',
  talks: '廉政谈话',
} as const;

type ListRow = {
  aspectNumber: string | null;
  aspect: string | null;
  itemNumber: number | null;
  content: string | null;
  responsible: string | null;
};

/** One row per item; the aspect is named on its first row only, and an aspect without items still gets a row. */
export function listRows(aspects: IntegrityLedgerInput['aspects']): ListRow[] {
  return aspects.flatMap((aspect, a): ListRow[] => {
    const head = { aspectNumber: chineseNumber(a + 1), aspect: aspect.title };
    if (aspect.items.length === 0) return [{ ...head, itemNumber: null, content: null, responsible: null }];
    return aspect.items.map((item, i) => ({
      ...(i === 0 ? head : { aspectNumber: null, aspect: null }),
      itemNumber: i + 1,
      content: item.content,
      responsible: item.responsible,
    }));
  });
}

const figureColumns: SheetColumn<IntegrityFigure>[] = [
  { header: '项目', width: 16, value: (f) => f.label },
  { header: '数量', width: 8, value: (f) => f.value },
  { header: '单位', width: 6, value: (f) => f.unit },
  { header: '说明', width: 44, value: (f) => f.note },
];

const listColumns: SheetColumn<ListRow>[] = [
  { header: '序号', width: 6, value: (r) => r.aspectNumber },
  { header: '方面', width: 22, value: (r) => r.aspect },
  { header: '条目', width: 6, value: (r) => r.itemNumber },
  { header: '内容', width: 56, value: (r) => r.content },
  { header: '责任人', width: 20, value: (r) => r.responsible },
];

const letterColumns: SheetColumn<IntegrityLedgerInput['letters'][number]>[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '签订日期', width: 12, value: (l) => l.date },
  { header: '名称', width: 30, value: (l) => l.title },
  { header: '签订人', width: 14, value: (l) => l.signer },
  { header: '对象类别', width: 16, value: (l) => l.counterpartKind },
  { header: '签订对象', width: 26, value: (l) => l.counterpart },
];

const meetingColumns: SheetColumn<IntegrityLedgerInput['meetings'][number]>[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '日期', width: 12, value: (m) => m.date },
  { header: '会议类型', width: 14, value: (m) => m.kindName },
  { header: '主题', width: 44, value: (m) => m.topic },
  { header: '地点', width: 20, value: (m) => m.place },
];

const talkColumns: SheetColumn<NonNullable<IntegrityLedgerInput['talks']>[number]>[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '日期', width: 12, value: (t) => t.date },
  { header: '谈话人', width: 12, value: (t) => t.initiatorName },
  { header: '谈话对象', width: 12, value: (t) => t.partnerName },
  { header: '谈话要点', width: 50, value: (t) => t.note },
];

/** The year's 党风廉政建设台账: the figures, the list, the letters, the special meetings and (for the committee) the talks. */
export async function integrityLedgerXlsx(input: IntegrityLedgerInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.branchName;
  const title = (what: string) => `${input.branchName}${input.year}年${what}`;
  addTableSheet(workbook, integritySheetNames.figures, {
    title: title('党风廉政建设统计'),
    columns: figureColumns,
    rows: input.figures,
  });
  addTableSheet(workbook, integritySheetNames.list, {
    title: title('党风廉政建设主体责任清单'),
    columns: listColumns,
    rows: listRows(input.aspects),
    landscape: true,
  });
  addTableSheet(workbook, integritySheetNames.letters, {
    title: title('党风廉政建设责任承诺书签订情况'),
    columns: letterColumns,
    rows: input.letters,
    landscape: true,
  });
  addTableSheet(workbook, integritySheetNames.meetings, {
    title: title('党风廉政建设专题会议'),
    columns: meetingColumns,
    rows: input.meetings,
    landscape: true,
  });
  if (input.talks) {
    addTableSheet(workbook, integritySheetNames.talks, {
      title: title('廉政谈话'),
      columns: talkColumns,
      rows: input.talks,
      landscape: true,
    });
  }
  return workbookBuffer(workbook);
}
