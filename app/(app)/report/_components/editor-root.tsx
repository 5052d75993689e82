'use client';
import type { ComponentProps } from 'react';
import { QueryProvider } from '@/components/providers/query-provider';
import { ReportEditor } from './report-editor';

/** The editor with the React Query client it runs its autosave and figure refetches on. */
export function EditorRoot(props: ComponentProps<typeof ReportEditor>) {
  return (
    <QueryProvider>
      <ReportEditor {...props} />
    </QueryProvider>
  );
}
