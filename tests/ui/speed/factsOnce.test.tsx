// The organization's facts (phones, lockout rules, page links as sentences) take dozens of
// lookups each; they are worked out once per organization and language, not again by each screen
// that shows them. The contact screen once worked them all out anew on every visit, because its
// cache was kept per component's translate function, and each component has its own.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AssistantEvent } from '../../../flows/machine/types';
import { performEvent } from '../../support/drive';
import { renderAssistant } from '../../support/render';

const pick = (answer: string) => ({ type: `pick.${answer}` }) as AssistantEvent;

describe('given a person locked out with no access to their email reaches the contact screen', () => {
  it('no screen on the way works out the organization’s facts again', async () => {
    const { container, i18n } = renderAssistant();
    // Watched below the translate function, whose identity the facts are kept by.
    const { translator } = i18n as unknown as {
      translator: { translate: (key: string) => string };
    };
    const t = vi.spyOn(translator, 'translate');
    for (const answer of ['cantSignIn', 'locked', 'stillStuck', 'no', 'stillStuck'])
      performEvent(container, pick(answer));
    await screen.findByRole('heading', { level: 1, name: /^Contact / });
    // Each of these is said once per organization and language, in the facts alone.
    const factKeys = t.mock.calls
      .map(([key]) => String(key))
      .filter((key) => /^facts\.(loginKind|lockoutWarning|method)\./.test(key));
    expect(factKeys).toEqual([]);
  });
});
