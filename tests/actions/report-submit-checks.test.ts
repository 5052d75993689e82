/**
 * 提交党工委 names what is left to check: a submit is refused (nothing written) unless it carries the
 * fingerprint of the checks as the report now stands; the refusal names them.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction, refusal } from '@/tests/support/call-action';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const { reports } = await import('@/db/schema');
const { submitReport } = await import('@/app/(app)/report/actions');
const { savedReportFindings } = await import('@/db/report/checks');
const { branchOwner } = await import('@/db/report/owner');
const { findingsFingerprint } = await import('@/lib/report/checks');
const f = await import('@/tests/support/fixtures');
const rp = await import('@/tests/support/reports');

const branchId = f.branchIdOf(f.statisticsBranchName);
const status = (id: number) => db.select().from(reports).where(eq(reports.id, id)).get()?.status;

describe('submitting a report with things left to check', () => {
  it('is refused without the confirmation, naming what is left, and goes through once it is confirmed', async () => {
    await signInAs('shuji');
    const report = rp.insertReport(branchId);
    rp.insertSection(report.id, { heading: '存在的主要问题', body: '全年开展调研x次。' });
    const findings = savedReportFindings(branchOwner(branchId), report.id) ?? [];
    expect(findings.map((x) => x.kind)).toContain('placeholder');

    const refused = refusal(await callAction(submitReport, { id: report.id, version: report.version }));
    expect(refused).toMatch(/^报告中还有\d+处需要检查（/);
    expect(refused).toContain('“x”尚未填写');
    expect(status(report.id)).toBe('draft');

    // Confirmed against an older list (before the text changed): refused as well.
    const stale = findingsFingerprint(findings.slice(1));
    expect(
      refusal(await callAction(submitReport, { id: report.id, version: report.version, confirmed: stale })),
    ).toMatch(/^报告中还有/);
    expect(status(report.id)).toBe('draft');

    const confirmed = findingsFingerprint(findings);
    expect(refusal(await callAction(submitReport, { id: report.id, version: report.version, confirmed }))).toBeNull();
    expect(status(report.id)).toBe('submitted');
  });
});
