import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { authFile } from '@/e2e/fixtures';

test.describe('security headers', () => {
  test.use({ storageState: authFile('shuji') });

  test('every page carries a nonce policy that forbids framing, and nothing on it is blocked', async ({ page }) => {
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    const nonces = new Set<string>();
    for (const path of ['/', '/meetings', '/projects/1', '/report/2023', '/report/2023/print']) {
      const response = await page.goto(path);
      const headers = response!.headers();
      const policy = headers['content-security-policy'];
      expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).not.toContain('unsafe-eval');
      nonces.add(/'nonce-([^']+)'/.exec(policy)![1]);
      expect(headers['referrer-policy'], path).toBe('same-origin');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      // The page is alive: its client code ran under the policy.
      await expect(
        page.getByRole('navigation', { name: '主导航' }).or(page.getByRole('button', { name: '打印' })),
      ).toBeVisible();
    }
    expect(nonces.size, 'a fresh nonce per request').toBe(5);
    // Interactive code still works: a figure's records open on click.
    await page.goto('/report/2023');
    await page
      .getByRole('button', { name: /^数字 .*支委会.*：12$/ })
      .first()
      .click();
    await expect(page.getByRole('dialog', { name: /来源/ })).toBeVisible();
    expect(blocked).toEqual([]);
  });
});

test('a server-action request no page would send is refused with a plain 4xx, not an error page', async ({
  request,
  baseURL,
}) => {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const [actionId] = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === 'switchYear')!;
  const post = (body: string, headers: Record<string, string> = {}) =>
    request.post('/', {
      data: body,
      headers: { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8', Origin: baseURL!, ...headers },
    });
  for (const body of ['not json', '[Infinity]', `${'['.repeat(20_000)}${']'.repeat(20_000)}`]) {
    const response = await post(body);
    expect(response.status(), body.slice(0, 20)).toBe(400);
    expect(await response.text()).toBe('请求内容无效');
  }
  const foreign = await post('[{"year":2025}]', { Origin: 'http://evil.example' });
  expect(foreign.status()).toBe(403);
});
