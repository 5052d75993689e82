import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  bodyFirstLineIndentTwip,
  bodyLineSpacingTwip,
  gridCharSpace,
  mmToTwip,
  pageMarginTwip,
  pageNumberFooterMm,
  pageSizeTwip,
} from '@/lib/office/official-format';
import { dutyReportDocx } from '@/lib/report/docx';
import type { RenderedReport } from '@/lib/report/rendered';
import { renderedReport } from '@/tests/support/rendered-report';

async function unzip(report: RenderedReport = renderedReport): Promise<JSZip> {
  return JSZip.loadAsync(await dutyReportDocx(report));
}

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} missing`);
  return file.async('string');
}

type Para = { xml: string; text: string; fonts: string[]; sizes: number[] };

/** The document's paragraphs with their text, each run's east-Asian font and size. */
async function paragraphs(report?: RenderedReport): Promise<Para[]> {
  const xml = await part(await unzip(report), 'word/document.xml');
  return [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map(([p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    fonts: [...p.matchAll(/<w:r>.*?w:eastAsia="([^"]+)"/gs)].map((m) => m[1]),
    sizes: [...p.matchAll(/<w:r>.*?<w:sz w:val="(\d+)"/gs)].map((m) => Number(m[1])),
  }));
}

function paragraphStarting(all: Para[], prefix: string): Para {
  const found = all.find((p) => p.text.startsWith(prefix));
  if (!found) throw new Error(`no paragraph starting ${prefix}`);
  return found;
}

const exactBodyLine = `w:line="${bodyLineSpacingTwip}" w:lineRule="exact"`;

describe('duty report docx', () => {
  it('is a zip (docx) buffer', async () => {
    const buffer = await dutyReportDocx(renderedReport);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('uses an A4 page, the official margins and a 28 × 22 document grid', async () => {
    const xml = await part(await unzip(), 'word/document.xml');
    const sectPr = /<w:sectPr>.*<\/w:sectPr>/s.exec(xml)?.[0] ?? '';
    expect(sectPr).toContain(`<w:pgSz w:w="${pageSizeTwip.width}" w:h="${pageSizeTwip.height}"`);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(sectPr)?.[1] ?? '';
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]);
    expect(attr('top')).toBe(mmToTwip(37));
    expect(attr('left')).toBe(mmToTwip(28));
    expect(attr('right')).toBe(pageMarginTwip.right);
    expect(attr('bottom')).toBe(pageMarginTwip.bottom);
    expect(attr('footer')).toBe(mmToTwip(pageNumberFooterMm));
    expect(sectPr).toMatch(
      new RegExp(
        `<w:docGrid w:type="linesAndChars" w:linePitch="${bodyLineSpacingTwip}" w:charSpace="${gridCharSpace}"/>`,
      ),
    );
    expect(gridCharSpace).toBeLessThan(0);
  });

  it('centres the title in 2号 方正小标宋简体 and the byline in 楷体 below it', async () => {
    const [title, byline, opening] = await paragraphs();
    expect(title.text).toBe(renderedReport.title);
    expect(title.xml).toContain('<w:jc w:val="center"/>');
    expect(title.fonts).toEqual(['方正小标宋简体']);
    expect(title.sizes).toEqual([44]);
    expect(byline.text).toBe('旗统计局党支部书记\u3000张建国');
    expect(byline.xml).toContain('<w:jc w:val="center"/>');
    expect(byline.fonts).toEqual(['楷体_GB2312']);
    expect(opening.text).toBe(renderedReport.preamble[0]);
  });

  it('leaves the byline out when the report has no author', async () => {
    const [, next] = await paragraphs({ ...renderedReport, author: ' ' });
    expect(next.text).toBe(renderedReport.preamble[0]);
  });

  it('sets body text in justified 3号 仿宋_GB2312 with a two-character indent and exact line spacing', async () => {
    const body = paragraphStarting(await paragraphs(), '年内召开支委会议12次');
    expect(body.fonts).toEqual(['仿宋_GB2312']);
    expect(body.sizes).toEqual([32]);
    expect(body.xml).toContain('<w:jc w:val="both"/>');
    expect(body.xml).toContain(`w:firstLine="${bodyFirstLineIndentTwip}"`);
    expect(body.xml).toContain(exactBodyLine);
  });

  it('names the font for every script with the east-Asian hint', async () => {
    const body = paragraphStarting(await paragraphs(), '年内召开支委会议12次');
    expect(body.xml).toMatch(
      /<w:rFonts w:ascii="仿宋_GB2312" w:cs="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"\/>/,
    );
  });

  it('puts first-level headings in 黑体 and phrase second-level headings in 楷体, each on its own line', async () => {
    const all = await paragraphs();
    const first = paragraphStarting(all, '一、');
    expect(first.text).toBe('一、本年度履职情况');
    expect(first.fonts).toEqual(['黑体']);
    expect(first.xml).toContain('<w:outlineLvl w:val="0"/>');
    expect(first.xml).toContain('<w:keepNext/>');
    const second = paragraphStarting(all, '（一）抓实');
    expect(second.text).toBe('（一）抓实理论学习，筑牢思想根基');
    expect(second.fonts).toEqual(['楷体_GB2312']);
    expect(second.xml).toContain('<w:outlineLvl w:val="1"/>');
    expect(second.xml).toContain(`w:firstLine="${bodyFirstLineIndentTwip}"`);
  });

  it('runs a sentence heading into its first paragraph, 楷体 then 仿宋', async () => {
    const all = await paragraphs();
    const runIn = paragraphStarting(all, '（一）理论学习的深度还不够。');
    expect(runIn.text).toBe(
      '（一）理论学习的深度还不够。学用结合不够紧密，学习成果转化为推动统计工作的实际举措还不多。',
    );
    expect(runIn.fonts).toEqual(['楷体_GB2312', '仿宋_GB2312']);
    expect(runIn.xml).not.toContain('w:outlineLvl');
  });

  it('writes every heading and paragraph once, in order, with nothing left as a placeholder', async () => {
    const texts = (await paragraphs()).map((p) => p.text);
    expect(texts.filter((t) => /^[一二三]、/.test(t))).toEqual([
      '一、本年度履职情况',
      '二、存在的主要问题',
      '三、下一步打算',
    ]);
    expect(texts.filter((t) => t.startsWith('（')).map((t) => t.slice(0, 5))).toEqual([
      '（一）抓实',
      '（二）规范',
      '（一）理论',
      '（二）支部',
    ]);
    expect(texts).toHaveLength(2 + 1 + 7 + 5);
    expect(texts.join('')).not.toContain('{{');
  });

  it('escapes XML in the text', async () => {
    const xml = await part(await unzip({ ...renderedReport, preamble: ['收入 < 支出 & “结余”'] }), 'word/document.xml');
    expect(xml).toContain('收入 &lt; 支出 &amp; “结余”');
  });

  it('numbers pages “— n —” in 4号 宋体, odd pages right and even pages left', async () => {
    const zip = await unzip();
    expect(await part(zip, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const document = await part(zip, 'word/document.xml');
    const rels = await part(zip, 'word/_rels/document.xml.rels');
    const footer = (type: 'default' | 'even') => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`).exec(document)?.[1];
      return part(zip, `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]}`);
    };
    const [odd, even] = await Promise.all([footer('default'), footer('even')]);
    for (const [xml, side] of [
      [odd, 'right'],
      [even, 'left'],
    ] as const) {
      expect(xml).toContain(`<w:jc w:val="${side}"/>`);
      expect(xml).toContain(`w:${side}="280"`);
      expect(xml).toContain('w:eastAsia="宋体"');
      expect(xml).toContain('<w:sz w:val="28"/>');
      expect(xml).toMatch(/>— <\/w:t>.*PAGE.*> —<\/w:t>/s);
    }
  });

  it('names the report as the file’s title and the secretary as its author, not “Un-named”', async () => {
    const core = await part(await unzip(), 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${renderedReport.title}</dc:title>`);
    expect(core).toContain('<dc:creator>张建国</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>张建国</cp:lastModifiedBy>');
    expect(core).not.toContain('Un-named');
  });

  it('is signed by the branch when it has no secretary', async () => {
    const core = await part(await unzip({ ...renderedReport, author: '' }), 'docProps/core.xml');
    expect(core).toContain('<dc:creator>旗统计局党支部</dc:creator>');
    expect(core).not.toContain('Un-named');
  });
});
