import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const blocking = new Set(['serious', 'critical']);

/**
 * Returns a checker that runs axe-core on the page as it is and fails on any serious or
 * critical violation. With DPO_SHOTS_DIR set it also saves a full-page screenshot of each
 * checked screen there, named `<screen>-<scheme>.png`, for looking at the result.
 */
export function screenChecker(page: Page, scheme: 'light' | 'dark') {
  const shotsDir = process.env.DPO_SHOTS_DIR;
  if (shotsDir) mkdirSync(shotsDir, { recursive: true });
  return async (screen: string): Promise<void> => {
    // No colour caught halfway through a transition (a nav button's 120 ms background fade after a
    // scheme switch, read by axe on a busy machine as a 2.1:1 contrast): the reduced-motion CSS
    // stops every transition, as it does for a user who asks for it.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const results = await new AxeBuilder({ page }).analyze();
    const problems = results.violations
      .filter((violation) => blocking.has(violation.impact ?? ''))
      .flatMap((violation) =>
        violation.nodes.map((node) => `${violation.impact} ${violation.id} at ${node.target.join(' ')}: ${node.failureSummary ?? violation.help}`),
      );
    expect(problems, `axe on "${screen}" (${scheme})`).toEqual([]);
    if (shotsDir) await screenshot(page, join(shotsDir, `${screen}-${scheme}.png`));
  };
}

/** A screenshot of the whole screen: the viewport grows to the height of the scrolling content, then shrinks back. */
async function screenshot(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 820 };
  const scroller = page.locator('.content');
  const contentHeight = (await scroller.count()) > 0 ? await scroller.evaluate((element: { scrollHeight: number }) => element.scrollHeight) : 0;
  if (contentHeight > viewport.height) await page.setViewportSize({ width: viewport.width, height: contentHeight });
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(viewport);
}
