import type { DevelopmentStepCode } from '@/lib/development/steps';
import type { BuiltInMeetingKind } from '@/lib/meetings/model';
import type { OutputCategory } from '@/lib/service/model';

/** An output type a project produced in the year. */
export type DraftOutput = { typeId: number; name: string; unit: string; category: OutputCategory };

/** A service project running in the year, with what it produced. */
export type DraftProject = { id: number; kind: string; name: string; outputs: DraftOutput[] };

/** Next year's 书记项目 as planned, with its targets. */
export type DraftPlan = {
  name: string;
  goal: string | null;
  targets: { name: string; unit: string; quantity: number }[];
};

/**
 * What the first draft needs to know about a branch's year: which of its own kinds, types and
 * categories to write figures for, and which sentences have something to say. The numbers
 * themselves are never here — the draft writes tokens and the figure engine computes them.
 */
export type DraftFacts = {
  year: number;
  /** The working committee the report is delivered to. */
  committeeName: string;
  /** The branch's meeting kinds in order; `param` is what a token names the kind by. */
  meetingKinds: { param: string; code: BuiltInMeetingKind | null; name: string; held: number }[];
  /** Place tags the year's theme days were held at, in the app's order. */
  themeDayPlaces: string[];
  /** Heart-to-heart talks recorded in the year. */
  talks: number;
  /** Notices published in the year. */
  notices: number;
  /** Development steps somebody reached in the year. */
  developmentSteps: DevelopmentStepCode[];
  projects: DraftProject[];
  /** Kinds of counterpart commitment letters were signed with in the year, in the app's order. */
  letterKinds: string[];
  workCategories: { id: number; name: string; unit: string }[];
  /** The year's clean-government records, how many of each: a sentence with nothing to count is left out. */
  integrity: { aspects: number; items: number; meetings: number; letters: number; talks: number };
  /** Problems found in the year. */
  foundProblems: number;
  /** Problems carried into the year unresolved. */
  carriedOver: number;
  /** Problems not checked off by the end of the year. */
  openProblems: { aspect: string; problem: string }[];
  nextYearPlans: DraftPlan[];
};
