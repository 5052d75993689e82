/**
 * Service projects: app/(app)/projects/actions.ts (projects.write).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { todayIso } from '@/lib/clock';
import { type ActionTable, financeId, meetingWriters, serial, statisticsId } from '@/tests/support/action-rows';
import * as m from '@/tests/support/meetings';
import * as pr from '@/tests/support/projects';

// A project with an activity per branch for the project actions.
const targetProjectIds: Record<number, number> = {
  [statisticsId]: pr.insertProject(statisticsId, { name: '授权测试目标项目' }).id,
  [financeId]: pr.insertProject(financeId, { name: '授权测试目标项目' }).id,
};
const targetActivityIds: Record<number, number> = {
  [statisticsId]: pr.insertActivity(targetProjectIds[statisticsId]).id,
  [financeId]: pr.insertActivity(targetProjectIds[financeId]).id,
};

export const projectActions: ActionTable = {
  createProject: {
    allowed: meetingWriters,
    payload: () => ({
      kind: '结对共建',
      name: `授权测试项目${serial()}`,
      startDate: '2024-01-01',
      status: 'active',
      memberIds: [],
      targets: '[]',
    }),
  },
  updateProject: {
    allowed: meetingWriters,
    payload: (user) => {
      const project = pr.projectById(targetProjectIds[user.branchId]);
      return {
        id: project.id,
        version: project.version,
        kind: project.kind,
        name: `授权测试修改${serial()}`,
        startDate: project.startDate,
        status: 'active',
        memberIds: [],
        targets: '[]',
      };
    },
  },
  setProjectStatus: {
    allowed: meetingWriters,
    payload: (user) => {
      const project = pr.projectById(targetProjectIds[user.branchId]);
      return { id: project.id, version: project.version, status: 'active' };
    },
  },
  removeProject: {
    allowed: meetingWriters,
    payload: (user) => {
      const project = pr.insertProject(user.branchId);
      return { id: project.id, version: project.version };
    },
  },
  recordActivity: {
    allowed: meetingWriters,
    payload: (user) => ({
      projectId: targetProjectIds[user.branchId],
      date: todayIso(),
      title: `授权测试活动${serial()}`,
      participantIds: [],
      outputs: JSON.stringify([{ outputTypeId: pr.outputTypeNamed(user.branchId, '捐款').id, quantity: '100' }]),
    }),
  },
  updateActivity: {
    allowed: meetingWriters,
    payload: (user) => {
      const activity = pr.activityById(targetActivityIds[user.branchId]);
      return {
        id: activity.id,
        version: activity.version,
        date: activity.date,
        title: `授权测试修改${serial()}`,
        participantIds: [],
        outputs: '[]',
      };
    },
  },
  removeActivity: {
    allowed: meetingWriters,
    payload: (user) => {
      const activity = pr.insertActivity(targetProjectIds[user.branchId]);
      return { id: activity.id, version: activity.version };
    },
  },
  uploadActivityPhoto: {
    allowed: meetingWriters,
    payload: (user) => ({ activityId: targetActivityIds[user.branchId], file: m.pngFile(`授权测试${serial()}.png`) }),
  },
  removeActivityPhoto: {
    allowed: meetingWriters,
    payload: (user) => ({
      id: m.insertAttachment(user.branchId, targetActivityIds[user.branchId], 'project_activities').id,
    }),
  },
  addOutputType: {
    allowed: meetingWriters,
    payload: () => ({ category: 'goods', name: `授权测试物资${serial()}`, unit: '件' }),
  },
  archiveOutputType: {
    allowed: meetingWriters,
    payload: (user) => {
      const type = pr.insertOutputType(user.branchId);
      return { id: type.id, version: type.version };
    },
  },
};
