// A patient whose portal is in English looks for the English words on the sign-in page, so the
// translations give the English label with its meaning beside it. Where the organization's portal
// is offered in the patient's language and it set its own labels (`portal.labels`), the screen
// names the portal's own label alone, and the help desk's wording says the same.
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { describeStep } from '../../flows/machine/describe';
import { shortestPaths } from '../../flows/machine/explore';
import type { AssistantEvent } from '../../flows/machine/types';
import { AgentWording } from '../../src/agent/AgentWording';
import { agentFacts, withCallerScreen } from '../../src/agent/agentFacts';
import { stepFacts } from '../../src/i18n/facts';
import { performEvent } from '../support/drive';
import { testI18n } from '../support/i18n';
import { withChanges } from '../support/orgs';
import { checkedConfig, textOfStep } from '../support/policy';
import { renderAssistant } from '../support/render';

// test-variants' portal is offered in Spanish, with its own Spanish labels for some links.
const ownSpanish = withChanges('test-variants', () => {});
const englishOnly = withChanges('test-variants', (c) => {
  delete c.portal.labels;
});

describe('given a Spanish-speaking patient whose account says inactive', () => {
  it("sees the portal's own Spanish label alone when the organization set it", () => {
    const text = textOfStep(ownSpanish, 'accountInactive', { locale: 'es' });
    expect(text).toContain('Primero pruebe "¿Olvidó su contraseña?" en');
    expect(text).not.toContain('Forgot password?');
  });

  it('sees the English label with its translation when the portal has no Spanish labels', () => {
    const text = textOfStep(englishOnly, 'accountInactive', { locale: 'es' });
    expect(text).toContain('Primero pruebe "Forgot password?" (¿Olvidó su contraseña?) en');
  });

  it('still sees the English label with its translation for a link the organization left out', () => {
    // tryAnotherMethod is not among test-variants' Spanish labels; sendCodeAnotherWay is.
    const text = textOfStep(ownSpanish, 'codeOtherMethod', { locale: 'es', method: 'text' });
    expect(text).toContain(
      'busque un enlace como "Enviar el código de otra manera" o "Try another method" (Probar otro método)',
    );
  });

  it('reads English labels unchanged in English', () => {
    const text = textOfStep(ownSpanish, 'accountInactive');
    expect(text).toContain('Try "Forgot password?" on');
    expect(text).not.toContain('¿Olvidó');
  });
});

describe('given an Arabic-speaking patient', () => {
  const ownArabic = withChanges('riverside', (c) => {
    c.portal.labels = { ar: { forgotPassword: 'هل نسيت كلمة المرور؟' } };
  });

  it("sees the portal's own Arabic label, isolated, when the organization set it", () => {
    const text = textOfStep(ownArabic, 'resetSelfService', { locale: 'ar' });
    expect(text).toContain('"\u2068هل نسيت كلمة المرور؟\u2069"');
    expect(text).not.toContain('Forgot password?');
  });

  it('sees the English label isolated, so its question mark stays at its end', () => {
    const text = textOfStep(
      withChanges('riverside', () => {}),
      'resetSelfService',
      {
        locale: 'ar',
      },
    );
    expect(text).toContain('"\u2068Forgot password?\u2069" (هل نسيت كلمة المرور؟)');
  });
});

describe('given a help-desk agent taking a Spanish call about an inactive account', () => {
  const wording = (raw: unknown) => {
    const config = checkedConfig(raw);
    const path = shortestPaths(config).find(
      (p) => describeStep(p.state).key === 'accountInactive',
    )!;
    const i18n = testI18n('es', undefined, true);
    const view = describeStep(path.state);
    const facts = {
      ...withCallerScreen(stepFacts(config, view, i18n.t, 'es'), i18n.t),
      ...agentFacts(config, i18n.t, 'es'),
    };
    const { container, unmount } = render(
      <I18nextProvider i18n={i18n}>
        <AgentWording step="accountInactive" facts={facts} />
      </I18nextProvider>,
    );
    const text = container.textContent ?? '';
    unmount();
    return text;
  };

  it("names the portal's own Spanish labels, as the patient's screen does", () => {
    const text = wording(ownSpanish);
    expect(text).toContain('primero pruebe "¿Olvidó su contraseña?" en');
    expect(text).not.toContain('Forgot');
  });

  it('names the English labels with their translation for a portal in English', () => {
    expect(wording(englishOnly)).toContain(
      'primero pruebe "Forgot password?" (¿Olvidó su contraseña?) en',
    );
  });
});

describe('given a Spanish-speaking patient who reaches a closed help line on a Saturday night', () => {
  const closedWithSpanish = withChanges('lakeside', (c) => {
    c.languages = ['en', 'es'];
    c.portal.labels = { es: { forgotPassword: '¿Olvidó su contraseña?' } };
  });

  it("names the portal's own Spanish label in what they can do now", () => {
    const { container } = renderAssistant({
      config: closedWithSpanish,
      locale: 'es',
      now: '2026-12-05T21:30:00-06:00',
      persist: false,
    });
    for (const answer of ['passwordRejected', 'skip', 'stillStuck'])
      performEvent(container, { type: `pick.${answer}` } as AssistantEvent);
    fireEvent.click(screen.getByRole('button', { name: 'Hablar con alguien' }));
    const now = container.querySelector('.sa-while-closed')!;
    expect(now.textContent).toContain('elija "¿Olvidó su contraseña?" en');
    expect(now.textContent).not.toContain('Forgot password?');
  });
});
