/** What a branch has in place, counted from its records, for the 上线准备 checklist. */
export type SetupCounts = {
  groups: number;
  people: number;
  /** People whose status implies a development history, and how many of them still await 补录. */
  inDevelopment: number;
  awaitingBackfill: number;
  accounts: number;
  meetingsThisYear: number;
  responsibilityAspects: number;
  secretaryProjects: number;
};

export type SetupItem = { key: string; label: string; done: boolean; detail: string; href: string };

/**
 * The steps of a branch's first days, each done once its records exist. 补录发展过程 appears only when
 * someone in the roster is in development. Nothing here is required: a small branch may have no
 * party groups, so the secretary ends the preparation when it suits the branch.
 */
export function setupChecklist(c: SetupCounts, year: number): SetupItem[] {
  const items: SetupItem[] = [
    {
      key: 'groups',
      label: '设立党小组',
      done: c.groups > 0,
      detail: c.groups > 0 ? `已设立${c.groups}个党小组` : '党员较多的支部按工作需要设立党小组',
      href: '/settings',
    },
    {
      key: 'roster',
      label: '导入党员名册',
      done: c.people > 1,
      detail: c.people > 1 ? `名册中已有${c.people}人` : '可用 Excel 一次导入全部人员',
      href: '/development/import',
    },
  ];
  if (c.inDevelopment > 0) {
    items.push({
      key: 'backfill',
      label: '补录发展过程',
      done: c.awaitingBackfill === 0,
      detail: c.awaitingBackfill > 0 ? `${c.awaitingBackfill}名申请人、积极分子、发展对象或预备党员待补录` : '已补录',
      href: '/development',
    });
  }
  items.push(
    {
      key: 'accounts',
      label: '为支委和党员开通账户',
      done: c.accounts > 1,
      detail: c.accounts > 1 ? `已开通${c.accounts}个账户` : '目前只有书记的账户',
      href: '/accounts',
    },
    {
      key: 'meetings',
      label: `安排${year}年的组织生活`,
      done: c.meetingsThisYear > 0,
      detail:
        c.meetingsThisYear > 0 ? `已安排或记录${c.meetingsThisYear}次会议` : '登记已开的会议，或安排计划召开的会议',
      href: '/meetings/new',
    },
    {
      key: 'integrity',
      label: `制定${year}年党风廉政建设责任清单`,
      done: c.responsibilityAspects > 0,
      detail: c.responsibilityAspects > 0 ? `清单已有${c.responsibilityAspects}个方面` : '可复制上一年的清单后修改',
      href: '/integrity',
    },
    {
      key: 'project',
      label: `确定${year}年书记项目`,
      done: c.secretaryProjects > 0,
      detail: c.secretaryProjects > 0 ? `已有${c.secretaryProjects}个书记项目` : '没有书记项目的支部可略过',
      href: '/projects/new',
    },
  );
  return items;
}
