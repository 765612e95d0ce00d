import type { Page } from '@playwright/test';

/** What one timed step does in the page, and what shows it is done. */
export interface UiStep {
  /** A hash route to go to (`#/requests`), or null to stay. */
  hash?: string;
  /** A selector to click before waiting. */
  click?: string;
  /** A search box to type into (the whole text at once, as a paste would). */
  type?: { selector: string; text: string };
  /** The selector that appears when the screen is ready. */
  ready: string;
  /** Text the ready element must contain. */
  text?: string;
}

/**
 * The in-page half of {@link timeStep}, as source text: the bench runs under tsx, whose
 * transform would add helpers to a function passed to the page that the page lacks.
 */
const IN_PAGE = `(step, timeoutMs) => new Promise((resolve, reject) => {
  const start = performance.now();
  const done = () => [...document.querySelectorAll(step.ready)].some((element) => step.text === undefined || (element.textContent || '').includes(step.text));
  if (step.hash !== undefined) window.location.hash = step.hash;
  if (step.click !== undefined) document.querySelector(step.click)?.click();
  if (step.type !== undefined) {
    const input = document.querySelector(step.type.selector);
    if (!input) return reject(new Error('no ' + step.type.selector));
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, step.type.text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const check = () => {
    if (done()) return resolve(performance.now() - start);
    if (performance.now() - start > timeoutMs) return reject(new Error('timed out waiting for ' + step.ready + ' ' + (step.text || '')));
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/**
 * Runs one step inside the page and returns the milliseconds from the action to the frame
 * in which the ready element exists (and holds the text), measured with the page's own
 * clock and checked every animation frame, so the figure carries no driver round trips.
 */
export function timeStep(page: Page, step: UiStep, timeoutMs = 120_000): Promise<number> {
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify(step)}, ${timeoutMs})`) as Promise<number>;
}

/** The median of a list of figures. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
