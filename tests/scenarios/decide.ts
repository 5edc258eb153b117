// The scenario runner's rules (shared/scenarios/README.md), as pure functions over what a screen
// shows. The jsdom and Chromium drivers read the screen and act; this decides what to do.

export interface Rule {
  when: string;
  choose?: string | string[];
  fill?: string;
}

export interface Scenario {
  id: string;
  story?: string;
  org: string;
  lang?: string;
  now?: string;
  answers: Rule[];
  expect: string[];
  forbid?: string[];
  maxScreens?: number;
}

/** What a screen shows, as plain data any driver can produce. */
export interface ScreenFacts {
  /** The h1 and the form's legend. */
  question: string[];
  mainText: string;
  /** Radios (when the form has them) or else the form's buttons, in page order. */
  answers: string[];
  hasField: boolean;
}

export type Action = { kind: 'answer'; index: number } | { kind: 'fill'; value: string };

export type Verdict =
  | { kind: 'passed' }
  | { kind: 'failed'; reason: string }
  | { kind: 'act'; action: Action };

const re = (source: string) => new RegExp(source, 'i');

export function decide(scenario: Scenario, screen: ScreenFacts, screenNumber: number): Verdict {
  const forbidden = (scenario.forbid ?? []).map(re).find((f) => f.test(screen.mainText));
  if (forbidden)
    return {
      kind: 'failed',
      reason: `screen ${screenNumber} shows forbidden /${forbidden.source}/`,
    };
  const expects = scenario.expect.map(re);
  if (expects.every((e) => e.test(screen.mainText))) return { kind: 'passed' };
  if (screen.answers.length === 0 && !screen.hasField) {
    const missing = expects.filter((e) => !e.test(screen.mainText)).map((e) => `/${e.source}/`);
    return {
      kind: 'failed',
      reason: `ended on "${screen.question[0]}" without ${missing.join(', ')}`,
    };
  }
  for (const rule of scenario.answers) {
    if (!screen.question.some((q) => re(rule.when).test(q))) continue;
    if (rule.fill !== undefined) {
      if (screen.hasField) return { kind: 'act', action: { kind: 'fill', value: rule.fill } };
      continue;
    }
    for (const pattern of rule.choose === undefined
      ? []
      : Array.isArray(rule.choose)
        ? rule.choose
        : [rule.choose]) {
      const index = screen.answers.findIndex((label) => re(pattern).test(label));
      if (index >= 0) return { kind: 'act', action: { kind: 'answer', index } };
    }
  }
  return {
    kind: 'failed',
    reason: `no rule fits screen ${screenNumber}: "${screen.question.join(' / ')}"`,
  };
}

/**
 * Reads a screen's facts inside a document. Written without closures over Node values, so the
 * browser driver can run the same function in the page.
 */
export function readScreenFacts(root: ParentNode): ScreenFacts {
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const main = root.querySelector('main');
  const form = main?.querySelector('form') ?? null;
  const radios = [...(form?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
  const labelOf = (input: HTMLInputElement) =>
    clean(form?.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent);
  const buttons = [...(form?.querySelectorAll<HTMLButtonElement>('button') ?? [])].filter(
    (b) => radios.length === 0 || b.type !== 'submit',
  );
  return {
    question: [
      clean(main?.querySelector('h1')?.textContent),
      clean(form?.querySelector('legend')?.textContent),
    ].filter(Boolean),
    mainText: clean(main?.textContent),
    answers: [...radios.map(labelOf), ...buttons.map((b) => clean(b.textContent))],
    hasField: Boolean(
      form?.querySelector(
        'input[type="text"], input[type="email"], input[type="url"], input:not([type])',
      ),
    ),
  };
}

export type Outcome =
  | { passed: true; screens: number }
  | { passed: false; screens: number; reason: string };

/** Plays a scenario with a driver that reads the screen and performs actions. */
export async function playWith(
  scenario: Scenario,
  driver: {
    read: () => Promise<ScreenFacts> | ScreenFacts;
    act: (action: Action) => Promise<void> | void;
  },
): Promise<Outcome> {
  const maxScreens = scenario.maxScreens ?? 8;
  for (let screens = 1; screens <= maxScreens; screens++) {
    const verdict = decide(scenario, await driver.read(), screens);
    if (verdict.kind === 'passed') return { passed: true, screens };
    if (verdict.kind === 'failed') return { passed: false, screens, reason: verdict.reason };
    await driver.act(verdict.action);
  }
  return { passed: false, screens: maxScreens, reason: `took more than ${maxScreens} screens` };
}
