import 'server-only';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { expectedAttendee } from '@/db/queries/expected-attendee';
import { liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { meetingRecords } from '@/db/report/figures/records';
import { meetingKind, meetingKindParam } from '@/db/report/figures/sources/meetings';
import {
  between,
  count,
  type FigureMeasure,
  type FigureSource,
  groupableTable,
  oneOf,
  percentOf,
} from '@/db/report/figures/types';
import { meetingAttendance, meetingKinds, meetings, people } from '@/db/schema';

/** Everyone listed at the branch's held meetings of the year, one row per person and meeting. */
const attendanceTable = groupableTable(
  { records: meetingRecords, recordId: meetings.id },
  meetings.branchId,
  (fields, scope, year) =>
    db
      .select(fields)
      .from(meetingAttendance)
      .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
      .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
      .innerJoin(people, eq(people.id, meetingAttendance.personId))
      .where(and(liveIn(meetings, scope), eq(meetings.status, 'held'), withinYear(meetings.date, year))),
);

const present = eq(meetingAttendance.status, 'present');

const attendanceMeasures: Record<string, { label: string; unit: string; where?: SQL; measure: FigureMeasure }> = {
  present: { label: '出席人次', unit: '人次', where: present, measure: count },
  expected: { label: '应到人次', unit: '人次', measure: count },
  rate: { label: '出勤率（%，保留一位小数）', unit: '%', measure: percentOf(present) },
};

/**
 * 出席人次, 应到人次 and 出勤率 (出席 ÷ 应到) over the held meetings of the year or period, of one kind or
 * all. Only those the kind's rule expects count; 列席 count neither way, and 请假 lowers the rate.
 */
export const attendanceSource: FigureSource = {
  key: 'attendance',
  group: '组织生活',
  params: ['kind', 'measure'],
  plan(params, ctx) {
    const kind = params.kind ? meetingKind(ctx, params.kind) : undefined;
    if (params.kind && !kind) return `本支部没有会议类型“${params.kind}”（可能已被删除）`;
    if (!params.measure || !oneOf(Object.keys(attendanceMeasures), params.measure))
      return '请用 measure 指定统计方式：present（出席人次）、expected（应到人次）或 rate（出勤率）';
    const { label, unit, where, measure } = attendanceMeasures[params.measure];
    return {
      table: attendanceTable,
      where: and(
        between(meetings.date, ctx.range),
        kind ? inArray(meetings.kindId, kind.ids) : undefined,
        expectedAttendee,
        where,
      ),
      measure,
      subject: kind?.name ?? '各类会议和活动',
      measureLabel: label,
      unit,
    };
  },
  entries: (dictionary) => [
    ...['present', 'expected', 'rate'].map((measure) => ({ measure })),
    ...dictionary
      .meetingKinds()
      .flatMap((k) => ['present', 'rate'].map((measure) => ({ kind: meetingKindParam(k), measure }))),
  ],
};
