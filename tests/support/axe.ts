import axe from 'axe-core';

/**
 * axe on the rendered container. `color-contrast` is off in jsdom only: jsdom has no canvas to
 * compute colours; the browser gate runs it. `region` is off because the container is a fragment
 * of a page, not a page.
 */
export async function axeViolations(container: Element | axe.ElementContext) {
  const result = await axe.run(container, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    // Only violations are asserted; skipping passes and incomplete results halves the time.
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
