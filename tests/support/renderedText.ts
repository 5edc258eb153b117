// What the rendered-text check (tests/ui/renderedText.test.tsx) looks for in a rendered step.

/** Literal Markdown or an unfilled placeholder in a block's rendered text. */
export function markdownLeaks(container: HTMLElement): string[] {
  const found: string[] = [];
  const text = container.textContent ?? '';
  for (const [re, what] of [
    [/\*\*/, '**'],
    [/__/, '__'],
    [/\]\(/, ']('],
    [/\{\{|\}\}/, '{{…}}'],
  ] as const)
    if (re.test(text)) found.push(`${what} in "${snippet(text, re)}"`);
  for (const p of container.querySelectorAll('p, li, h1, h2, h3, legend, label, button'))
    for (const line of (p.textContent ?? '').split('\n'))
      if (/^\s*(-|\d+\.) /.test(line) && p.tagName !== 'LI')
        found.push(`line starting "${line.trim().slice(0, 3)}" in <${p.tagName.toLowerCase()}>`);
  for (const p of container.querySelectorAll('p'))
    if (/\s- \S.*\s- \S/.test(p.textContent ?? ''))
      found.push(`list run into one paragraph: "${p.textContent?.slice(0, 60)}"`);
  return found;
}

const snippet = (text: string, re: RegExp) => {
  const at = text.search(re);
  return text.slice(Math.max(0, at - 30), at + 30);
};

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Left-to-right runs in right-to-left text that the bidi algorithm can turn around when they are
 * not isolated: a label ending in "?" or "!" ("?Forgot password"), a phone number, a web address,
 * the organization's or the app's name. `<bdi>` counts as isolation as well as FSI…PDI.
 */
export function unisolatedRuns(container: HTMLElement, names: string[]): string[] {
  const copy = container.cloneNode(true) as HTMLElement;
  for (const bdi of copy.querySelectorAll('bdi'))
    bdi.textContent = `${FSI}${bdi.textContent}${PDI}`;
  const text = copy.textContent ?? '';
  const depth: number[] = [];
  let level = 0;
  for (const ch of text) {
    if (ch === PDI) level = Math.max(0, level - 1);
    depth.push(level);
    if (ch === FSI || ch === '\u2066' || ch === '\u2067') level += 1;
  }
  // Indexes by code unit: the text has no characters outside the BMP where it matters here.
  const patterns = [
    /[A-Za-z][A-Za-z' ]*[?!]/g,
    /\+?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}/g,
    /https:\/\/[^\s\u2069]+/g,
    ...names
      .filter((n) => /[A-Za-z]/.test(n))
      .map((n) => new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')),
  ];
  const found: string[] = [];
  for (const re of patterns)
    for (const m of text.matchAll(re))
      if (!depth[m.index])
        found.push(
          `"${m[0]}" in "${text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20)}"`,
        );
  return found;
}
