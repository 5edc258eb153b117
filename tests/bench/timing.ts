// Timing inside the page, shared by the benchmarks: from a click to the new step's heading having
// focus (the moment the person can read and answer it).
import type { Page } from 'playwright-core';

/** Picks an answer (radio and Continue, or its button) and times until the next heading has focus. */
export async function stepLatency(page: Page, answer: string): Promise<number> {
  return page.evaluate(async (value) => {
    const form = document.querySelector('main form') ?? document.querySelector('.sa-root form')!;
    const radio = form.querySelector<HTMLInputElement>(`input[value="${value}"]`);
    const button = form.querySelector<HTMLButtonElement>(`button[data-answer="${value}"]`);
    const start = performance.now();
    if (radio) {
      radio.click();
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    } else button!.click();
    const before = document.activeElement;
    while (!(document.activeElement?.tagName === 'H1' && document.activeElement !== before))
      await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  }, answer);
}

/** Clicks a button of the frame (Back, Start over) and times until a heading has focus again. */
export async function buttonLatency(page: Page, selector: string): Promise<number> {
  return page.evaluate(async (css) => {
    const button = document.querySelector<HTMLButtonElement>(css)!;
    const heading = document.querySelector('h1');
    const start = performance.now();
    button.click();
    while (document.querySelector('h1') === heading || document.activeElement?.tagName !== 'H1')
      await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  }, selector);
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
