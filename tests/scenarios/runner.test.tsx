// The runner must be able to fail: each way a scenario can go wrong is tried on purpose.
import { describe, expect, it } from 'vitest';
import { renderAssistant } from '../support/render';
import { play, type Scenario } from './runner';

const base: Scenario = {
  id: 'runner-check',
  org: 'riverside',
  answers: [{ when: '.*', choose: 'locked' }],
  expect: ['15 minutes'],
};

const run = (changes: Partial<Scenario>) => {
  const scenario = { ...base, ...changes };
  const { container } = renderAssistant({ org: scenario.org, now: scenario.now });
  return play(scenario, container);
};

describe('the scenario runner', () => {
  it('passes a person who reaches what they expect, and counts the screens', () => {
    expect(run({})).toEqual({ passed: true, screens: 2 });
  });

  it('fails when no rule fits a screen', () => {
    const outcome = run({ answers: [{ when: 'nothing like this', choose: 'locked' }] });
    expect(outcome).toMatchObject({ passed: false, screens: 1 });
    expect(outcome.passed ? '' : outcome.reason).toMatch(/no rule fits/);
  });

  it('fails when a rule matches the question but none of its answers are on screen', () => {
    const outcome = run({ answers: [{ when: '.*', choose: 'no such answer' }] });
    expect(outcome.passed).toBe(false);
  });

  it('fails on a forbidden phrase', () => {
    const outcome = run({ forbid: ['sign in'] });
    expect(outcome.passed ? '' : outcome.reason).toMatch(/forbidden/);
  });

  it('fails when it takes more screens than allowed', () => {
    const outcome = run({
      answers: [{ when: '.*', choose: ['^No', 'password is wrong', 'Skip this check'] }],
      expect: ['this text is never shown'],
      maxScreens: 3,
    });
    expect(outcome).toMatchObject({ passed: false, screens: 3 });
  });

  it('fills a text field when the rule says so', () => {
    const outcome = run({
      answers: [
        { when: 'address', fill: 'mychart.riversidehealth.example' },
        { when: '.*', choose: 'another sign-in problem|not sure I.m on the right' },
        { when: '.*', choose: 'website' },
      ],
      expect: ["You're on the official"],
    });
    expect(outcome).toEqual({ passed: true, screens: 5 });
  });
});
