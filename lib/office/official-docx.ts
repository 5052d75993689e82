/** Building blocks of a .docx in official-document layout (GB/T 9704-2012), shared by the writers. */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  type IRunOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import {
  bodyFirstLineIndentTwip,
  bodyLineSpacingTwip,
  gridCharSpace,
  mmToTwip,
  officialFontSizes,
  officialFonts,
  pageMarginTwip,
  pageNumberFooterMm,
  pageSizeTwip,
} from '@/lib/office/official-format';

const exactLine = { line: bodyLineSpacingTwip, lineRule: LineRuleType.EXACT } as const;

/**
 * A 3号 run in `font`. The font is named for every script (ascii, hAnsi, eastAsia, cs), and the
 * eastAsia hint makes Word/WPS set ambiguous characters (“ ” — …) full-width in that font too.
 */
export function officialRun(text: string, font: string, options: IRunOptions = {}): TextRun {
  return new TextRun({
    text,
    font: { name: font, hint: 'eastAsia' },
    size: officialFontSizes.no3.halfPoints,
    ...options,
  });
}

/** The 2号 小标宋 title, centred, with one empty line below it. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLine, after: bodyLineSpacingTwip },
    children: [officialRun(text, officialFonts.title, { size: officialFontSizes.no2.halfPoints })],
  });
}

/** A justified body paragraph with the two-character first-line indent; runs may mix fonts. */
export function bodyParagraph(children: TextRun[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exactLine,
    indent: { firstLine: bodyFirstLineIndentTwip },
    children,
  });
}

/** A heading on its own line: level 1 (“一、”) in 黑体, level 2 (“（一）”) in 楷体, indented like the body. */
export function headingParagraph(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    spacing: exactLine,
    indent: { firstLine: bodyFirstLineIndentTwip },
    outlineLevel: level - 1,
    keepNext: true,
    children: [officialRun(text, level === 1 ? officialFonts.heading1 : officialFonts.heading2)],
  });
}

/** One character of the page number's 4号 size. */
const pageNumberIndentTwip = officialFontSizes.no4.pt * 20;

/** “— n —” in 4号 宋体 (GB/T 9704 §7.5): odd pages right, even pages left, one character in from the edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: pageNumberIndentTwip } : { left: pageNumberIndentTwip },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { name: officialFonts.pageNumber, hint: 'eastAsia' },
            size: officialFontSizes.no4.halfPoints,
          }),
        ],
      }),
    ],
  });
}

/**
 * A one-section A4 document in official layout: margins, 28 × 22 grid, default 仿宋 3号, page numbers.
 * `title` and `author` are the file's properties (what Word's 文件 → 信息 and the file manager show);
 * without an author the library would sign the file “Un-named”.
 */
export async function officialDocx(
  title: string,
  children: Paragraph[],
  { author }: { author?: string } = {},
): Promise<Buffer> {
  const doc = new Document({
    title,
    ...(author ? { creator: author, lastModifiedBy: author } : {}),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: { name: officialFonts.body, hint: 'eastAsia' },
            size: officialFontSizes.no3.halfPoints,
            language: { eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: exactLine },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: pageSizeTwip,
            margin: { ...pageMarginTwip, header: mmToTwip(15), footer: mmToTwip(pageNumberFooterMm), gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: bodyLineSpacingTwip, charSpace: gridCharSpace },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
