'use client';
import type { Finding } from '@/lib/report/checks';

/**
 * The things to check, each with where it is (a link that jumps there) and, when the records can fix
 * it, what to do (a link to the page where it is recorded).
 */
export function FindingsList({ findings, onJump }: { findings: readonly Finding[]; onJump?: (f: Finding) => void }) {
  return (
    <ol className="space-y-1.5 text-sm">
      {findings.map((f) => (
        <li key={f.id} className="leading-6">
          <a
            href={f.sectionId ? `#section-${f.sectionId}` : '#report-document'}
            onClick={() => onJump?.(f)}
            className="mr-1 font-medium text-brand-700 hover:underline"
          >
            {f.where}
          </a>
          <span className="text-stone-800">{f.message}</span>
          {f.fix && (
            <a href={f.fix.href} className="ml-2 text-xs whitespace-nowrap text-sky-800 underline">
              {f.fix.text}
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}
