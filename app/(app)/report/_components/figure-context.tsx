'use client';
import { createContext, useContext } from 'react';
import type { FigureSource } from '@/app/(app)/report/_components/figure-requests';
import type { FormAction } from '@/components/forms/use-action-form';
import type { FigureSummary } from '@/lib/report/figure-types';
import type { Override } from '@/lib/report/render';

/** What a figure in the report needs to be drawn and opened: its value, its override, where its records are. */
export type FigureView = {
  reportId: number;
  source: FigureSource;
  figures: ReadonlyMap<string, FigureSummary>;
  overrides: ReadonlyMap<string, Override>;
  overrideAction?: FormAction;
  restoreAction?: FormAction;
};

/** In the editor: the figure whose records are open (one for the whole report), and how to open one. */
export type OpenFigure = { key: string; chip: HTMLElement };
export type EditorFigureView = FigureView & {
  opened: OpenFigure | null;
  open: (figure: OpenFigure) => void;
};

export const EditorFigures = createContext<EditorFigureView | null>(null);

export function useEditorFigures(): EditorFigureView {
  const view = useContext(EditorFigures);
  if (!view) throw new Error('useEditorFigures: no EditorFigures provider above the editor');
  return view;
}
