'use client';
import { useRef, useState } from 'react';
import { reportFiles } from '@/app/(app)/report/_components/file-links';
import { FindingsList } from '@/app/(app)/report/_components/findings-list';
import { Button, buttonClass } from '@/components/ui/button';
import type { Finding } from '@/lib/report/checks';

/**
 * Word and print links. With things left to check (placeholders, zero figures …) the list is shown
 * first, naming each, and the file is made only when the user goes on.
 */
export function ExportLinks({ year, findings }: { year: number; findings: readonly Finding[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [wanted, setWanted] = useState<'docx' | 'print'>('docx');
  const links = reportFiles(year);
  const ask = (which: 'docx' | 'print') => (event: React.MouseEvent) => {
    if (findings.length === 0) return;
    event.preventDefault();
    setWanted(which);
    dialog.current?.showModal();
  };
  return (
    <>
      <a href={links.docx.href} onClick={ask('docx')} className={buttonClass('secondary')} download>
        {links.docx.label}
      </a>
      <a
        href={links.print.href}
        onClick={ask('print')}
        className={buttonClass('secondary')}
        target="_blank"
        rel="noreferrer"
      >
        {links.print.label}
      </a>
      <dialog
        ref={dialog}
        aria-label={`${links[wanted].label}前请检查`}
        className="m-auto w-[36rem] max-w-[95vw] rounded-lg p-4 shadow-xl backdrop:bg-stone-900/40"
      >
        <h2 className="mb-2 font-semibold">报告中还有 {findings.length} 处需要检查</h2>
        <div className="max-h-[55vh] overflow-y-auto">
          <FindingsList findings={findings} onJump={() => dialog.current?.close()} />
        </div>
        <div className="mt-3 flex flex-wrap justify-end gap-2">
          <Button variant="ghost" size="sm" onClick={() => dialog.current?.close()}>
            返回修改
          </Button>
          <a
            href={links[wanted].href}
            onClick={() => dialog.current?.close()}
            className={buttonClass('primary', 'sm')}
            {...(wanted === 'docx' ? { download: true } : { target: '_blank', rel: 'noreferrer' })}
          >
            仍然{links[wanted].label}
          </a>
        </div>
      </dialog>
    </>
  );
}
