import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  type IntegrityLedgerInput,
  integrityLedgerXlsx,
  integritySheetNames,
  listRows,
} from '@/lib/integrity/ledger-xlsx';
import { integrityFigures } from '@/lib/integrity/model';

const input: IntegrityLedgerInput = {
  branchName: '旗统计局党支部',
  year: 2023,
  figures: integrityFigures({
    aspects: { count: 2 },
    items: { count: 3 },
    letters: {
      count: 2,
      byKind: [
        { kind: '分管领域负责人', counterparts: 1 },
        { kind: '股室', counterparts: 1 },
      ],
    },
    talks: { count: 1 },
    meetings: { count: 1 },
  }),
  aspects: [
    {
      title: '落实主体责任',
      items: [
        { content: '年初制定工作方案', responsible: '党组书记' },
        { content: '=季度研究', responsible: '班子成员' },
      ],
    },
    { title: '带头廉洁从政', items: [{ content: '执行八项规定', responsible: '领导班子成员' }] },
    { title: '尚无内容的方面', items: [] },
  ],
  letters: [
    {
      date: '2023-03-07',
      title: '党风廉政建设责任承诺书',
      signer: '孟庆华',
      counterpartKind: '分管领域负责人',
      counterpart: '副局长 巴图孟和',
    },
    {
      date: '2023-03-07',
      title: '统计行风建设责任书',
      signer: '孟庆华',
      counterpartKind: '股室',
      counterpart: '综合股',
    },
  ],
  meetings: [{ date: '2023-05-06', kindName: '支委会', topic: '研究党风廉政建设责任清单落实', place: '局党员活动室' }],
  talks: [{ date: '2023-03-10', initiatorName: '巴图孟和', partnerName: '王海燕', note: '提醒严守统计纪律' }],
};

async function readBack(data: IntegrityLedgerInput): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await integrityLedgerXlsx(data)) as unknown as ExcelJS.Buffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet | undefined, row: number) => (sheet!.getRow(row).values as unknown[]).slice(1);

describe('integrity ledger xlsx', () => {
  it('writes the figures, the list, the letters, the meetings and the talks, each under a title and a header row', async () => {
    const workbook = await readBack(input);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '年度统计',
      '主体责任清单',
      '承诺书',
      '专题会议',
      '廉政谈话',
    ]);

    const figures = workbook.getWorksheet(integritySheetNames.figures);
    expect(figures!.getCell('A1').value).toBe('旗统计局党支部2023年党风廉政建设统计');
    expect(values(figures, 2)).toEqual(['项目', '数量', '单位', '说明']);
    expect(values(figures, 5)).toEqual(['签订承诺书', 2, '份', '与1名分管领域负责人、1个股室签订']);

    const list = workbook.getWorksheet(integritySheetNames.list);
    expect(values(list, 2)).toEqual(['序号', '方面', '条目', '内容', '责任人']);
    expect(values(list, 3)).toEqual(['一', '落实主体责任', 1, '年初制定工作方案', '党组书记']);
    expect(values(list, 4)).toEqual([undefined, undefined, 2, "'=季度研究", '班子成员']);
    expect(values(list, 6)).toEqual(['三', '尚无内容的方面']);

    expect(values(workbook.getWorksheet(integritySheetNames.letters), 4)).toEqual([
      2,
      '2023-03-07',
      '统计行风建设责任书',
      '孟庆华',
      '股室',
      '综合股',
    ]);
    expect(values(workbook.getWorksheet(integritySheetNames.meetings), 3)).toEqual([
      1,
      '2023-05-06',
      '支委会',
      '研究党风廉政建设责任清单落实',
      '局党员活动室',
    ]);
    expect(values(workbook.getWorksheet(integritySheetNames.talks), 3)).toEqual([
      1,
      '2023-03-10',
      '巴图孟和',
      '王海燕',
      '提醒严守统计纪律',
    ]);
  });

  it('leaves the talks out for a reader who may not see them; the figures still count them', async () => {
    const workbook = await readBack({ ...input, talks: null });
    expect(workbook.getWorksheet(integritySheetNames.talks)).toBeUndefined();
    expect(values(workbook.getWorksheet(integritySheetNames.figures), 6)).toEqual(['廉政谈话', 1, '次']);
  });
});

describe('listRows', () => {
  it('names each aspect on its first row only and keeps an aspect without items', () => {
    expect(listRows(input.aspects).map((r) => [r.aspectNumber, r.itemNumber])).toEqual([
      ['一', 1],
      [null, 2],
      ['二', 1],
      ['三', null],
    ]);
  });
});
