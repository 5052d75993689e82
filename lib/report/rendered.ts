/**
 * A report with every figure resolved to its text: what the .docx export and the print view lay out.
 * Headings carry their computed numbering (“一、”, “（一）”) separately from their words.
 */
export type RenderedSection = {
  level: 1 | 2;
  /** '一、' for level 1, '（一）' for level 2; empty for a heading left unnumbered. */
  number: string;
  heading: string;
  /** Body paragraphs, figures already written as text. */
  paragraphs: string[];
};

export type RenderedReport = {
  /** e.g. '2023年党支部书记抓基层党建工作述职报告' */
  title: string;
  branchName: string;
  /** The name the report is signed with (the secretary), may be empty. */
  author: string;
  year: number;
  /** Paragraphs before the first section (the opening sentence). */
  preamble: string[];
  sections: RenderedSection[];
};
