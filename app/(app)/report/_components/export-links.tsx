'use client';
import { buttonClass } from '@/components/ui/button';

/** Word and print links; with placeholders left in the text, the user is warned before either. */
export function ExportLinks({
  year,
  placeholders,
  branchQuery = '',
}: {
  year: number;
  placeholders: number;
  branchQuery?: string;
}) {
  const warn = (event: React.MouseEvent) => {
    if (placeholders > 0 && !window.confirm(`报告中还有 ${placeholders} 处占位（如“x次”“某某”）尚未填写，仍要导出吗？`))
      event.preventDefault();
  };
  return (
    <>
      <a
        href={`/report/${year}/export.docx${branchQuery}`}
        onClick={warn}
        className={buttonClass('secondary')}
        download
      >
        导出 Word
      </a>
      <a
        href={`/report/${year}/print${branchQuery}`}
        onClick={warn}
        className={buttonClass('secondary')}
        target="_blank"
        rel="noreferrer"
      >
        打印预览
      </a>
    </>
  );
}
