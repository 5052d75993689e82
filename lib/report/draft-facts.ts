import type { BranchKind } from '@/lib/branches/model';
import type { DevelopmentStepCode } from '@/lib/development/steps';
import type { BuiltInMeetingKind } from '@/lib/meetings/model';
import type { RosterFigure } from '@/lib/report/draft-roster';
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

/** A ledger of the branch (自定义台账) and what its entries of the year hold. */
export type DraftLedger = {
  id: number;
  /** The template it was switched on from (lib/ledgers/templates.ts); null for the branch's own. */
  template: string | null;
  name: string;
  /** The measure word its entries are counted in. */
  unit: string;
  quantityUnit: string | null;
  /** Entries in the year. */
  entries: number;
  /** The tags the year's entries carry, in the ledger's order. */
  tags: string[];
  /** Whether some entry of the year carries a quantity, an amount, people. */
  quantity: boolean;
  amount: boolean;
  people: boolean;
};

/**
 * What the first draft needs to know about a branch's year: which of its own kinds, types and
 * categories to write figures for, and which sentences have something to say. The numbers
 * themselves are never here — the draft writes tokens and the figure engine computes them.
 */
export type DraftFacts = {
  year: number;
  /** The kind of branch, which chooses the template. */
  branchKind: BranchKind;
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
  /** 党费 collected in the year (元) and the members who paid every month in full and on time. */
  dues: { collected: number; onTime: number };
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
  /** The roster figures' values at the year's end (see rosterFigures): a sentence only for what is there. */
  roster: Record<RosterFigure, number>;
  /** The branch's party groups, in order. */
  partyGroups: { id: number; name: string }[];
  ledgers: DraftLedger[];
  /**
   * When the problems the reviewers raised on last year's report (述职评议) were found: in last year
   * (`previous`) or in this one (`current`) — the review may fall either side of the new year.
   */
  reviewProblemsFound: ('previous' | 'current')[];
};
