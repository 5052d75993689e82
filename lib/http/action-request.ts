/** How deeply an action's arguments may nest: the app's forms send flat objects and short lists. */
const maxNesting = 64;

/** The deepest nesting of brackets in JSON text, outside strings (no parse, so no deep recursion). */
function nestingOf(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}

export type ActionRequest = {
  origin: string | null;
  host: string | null;
  contentType: string | null;
  body: () => Promise<string>;
};

/**
 * Why a server-action request is refused before it reaches Next.js (which answers such requests with a
 * 500 and an error digest): another site's Origin, or arguments that are not the JSON a browser of
 * this app sends (malformed, or nested past any form's shape). Multipart bodies (forms with files)
 * are left to the action's own checks. Null when the request may go on.
 */
export async function actionRequestProblem(
  request: ActionRequest,
): Promise<{ status: 400 | 403; message: string } | null> {
  if (request.origin && request.host) {
    let originHost: string | null = null;
    try {
      originHost = new URL(request.origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== request.host) return { status: 403, message: '拒绝来自其他网站的请求' };
  }
  if (!request.contentType?.startsWith('text/plain')) return null;
  const body = await request.body();
  if (nestingOf(body) > maxNesting) return { status: 400, message: '请求内容无效' };
  try {
    JSON.parse(body);
  } catch {
    return { status: 400, message: '请求内容无效' };
  }
  return null;
}
