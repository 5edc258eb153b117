// WCAG 2.2 contrast for theme colours a host chooses. A brand colour too light (or too dark) for
// its background is moved toward black or white until it reaches 4.5:1, never shipped silently.
export type Rgb = [number, number, number];

export const MIN_CONTRAST = 4.5;

/** Parses what getComputedStyle returns for a colour: "rgb(r, g, b)" or "rgba(r, g, b, a)". */
export function parseRgb(value: string): Rgb | null {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (!match) return null;
  if (match[4] !== undefined && Number.parseFloat(match[4]) < (match[4].endsWith('%') ? 100 : 1))
    return null; // See-through colours depend on what is behind them; not judged here.
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const toHex = (rgb: Rgb) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * The colour, or the nearest colour in the same hue (mixed toward black on a light background,
 * toward white on a dark one) that has at least `min` contrast with the background.
 */
export function readableOn(color: Rgb, background: Rgb, min = MIN_CONTRAST): Rgb {
  if (contrast(color, background) >= min) return color;
  const target: Rgb = luminance(background) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    const mixed = color.map((c, i) => Math.round(c + (target[i]! - c) * t)) as Rgb;
    if (contrast(mixed, background) >= min) return mixed;
  }
  return target;
}
