/** The largest photo or scan a record takes (checked in the browser before sending, and again by the action). */
export const maxUploadBytes = 10 * 1024 * 1024;
/** The largest roster workbook an import takes. */
export const maxRosterImportBytes = 5 * 1024 * 1024;
