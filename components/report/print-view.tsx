import { PrintButton } from '@/components/report/print-button';
import styles from '@/components/report/print-view.module.css';
import { ButtonLink } from '@/components/ui/button';
import { bylineText, isRunInHeading, sectionHeading } from '@/lib/report/docx-layout';
import type { RenderedReport, RenderedSection } from '@/lib/report/rendered';

function Section({ section }: { section: RenderedSection }) {
  const heading = sectionHeading(section);
  if (isRunInHeading(section)) {
    const [first, ...rest] = section.paragraphs;
    return (
      <>
        <p className={styles.body}>
          <span className={styles.runIn}>{heading}</span>
          {first}
        </p>
        {rest.map((text, i) => (
          <p key={i} className={styles.body}>
            {text}
          </p>
        ))}
      </>
    );
  }
  const Heading = section.level === 1 ? 'h2' : 'h3';
  return (
    <>
      <Heading className={section.level === 1 ? styles.heading1 : styles.heading2}>{heading}</Heading>
      {section.paragraphs.map((text, i) => (
        <p key={i} className={styles.body}>
          {text}
        </p>
      ))}
    </>
  );
}

/**
 * A finished duty report laid out as the printed official document: on screen a white A4 sheet on
 * grey with a print button, on paper (or “另存为 PDF”) just the pages. Render it outside the app shell.
 */
export function PrintView({ report, backHref }: { report: RenderedReport; backHref?: string }) {
  const byline = bylineText(report);
  return (
    <div className={styles.desk}>
      <div className={styles.toolbar}>
        <div className={styles.actions}>
          <PrintButton />
          {backHref && (
            <ButtonLink href={backHref} variant="secondary">
              返回
            </ButtonLink>
          )}
        </div>
        <p className={styles.hint}>打印或另存为 PDF 时：纸张选 A4，边距选“默认”，不勾选“页眉和页脚”。</p>
      </div>
      <article className={styles.sheet} lang="zh-CN">
        <h1 className={styles.title}>{report.title}</h1>
        {byline && <p className={styles.byline}>{byline}</p>}
        {report.preamble.map((text, i) => (
          <p key={i} className={styles.body}>
            {text}
          </p>
        ))}
        {report.sections.map((section, i) => (
          <Section key={i} section={section} />
        ))}
      </article>
    </div>
  );
}
