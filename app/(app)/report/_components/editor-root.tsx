'use client';
import type { ComponentProps } from 'react';
import { ReportEditor } from '@/app/(app)/report/_components/report-editor';
import { QueryProvider } from '@/components/providers/query-provider';

/** The editor with the React Query client it runs its autosave and figure refetches on. */
export function EditorRoot(props: ComponentProps<typeof ReportEditor>) {
  return (
    <QueryProvider>
      <ReportEditor {...props} />
    </QueryProvider>
  );
}
