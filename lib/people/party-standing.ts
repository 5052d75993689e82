import { fullYearsBetween } from '@/lib/dates';

/** 党龄: whole years since full membership (转正); none before it. */
export function partyStanding(fullMemberDate: string | null, today: string): number | null {
  if (!fullMemberDate || fullMemberDate > today) return null;
  return fullYearsBetween(fullMemberDate, today);
}
