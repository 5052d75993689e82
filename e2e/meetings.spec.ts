import fs from 'node:fs/promises';
import { type Download, expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { authFile, recordMeeting, thisYear, today, uniqueTopic } from '@/e2e/fixtures';

/** The demo's planned 主题党日 today at 15:00, which every party member of the branch is expected at. */
const todaysThemeDay = '学习全会精神，谈统计人的责任担当';

/** A 1×1 transparent PNG. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function downloadedBytes(download: Download): Promise<Buffer> {
  return fs.readFile(await download.path());
}

test.describe('the committee', () => {
  test.use({ storageState: authFile('zuzhi') });

  test('records a 支委会 held today with attendance and sees the quorum as it is marked', async ({ page }) => {
    const topic = uniqueTopic('研究支部换届筹备工作');
    await page.goto('/meetings');
    await page.getByRole('link', { name: '记录会议' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('记录会议');

    await page.getByLabel('会议类型', { exact: true }).selectOption({ label: '支委会' });
    await page.getByLabel('会议主题', { exact: true }).fill(topic);

    const quorum = page.getByRole('note', { name: '法定人数' });
    await expect(quorum).toHaveText('支委应到3人，实到0人，未超过半数（至少需2人）');
    await page.getByRole('group', { name: '孟庆华' }).getByLabel('出席', { exact: true }).check();
    await expect(quorum).toHaveText('支委应到3人，实到1人，未超过半数（至少需2人）');
    await page.getByRole('group', { name: '李娜' }).getByLabel('出席', { exact: true }).check();
    await expect(quorum).toHaveText('支委应到3人，实到2人，超过半数');

    const absentee = page.getByRole('group', { name: '巴图孟和' });
    await absentee.getByLabel('请假', { exact: true }).check();
    // Leave without a reason is refused, and what was marked stays.
    await page.getByRole('button', { name: '保存会议' }).click();
    await expect(page.getByRole('status')).toContainText('提交的内容有误');
    await expect(page.getByText('请假需填写事由')).toBeVisible();
    await expect(page.getByLabel('会议主题', { exact: true })).toHaveValue(topic);

    await absentee.getByLabel('请假事由').fill('外出开展入户调查');
    await page.getByRole('button', { name: '保存会议' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic);
    await expect(page.getByRole('status').filter({ hasText: '会议已保存' })).toBeVisible();
    await expect(page.getByRole('note', { name: '法定人数' })).toHaveText('支委应到3人，实到2人，超过半数');
    const attendance = page.getByRole('list', { name: '出勤名单' });
    await expect(attendance.getByRole('listitem')).toHaveText([
      /孟庆华\s*出席/,
      /李娜\s*出席/,
      /巴图孟和\s*请假（外出开展入户调查）/,
    ]);

    await page.goto('/meetings');
    const row = page.getByRole('list', { name: '会议列表' }).getByRole('link', { name: topic });
    await expect(row).toBeVisible();
    await expect(row).toContainText('支委会');
    await expect(row).toContainText('出席 2/3');
  });

  test('lists members added to a 支委会 as 列席 outside the quorum, and asks why someone is taken off the list', async ({
    page,
  }) => {
    const topic = uniqueTopic('研究党员教育管理工作');
    await page.goto('/meetings/new');
    await page.getByLabel('会议类型', { exact: true }).selectOption({ label: '支委会' });
    await page.getByLabel('会议主题', { exact: true }).fill(topic);
    await page.getByRole('group', { name: '孟庆华' }).getByLabel('出席', { exact: true }).check();
    await page.getByRole('group', { name: '李娜' }).getByLabel('出席', { exact: true }).check();
    await page.getByRole('group', { name: '巴图孟和' }).getByLabel('缺席', { exact: true }).check();

    // Two ordinary members added: 列席, counted neither as 应到 nor for the quorum.
    await page.getByLabel('添加人员').selectOption({ label: '王海燕（正式党员，列席）' });
    await page.getByLabel('添加人员').selectOption({ label: '刘建军（正式党员，列席）' });
    const guests = page.getByRole('region', { name: '列席人员' });
    for (const name of ['王海燕', '刘建军']) {
      await guests.getByRole('group', { name }).getByLabel('缺席', { exact: true }).check();
    }
    const quorum = page.getByRole('note', { name: '法定人数' });
    await expect(quorum).toHaveText('支委应到3人，实到2人，超过半数');
    await expect(page.getByText('应到 3 人，列席 2 人')).toBeVisible();

    // Taking a committee member off the list asks for the reason first.
    await page.getByRole('button', { name: '移出名单：巴图孟和' }).click();
    const confirm = page.getByRole('button', { name: '确认移出：巴图孟和' });
    await expect(confirm).toBeDisabled();
    await expect(quorum).toHaveText('支委应到3人，实到2人，超过半数');
    await page.getByLabel('巴图孟和的移出原因').fill('长期借调盟统计局');
    await confirm.click();
    await expect(quorum).toHaveText('支委应到2人，实到2人，超过半数');
    await expect(page.getByRole('region', { name: '已移出应到名单' })).toContainText('巴图孟和原因：长期借调盟统计局');

    await page.getByRole('button', { name: '保存会议' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic);
    await expect(page.getByRole('note', { name: '法定人数' })).toHaveText('支委应到2人，实到2人，超过半数');
    await expect(page.getByRole('list', { name: '出勤名单' }).getByRole('listitem')).toHaveText([
      /孟庆华\s*出席/,
      /李娜\s*出席/,
    ]);
    await expect(page.getByRole('list', { name: '列席名单' }).getByRole('listitem')).toHaveText([
      /王海燕\s*缺席/,
      /刘建军\s*缺席/,
    ]);
    await expect(page.getByRole('region', { name: '已移出应到名单' })).toContainText('长期借调盟统计局');
  });

  test('sees last year’s missing August 支委会 flagged on the compliance calendar', { tag: '@calendar' }, async ({
    page,
  }) => {
    const lastYear = thisYear - 1;
    await page.goto('/meetings');
    await page.getByRole('combobox', { name: '年度' }).selectOption(String(lastYear));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${lastYear}年组织生活`);

    await page.goto('/meetings/calendar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${lastYear}年组织生活合规日历`);
    const committee = page.getByRole('region', { name: '支委会', exact: true });
    await expect(committee.getByRole('listitem', { name: '8月：未完成，召开0次' })).toBeVisible();
    await expect(committee.getByRole('listitem', { name: '7月：已完成，召开1次' })).toBeVisible();
    await expect(committee.getByRole('listitem', { name: '9月：已完成，召开1次' })).toBeVisible();
    await expect(page.getByRole('region', { name: '提醒' })).toContainText(`${lastYear}年8月未召开支委会`);
  });

  test('downloads the minutes as .docx and the year’s ledger as .xlsx', async ({ page }) => {
    // A closed year, so the meeting is held and its topic is the seed's.
    const topic = '2024年度组织生活会：对照检视、批评与自我批评';
    await page.goto('/meetings');
    await page.getByRole('combobox', { name: '年度' }).selectOption('2024');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024年组织生活');
    await page.getByRole('list', { name: '会议列表' }).getByRole('link', { name: topic }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic);

    const [minutes] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '导出会议记录' }).click(),
    ]);
    expect(minutes.suggestedFilename()).toMatch(/^2024-12-22.*\.docx$/);
    const docx = await JSZip.loadAsync(await downloadedBytes(minutes));
    const documentXml = await docx.file('word/document.xml')?.async('string');
    expect(documentXml, 'word/document.xml in the .docx').toBeDefined();
    // Word may split a sentence into several runs; compare the text without the markup.
    const documentText = documentXml!.replace(/<[^>]+>/g, '');
    expect(documentText).toContain(topic);
    expect(documentText).toContain('旗统计局党支部');

    await page.goto('/meetings');
    const [ledger] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '导出台账' }).click(),
    ]);
    expect(ledger.suggestedFilename()).toMatch(/2024年.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloadedBytes(ledger)) as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.text))));
    expect(cells).toContain(topic);
    expect(cells).toContain('研究年度党建工作要点和学习计划');
  });

  test('two editors of the same meeting get a conflict instead of a lost edit', async ({ page, browser }) => {
    const topic = uniqueTopic('研究党费收缴情况');
    const id = await recordMeeting(page, { kind: '支委会', topic, planned: true });
    const other = await browser.newPage({ storageState: authFile('shuji') });
    await page.goto(`/meetings/${id}/edit`);
    await other.goto(`/meetings/${id}/edit`);
    // Still planned: who should come is listed, what happened is written once it is held.
    await expect(page.getByLabel('会议记录', { exact: true })).toBeHidden();
    await expect(page.getByRole('group', { name: '参会人员' }).getByRole('radio')).toHaveCount(0);

    await other.getByLabel('会议议程', { exact: true }).fill('一、书记先保存的议程');
    await other.getByRole('button', { name: '保存会议' }).click();
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(topic);
    await expect(other.getByRole('region', { name: '会议信息' })).toContainText('书记先保存的议程');

    await page.getByLabel('会议议程', { exact: true }).fill('一、组织委员后保存的议程');
    await page.getByRole('button', { name: '保存会议' }).click();
    await expect(page.getByRole('status')).toContainText('已被他人修改');
    // The refused edit is still on screen to copy, not silently lost.
    await expect(page.getByLabel('会议议程', { exact: true })).toHaveValue('一、组织委员后保存的议程');

    await page.goto(`/meetings/${id}`);
    const info = page.getByRole('region', { name: '会议信息' });
    await expect(info).toContainText('书记先保存的议程');
    await expect(info).not.toContainText('组织委员后保存的议程');
    await other.close();
  });

  test('attaches a photo to a meeting and is refused a file that only claims to be one, or one too large', async ({
    page,
  }) => {
    const topic = uniqueTopic('研究主题党日活动方案');
    await recordMeeting(page, { kind: '支委会', topic });
    const panel = page.getByRole('region', { name: '附件' });
    const picker = panel.getByLabel('上传照片或扫描件');
    const photo = `会议照片-${Date.now().toString(36)}.png`;

    await picker.setInputFiles({ name: photo, mimeType: 'image/png', buffer: png });
    await panel.getByRole('button', { name: '上传附件' }).click();
    await expect(panel.getByRole('status')).toHaveText('附件已上传');
    const link = panel.getByRole('link', { name: photo });
    await expect(link).toBeVisible();
    const file = await page.request.get((await link.getAttribute('href'))!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/png');
    expect(Buffer.compare(await file.body(), png)).toBe(0);

    await picker.setInputFiles({
      name: '伪装的图片.png',
      mimeType: 'image/png',
      buffer: Buffer.from('这不是图片，只是一段文字。'),
    });
    await panel.getByRole('button', { name: '上传附件' }).click();
    await expect(panel.getByRole('status')).toHaveText('只能上传 JPG、PNG 图片或 PDF 文件');
    await expect(panel.getByText('文件类型不支持（按文件内容判断）')).toBeVisible();
    await expect(panel.getByRole('link', { name: '伪装的图片.png' })).toHaveCount(0);

    // Just over the limit: told at once, and nothing is sent (the server would cut such a body short).
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await picker.setInputFiles({
      name: '过大的扫描件.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(10 * 1024 * 1024 + 200_000),
    });
    await panel.getByRole('button', { name: '上传附件' }).click();
    await expect(panel.getByRole('status')).toContainText('文件不能超过10MB');
    expect(posts).toEqual([]);
    await expect(panel.getByRole('listitem')).toHaveCount(1);
  });
});

test.describe('a member', () => {
  test.use({ storageState: authFile('dangyuan') });

  test('signs in to today’s theme day from 我的出勤', { tag: '@calendar' }, async ({ page }) => {
    await page.goto('/meetings/mine');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的出勤');
    const upcoming = page.getByRole('region', { name: '近期会议' });
    const themeDay = upcoming.getByRole('listitem').filter({ hasText: todaysThemeDay });
    await expect(themeDay).toContainText('主题党日');
    await expect(themeDay).toContainText('15:00');

    await themeDay.getByRole('button', { name: /^签到：/ }).click();
    await expect(themeDay).toContainText(/签到成功|已签到/);
    await expect(themeDay.getByRole('button', { name: /^签到：/ })).toHaveCount(0);

    await page.reload();
    await expect(themeDay).toContainText('已签到');
    await expect(themeDay.getByRole('button', { name: /^签到：/ })).toHaveCount(0);
    // The demo's first meetings a member is expected at each year are on 10 January: before that
    // nothing of the year is held, and the rate reads — rather than 0%.
    const rate = today >= `${thisYear}-01-10` ? /出勤率\s*\d+(\.\d)?%/ : /出勤率\s*—/;
    await expect(page.getByRole('region', { name: '出勤概况' })).toContainText(rate);
  });

  test('is refused the committee’s pages and has 我的出勤 instead of 组织生活', async ({ page }) => {
    for (const path of ['/meetings/new', '/meetings/talks']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
      await expect(page.getByRole('button', { name: '保存会议' })).toHaveCount(0);
      await expect(page.getByRole('list', { name: '谈话记录' })).toHaveCount(0);
    }
    const menu = page.getByRole('navigation', { name: '主导航' });
    await expect(menu.getByRole('link', { name: '我的出勤' })).toBeVisible();
    await expect(menu.getByRole('link', { name: '组织生活' })).toHaveCount(0);
  });
});
