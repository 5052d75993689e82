import { uploadedFile } from '@/lib/attachments/validation';
import { todayIso } from '@/lib/clock';
import { attendanceStatuses, attendeeScopes, meetingStatuses, rulePeriods, talkKinds } from '@/lib/meetings/model';
import {
  checkbox,
  jsonList,
  optionalEnum,
  optionalRecordId,
  optionalText,
  recordId,
  requiredDate,
  requiredEnum,
  requiredText,
  version,
} from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

const time = (label: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : (v ?? null)),
    z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}格式应为 09:30`)
      .nullable(),
  );

const count = (label: string) =>
  z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? null : v),
    z.coerce
      .number(`${label}应为数字`)
      .int(`${label}应为整数`)
      .min(0, `${label}不能为负数`)
      .max(999, `${label}不能超过999`)
      .nullable(),
  );

const attendanceEntry = z.object({
  personId: recordId,
  status: z.enum(attendanceStatuses, '出勤状态无效').nullable(),
  reason: z.string().trim().max(60, '请假事由不能超过60个字').nullable().default(null),
});

/** The attendance editor sends its rows as one JSON field. */
const attendanceList = jsonList(attendanceEntry, '出勤名单', 500);

const removedEntry = z.object({
  personId: recordId,
  reason: z
    .string('请填写移出名单的原因')
    .trim()
    .min(1, '请填写移出名单的原因')
    .max(60, '移出名单的原因不能超过60个字'),
});

/** Who should attend by the rule but was taken off the list, each with the reason why. */
const removedList = jsonList(removedEntry, '移出名单', 500);

const placeTagList = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().trim().min(1).max(20, '地点标签不能超过20个字')).max(5, '地点标签最多5个'),
);

const meetingFields = z.object({
  kindId: recordId,
  groupId: optionalRecordId,
  status: requiredEnum('会议状态', meetingStatuses),
  date: requiredDate('会议日期'),
  startTime: time('开始时间'),
  endTime: time('结束时间'),
  place: optionalText('地点', 60),
  placeTags: placeTagList,
  hostId: optionalRecordId,
  recorderId: optionalRecordId,
  lecturerId: optionalRecordId,
  topic: requiredText('会议主题', 100),
  agenda: optionalText('会议议程', 2000),
  minutes: optionalText('会议内容', 20000),
  decisions: optionalText('会议决定', 5000),
  hasVote: checkbox,
  seminarMaterials: count('研讨材料篇数'),
  exchangeArticles: count('交流体会篇数'),
  attendance: attendanceList,
  removedAttendees: removedList,
});

type MeetingFields = z.infer<typeof meetingFields>;

function checkMeeting(m: MeetingFields, ctx: z.RefinementCtx) {
  if (m.status === 'held' && m.date > todayIso()) {
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: '已召开的会议日期不能晚于今天；尚未召开的会议请选择“计划”',
    });
  }
  if (m.status === 'cancelled') {
    ctx.addIssue({ code: 'custom', path: ['status'], message: '取消会议请使用“取消会议”按钮' });
  }
  if (m.startTime && m.endTime && m.endTime <= m.startTime) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: '结束时间应晚于开始时间' });
  }
  const seen = new Set<number>();
  for (const row of m.attendance) {
    if (seen.has(row.personId)) {
      ctx.addIssue({ code: 'custom', path: ['attendance'], message: '出勤名单中有重复人员' });
      return;
    }
    seen.add(row.personId);
    if (m.status === 'held' && !row.status) {
      ctx.addIssue({
        code: 'custom',
        path: ['attendance'],
        message: '已召开的会议需为每位应到人员标记出席、请假或缺席',
      });
      return;
    }
    if (row.status === 'leave' && !row.reason) {
      ctx.addIssue({ code: 'custom', path: ['attendance'], message: '请假需填写事由' });
      return;
    }
  }
  const removed = new Set<number>();
  for (const row of m.removedAttendees) {
    if (seen.has(row.personId) || removed.has(row.personId)) {
      ctx.addIssue({ code: 'custom', path: ['attendance'], message: '移出名单的人员不能同时在出勤名单中' });
      return;
    }
    removed.add(row.personId);
  }
}

export const createMeetingSchema = meetingFields.superRefine(checkMeeting);
export const updateMeetingSchema = meetingFields.extend({ id: recordId, version }).superRefine(checkMeeting);
export const meetingRefSchema = z.object({ id: recordId, version });
export const meetingSignInSchema = z.object({ meetingId: recordId });

export type MeetingInput = z.infer<typeof createMeetingSchema>;
export type MeetingUpdateInput = z.infer<typeof updateMeetingSchema>;

export const talkSchema = z
  .object({
    date: requiredDate('谈话日期'),
    kind: requiredEnum('谈话类型', talkKinds),
    initiatorId: recordId,
    partnerId: recordId,
    note: optionalText('谈话要点', 500),
  })
  .refine((t) => t.initiatorId !== t.partnerId, { path: ['partnerId'], message: '谈话双方不能是同一人' })
  .refine((t) => t.date <= todayIso(), { path: ['date'], message: '谈话日期不能晚于今天' });

export const talkRefSchema = z.object({ id: recordId, version });

export const kindRuleSchema = z
  .object({
    id: recordId,
    version,
    period: optionalEnum('频次周期', rulePeriods),
    minCount: z.coerce.number('次数应为数字').int('次数应为整数').min(0, '次数不能为负数').max(31, '次数不能超过31'),
  })
  .refine((r) => !r.period || r.minCount >= 1, { path: ['minCount'], message: '设定了周期时，至少应为1次' });

export const newKindSchema = z.object({
  name: requiredText('会议类型名称', 20),
  attendeeScope: requiredEnum('参会范围', attendeeScopes),
  period: optionalEnum('频次周期', rulePeriods),
  minCount: z.coerce.number('次数应为数字').int().min(0).max(31),
});

export const attachmentUploadSchema = z.object({ meetingId: recordId, file: uploadedFile });
