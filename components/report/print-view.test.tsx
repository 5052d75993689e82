import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PrintView } from '@/components/report/print-view';
import type { RenderedReport } from '@/lib/report/rendered';
import { renderedReport } from '@/tests/support/rendered-report';

function render(report: RenderedReport = renderedReport, backHref?: string): string {
  return renderToStaticMarkup(<PrintView report={report} backHref={backHref} />);
}

/** Visible text of each element of `tag`. */
function texts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}[^>]*>(.*?)</${tag}>`, 'gs'))].map((m) => m[1].replace(/<[^>]+>/g, ''));
}

describe('duty report print view', () => {
  it('renders the title, the byline and the opening in order inside one sheet', () => {
    const html = render();
    expect(html.match(/<article/g)).toHaveLength(1);
    expect(texts(html, 'h1')).toEqual([renderedReport.title]);
    const paragraphs = texts(html, 'p');
    const byline = paragraphs.indexOf('旗统计局党支部书记\u3000张建国');
    expect(byline).toBeGreaterThan(-1);
    expect(paragraphs[byline + 1]).toBe(renderedReport.preamble[0]);
  });

  it('leaves the byline out when the report has no author', () => {
    expect(render({ ...renderedReport, author: '' })).not.toContain('书记\u3000');
  });

  it('puts first-level headings in h2 and phrase second-level headings in h3, in order', () => {
    const html = render();
    expect(texts(html, 'h2')).toEqual(['一、本年度履职情况', '二、存在的主要问题', '三、下一步打算']);
    expect(texts(html, 'h3')).toEqual(['（一）抓实理论学习，筑牢思想根基', '（二）规范组织生活，夯实支部基础']);
    const order = [
      '一、本年度履职情况',
      '（一）抓实',
      '年内召开支委会议',
      '二、存在的主要问题',
      '（一）理论学习',
      '三、下一步打算',
    ];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((p) => p > -1)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('runs a sentence heading into its first paragraph', () => {
    const html = render();
    expect(html).toMatch(/<p[^>]*><span[^>]*>（一）理论学习的深度还不够。<\/span>学用结合不够紧密/);
    expect(texts(html, 'h3').join('')).not.toContain('理论学习的深度');
  });

  it('escapes the text and leaves no placeholder', () => {
    const html = render({ ...renderedReport, preamble: ['收入 < 支出 & <b>结余</b>'] });
    expect(html).toContain('收入 &lt; 支出 &amp; &lt;b&gt;结余&lt;/b&gt;');
    expect(html).not.toContain('{{');
  });

  it('offers the print button, and a way back only when given one', () => {
    expect(render()).toMatch(/<button[^>]*>打印<\/button>/);
    expect(render()).not.toContain('返回');
    expect(render(renderedReport, '/report/2023')).toMatch(/<a[^>]*href="\/report\/2023"[^>]*>返回<\/a>/);
  });
});

describe('duty report print stylesheet', () => {
  const css = readFileSync(path.join(__dirname, 'print-view.module.css'), 'utf8');

  it('prints on A4 with the official margins, on a page of its own name', () => {
    expect(css).toMatch(/@page duty-report \{\s*size: A4;\s*margin: 37mm 26mm 35mm 28mm;\s*\}/);
    expect(css).toMatch(/\.sheet \{[^}]*page: duty-report;/);
  });

  it('numbers the pages “— n —”, odd pages right and even pages left', () => {
    expect(css).toMatch(/@page duty-report:right \{\s*@bottom-right \{\s*content: '— ' counter\(page\) ' —';/);
    expect(css).toMatch(/@page duty-report:left \{\s*@bottom-left \{\s*content: '— ' counter\(page\) ' —';/);
  });

  it('sets 3号 body text on 28.95 pt lines and a 2号 title', () => {
    expect(css).toMatch(/\.sheet \{[^}]*font-size: 16pt;\s*line-height: 28\.95pt;/);
    expect(css).toMatch(/\.title \{[^}]*font-size: 22pt;/);
  });

  it('hides the toolbar when printing', () => {
    expect(css).toMatch(/@media print \{[\s\S]*\.toolbar \{\s*display: none;/);
  });
});
