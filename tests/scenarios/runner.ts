// Plays a scenario fact sheet (shared/scenarios/README.md) against the assistant rendered in
// jsdom. The decisions are in decide.ts, shared with the Chromium driver.
import { fireEvent } from '@testing-library/react';
import { type Action, decide, type Outcome, readScreenFacts, type Scenario } from './decide';

export type { Outcome, Rule, Scenario } from './decide';

function act(root: HTMLElement, action: Action) {
  const form = root.querySelector('main form') as HTMLFormElement;
  if (action.kind === 'fill') {
    const field = form.querySelector('input[type="text"]') as HTMLInputElement;
    fireEvent.change(field, { target: { value: action.value } });
    fireEvent.submit(form);
    return;
  }
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  if (radios.length) {
    fireEvent.click(radios[action.index]!);
    fireEvent.submit(form);
    return;
  }
  const buttons = [...form.querySelectorAll<HTMLButtonElement>('button')];
  fireEvent.click(buttons[action.index]!);
}

/** Synchronous in jsdom (the test setup preloads every on-demand part). */
export function play(scenario: Scenario, root: HTMLElement): Outcome {
  const maxScreens = scenario.maxScreens ?? 8;
  for (let screens = 1; screens <= maxScreens; screens++) {
    const verdict = decide(scenario, readScreenFacts(root), screens);
    if (verdict.kind === 'passed') return { passed: true, screens };
    if (verdict.kind === 'failed') return { passed: false, screens, reason: verdict.reason };
    act(root, verdict.action);
  }
  return { passed: false, screens: maxScreens, reason: `took more than ${maxScreens} screens` };
}
