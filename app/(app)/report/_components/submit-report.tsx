'use client';
import { useRef } from 'react';
import { FindingsList } from '@/app/(app)/report/_components/findings-list';
import { submitReport } from '@/app/(app)/report/actions';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Button } from '@/components/ui/button';
import { type Finding, findingsFingerprint } from '@/lib/report/checks';

/**
 * 提交党工委 (or whichever organisation is above): asks first, naming everything still to check; the submit carries the list it was
 * confirmed against, and the server refuses it if the list is no longer the same.
 */
export function SubmitReport({
  reportId,
  version,
  findings,
  unsaved,
  to,
}: {
  reportId: number;
  version: number;
  findings: readonly Finding[];
  /** Edits still being saved: the report is submitted as saved, so wait for them. */
  unsaved: boolean;
  /** The level the report goes to (党工委, 党委 …). */
  to: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button onClick={() => dialog.current?.showModal()} disabled={unsaved}>
        提交{to}
      </Button>
      <dialog
        ref={dialog}
        aria-label={`提交${to}`}
        className="m-auto w-[36rem] max-w-[95vw] rounded-lg p-4 shadow-xl backdrop:bg-stone-900/40"
      >
        {findings.length > 0 ? (
          <>
            <h2 className="mb-2 font-semibold text-amber-900">报告中还有 {findings.length} 处需要检查</h2>
            <div className="max-h-[50vh] overflow-y-auto">
              <FindingsList findings={findings} onJump={() => dialog.current?.close()} />
            </div>
          </>
        ) : (
          <h2 className="mb-2 font-semibold">检查未发现问题</h2>
        )}
        <p className="mt-3 text-sm text-stone-600">提交后报告将锁定，不能再修改。</p>
        <div className="mt-3 flex flex-wrap items-start justify-end gap-2">
          <Button variant="ghost" size="sm" onClick={() => dialog.current?.close()}>
            返回修改
          </Button>
          <InlineActionForm
            action={submitReport}
            hidden={{ id: reportId, version, confirmed: findingsFingerprint(findings) }}
            submitLabel={findings.length > 0 ? `确认以上${findings.length}处，仍然提交` : '确定提交'}
            variant="primary"
          />
        </div>
      </dialog>
    </>
  );
}
