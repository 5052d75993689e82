/** A session ends after this long without a request (next-auth's cookie age, renewed as it is used). */
export const sessionIdleHours = 12;
/** …and, however busy, this long after its sign-in: a copied cookie does not live on by being used. */
export const sessionMaxDays = 7;

/** Whether a session begun at `createdAt` (ISO) is past its absolute lifetime at `now`. */
export function sessionExpired(createdAt: string, now: Date): boolean {
  return new Date(createdAt).getTime() + sessionMaxDays * 24 * 60 * 60_000 <= now.getTime();
}
