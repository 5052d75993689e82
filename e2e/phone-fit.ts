import { expect, type Page } from '@playwright/test';

/** The phone the app is checked on. */
export const phoneViewport = { width: 390, height: 844 };

/** WCAG 2.5.5's target size, which a member's pages meet on a phone. */
const minTarget = 44;

/**
 * Checks the page as it is now on a phone: nothing makes the document scroll sideways, and — where
 * asked, on a member's pages — every control is at least 44 px tall. A link inside a sentence is exempt
 * (it is as tall as its line, as WCAG allows); a checkbox or radio is measured by its label.
 */
export async function expectFitsPhone(page: Page, { targets }: { targets: boolean }, label = page.url()) {
  const found = await page.evaluate((min) => {
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]',
    );
    for (const control of controls) {
      const style = getComputedStyle(control);
      if (style.visibility === 'hidden' || control.closest('[hidden], [aria-hidden=true], .sr-only')) continue;
      if (control.tagName === 'A' && style.display === 'inline') continue;
      const input = control as HTMLInputElement;
      const box = (
        (input.type === 'checkbox' || input.type === 'radio') && input.labels?.[0] ? input.labels[0] : control
      ).getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.height < min - 0.5) {
        const name = (control.getAttribute('aria-label') ?? control.textContent ?? input.name ?? '').trim();
        small.push(`${control.tagName.toLowerCase()} “${name.slice(0, 30)}” ${Math.round(box.height)} px`);
      }
    }
    return { overflow, small };
  }, minTarget);
  expect(found.overflow, `${label} scrolls sideways on a ${phoneViewport.width} px phone`).toBeLessThanOrEqual(0);
  if (targets) expect(found.small, `controls under ${minTarget} px tall on ${label}`).toEqual([]);
}
