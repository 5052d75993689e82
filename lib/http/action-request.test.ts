import { describe, expect, it } from 'vitest';
import { actionRequestProblem } from '@/lib/http/action-request';

const request = (
  overrides: Partial<{ origin: string | null; host: string | null; contentType: string | null; body: string }> = {},
) => {
  const { body = '[{"id":1,"note":"含有 [括号] 和 \\"引号\\""}]', ...rest } = overrides;
  return {
    origin: 'http://localhost:3000',
    host: 'localhost:3000',
    contentType: 'text/plain;charset=UTF-8',
    ...rest,
    body: async () => body,
  };
};

describe('actionRequestProblem', () => {
  it('lets through what the app’s own pages send', async () => {
    expect(await actionRequestProblem(request())).toBeNull();
    expect(await actionRequestProblem(request({ origin: null }))).toBeNull();
    expect(
      await actionRequestProblem(request({ contentType: 'multipart/form-data; boundary=x', body: 'not json at all' })),
    ).toBeNull();
    expect(await actionRequestProblem(request({ body: `${'['.repeat(64)}${']'.repeat(64)}` }))).toBeNull();
  });

  it('refuses another site’s origin, malformed arguments and nesting past any form', async () => {
    expect(await actionRequestProblem(request({ origin: 'http://evil.example' }))).toMatchObject({ status: 403 });
    expect(await actionRequestProblem(request({ origin: 'null' }))).toMatchObject({ status: 403 });
    for (const body of ['not json', '[Infinity]', '[1,', `${'['.repeat(20_000)}${']'.repeat(20_000)}`]) {
      expect(await actionRequestProblem(request({ body })), body.slice(0, 20)).toMatchObject({
        status: 400,
        message: '请求内容无效',
      });
    }
  });
});
