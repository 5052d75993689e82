import { buttonClass } from '@/components/ui/button';

/** Where a report's Word file and print view are; `branchQuery` names the branch for a reviewer. */
export function reportFiles(year: number, branchQuery = '') {
  return {
    docx: { href: `/report/${year}/export.docx${branchQuery}`, label: '导出 Word' },
    print: { href: `/report/${year}/print${branchQuery}`, label: '打印预览' },
  } as const;
}

/** The Word and print links of a report that is read, not written (nothing to check before them). */
export function FileLinks({ year, branchQuery }: { year: number; branchQuery?: string }) {
  const files = reportFiles(year, branchQuery);
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
