import type { Paragraph } from 'docx';
import { type AttendanceStatus, attendanceStatusLabels } from '@/lib/meetings/model';
import { bodyParagraph, headingParagraph, officialDocx, officialRun, titleParagraph } from '@/lib/office/official-docx';
import { officialFonts } from '@/lib/office/official-format';

export type MeetingAttendee = {
  name: string;
  status: AttendanceStatus;
  reason: string | null;
  /** Should attend by the kind's rule; otherwise 列席, listed apart and not counted as 应到 or 实到. */
  expected: boolean;
};

export type MeetingMinutes = {
  branchName: string;
  kindName: string;
  topic: string;
  /** YYYY-MM-DD */
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  placeTags: string[];
  host: string | null;
  recorder: string | null;
  lecturer: string | null;
  agenda: string | null;
  minutes: string | null;
  decisions: string | null;
  seminarMaterials: number | null;
  exchangeArticles: number | null;
  attendance: MeetingAttendee[];
  /** Those the rule expects who were taken off the list, with the reason. */
  removed: { name: string; reason: string }[];
};

const chineseNumerals = '一二三四五六七八九十';

/** '旗统计局党支部' + '支委会' → '旗统计局党支部支委会会议记录', without doubling 支部 in '支部党员大会'. */
export function minutesTitle(branchName: string, kindName: string): string {
  const kind = branchName.endsWith('支部') && kindName.startsWith('支部') ? kindName.slice(2) : kindName;
  return `${branchName}${kind}会议记录`;
}

/** '2023-05-12' → '2023年5月12日'; anything else is shown as given. */
export function chineseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

export function meetingTime(date: string, startTime: string | null, endTime: string | null): string {
  const day = chineseDate(date);
  if (startTime && endTime) return `${day} ${startTime}—${endTime}`;
  if (startTime) return `${day} ${startTime}`;
  if (endTime) return `${day} 至${endTime}`;
  return day;
}

export function meetingPlace(place: string | null, tags: string[]): string | null {
  const tagText = tags.join('、');
  if (place && tagText) return `${place}（${tagText}）`;
  return place || tagText || null;
}

/** Non-empty trimmed lines; blank lines only separate paragraphs. */
export function textParagraphs(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function attendeeNames(attendance: MeetingAttendee[], status: AttendanceStatus): string {
  return attendance
    .filter((a) => a.status === status)
    .map((a) => (status !== 'present' && a.reason ? `${a.name}（${a.reason}）` : a.name))
    .join('、');
}

/** 列席 people by name, with how they were marked when they did not come. */
function guestNames(attendance: MeetingAttendee[]): string {
  return attendance
    .filter((a) => !a.expected)
    .map((a) => (a.status === 'present' ? a.name : `${a.name}（${attendanceStatusLabels[a.status]}）`))
    .join('、');
}

function seminarSummary(materials: number | null, articles: number | null): string[] {
  const parts: string[] = [];
  if (materials !== null) parts.push(`研讨材料${materials}篇`);
  if (articles !== null) parts.push(`交流体会${articles}篇`);
  return parts.length ? [parts.join('、')] : [];
}

function fieldParagraph(label: string, value: string): Paragraph {
  return bodyParagraph([officialRun(`${label}：`, officialFonts.heading1), officialRun(value, officialFonts.body)]);
}

function fieldParagraphs(m: MeetingMinutes): Paragraph[] {
  const expected = m.attendance.filter((a) => a.expected);
  const present = expected.filter((a) => a.status === 'present').length;
  const counts: [string, string | null][] = expected.length
    ? [
        ['应到人数', `${expected.length}人`],
        ['实到人数', `${present}人`],
      ]
    : [];
  const people = (['present', 'leave', 'absent'] as const).map((status): [string, string] => [
    `${attendanceStatusLabels[status]}人员`,
    attendeeNames(expected, status),
  ]);
  const fields: [string, string | null][] = [
    ['会议主题', m.topic],
    ['时间', meetingTime(m.date, m.startTime, m.endTime)],
    ['地点', meetingPlace(m.place, m.placeTags)],
    ['主持人', m.host],
    ['记录人', m.recorder],
    ['主讲人', m.lecturer],
    ...counts,
    ...people,
    ['列席人员', guestNames(m.attendance)],
    ['移出应到名单', m.removed.map((r) => `${r.name}（${r.reason}）`).join('、')],
  ];
  return fields.flatMap(([label, value]) => (value?.trim() ? [fieldParagraph(label, value.trim())] : []));
}

function sectionParagraphs(m: MeetingMinutes): Paragraph[] {
  const sections: [string, string[]][] = [
    ['会议议程', textParagraphs(m.agenda)],
    ['会议内容', textParagraphs(m.minutes)],
    ['会议决定', textParagraphs(m.decisions)],
    ['研讨交流', seminarSummary(m.seminarMaterials, m.exchangeArticles)],
  ];
  return sections
    .filter(([, lines]) => lines.length > 0)
    .flatMap(([heading, lines], i) => [
      headingParagraph(`${chineseNumerals[i]}、${heading}`, 1),
      ...lines.map((line) => bodyParagraph([officialRun(line, officialFonts.body)])),
    ]);
}

/** The 会议记录 of one meeting as a .docx file in official-document layout. */
export async function meetingMinutesDocx(minutes: MeetingMinutes): Promise<Buffer> {
  const title = minutesTitle(minutes.branchName, minutes.kindName);
  return officialDocx(title, [titleParagraph(title), ...fieldParagraphs(minutes), ...sectionParagraphs(minutes)]);
}
