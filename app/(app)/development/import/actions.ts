'use server';
import * as rosterImportDb from '@/db/mutations/roster-import';
import { listBackfillCandidates } from '@/db/queries/development';
import { listGroups } from '@/db/queries/people';
import { can } from '@/lib/auth/permissions';
import { ActionError } from '@/lib/errors';
import { RosterImportError } from '@/lib/roster/problems';
import { readRosterWorkbook } from '@/lib/roster/read-workbook';
import { rosterImportSchema, xlsxProblem } from '@/lib/roster/validation';
import { defineAction, forbiddenMessage } from '@/server/actions/define-action';

/**
 * Imports the roster and development histories from an .xlsx workbook: the whole file or nothing.
 * A refused file comes back with every problem found, located by sheet, row and column (in
 * `fieldErrors`, see lib/roster/problems.ts).
 */
export const importRosterWorkbook = defineAction({
  permission: 'development.write',
  schema: rosterImportSchema,
  revalidate: [{ layout: '/development' }, { layout: '/members' }, '/'],
  async run(input, user) {
    // The file also creates and edits people, so the roster's own permission is needed too.
    if (!can(user, 'members.write')) throw new ActionError(forbiddenMessage);
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const notXlsx = xlsxProblem(bytes);
    if (notXlsx) throw new ActionError(notXlsx, { file: [notXlsx] });

    // Setting up 党小组 is the secretary's: the others are told which groups the file names.
    if (input.createGroups && !can(user, 'branch.settings'))
      throw new ActionError('只有书记可以设立党小组：请书记先在“支部设置”中设立，或由书记导入');
    const read = await readRosterWorkbook(bytes, {
      groupNames: listGroups(user).map((g) => g.name),
      newGroupsAllowed: input.createGroups,
    });
    const { rows, problems, readings, newGroups } = read;
    if (problems.length) throw new RosterImportError(problems, newGroups);
    const counts = rosterImportDb.importRosterWorkbook(user, rows, newGroups);

    // Whoever the file brings in development without its steps: offered 补录 next.
    const backfill = listBackfillCandidates(user).map(({ id, name, politicalStatus }) => ({
      id,
      name,
      politicalStatus,
    }));
    return { ...counts, readings, backfill };
  },
  success: ({ created, updated, steps, stopped, groups, disciplines, readings }) =>
    (created + updated + steps + stopped + groups + disciplines === 0
      ? '导入完成：文件中的人员和发展步骤都已在系统中，没有需要更改的内容'
      : `导入完成：${groups ? `设立党小组 ${groups} 个，` : ''}新增 ${created} 人，更新 ${updated} 人，记录发展步骤 ${steps} 条${stopped ? `，终止发展 ${stopped} 人` : ''}${disciplines ? `，登记党纪处分 ${disciplines} 条` : ''}`) +
    (readings.length ? `。其中 ${readings.length} 处按常用写法识别，见下表` : ''),
});
