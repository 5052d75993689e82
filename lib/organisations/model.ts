/**
 * The levels of party organisation above a branch. Any may sit under any other (a 党总支 under a 党委,
 * a 党工委 under a 党委, a branch directly under a 党委): the tree's shape is the organisation's own.
 */
export const organisationLevels = ['party_committee', 'working_committee', 'general_branch'] as const;
export type OrganisationLevel = (typeof organisationLevels)[number];

export const organisationLevelLabels: Record<OrganisationLevel, string> = {
  party_committee: '党委',
  working_committee: '党工委',
  general_branch: '党总支',
};

/**
 * The level a name says it is, as organisations are named (…党委, …党工委, …党总支 or …总支部委员会):
 * for the command line, where a name is given without its level.
 */
export function levelFromName(name: string): OrganisationLevel | null {
  const trimmed = name.trim();
  if (/党工委$|工作委员会$/.test(trimmed)) return 'working_committee';
  if (/党总支$|总支部委员会$|总支$/.test(trimmed)) return 'general_branch';
  if (/党委$|委员会$/.test(trimmed)) return 'party_committee';
  return null;
}

/**
 * Up to this many branches a plain list serves to find one (the switcher, the overview all open); beyond it,
 * the overview's organisations, sorted and opened one at a time, do.
 */
export const listableBranches = 60;
