/**
 * The day every test suite runs on: the unit and action tests, and the server of the end-to-end tests.
 * A run may choose another day with ZHIBU_TODAY (the calendar runs of `npm test` do).
 */
export const pinnedToday = process.env.ZHIBU_TODAY || '2026-11-26';
