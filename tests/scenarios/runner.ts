// Plays a scenario fact sheet (shared/scenarios/README.md) against the rendered assistant, the way
// a simulated person would: read the question, take the first rule that fits, act, repeat.
import { fireEvent } from '@testing-library/react';

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

export type Outcome =
  | { passed: true; screens: number }
  | { passed: false; screens: number; reason: string };

const re = (source: string) => new RegExp(source, 'i');
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

interface Screen {
  question: string[];
  mainText: string;
  radios: { element: HTMLInputElement; label: string }[];
  buttons: { element: HTMLButtonElement; label: string }[];
  field: HTMLInputElement | null;
  form: HTMLFormElement | null;
}

function readScreen(root: HTMLElement): Screen {
  const main = root.querySelector('main');
  const form = (main?.querySelector('form') as HTMLFormElement | null) ?? null;
  const radios = [...(form?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])].map(
    (element) => ({
      element,
      label: clean(form?.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent),
    }),
  );
  const allButtons = [...(form?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  // With radios, the submit button only confirms the choice: it is not an answer.
  const buttons = (radios.length ? allButtons.filter((b) => b.type !== 'submit') : allButtons).map(
    (element) => ({
      element,
      label: clean(element.textContent),
    }),
  );
  return {
    question: [
      clean(main?.querySelector('h1')?.textContent),
      clean(form?.querySelector('legend')?.textContent),
    ].filter(Boolean),
    mainText: clean(main?.textContent),
    radios,
    buttons,
    field:
      (form?.querySelector(
        'input[type="text"], input[type="email"], input[type="url"], input:not([type])',
      ) as HTMLInputElement | null) ?? null,
    form,
  };
}

type Action =
  | { kind: 'radio'; element: HTMLInputElement }
  | { kind: 'button'; element: HTMLButtonElement }
  | { kind: 'fill'; value: string };

function pickAnswer(screen: Screen, choose: string | string[]): Action | null {
  const answers: Action[] = [
    ...screen.radios.map((r) => ({ kind: 'radio' as const, element: r.element, label: r.label })),
    ...screen.buttons.map((b) => ({ kind: 'button' as const, element: b.element, label: b.label })),
  ].map((a) => ({ ...a }));
  const labels = [...screen.radios.map((r) => r.label), ...screen.buttons.map((b) => b.label)];
  for (const pattern of Array.isArray(choose) ? choose : [choose]) {
    const index = labels.findIndex((label) => re(pattern).test(label));
    if (index >= 0) return answers[index]!;
  }
  return null;
}

function decide(screen: Screen, rules: Rule[]): { action: Action; rule: Rule } | null {
  for (const rule of rules) {
    if (!screen.question.some((q) => re(rule.when).test(q))) continue;
    if (rule.fill !== undefined) {
      if (screen.field) return { action: { kind: 'fill', value: rule.fill }, rule };
      continue;
    }
    if (rule.choose !== undefined) {
      const action = pickAnswer(screen, rule.choose);
      if (action) return { action, rule };
    }
  }
  return null;
}

function act(screen: Screen, action: Action) {
  switch (action.kind) {
    case 'radio':
      fireEvent.click(action.element);
      fireEvent.submit(screen.form!);
      return;
    case 'button':
      fireEvent.click(action.element);
      return;
    case 'fill':
      fireEvent.change(screen.field!, { target: { value: action.value } });
      fireEvent.submit(screen.form!);
  }
}

export function play(scenario: Scenario, root: HTMLElement): Outcome {
  const maxScreens = scenario.maxScreens ?? 8;
  const expects = scenario.expect.map(re);
  const forbids = (scenario.forbid ?? []).map(re);
  for (let screens = 1; screens <= maxScreens; screens++) {
    const screen = readScreen(root);
    const forbidden = forbids.find((f) => f.test(screen.mainText));
    if (forbidden)
      return {
        passed: false,
        screens,
        reason: `screen ${screens} shows forbidden /${forbidden.source}/`,
      };
    if (expects.every((e) => e.test(screen.mainText))) return { passed: true, screens };
    const offers = screen.radios.length + screen.buttons.length > 0 || screen.field !== null;
    if (!offers) {
      const missing = expects.filter((e) => !e.test(screen.mainText)).map((e) => `/${e.source}/`);
      return {
        passed: false,
        screens,
        reason: `ended on "${screen.question[0]}" without ${missing.join(', ')}`,
      };
    }
    const decision = decide(screen, scenario.answers);
    if (!decision)
      return {
        passed: false,
        screens,
        reason: `no rule fits screen ${screens}: "${screen.question.join(' / ')}"`,
      };
    act(screen, decision.action);
  }
  return { passed: false, screens: maxScreens, reason: `took more than ${maxScreens} screens` };
}
