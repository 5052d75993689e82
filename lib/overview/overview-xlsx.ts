import ExcelJS from 'exceljs';
import { addTableSheet, workbookBuffer } from '@/lib/office/xlsx-sheet';
import { organisationLevelLabels } from '@/lib/organisations/model';
import { figureColumns, lineFigures } from '@/lib/overview/columns';
import type { OverviewLine } from '@/lib/overview/lines';

/**
 * The overview's table as a spreadsheet: one row per organisation (its branches added up) and branch, the
 * tree shown by indenting names, the same columns as the page.
 */
export async function overviewXlsx(input: { title: string; lines: readonly OverviewLine[] }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  addTableSheet(workbook, '支部情况', {
    title: input.title,
    landscape: true,
    rows: input.lines,
    columns: [
      {
        header: '组织',
        width: 30,
        value: (line) =>
          `${'　'.repeat(line.depth)}${line.name}${line.type === 'organisation' ? `（${organisationLevelLabels[line.level]}，${line.totals.branches}个支部）` : ''}`,
      },
      ...figureColumns.map(({ key, heading, group }) => ({
        header: `${group}\n${heading}`,
        width: key === 'report' ? 18 : 10,
        value: (line: OverviewLine) => lineFigures(line)[key],
      })),
    ],
  });
  return workbookBuffer(workbook);
}
