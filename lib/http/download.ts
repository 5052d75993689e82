/** A file download the browser saves under a Chinese name, never sniffed into another type. */
export function downloadResponse(body: Uint8Array, fileName: string, contentType: string, inline = false): Response {
  return new Response(body as BodyInit, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}

export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Route handlers answer refusals in plain text with the right status, never with data. */
export function refusal(status: 401 | 403 | 404): Response {
  const text = { 401: '请先登录', 403: '无权访问', 404: '记录不存在' }[status];
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
