// A step change should cost one render of the step, not two: the frame once rendered every step a
// second time only to put "Now showing: …" into the live region. Counted through the step text,
// which the patient's and the agent's frame compute once per render.
import { act, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AssistantEvent } from '../../../flows/machine/types';
import { performEvent } from '../../support/drive';

const counted = { renders: 0 };
let renderAssistant: typeof import('../../support/render').renderAssistant;

beforeAll(async () => {
  // The test set-up has loaded the app already; load it again with the step text counted.
  vi.resetModules();
  vi.doMock('../../../src/steps/stepText', async (original) => {
    const real = await original<typeof import('../../../src/steps/stepText')>();
    return {
      ...real,
      stepText: (...args: Parameters<typeof real.stepText>) => {
        counted.renders += 1;
        return real.stepText(...args);
      },
    };
  });
  ({ renderAssistant } = await import('../../support/render'));
  // As the test set-up does for the first load: the parts loaded on demand, up front.
  const [{ preloadAgentView }, { prefetchLaterSteps }] = await Promise.all([
    import('../../../src/app/mount'),
    import('../../../src/patient/Step'),
  ]);
  await Promise.all([preloadAgentView(), prefetchLaterSteps()]);
});

const pick = (answer: string) => ({ type: `pick.${answer}` }) as AssistantEvent;

describe.each(['patient', 'agent'] as const)(
  'given a person answers a question (%s view)',
  (mode) => {
    it('renders the next step once', async () => {
      const { container } = renderAssistant({ mode });
      performEvent(container, pick('code'));
      await screen.findByRole('heading', { level: 1, name: 'How do you get your sign-in code?' });
      await act(async () => {});
      counted.renders = 0;
      performEvent(container, pick('text'));
      await act(async () => {});
      expect(container.querySelector('h1')).toHaveTextContent('What goes wrong with the code?');
      expect(counted.renders).toBe(1);
    });
  },
);
