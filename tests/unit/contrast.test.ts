// A host's brand colour that would fail WCAG contrast is corrected, never shipped silently.
import { describe, expect, it } from 'vitest';
import { contrast, parseRgb, type Rgb, readableOn } from '../../src/a11y/contrast';

const WHITE: Rgb = [255, 255, 255];
const NEAR_BLACK: Rgb = [18, 18, 18];

describe('theme colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast([0, 0, 0], WHITE)).toBeCloseTo(21, 5);
    expect(contrast([118, 118, 118], WHITE)).toBeCloseTo(4.54, 2);
  });

  it('keeps a brand colour that already passes', () => {
    expect(readableOn([29, 79, 145], WHITE)).toEqual([29, 79, 145]);
  });

  it('darkens a pale brand colour on a light background until it passes 4.5:1', () => {
    const pale: Rgb = [255, 200, 0];
    const fixed = readableOn(pale, WHITE);
    expect(contrast(fixed, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(fixed[0]).toBeGreaterThan(fixed[2]); // still a warm colour, not grey
  });

  it('lightens a dark brand colour on a dark background', () => {
    const fixed = readableOn([29, 79, 145], NEAR_BLACK);
    expect(contrast(fixed, NEAR_BLACK)).toBeGreaterThanOrEqual(4.5);
  });

  it('reads the colours browsers compute, and refuses see-through ones', () => {
    expect(parseRgb('rgb(29, 79, 145)')).toEqual([29, 79, 145]);
    expect(parseRgb('rgba(29, 79, 145, 1)')).toEqual([29, 79, 145]);
    expect(parseRgb('rgba(29, 79, 145, 0.5)')).toBeNull();
    expect(parseRgb('oklch(0.5 0.1 250)')).toBeNull();
  });
});
