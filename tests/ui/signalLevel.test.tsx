// What a host page hears depends on the signal level: by default the flow and the outcome only
// (a step id such as activationMinor or proxyDeceased says what a typed birth date showed, or which
// sensitive situation a person is in); step detail only when the configuration or the embedding
// asks for it.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Signal } from '../../flows/signals/signalTypes';
import { performEvent } from '../support/drive';
import { withChanges } from '../support/orgs';
import { renderAssistant } from '../support/render';

afterEach(cleanup);

function heard(options: Parameters<typeof renderAssistant>[0]): Signal[] {
  const signals: Signal[] = [];
  const { container } = renderAssistant({
    persist: false,
    ...options,
    onSignal: (s) => signals.push(s),
  });
  performEvent(container, { type: 'pick.locked' });
  performEvent(container, { type: 'help.requested' });
  return signals;
}

describe('the signal level', () => {
  it('is flow and outcome only by default', () => {
    const signals = heard({});
    expect(signals.map((s) => s.type)).toEqual([
      'step',
      'step',
      'fix',
      'step',
      'escalated',
      'handoff',
    ]);
    for (const signal of signals) expect(Object.keys(signal).sort()).toEqual(['flow', 'type']);
  });

  it('gives step ids when the configuration asks for them', () => {
    const signals = heard({
      config: withChanges('riverside', (c) => {
        c.signals = 'step';
      }),
    });
    expect(signals.filter((s) => s.type === 'step').map((s) => s.step)).toEqual([
      'problem',
      'lockedWait',
      expect.any(String),
    ]);
    expect(signals.find((s) => s.type === 'escalated')).toHaveProperty('channels');
  });

  it('gives step ids when the embedding asks for them, and can turn them off again', () => {
    expect(heard({ signals: 'step' }).some((s) => 'step' in s)).toBe(true);
    const config = withChanges('riverside', (c) => {
      c.signals = 'step';
    });
    expect(heard({ config, signals: 'flow' }).some((s) => 'step' in s)).toBe(false);
  });
});
