import { AlignmentType, Paragraph } from 'docx';
import { bodyParagraph, headingParagraph, officialDocx, officialRun, titleParagraph } from '@/lib/office/official-docx';
import { bodyLineSpacingTwip, officialFonts } from '@/lib/office/official-format';
import { bylineText, isRunInHeading, sectionHeading } from '@/lib/report/docx-layout';
import type { RenderedReport, RenderedSection } from '@/lib/report/rendered';

function body(text: string): Paragraph {
  return bodyParagraph([officialRun(text, officialFonts.body)]);
}

/** Centred in 楷体 under the title, with one empty line before the text. */
function bylineParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: bodyLineSpacingTwip },
    children: [officialRun(text, officialFonts.heading2)],
  });
}

function sectionParagraphs(section: RenderedSection): Paragraph[] {
  const heading = sectionHeading(section);
  if (isRunInHeading(section)) {
    const [first, ...rest] = section.paragraphs;
    return [
      bodyParagraph([officialRun(heading, officialFonts.heading2), officialRun(first, officialFonts.body)]),
      ...rest.map(body),
    ];
  }
  return [headingParagraph(heading, section.level), ...section.paragraphs.map(body)];
}

/**
 * The finished duty report (述职报告) as a .docx in official-document layout, its file properties naming
 * the report as title and the secretary as author (the branch when it has no secretary).
 */
export async function dutyReportDocx(report: RenderedReport): Promise<Buffer> {
  const byline = bylineText(report);
  return officialDocx(
    report.title,
    [
      titleParagraph(report.title),
      ...(byline ? [bylineParagraph(byline)] : []),
      ...report.preamble.map(body),
      ...report.sections.flatMap(sectionParagraphs),
    ],
    { author: report.author || report.branchName },
  );
}
