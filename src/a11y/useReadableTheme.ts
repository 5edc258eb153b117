// A host's theme colours are checked where they land: if the brand colour (links, buttons) or the
// text colour falls below 4.5:1 on the background, it is replaced by the nearest colour that
// passes, and the console says which and why. Runs again when the colour scheme changes.
import { type RefObject, useLayoutEffect } from 'react';
import { contrast, MIN_CONTRAST, parseRgb, readableOn, toHex } from './contrast';

const CHECKED = ['--sa-brand', '--sa-text'] as const;

function resolve(root: HTMLElement, value: string) {
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = value;
  root.append(probe);
  const rgb = parseRgb(getComputedStyle(probe).color);
  probe.remove();
  return rgb;
}

export function correctTheme(root: HTMLElement): void {
  for (const name of CHECKED) root.style.removeProperty(name);
  // With forced colours the person's own system colours replace the theme entirely.
  if (window.matchMedia('(forced-colors: active)').matches) return;
  const style = getComputedStyle(root);
  const background = resolve(root, style.getPropertyValue('--sa-bg'));
  if (!background) return;
  for (const name of CHECKED) {
    const given = style.getPropertyValue(name).trim();
    const color = given && resolve(root, given);
    if (!color || contrast(color, background) >= MIN_CONTRAST) continue;
    const fixed = toHex(readableOn(color, background));
    root.style.setProperty(name, fixed);
    console.warn(
      `Sign-in Assistant: the theme colour ${given} for ${name.slice(5)} has contrast ${contrast(color, background).toFixed(2)}:1 on its background (WCAG AA needs ${MIN_CONTRAST}:1); using ${fixed} instead.`,
    );
  }
}

export function useReadableTheme(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || typeof window.matchMedia !== 'function') return;
    correctTheme(root);
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) =>
      window.matchMedia(q),
    );
    const recheck = () => correctTheme(root);
    for (const query of queries) query.addEventListener?.('change', recheck);
    return () => {
      for (const query of queries) query.removeEventListener?.('change', recheck);
    };
  }, [ref]);
}
