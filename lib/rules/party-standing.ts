/** Whole years from one YYYY-MM-DD date to another (birthdays and anniversaries). */
export function fullYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const beforeAnniversary = tm < fm || (tm === fm && td < fd);
  return ty - fy - (beforeAnniversary ? 1 : 0);
}

/** 党龄: whole years since full membership (转正); none before it. */
export function partyStanding(fullMemberDate: string | null, today: string): number | null {
  if (!fullMemberDate || fullMemberDate > today) return null;
  return fullYearsBetween(fullMemberDate, today);
}
