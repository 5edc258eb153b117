// Markers that common session-replay tools honour, for every field a person types in or picks
// from. In element mode any script of the host page (a tag manager, a session recorder) can read
// the open shadow root; a recorder that honours one of these records no value. The frame mode
// protects without relying on them (README "What each embedding protects").
const ATTRIBUTES = {
  'data-private': '', // LogRocket
  'data-hj-suppress': '', // Hotjar
  'data-clarity-mask': 'true', // Microsoft Clarity
  'data-dd-privacy': 'mask', // Datadog Session Replay
  'data-sentry-mask': '', // Sentry Session Replay
} as const;

// FullStory (fs-exclude), rrweb and the tools built on it (rr-block), PostHog (ph-no-capture),
// Sentry (sentry-mask).
const CLASSES = 'fs-exclude rr-block ph-no-capture sentry-mask';

/** Props for a field: its own class names plus the markers. */
export function privateField(className: string) {
  return { className: `${className} ${CLASSES}`, ...ATTRIBUTES };
}
