import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  type MeetingMinutes,
  meetingMinutesDocx,
  meetingPlace,
  meetingTime,
  minutesTitle,
  textParagraphs,
} from '@/lib/meetings/minutes-docx';
import { mmToTwip } from '@/lib/office/official-format';

const sample: MeetingMinutes = {
  branchName: '旗统计局党支部',
  kindName: '支委会',
  topic: '研究“三会一课”计划 & <第二季度> "发展党员" 工作',
  date: '2023-05-12',
  startTime: '14:30',
  endTime: '16:00',
  place: '党员活动室',
  placeTags: ['红色教育基地', '廉政教育基地'],
  host: '张建国',
  recorder: '李晓梅',
  lecturer: null,
  agenda: '1. 传达上级文件精神\n2. 研究发展党员工作',
  minutes: '张建国同志传达了上级文件精神。\n\n与会同志逐一发言。\n',
  decisions: null,
  seminarMaterials: null,
  exchangeArticles: null,
  attendance: [
    { name: '张建国', status: 'present', reason: null, expected: true },
    { name: '李晓梅', status: 'present', reason: null, expected: true },
    { name: '王志强', status: 'leave', reason: '出差', expected: true },
    { name: '赵丽', status: 'absent', reason: null, expected: true },
  ],
  removed: [],
};

async function documentXml(minutes: MeetingMinutes): Promise<string> {
  const zip = await JSZip.loadAsync(await meetingMinutesDocx(minutes));
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('word/document.xml missing');
  return file.async('string');
}

async function footerXml(minutes: MeetingMinutes): Promise<string> {
  const zip = await JSZip.loadAsync(await meetingMinutesDocx(minutes));
  const footers = zip.file(/^word\/footer\d*\.xml$/);
  return (await Promise.all(footers.map((f) => f.async('string')))).join('');
}

describe('meeting minutes docx', () => {
  it('returns a zip (docx) buffer', async () => {
    const buffer = await meetingMinutesDocx(sample);
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes the title, the XML-escaped topic and the meeting facts', async () => {
    const xml = await documentXml(sample);
    expect(xml).toContain('旗统计局党支部支委会会议记录');
    expect(xml).toContain('研究“三会一课”计划 &amp; &lt;第二季度&gt; &quot;发展党员&quot; 工作');
    expect(xml).not.toContain('<第二季度>');
    expect(xml).toContain('2023年5月12日 14:30—16:00');
    expect(xml).toContain('党员活动室（红色教育基地、廉政教育基地）');
    expect(xml).toContain('张建国');
    expect(xml).toContain('李晓梅');
  });

  it('lists attendees by status with counts and the leave reason', async () => {
    const xml = await documentXml(sample);
    expect(xml).toContain('应到人数：');
    expect(xml).toContain('4人');
    expect(xml).toContain('2人');
    expect(xml).toContain('张建国、李晓梅');
    expect(xml).toContain('请假人员：');
    expect(xml).toContain('王志强（出差）');
    expect(xml).toContain('缺席人员：');
    expect(xml).toContain('赵丽');
  });

  it('lists 列席 apart and counts neither them nor their presence as 应到 or 实到', async () => {
    const xml = await documentXml({
      ...sample,
      attendance: [
        ...sample.attendance,
        { name: '孙明', status: 'present', reason: null, expected: false },
        { name: '周平', status: 'absent', reason: null, expected: false },
      ],
    });
    expect(xml).toMatch(/应到人数：.*?>4人</);
    expect(xml).toMatch(/实到人数：.*?>2人</);
    expect(xml).toContain('>张建国、李晓梅<');
    expect(xml).toMatch(/缺席人员：.*?>赵丽</);
    expect(xml).toContain('列席人员：');
    expect(xml).toContain('>孙明、周平（缺席）<');
    expect(await documentXml(sample)).not.toContain('列席人员');
  });

  it('names who was taken off the list of those expected, with the reason', async () => {
    const xml = await documentXml({ ...sample, removed: [{ name: '周平', reason: '调离本支部' }] });
    expect(xml).toContain('移出应到名单：');
    expect(xml).toContain('>周平（调离本支部）<');
    expect(await documentXml(sample)).not.toContain('移出应到名单');
  });

  it('splits the minutes into paragraphs and skips blank lines', async () => {
    const xml = await documentXml(sample);
    expect(xml).toContain('>张建国同志传达了上级文件精神。<');
    expect(xml).toContain('>与会同志逐一发言。<');
  });

  it('omits empty sections and the lecturer when not set', async () => {
    const xml = await documentXml(sample);
    expect(xml).toContain('一、会议议程');
    expect(xml).toContain('二、会议内容');
    expect(xml).not.toContain('会议决定');
    expect(xml).not.toContain('研讨');
    expect(xml).not.toContain('主讲人');
  });

  it('writes decisions, the lecturer and the seminar counts when given', async () => {
    const xml = await documentXml({
      ...sample,
      kindName: '专题研讨',
      lecturer: '孙明',
      decisions: '同意王志强同志列为发展对象。',
      seminarMaterials: 3,
      exchangeArticles: 5,
    });
    expect(xml).toContain('主讲人：');
    expect(xml).toContain('孙明');
    expect(xml).toContain('三、会议决定');
    expect(xml).toContain('同意王志强同志列为发展对象。');
    expect(xml).toContain('四、研讨交流');
    expect(xml).toContain('研讨材料3篇、交流体会5篇');
  });

  it('uses an A4 page with the official margins', async () => {
    const xml = await documentXml(sample);
    const sectPr = /<w:sectPr>.*<\/w:sectPr>/s.exec(xml)?.[0] ?? '';
    expect(sectPr).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(sectPr)?.[1] ?? '';
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]);
    expect(Math.abs(attr('top') - 2098)).toBeLessThanOrEqual(1);
    expect(attr('bottom')).toBe(mmToTwip(35));
    expect(attr('left')).toBe(mmToTwip(28));
    expect(attr('right')).toBe(mmToTwip(26));
  });

  it('uses the official fonts and exact 28.95 pt line spacing', async () => {
    const xml = await documentXml(sample);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:line="579" w:lineRule="exact"');
  });

  it('puts the page number as "— n —" in the footer, odd pages right and even pages left', async () => {
    const xml = await footerXml(sample);
    expect(xml).toContain('<w:jc w:val="right"/>');
    expect(xml).toContain('<w:jc w:val="left"/>');
    expect(xml).toMatch(/— <\/w:t>.*PAGE.* —</s);
  });
});

describe('minutes helpers', () => {
  it('builds the title without doubling 支部', () => {
    expect(minutesTitle('旗统计局党支部', '支委会')).toBe('旗统计局党支部支委会会议记录');
    expect(minutesTitle('旗统计局党支部', '支部党员大会')).toBe('旗统计局党支部党员大会会议记录');
  });

  it('formats the time with or without start and end', () => {
    expect(meetingTime('2023-01-05', '09:00', '11:30')).toBe('2023年1月5日 09:00—11:30');
    expect(meetingTime('2023-01-05', '09:00', null)).toBe('2023年1月5日 09:00');
    expect(meetingTime('2023-01-05', null, null)).toBe('2023年1月5日');
  });

  it('formats the place with its tags', () => {
    expect(meetingPlace('会议室', [])).toBe('会议室');
    expect(meetingPlace(null, ['红色教育基地'])).toBe('红色教育基地');
    expect(meetingPlace(null, [])).toBeNull();
  });

  it('splits text on newlines and drops blank lines', () => {
    expect(textParagraphs('一\r\n\r\n  二  \n')).toEqual(['一', '二']);
    expect(textParagraphs(null)).toEqual([]);
  });
});
