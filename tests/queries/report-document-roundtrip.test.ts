/**
 * Every text the demo stores (reports, sections, and every saved version of a section) opens in the
 * editor and saves back unchanged, byte for byte.
 */
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const s = await import('@/db/schema');
const { documentOf, textOf } = await import('@/lib/report/document');
const { bodyExtensions, headingExtensions } = await import('@/lib/report/editor-schema');

const body = getSchema(bodyExtensions);
const heading = getSchema(headingExtensions);
function throughEditor(text: string, schema: typeof body): string {
  const node = schema.nodeFromJSON(documentOf(text));
  node.check();
  return textOf(node.toJSON());
}

describe('the demo’s stored report texts in the editor', () => {
  const sections = db.select().from(s.reportSections).all();
  const revisions = db.select().from(s.reportSectionRevisions).all();
  const reports = db.select().from(s.reports).all();

  it('there are reports, sections and saved versions to check', () => {
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(sections.length).toBeGreaterThan(10);
    expect(revisions.length).toBeGreaterThan(0);
  });

  it('sections and their saved versions come back byte for byte', () => {
    for (const row of [...sections, ...revisions]) {
      expect(throughEditor(row.body, body)).toBe(row.body);
      expect(throughEditor(row.heading, heading)).toBe(row.heading);
    }
  });

  it('preambles come back byte for byte', () => {
    for (const report of reports) expect(throughEditor(report.preamble, body)).toBe(report.preamble);
  });
});
