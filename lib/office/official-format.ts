/**
 * Layout of Chinese official documents after GB/T 9704-2012 (党政机关公文格式), shared by the
 * .docx writers. Plain numbers only, so that nothing here depends on a particular docx library.
 */

const twipsPerMm = 1440 / 25.4;

/** Millimetres to twips (1/20 pt), rounded to the nearest twip, as Word itself stores A4 (11906 × 16838). */
export function mmToTwip(mm: number): number {
  return Math.round(mm * twipsPerMm);
}

/** Points to twips. */
export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** A4 portrait. */
export const pageSizeMm = { width: 210, height: 297 } as const;

/** Left is the inside (binding) edge; the text block is then 156 × 225 mm. */
export const pageMarginMm = { top: 37, bottom: 35, left: 28, right: 26 } as const;

export const pageSizeTwip = { width: mmToTwip(pageSizeMm.width), height: mmToTwip(pageSizeMm.height) } as const;

export const pageMarginTwip = {
  top: mmToTwip(pageMarginMm.top),
  bottom: mmToTwip(pageMarginMm.bottom),
  left: mmToTwip(pageMarginMm.left),
  right: mmToTwip(pageMarginMm.right),
} as const;

export const officialFonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  /** The standard asks for half-width 宋体 Arabic numerals in the page number. */
  pageNumber: '宋体',
} as const;

/** Chinese type sizes (字号) used by official documents; docx measures font size in half-points. */
export const officialFontSizes = {
  /** 2号, for the title. */
  no2: { pt: 22, halfPoints: 44 },
  /** 3号, for body text and headings. */
  no3: { pt: 16, halfPoints: 32 },
  /** 4号, for page numbers. */
  no4: { pt: 14, halfPoints: 28 },
} as const;

export const linesPerPage = 22;
export const charsPerLine = 28;

/** The text block's width: 156 mm. */
const textWidthTwip = pageSizeTwip.width - pageMarginTwip.left - pageMarginTwip.right;

/**
 * Word's document grid (“每行 28 字”): 28 characters of 3号 (448 pt) are wider than the 442 pt line,
 * so each character's pitch is reduced by this many 4096ths of a point (ECMA-376 §17.6.5 charSpace).
 */
export const gridCharSpace = Math.round((textWidthTwip / 20 / charsPerLine - officialFontSizes.no3.pt) * 4096);

/**
 * The text block is 225 mm ≈ 637.8 pt high, so 22 lines need just under 29 pt each; 28.95 pt
 * ("固定值 28.95 磅") is the setting commonly used to get exactly 22 lines of 3号 仿宋.
 */
export const bodyLineSpacingPt = 28.95;
export const bodyLineSpacingTwip = ptToTwip(bodyLineSpacingPt);

/** Body paragraphs start with a two-character (2 × 3号) first-line indent. */
export const bodyFirstLineIndentTwip = ptToTwip(2 * officialFontSizes.no3.pt);

/**
 * Footer distance from the bottom edge: the page number sits about 7 mm below the 35 mm bottom
 * margin, i.e. its 4号 line ends roughly 23 mm above the edge of the paper.
 */
export const pageNumberFooterMm = 23;
