import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page as it is now and fails on any violation of
 * serious or critical impact, naming each rule and the elements it found.
 *
 * Legacy mode runs axe in the page itself; the default opens a second, blank page for each check to
 * merge frame results, which about doubles the time on this app's pages (which have no iframes).
 * Only violations are collected, not the passing checks.
 */
export async function expectNoSeriousA11yViolations(page: Page, label = page.url()) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`).join('\n')}`,
    )
    .join('\n');
  expect(
    serious.map((v) => v.id),
    `serious accessibility violations on ${label}:\n${report}`,
  ).toEqual([]);
}
