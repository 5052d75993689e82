import { expect, type Page, test } from '@playwright/test';
import { authFile, personId } from '@/e2e/fixtures';
import { idNumberCheckChar } from '@/lib/people/id-number';

const idBody = '15292319930816123';
const validId = idBody + idNumberCheckChar(idBody);
const wrongCheckId = idBody + (idNumberCheckChar(idBody) === '5' ? '6' : '5');

async function fillPerson(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    const control = page.getByLabel(label, { exact: true });
    if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption({ label: value });
    else await control.fill(value);
  }
}

test.describe('the committee keeps the roster', () => {
  test.use({ storageState: authFile('zuzhi') });

  test('creates a person, is told what is wrong, then edits them', async ({ page }) => {
    await page.goto('/members');
    await page.getByRole('link', { name: '新增人员' }).click();
    await fillPerson(page, {
      姓名: '包海军',
      性别: '男',
      民族: '蒙古族',
      出生日期: '1993-08-16',
      学历: '大学本科',
      职务: '统计员',
      政治面貌: '正式党员',
      入党日期: '2019-06-28',
      转正日期: '2020-06-28',
      党小组: '第二党小组',
      身份证号: wrongCheckId,
      联系电话: '13947000000',
    });
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('status')).toContainText('提交的内容有误');
    await expect(page.getByText('身份证号校验位不正确')).toBeVisible();
    // What was typed is still there after the refusal.
    await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('包海军');

    await page.getByLabel('身份证号').fill(validId);
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('包海军');
    await expect(page.getByRole('status')).toContainText('已保存');
    await expect(page.getByRole('region', { name: '个人敏感信息' })).toContainText(validId);

    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByLabel('职务', { exact: true }).fill('综合统计员');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('region', { name: '基本信息' })).toContainText('综合统计员');

    await page.goto('/members?q=包海军');
    await expect(page.getByRole('link', { name: '包海军' })).toBeVisible();
  });

  test('filters the roster by political status and party group as soon as a choice is made', async ({ page }) => {
    await page.goto('/members');
    await page.getByLabel('政治面貌').selectOption({ label: '预备党员' });
    await expect(page).toHaveURL(/status=probationary/);
    await expect(page.getByText('共 2 人')).toBeVisible();
    const table = page.getByRole('table', { name: '党员名册' });
    await expect(table.getByRole('link', { name: '吴桐' })).toBeVisible();
    await expect(table.getByRole('link', { name: '孟庆华' })).toHaveCount(0);

    await page.getByLabel('党小组').selectOption({ label: '第二党小组' });
    await expect(page).toHaveURL(/group=\d+/);
    await expect(page.getByText('共 1 人')).toBeVisible();
    await expect(table.getByRole('link', { name: '郑凯' })).toBeVisible();
  });

  test('two editors of the same person get a conflict instead of a lost edit', async ({ page, browser }) => {
    const id = personId('苏日娜');
    const other = await browser.newPage({ storageState: authFile('shuji') });
    await page.goto(`/members/${id}/edit`);
    await other.goto(`/members/${id}/edit`);

    await other.getByLabel('职务', { exact: true }).fill('统计师');
    await other.getByRole('button', { name: '保存' }).click();
    await expect(other.getByRole('region', { name: '基本信息' })).toContainText('统计师');

    await page.getByLabel('职务', { exact: true }).fill('高级统计员');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('status')).toContainText('已被他人修改');

    await page.goto(`/members/${id}`);
    await expect(page.getByRole('region', { name: '基本信息' })).toContainText('统计师');
    await other.close();
  });
});

test.describe('a member', () => {
  test.use({ storageState: authFile('dangyuan') });

  test('sees their own private data and nobody else’s', async ({ page }) => {
    await page.goto(`/members/${personId('王海燕')}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('我的资料');
    await expect(page.getByRole('region', { name: '个人敏感信息' })).toContainText('身份证号');
    await expect(page.getByRole('link', { name: '编辑' })).toHaveCount(0);

    const response = await page.goto(`/members/${personId('孟庆华')}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByText('孟庆华')).toHaveCount(0);
    await expect(page.getByText('身份证号')).toHaveCount(0);
  });
});

test.describe('the reviewer', () => {
  test.use({ storageState: authFile('dangwei') });

  test('reads the roster without private fields and cannot edit', async ({ page }) => {
    await page.goto(`/members/${personId('孟庆华')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('孟庆华');
    await expect(page.getByRole('region', { name: '党籍信息' })).toBeVisible();
    await expect(page.getByText('身份证号')).toHaveCount(0);
    await expect(page.getByRole('link', { name: '编辑' })).toHaveCount(0);
  });
});
