'use client';
import dynamic from 'next/dynamic';

/**
 * The report editor (with React Query, its autosave and the figure picker) in a chunk of its own. It is
 * still rendered on the server, so the page looks the same at once; in the browser the chunk loads
 * beside the page's and hydrates the editor when it arrives, instead of every script of the page
 * waiting for it. Keeps /report/[year]'s first-load JavaScript under the 150 kB budget (see README,
 * Performance).
 */
export const LazyReportEditor = dynamic(() =>
  import('@/app/(app)/report/_components/editor-root').then((m) => m.EditorRoot),
);
