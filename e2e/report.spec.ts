import { expect, type Locator, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { authFile, financeBranchId } from '@/e2e/fixtures';

const title = (year: number) => `${year}年党支部书记抓基层党建工作述职报告`;

function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/** A section's paragraphs, edited in place. */
function body(region: Locator) {
  return region.getByRole('textbox', { name: /正文$/ });
}

/** Replaces a text as a user would: click into it, select all of it, type the new lines. */
async function rewrite(text: Locator, lines: string[]) {
  await text.click();
  await text.press('ControlOrMeta+A');
  await text.press('Delete');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await text.press('Enter');
    await text.pressSequentially(line);
  }
}

async function saved(page: Page) {
  await expect(page.getByRole('status', { name: '保存状态' })).toHaveText('已保存');
}

test.describe('the demo reports', () => {
  test.use({ storageState: authFile('shuji') });

  test('2023 was generated from the records, submitted and graded; each figure shows its records', async ({ page }) => {
    await page.goto('/report/2023');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年述职报告');
    await expect(page.getByRole('article', { name: title(2023) })).toBeVisible();
    await expect(page.getByText('报告已提交党工委，内容已锁定。')).toBeVisible();
    await expect(page.getByText('党工委评定：较好')).toBeVisible();
    await expect(page.getByRole('region', { name: '党工委评议意见' })).toContainText('提炼支部品牌');

    const organisation = section(page, '（二）规范组织生活，夯实支部建设');
    await organisation
      .getByRole('button', { name: /^数字 .*支委会.*：12$/ })
      .first()
      .click();
    const sources = page.getByRole('dialog', { name: /来源/ });
    await expect(sources.getByRole('list', { name: '来源记录' }).getByRole('listitem')).toHaveCount(12);
    await expect(sources).toContainText('研究年度党建工作要点和学习计划');
    await expect(section(page, '（三）创新活动载体，服务群众办实事')).toContainText('投入资金8万元');
  });

  test('the page carries each figure’s value; its records come when its chip asks, and only for the own branch', async ({
    page,
  }) => {
    const key = 'meetings:kind=committee';
    const values = await page.request.get(`/report/2023/figures?key=${encodeURIComponent(key)}`);
    const [[valueKey, value]] = await values.json();
    expect(valueKey).toBe(key);
    expect(value).toMatchObject({ value: 12, text: '12' });
    expect(value).not.toHaveProperty('records');

    const withRecords = await page.request.get(`/report/2023/figures?key=${encodeURIComponent(key)}&records=1`);
    const [[, full]] = await withRecords.json();
    expect(full.records).toHaveLength(12);

    // Another branch of the same working committee: the secretary reads only their own.
    const elsewhere = await page.request.get(
      `/report/2023/figures?key=${encodeURIComponent(key)}&records=1&branch=${financeBranchId}`,
    );
    expect(elsewhere.status()).toBe(404);
  });

  test('2024 was continued from 2023, with last year’s problems and plans set against what became of them', async ({
    page,
  }) => {
    await page.goto('/report/2024');
    const review = section(page, '四、对照2023年报告的落实情况');
    await expect(review).toContainText('2023年查摆的问题整改情况');
    await expect(review).toContainText('已销号');
    await expect(review).toContainText('2024年书记项目：胡杨林病虫害防治与垃圾点改造（已完成）');
  });
});

// One report goes from the first draft to the working committee's grade: the steps build on each other.
test.describe
  .serial('the 2025 duty report', () => {
    test.use({ storageState: authFile('shuji') });

    test('the secretary continues 2025 from 2024: next year planned, one comparison with last year, carried parts marked', async ({
      page,
    }) => {
      await page.goto('/report/2025');
      await page.getByRole('button', { name: '从去年续写' }).click();
      const document = page.getByRole('article', { name: title(2025) });
      await expect(document).toBeVisible();
      const organisation = section(page, '（二）规范组织生活，夯实支部建设');
      await expect(organisation.getByRole('button', { name: /^数字 .*支委会/ }).first()).toBeVisible();
      await expect(organisation).toContainText('沿用去年，请核改');

      // 2024's report compared itself with 2023; 2025's compares itself with 2024 only.
      await expect(document.getByRole('region', { name: /^[一二三四五六七八九十]+、对照/ })).toHaveCount(1);
      await expect(section(page, '四、对照2024年报告的落实情况')).toContainText('2024年查摆的问题整改情况');
      // The plans are for the year after the report's.
      await expect(document.getByRole('region', { name: /2026年书记项目$/ })).toHaveCount(1);
      await expect(document.getByRole('region', { name: /2025年书记项目$/ })).toHaveCount(0);

      // Dragging a heading in the outline puts the section at the place it is dropped on.
      const outline = page.getByRole('navigation', { name: '报告目录' });
      await outline
        .getByRole('link', { name: /^（五）推动党建与业务融合/ })
        .dragTo(outline.getByRole('link', { name: /^（四）落实从严治党责任/ }));
      await expect(section(page, '（四）推动党建与业务融合，服务中心工作')).toBeVisible();
      await expect(section(page, '（五）落实从严治党责任，推进党风廉政建设')).toBeVisible();
    });

    test('fills the problems, and two people editing one section get a conflict instead of a lost edit', async ({
      page,
      browser,
    }) => {
      await page.goto('/report/2025');
      const problems = section(page, '二、存在的主要问题');
      await rewrite(body(problems), ['（一）理论学习的系统性还不够。', '（二）支部品牌创建成效不够明显。']);
      await saved(page);

      const other = await (await browser.newContext({ storageState: authFile('shuji') })).newPage();
      await other.goto('/report/2025');
      const name = '（一）深化理论学习，注重学用结合';
      const mine = body(section(page, name));
      const original = (await mine.textContent()) ?? '';

      await mine.click();
      await mine.press('ControlOrMeta+End');
      await mine.press('Enter');
      await mine.pressSequentially('甲的补充：每月开展一次学习交流。');
      await saved(page);

      const theirs = body(section(other, name));
      await theirs.click();
      await theirs.press('ControlOrMeta+End');
      await theirs.press('Enter');
      await theirs.pressSequentially('乙的补充：建立学习积分制度。');
      const conflict = section(other, name).getByRole('alert');
      await expect(conflict).toContainText('已被他人修改');
      await expect(conflict.getByLabel('对方的版本')).toContainText('甲的补充');
      await expect(conflict.getByLabel('您的版本')).toContainText('乙的补充');
      await expect(other.getByRole('status', { name: '保存状态' })).toHaveText('冲突');
      await conflict.getByRole('button', { name: '保留我的版本' }).click();
      await saved(other);
      await other.context().close();

      await page.reload();
      await expect(body(section(page, name))).toContainText('乙的补充');
      await expect(body(section(page, name))).not.toContainText('甲的补充');

      // The history keeps every save, timed in Beijing; the first version can be restored as a new one.
      await section(page, name).getByRole('button', { name: '历史版本' }).click();
      const history = section(page, name).getByRole('region', { name: '历史版本' });
      const first = history.getByRole('button', { name: /^第1版/ });
      await expect(first).toContainText(/第1版 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      const id = (await section(page, name).getAttribute('id'))?.replace('section-', '');
      const revisions: { version: number; savedAt: string }[] = await (
        await page.request.get(`/report/sections/${id}/revisions`)
      ).json();
      const savedAt = new Date(revisions.find((r) => r.version === 1)!.savedAt);
      const beijing = new Date(savedAt.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
      await expect(first).toContainText(beijing);
      await first.click();
      await expect(history.getByRole('list', { name: '版本差异' })).toContainText('乙的补充');
      await history.getByRole('button', { name: '恢复为第1版' }).click();
      await expect(body(section(page, name))).toHaveText(original);
      await saved(page);
    });

    test('inserts a figure at the caret, keeping what was just typed; a figure is removed whole, never broken', async ({
      page,
    }) => {
      await page.goto('/report/2025');
      const picker = page.getByRole('dialog', { name: '插入数字' });
      const committee = /^数字 .*支委会.*：\d+/;

      // Typed words stay, and the figure picked with 插入数字 follows them.
      const problems = body(section(page, '二、存在的主要问题'));
      await problems.click();
      await problems.press('ControlOrMeta+End');
      await problems.press('Enter');
      await problems.pressSequentially('全年共召开支委会');
      await page.getByRole('button', { name: '插入数字' }).click();
      await picker.getByRole('searchbox', { name: '搜索数字' }).fill('支委会');
      const choice = picker.getByRole('button', { name: /支委会.*：\d+次/ }).first();
      await expect(choice).toBeVisible();
      await choice.click();
      await expect(picker).toBeHidden();
      // Typing “/” asks for a figure at the caret, and the “/” gives way to it.
      await page.keyboard.type('次，谈心谈话/');
      await expect(picker).toBeVisible();
      await picker.getByRole('searchbox', { name: '搜索数字' }).fill('谈心谈话');
      await picker.getByRole('searchbox', { name: '搜索数字' }).press('Enter');
      // The caret is back in the text once the picker has closed.
      await expect(picker).toBeHidden();
      await page.keyboard.type('次。');
      await saved(page);
      await page.reload();
      const line = body(section(page, '二、存在的主要问题')).getByRole('paragraph').last();
      await expect(line).toHaveText(/^全年共召开支委会\d+次，谈心谈话\d+次。$/);
      await expect(line.getByRole('button', { name: committee })).toHaveCount(1);
      await expect(line.getByRole('button', { name: /^数字 .*谈心谈话/ })).toHaveCount(1);

      // Backspace after a figure takes the whole figure; nothing of its token is left in the text.
      const box = await line.boundingBox();
      await line.click({ position: { x: box!.width - 2, y: box!.height / 2 } });
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await expect(line).toHaveText(/^全年共召开支委会\d+次，谈心谈话$/);
      await expect(line.getByRole('button', { name: /^数字 .*谈心谈话/ })).toHaveCount(0);
      await saved(page);
      await page.reload();
      await expect(body(section(page, '二、存在的主要问题')).getByRole('paragraph').last()).toHaveText(
        /^全年共召开支委会\d+次，谈心谈话$/,
      );
    });

    test('lists what is left to check, live, and submits only once the secretary confirms it by name', async ({
      page,
    }) => {
      await page.goto('/report/2025');
      const checks = page.getByRole('region', { name: '提交前检查' });
      const problems = body(section(page, '二、存在的主要问题'));
      await problems.click();
      await problems.press('ControlOrMeta+End');
      await problems.press('Enter');
      await problems.pressSequentially('全年开展调研x次。');
      // Listed as soon as it is typed, with a link to where it is.
      await page.getByRole('button', { name: /^待检查 \d+ 处$/ }).click();
      await expect(checks.getByRole('listitem').filter({ hasText: '“x”尚未填写' })).toHaveCount(1);
      await expect(checks.getByRole('link', { name: '二、存在的主要问题' }).first()).toHaveAttribute(
        'href',
        /#section-\d+$/,
      );
      await saved(page);

      // Exporting names it before the file is made.
      await page.getByRole('link', { name: '导出 Word' }).click();
      const beforeExport = page.getByRole('dialog', { name: '导出 Word前请检查' });
      await expect(beforeExport).toContainText('“x”尚未填写');
      await beforeExport.getByRole('button', { name: '返回修改' }).click();

      await page.getByRole('button', { name: '提交党工委' }).click();
      const confirm = page.getByRole('dialog', { name: '提交党工委' });
      await expect(confirm).toContainText('“x”尚未填写');
      // A figure with no records this year is named with where to record them.
      await expect(confirm.getByRole('listitem').filter({ hasText: '为0' }).first()).toBeVisible();
      await confirm.getByRole('button', { name: /^确认以上\d+处，仍然提交$/ }).click();
      await expect(page.getByText('报告已提交党工委，内容已锁定。')).toBeVisible();
      await expect(page.getByRole('textbox', { name: /正文$/ })).toHaveCount(0);

      const response = await page.request.get('/report/2025/export.docx');
      expect(response.status()).toBe(200);
      const zip = await JSZip.loadAsync(await response.body());
      const xml = await zip.file('word/document.xml')!.async('string');
      for (const heading of ['本年度履职情况', '存在的主要问题', '下一步打算']) expect(xml).toContain(heading);
      expect(xml).toContain(title(2025));
      expect(xml).toContain('全年开展调研x次。');
      expect(xml).not.toContain('{{');
    });

    test('the working committee’s day: the overview, a branch behind, then the report to grade; the branch sees the grade and the comment', async ({
      page,
      browser,
    }) => {
      const reviewer = await (await browser.newContext({ storageState: authFile('dangwei') })).newPage();
      // Home is the overview of every branch beneath the working committee.
      await reviewer.goto('/');
      await expect(reviewer).toHaveURL(/\/overview$/);
      // Last year, sorted by missed meetings: the first branch is the one furthest behind.
      await reviewer.getByRole('combobox', { name: '年度' }).selectOption('2025');
      await expect(reviewer.getByRole('heading', { level: 1 })).toContainText('2025年');
      const branches = reviewer.getByRole('region', { name: '各支部情况' });
      await branches.getByRole('link', { name: '三会一课', exact: true }).click();
      await expect(branches.getByRole('columnheader', { name: '三会一课' })).toHaveAttribute('aria-sort', 'descending');
      const behind = branches.getByRole('link', { name: /三会一课：按期\d+，未按期/ }).first();
      await expect(behind).toHaveAccessibleName(/未按期[1-9]/);
      const name = ((await behind.getAttribute('aria-label')) ?? '').split('三会一课')[0];
      // Its cell opens its compliance calendar, the branch chosen in the switcher.
      await behind.click();
      await expect(reviewer).toHaveURL(/\/meetings\/calendar$/);
      await expect(reviewer.getByRole('combobox', { name: '支部' }).locator('option:checked')).toHaveText(name);

      await reviewer.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '党建总览' }).click();
      await reviewer.getByRole('navigation', { name: '党建总览' }).getByRole('link', { name: '述职评议' }).click();
      await reviewer
        .getByRole('list', { name: '待评定的报告' })
        .getByRole('link', { name: /旗统计局党支部\s*2025年述职报告/ })
        .click();
      await expect(reviewer.getByRole('article', { name: title(2025) })).toContainText('本年度履职情况');
      const report = reviewer.getByRole('article', { name: title(2025) });
      await report
        .getByRole('button', { name: /^数字 .*支委会/ })
        .first()
        .click();
      await expect(
        report
          .getByRole('dialog', { name: /来源/ })
          .getByRole('list', { name: '来源记录' })
          .getByRole('listitem')
          .first(),
      ).toBeVisible();
      await reviewer.getByRole('combobox', { name: '等次' }).selectOption('较好');
      await reviewer.getByRole('button', { name: '保存等次' }).click();
      await expect(reviewer.getByText('评定等次已保存，报告单位可以看到')).toBeVisible();
      await reviewer.getByLabel('新的意见').fill('品牌创建的成效还需用数据说话。');
      await reviewer.getByRole('button', { name: '添加意见' }).click();
      await expect(reviewer.getByText('评议意见已添加')).toBeVisible();
      await expect(reviewer.getByLabel('新的意见')).toHaveValue('');
      await reviewer.context().close();

      await page.goto('/report/2025');
      await expect(page.getByText('党工委评定：较好')).toBeVisible();
      await expect(page.getByRole('region', { name: '党工委评议意见' })).toContainText(
        '品牌创建的成效还需用数据说话。',
      );
    });
  });

test.describe('a member', () => {
  test.use({ storageState: authFile('dangyuan') });

  test('cannot open the report editor', async ({ page }) => {
    await page.goto('/report/2025');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('无权访问');
    expect((await page.request.get('/report/2025/export.docx')).status()).toBe(403);
  });
});
