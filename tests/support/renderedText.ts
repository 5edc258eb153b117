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
