'use server';
import { savedReportFindings } from '@/db/report/checks';
import { continuationDraft } from '@/db/report/continuation';
import { firstDraft } from '@/db/report/first-draft';
import * as reportsDb from '@/db/report/mutations';
import { reportOwnerOf } from '@/db/report/owner';
import { ActionError } from '@/lib/errors';
import { findingsFingerprint } from '@/lib/report/checks';
import {
  addSectionSchema,
  assignSectionSchema,
  createReportSchema,
  figureOverrideSchema,
  figureRestoreSchema,
  moveSectionSchema,
  placeSectionSchema,
  savePreambleSchema,
  saveSectionSchema,
  saveTitleSchema,
  sectionLevelSchema,
  sectionNumberedSchema,
  sectionRefSchema,
  submitReportSchema,
} from '@/lib/report/validation';
import { defineAction } from '@/server/actions/define-action';

const reportPages = [{ layout: '/report' }];

/** Autosave of one section: no page refresh, the editor keeps its own state. */
export const saveReportSection = defineAction({
  permission: 'report.write',
  schema: saveSectionSchema,
  target: (input) => ({ entity: 'reportSections', id: input.id }),
  run: (input, user) => reportsDb.saveSection(user, input),
  success: '已保存',
});

export const saveReportPreamble = defineAction({
  permission: 'report.submit',
  schema: savePreambleSchema,
  target: (input) => ({ entity: 'reports', id: input.id }),
  // The page reads the new text and the report's new version (the next save and the submit name it).
  revalidate: reportPages,
  run: (input, user) => reportsDb.savePreamble(user, input),
  success: '已保存',
});

export const saveReportTitle = defineAction({
  permission: 'report.submit',
  schema: saveTitleSchema,
  target: (input) => ({ entity: 'reports', id: input.id }),
  revalidate: reportPages,
  run: (input, user) => reportsDb.saveTitle(user, input),
  success: '已保存标题',
});

export const addReportSection = defineAction({
  permission: 'report.submit',
  schema: addSectionSchema,
  target: (input) => ({ entity: 'reports', id: input.reportId }),
  revalidate: reportPages,
  run(input, user) {
    reportsDb.addSection(user, input);
  },
  success: '已添加一个部分',
});

export const moveReportSection = defineAction({
  permission: 'report.submit',
  schema: moveSectionSchema,
  target: (input) => ({ entity: 'reportSections', id: input.id }),
  revalidate: reportPages,
  run(input, user) {
    reportsDb.moveSection(user, input);
  },
  success: '已调整顺序',
});

/** Dragging a section in the outline: it goes to the position it was dropped at. */
export const placeReportSection = defineAction({
  permission: 'report.submit',
  schema: placeSectionSchema,
  target: (input) => ({ entity: 'reportSections', id: input.id }),
  revalidate: reportPages,
  run(input, user) {
    reportsDb.placeSection(user, input);
  },
  success: '已调整顺序',
});

export const setReportSectionLevel = defineAction({
  permission: 'report.submit',
  schema: sectionLevelSchema,
  target: (input) => ({ entity: 'reportSections', id: input.id }),
  revalidate: reportPages,
  run(input, user) {
    reportsDb.setSectionLevel(user, input);
  },
  success: '已调整标题层级',
});

export const setReportSectionNumbered = defineAction({
  permission: 'report.submit',
  schema: sectionNumberedSchema,
  target: (input) => ({ entity: 'reportSections', id: input.id }),
  revalidate: reportPages,
  run(input, user) {
    reportsDb.setSectionNumbered(user, input);
  },
  success: '已调整标题编号',
});

export const removeReportSection = defineAction({
  permission: 'report.submit',
  schema: sectionRefSchema,
  target: (input) => ({ entity: 'reportSections', id: input.id }),
  revalidate: reportPages,
  run(input, user) {
    reportsDb.removeSection(user, input);
  },
  success: '已删除这一部分（修改记录仍保留）',
});

export const assignReportSection = defineAction({
  permission: 'report.submit',
  schema: assignSectionSchema,
  target: (input) => ({ entity: 'reportSections', id: input.id }),
  revalidate: reportPages,
  run(input, user) {
    reportsDb.assignSection(user, input);
  },
  success: '已分配撰写人',
});

export const overrideReportFigure = defineAction({
  permission: 'report.write',
  schema: figureOverrideSchema,
  target: (input) => ({ entity: 'reports', id: input.reportId }),
  revalidate: reportPages,
  run(input, user) {
    reportsDb.setFigureOverride(user, input);
  },
  success: '已手动修改该数字，并记下原因',
});

export const restoreReportFigure = defineAction({
  permission: 'report.write',
  schema: figureRestoreSchema,
  target: (input) => ({ entity: 'reports', id: input.reportId }),
  revalidate: reportPages,
  run(input, user) {
    reportsDb.setFigureOverride(user, { ...input, text: null, reason: null });
  },
  success: '已恢复为按记录计算的数字',
});

/** Submits only when the checks the secretary confirmed are still the report's checks. */
export const submitReport = defineAction({
  permission: 'report.submit',
  schema: submitReportSchema,
  target: (input) => ({ entity: 'reports', id: input.id }),
  revalidate: [...reportPages, { layout: '/review' }],
  run(input, user) {
    const findings = savedReportFindings(reportOwnerOf(user), input.id) ?? [];
    if (findings.length > 0 && input.confirmed !== findingsFingerprint(findings))
      throw new ActionError(
        `报告中还有${findings.length}处需要检查（${findings
          .slice(0, 3)
          .map((f) => `${f.where}：${f.message}`)
          .join('；')}${findings.length > 3 ? '……' : ''}），请逐项确认后再提交`,
      );
    reportsDb.submitReport(user, { id: input.id, version: input.version });
  },
  success: '报告已提交上级党组织，不能再修改',
});

export const createReport = defineAction({
  permission: 'report.submit',
  schema: createReportSchema,
  revalidate: reportPages,
  run(input, user) {
    const owner = reportOwnerOf(user);
    const draft = input.from === 'template' ? firstDraft(owner, input.year) : continuationDraft(owner, input.year);
    if (!draft) throw new ActionError(`没有${input.year - 1}年的述职报告，无法续写`);
    reportsDb.createReport(user, input.year, draft);
  },
  success: '初稿已生成：数字均按记录计算，可逐段修改',
});
