// Every field a person types in or picks from is marked for the session-replay tools a host page
// may run (README "What each embedding protects"): a tool that honours its marker records no value.
export const REPLAY_MARKERS = {
  attributes: {
    'data-private': '', // LogRocket
    'data-hj-suppress': '', // Hotjar
    'data-clarity-mask': 'true', // Microsoft Clarity
    'data-dd-privacy': 'mask', // Datadog Session Replay
    'data-sentry-mask': '', // Sentry Session Replay
  },
  // FullStory, rrweb (and tools built on it), PostHog, Sentry
  classes: ['fs-exclude', 'rr-block', 'ph-no-capture', 'sentry-mask'],
} as const;

/** Fields in `root` without every marker, described for the failure message. */
export function unmarkedFields(root: ParentNode): string[] {
  const missing: string[] = [];
  for (const field of root.querySelectorAll('input, textarea, select')) {
    const lacks = [
      ...Object.entries(REPLAY_MARKERS.attributes)
        .filter(([name, value]) => field.getAttribute(name) !== value)
        .map(([name]) => name),
      ...REPLAY_MARKERS.classes.filter((c) => !field.classList.contains(c)),
    ];
    if (lacks.length) missing.push(`${field.outerHTML.slice(0, 80)} lacks ${lacks.join(', ')}`);
  }
  return missing;
}
