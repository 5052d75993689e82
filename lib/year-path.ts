/**
 * Pages whose address names the year they show (`/report/2023`, `/review/2023`, and what lies below
 * them): on these the address, not the year switcher's cookie, is the year on screen. Listed by area,
 * since a number after another area's name is a record's id (`/meetings/2023`).
 */
const yearInAddress = /^\/(report|review)\/(\d{4})(?=\/|$)/;

/** The year the address names, or null on a page whose address carries none. */
export function yearInPath(pathname: string): number | null {
  const match = yearInAddress.exec(pathname);
  return match ? Number(match[2]) : null;
}

/** The same page for another year (`/report/2023/print` → `/report/2025/print`), or null when the address names no year. */
export function pathForYear(pathname: string, year: number): string | null {
  if (!yearInAddress.test(pathname)) return null;
  return pathname.replace(yearInAddress, (_, area: string) => `/${area}/${year}`);
}
