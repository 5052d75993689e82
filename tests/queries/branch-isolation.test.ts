/**
 * What a page reads comes from the reader's branch only: records of another branch, asked for by id or
 * listed by year, never come back, for a member of the branch or for the reviewer reading it.
 */
import { describe, expect, it, vi } from 'vitest';
import { signInAs } from '../support/session';
import { setupTestDatabase } from '../support/test-db';

vi.mock('@/lib/auth/current-user', () => import('../support/session'));

const { db } = await setupTestDatabase();
const { reportSectionRevisions } = await import('@/db/schema');
const { getAttachment } = await import('@/db/queries/attachments');
const { getMeeting, listMeetings } = await import('@/db/queries/meetings');
const { getProject } = await import('@/db/queries/projects');
const { listSectionRevisions } = await import('@/db/queries/reports');
const f = await import('../support/fixtures');
const m = await import('../support/meetings');
const pr = await import('../support/projects');
const rp = await import('../support/reports');

// The other branch's records, each of a kind the statistics branch also has.
const financeId = f.branchIdOf(f.financeBranchName);
const meeting = m.insertMeeting(financeId, { status: 'held', date: '2026-03-03', topic: '财政局支委会' });
const attachment = m.insertAttachment(financeId, meeting.id);
const project = pr.insertProject(financeId);
const report = rp.insertReport(financeId);
const section = rp.insertSection(report.id);
db.insert(reportSectionRevisions).values({ sectionId: section.id, reportId: report.id, branchId: financeId, version: 1, heading: section.heading, body: section.body, savedAt: '2026-03-03T01:00:00.000Z' }).run();

describe.each(['shuji', 'zuzhi', 'dangwei'] as const)('%s, reading 旗统计局党支部', (username) => {
  it('gets none of 旗财政局党支部’s records by id', async () => {
    const user = await signInAs(username);
    expect(user.branchId).not.toBe(financeId);
    expect(getMeeting(user, meeting.id) ?? null).toBeNull();
    expect(getAttachment(user, attachment.id) ?? null).toBeNull();
    expect(getProject(user, project.id) ?? null).toBeNull();
    expect(listSectionRevisions(user, section.id)).toEqual([]);
  });

  it('lists none of them in the year’s meetings', async () => {
    const user = await signInAs(username);
    const listed = listMeetings(user, 2026).map((row) => row.id);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).not.toContain(meeting.id);
  });
});
