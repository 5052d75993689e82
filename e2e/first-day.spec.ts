import { execFileSync } from 'node:child_process';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { addDays } from '@/lib/dates';
import { idNumberCheckChar } from '@/lib/people/id-number';
import { port } from '@/playwright.config';
import { pinnedToday } from '@/tests/support/pinned-today';

/**
 * A real branch's first day, on a production install with an empty database (no demo): the secretary's
 * account comes from `npm run user:create`; she sets up groups, brings in 30 people from the HR
 * spreadsheet, enters the development history of an imported 预备党员, opens accounts and records a
 * meeting — and the dashboard shows what is left to set up, never the months before she started as
 * missed. Runs against a server of its own (`npm run test:side`).
 */
const today = pinnedToday;
const year = Number(today.slice(0, 4));
const initialPassword = 'Start2026abc';
const newPassword = 'Branch2026xyz';

function createSecretary() {
  execFileSync(
    'node_modules/.bin/tsx',
    [
      'scripts/create-user.ts',
      '--username',
      'wangli',
      '--name',
      '王丽',
      '--gender',
      '女',
      '--role',
      'secretary',
      '--committee',
      '某镇党委',
      '--branch',
      '某村党支部',
      '--password',
      initialPassword,
    ],
    {
      env: {
        ...process.env,
        DATABASE_PATH: `data/e2e-${port}.sqlite`,
        ZHIBU_DEMO: '0',
        ZHIBU_TODAY: today,
        ZHIBU_ALLOW_FIXED_TODAY: '1',
      },
      stdio: 'pipe',
    },
  );
}

const surnames = '张李刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭';
const given = ['建国', '秀英', '志强', '丽娟', '海燕', '明', '静', '伟', '芳', '军'];
/** Thirty villagers: a 组织委员, a 预备党员 admitted last December, an activist, the others members, in three groups. */
const villagers = Array.from({ length: 30 }, (_, i) => {
  const name = surnames[i] + given[i % given.length];
  const birth = `19${70 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}`;
  const first17 = `152923${birth.replaceAll('-', '')}${String(100 + i).slice(-3)}`;
  const status = i === 1 ? '中共预备党员' : i === 2 ? '入党积极分子' : '中共党员';
  return {
    name,
    gender: i % 2 ? '女' : '男',
    ethnicity: i % 3 ? '汉' : '蒙古族',
    birth: birth.replaceAll('-', '.'),
    idNumber: first17 + idNumberCheckChar(first17),
    status,
    joined: status === '中共党员' ? '2005.07.01' : status === '中共预备党员' ? `${year - 1}年12月20日` : '',
    full: status === '中共党员' ? '2006.07.01' : '',
    group: ['第一党小组', '第二党小组', '第三党小组'][i % 3],
    title: i === 0 ? '组织委员' : '',
  };
});
const probationary = villagers[1];
const organiser = villagers[0];

/** The branch's own template, filled in as an HR export would be, with one ID number mistyped. */
async function rosterFile(page: Page, { mistype }: { mistype: boolean }): Promise<Buffer> {
  const template = await page.request.get('/development/template.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await template.body()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('党员名册')!;
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columns.set(String(cell.value), col));
  villagers.forEach((v, i) => {
    const row = sheet.getRow(i + 2);
    const set = (header: string, value: string) => {
      if (value) row.getCell(columns.get(header)!).value = value;
    };
    set('姓名', v.name);
    set('性别', v.gender);
    set('民族', v.ethnicity);
    set('出生日期', v.birth);
    set(
      '身份证号',
      mistype && i === 7 ? `${v.idNumber.slice(0, 17)}${v.idNumber.endsWith('1') ? '2' : '1'}` : v.idNumber,
    );
    set('政治面貌', v.status);
    set('入党日期', v.joined);
    set('转正日期', v.full);
    set('党小组', v.group);
    set('支委职务', v.title);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function chooseFile(page: Page, file: Buffer) {
  await page.getByLabel('Excel 文件').setInputFiles({
    name: '村民党员名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
}

test('a secretary sets up her branch from an empty database without getting stuck', async ({ page }) => {
  test.setTimeout(180_000);
  createSecretary();

  await page.goto('/login');
  await page.getByLabel('用户名').fill('wangli');
  await page.getByLabel('密码').fill(initialPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByLabel('当前密码').fill(initialPassword);
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码').fill(newPassword);
  await page.getByRole('button', { name: '保存新密码' }).click();

  // Day one: what to set up, not a wall of months "missed" before she started.
  const setup = page.getByRole('region', { name: '上线准备' });
  await expect(setup).toContainText('已完成 0/6');
  await expect(page.getByRole('region', { name: '组织生活提醒' })).toHaveCount(0);
  await expect(page.getByText(/\d+月未召开/)).toHaveCount(0);

  // Two groups in 支部设置; the file will name a third.
  await setup.getByRole('link', { name: /设立党小组/ }).click();
  for (const name of ['第一党小组', '第二党小组']) {
    await page.getByRole('textbox', { name: '新党小组名称' }).fill(name);
    await page.getByRole('button', { name: '设立党小组' }).click();
    await expect(page.getByRole('article', { name })).toBeVisible();
  }

  // The roster: every problem of the file in one pass, then the groups it names set up with it.
  await page.goto('/members');
  await page.getByRole('link', { name: 'Excel 导入' }).click();
  await chooseFile(page, await rosterFile(page, { mistype: true }));
  await page.getByRole('button', { name: '检查并导入' }).click();
  const problems = page.getByRole('table', { name: /导入问题清单/ });
  await expect(problems.getByRole('row')).toHaveCount(1 + 11); // the header, the mistyped ID, ten rows of 第三党小组
  await expect(problems).toContainText('身份证号');
  await expect(problems).toContainText('第三党小组');
  await chooseFile(page, await rosterFile(page, { mistype: false }));
  await page.getByRole('checkbox', { name: /导入时一并设立文件中的党小组：「第三党小组」/ }).check();
  await page.getByRole('button', { name: '检查并导入' }).click();
  await expect(page.getByRole('status')).toContainText('设立党小组 1 个，新增 30 人');
  // HR wording and dates are read and shown as read.
  const readings = page.getByRole('table', { name: /按常用写法识别的内容/ });
  await expect(readings).toContainText('「中共党员」读作「正式党员」');
  await expect(readings).toContainText('「2005.07.01」读作「2005年7月1日」');
  await expect(readings).toContainText('「汉」读作「汉族」');

  // 补录 for the imported 预备党员: then the 转正 deadline is known.
  const backfill = page.getByRole('region', { name: '待补录发展过程' });
  await backfill.getByRole('link', { name: `补录 预备党员 ${probationary.name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${probationary.name}的发展过程`);
  const form = page.getByRole('form', { name: '补录发展过程' });
  await expect(form.getByLabel('支部党员大会讨论接收日期')).toHaveValue(`${year - 1}-12-20`);
  await form.getByLabel('上级党委审批日期').fill(`${year}-01-15`);
  await form.getByRole('button', { name: '保存补录' }).click();
  await expect(page.getByRole('region', { name: '期限提醒' })).toContainText(`预备期将于${year}年12月20日期满`);
  await expect(page.getByRole('list', { name: '发展步骤' })).toContainText('补录前已完成');

  // Accounts: the 组织委员 as 支委委员 (from her 支委职务), then everyone else at once, on a sheet to print.
  await page.goto('/accounts');
  const create = page.getByRole('region', { name: '新建账户' });
  await create.getByLabel('人员').selectOption({ label: `${organiser.name}（组织委员）` });
  await expect(create.getByLabel('角色')).toHaveValue('committee');
  await create.getByRole('button', { name: '生成随机密码' }).click();
  await create.getByRole('button', { name: '创建账户' }).click();
  await expect(create.getByRole('status')).toContainText('已创建账户');
  await expect(create.getByLabel('人员')).toHaveValue('');
  await expect(create.getByLabel('角色')).toHaveValue('member');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '为所有党员开通账户' }).click();
  const sheet = page.getByRole('region', { name: '初始密码单' });
  // One password hash per account: some seconds for 28 of them.
  await expect(sheet.getByRole('row')).toHaveCount(1 + 28, { timeout: 60_000 }); // the header; 30 imported, less the activist and the 组织委员

  // A meeting, then the checklist as it stands; the calendar before the start date reads 未录入.
  await page.goto('/meetings/new?status=planned');
  await page.getByLabel('会议类型', { exact: true }).selectOption({ label: '支部党员大会' });
  await page.getByLabel('会议主题', { exact: true }).fill('讨论年度工作总结');
  await page.getByLabel('日期', { exact: true }).fill(addDays(today, 7));
  await page.getByRole('button', { name: '保存会议' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('讨论年度工作总结');

  await page.goto('/');
  // The activist still awaits 补录; the responsibility list and a 书记项目 are still to come.
  await expect(setup).toContainText('已完成 4/7');
  for (const done of ['设立党小组', '导入党员名册', '为支委和党员开通账户', `安排${year}年的组织生活`]) {
    await expect(setup.getByRole('link', { name: new RegExp(`${done}\\s*（已完成）`) })).toBeVisible();
  }
  await expect(setup.getByRole('link', { name: /补录发展过程\s*（未完成）\s*1名/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '发展党员提醒' })).toContainText(`预备党员 ${probationary.name}`);

  page.once('dialog', (dialog) => dialog.accept());
  await setup.getByRole('button', { name: '完成上线准备' }).click();
  const warnings = page.getByRole('region', { name: '组织生活提醒' });
  await expect(warnings).toBeVisible();
  await expect(warnings).not.toContainText(`${year}年1月`);
  await page.goto('/meetings/calendar');
  const committee = page.getByRole('region', { name: '支委会', exact: true });
  await expect(committee.getByRole('listitem', { name: '1月：未录入，召开0次' })).toBeVisible();
  await expect(committee.getByRole('listitem', { name: /未完成/ })).toHaveCount(0);
});

// Last in the file: it pauses this client's address for the rest of the run.
test('a client talking to the server directly cannot dodge the address throttle by naming other addresses', async ({
  request,
}) => {
  const attempt = async (i: number) => {
    const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
    const response = await request.post('/api/auth/callback/credentials', {
      form: { csrfToken, username: `nobody${i}`, password: 'wrong-guess-1', json: 'true' },
      headers: { 'x-forwarded-for': `198.51.100.${i}` },
      maxRedirects: 0,
    });
    return decodeURIComponent((await response.json()).url);
  };
  for (let i = 1; i <= 20; i++) expect(await attempt(i)).toContain('用户名或密码错误');
  expect(await attempt(21)).toContain('此地址登录失败次数过多');
});
