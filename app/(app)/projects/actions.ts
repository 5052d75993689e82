'use server';
import { redirect } from 'next/navigation';
import { addAttachment, removeAttachment } from '@/db/mutations/attachments';
import * as projectsDb from '@/db/mutations/projects';
import { attachmentRefSchema } from '@/lib/attachments/validation';
import { projectStatusLabels } from '@/lib/service/model';
import {
  activityPhotoSchema,
  createActivitySchema,
  createProjectSchema,
  outputTypeSchema,
  projectStatusSchema,
  updateActivitySchema,
  updateProjectSchema,
  versionedRefSchema,
} from '@/lib/service/validation';
import { defineAction } from '@/server/actions/define-action';

const projectPages = [{ layout: '/projects' }, '/'];

export const createProject = defineAction({
  permission: 'projects.write',
  schema: createProjectSchema,
  revalidate: projectPages,
  run(input, user) {
    const id = projectsDb.createProject(user, input);
    redirect(`/projects/${id}?saved=1`);
  },
  success: '项目已保存',
});

export const updateProject = defineAction({
  permission: 'projects.write',
  schema: updateProjectSchema,
  target: (input) => ({ entity: 'projects', id: input.id }),
  revalidate: projectPages,
  run(input, user) {
    projectsDb.updateProject(user, input);
    redirect(`/projects/${input.id}?saved=1`);
  },
  success: '项目已保存',
});

export const setProjectStatus = defineAction({
  permission: 'projects.write',
  schema: projectStatusSchema,
  target: (input) => ({ entity: 'projects', id: input.id }),
  revalidate: projectPages,
  run(input, user) {
    projectsDb.setProjectStatus(user, input);
    return input.status;
  },
  success: (status) => `项目状态已改为「${projectStatusLabels[status]}」`,
});

export const removeProject = defineAction({
  permission: 'projects.write',
  schema: versionedRefSchema,
  target: (input) => ({ entity: 'projects', id: input.id }),
  revalidate: projectPages,
  run(input, user) {
    projectsDb.removeProject(user, input);
    redirect('/projects?removed=1');
  },
  success: '项目已删除',
});

export const recordActivity = defineAction({
  permission: 'projects.write',
  schema: createActivitySchema,
  target: (input) => ({ entity: 'projects', id: input.projectId }),
  revalidate: projectPages,
  run(input, user) {
    projectsDb.recordActivity(user, input);
  },
  success: '活动已记录，成效已计入年度合计',
});

export const updateActivity = defineAction({
  permission: 'projects.write',
  schema: updateActivitySchema,
  target: (input) => ({ entity: 'projectActivities', id: input.id }),
  revalidate: projectPages,
  run(input, user) {
    const projectId = projectsDb.updateActivity(user, input);
    redirect(`/projects/${projectId}?saved=1`);
  },
  success: '活动已保存',
});

export const removeActivity = defineAction({
  permission: 'projects.write',
  schema: versionedRefSchema,
  target: (input) => ({ entity: 'projectActivities', id: input.id }),
  revalidate: projectPages,
  run(input, user) {
    const projectId = projectsDb.removeActivity(user, input);
    redirect(`/projects/${projectId}?removed=1`);
  },
  success: '活动已删除',
});

export const uploadActivityPhoto = defineAction({
  permission: 'projects.write',
  schema: activityPhotoSchema,
  target: (input) => ({ entity: 'projectActivities', id: input.activityId }),
  revalidate: projectPages,
  async run(input, user) {
    await addAttachment(user, 'project_activities', input.activityId, input.file);
  },
  success: '照片已上传',
});

export const removeActivityPhoto = defineAction({
  permission: 'projects.write',
  schema: attachmentRefSchema,
  target: (input) => ({ entity: 'attachments', id: input.id }),
  revalidate: projectPages,
  run(input, user) {
    removeAttachment(user, 'project_activities', input.id);
  },
  success: '照片已删除',
});

export const addOutputType = defineAction({
  permission: 'projects.write',
  schema: outputTypeSchema,
  revalidate: projectPages,
  run(input, user) {
    projectsDb.addOutputType(user, input);
  },
  success: '成效类型已添加',
});

export const archiveOutputType = defineAction({
  permission: 'projects.write',
  schema: versionedRefSchema,
  target: (input) => ({ entity: 'outputTypes', id: input.id }),
  revalidate: projectPages,
  run(input, user) {
    projectsDb.archiveOutputType(user, input);
  },
  success: '成效类型已停用，已记录的数量仍计入合计',
});
