import { buttonClass } from '@/components/ui/button';
import { type ReportRef, reportQuery } from '@/lib/report/report-ref';

/** Where a report's Word file and print view are; `ref` names the report a reviewer reads (none: the reader's own). */
export function reportFiles(year: number, ref?: ReportRef) {
  const query = reportQuery(ref);
  return {
    docx: { href: `/report/${year}/export.docx${query}`, label: '导出 Word' },
    print: { href: `/report/${year}/print${query}`, label: '打印预览' },
  } as const;
}

/** The Word and print links of a report that is read, not written (nothing to check before them). */
export function FileLinks({ year, reportRef }: { year: number; reportRef?: ReportRef }) {
  const files = reportFiles(year, reportRef);
  return (
    <>
      <a href={files.docx.href} className={buttonClass('secondary')} download>
        {files.docx.label}
      </a>
      <a href={files.print.href} className={buttonClass('secondary')} target="_blank" rel="noreferrer">
        {files.print.label}
      </a>
    </>
  );
}
