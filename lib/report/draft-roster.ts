import type { FigureSpec } from '@/lib/report/figure-key';

const members = (filter: Record<string, string> = {}): FigureSpec => ({
  source: 'people',
  params: { status: 'member', ...filter },
});

/**
 * The roster figures 基本情况 is written from, at the end of the report's year. The draft asks the figure
 * engine for each, so it writes a sentence only for what the branch has, and writes the same tokens.
 */
export const rosterFigures = {
  members: members(),
  full: { source: 'people', params: { status: 'full' } },
  probationary: { source: 'people', params: { status: 'probationary' } },
  female: members({ gender: 'female' }),
  minority: members({ ethnicity: 'minority' }),
  young: members({ age: '-35' }),
  college: members({ education: 'college' }),
  activists: { source: 'people', params: { status: 'activist' } },
  candidates: { source: 'people', params: { status: 'candidate' } },
  committee: { source: 'committee', params: {} },
} satisfies Record<string, FigureSpec>;

export type RosterFigure = keyof typeof rosterFigures;
