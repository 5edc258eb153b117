import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssistantEvent } from '../../flows/machine/types';
import { LOCALES, pickLocale } from '../../src/i18n/locales';
import { performEvent } from '../support/drive';
import { withChanges } from '../support/orgs';
import { renderAssistant } from '../support/render';

const pick = (...answers: string[]) =>
  answers.map((a) => ({ type: `pick.${a}` }) as AssistantEvent);

describe('given a person switches language deep in a flow', () => {
  it('keeps the screen, the history and the answers', async () => {
    const { container } = renderAssistant({ locale: 'en' });
    for (const event of pick('code', 'text', 'neverArrives')) performEvent(container, event);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Is your phone number the same as when you set up sign-in codes?',
    );
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        '¿Su número de teléfono es el mismo que cuando configuró los códigos?',
      ),
    );
    expect(container.querySelector('.sa-root')).toHaveAttribute('lang', 'es');
    // History survives: Back goes to the question before, now in Spanish.
    fireEvent.click(screen.getByRole('button', { name: 'Atrás' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      '¿Qué problema tiene con el código?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Atrás' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      '¿Cómo recibe su código para entrar?',
    );
  });

  it('turns the page right to left for Arabic', async () => {
    const { container } = renderAssistant({ locale: 'en' });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ar' } });
    await waitFor(() => expect(container.querySelector('.sa-root')).toHaveAttribute('dir', 'rtl'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'ماذا يحدث عندما تحاول تسجيل الدخول؟',
    );
  });
});

describe('the language picker', () => {
  it('lists every shipped language by its own name', () => {
    renderAssistant({ locale: 'en' });
    const options = [...(screen.getByLabelText('Language') as HTMLSelectElement).options];
    expect(options.map((o) => o.textContent)).toEqual(LOCALES.map((l) => l.name));
    expect(options.map((o) => o.lang)).toEqual(LOCALES.map((l) => l.code));
  });

  it('preselects the browser language and falls back to English', () => {
    expect(pickLocale(undefined, ['es-MX', 'en-US'])).toBe('es');
    expect(pickLocale(undefined, ['fr-FR', 'vi-VN'])).toBe('vi');
    expect(pickLocale(undefined, ['fr-FR'])).toBe('en');
    expect(pickLocale('ar', ['es'])).toBe('ar');
    expect(pickLocale('xx', [])).toBe('en');
  });
});

describe('given a health system overrides some text', () => {
  it('shows its wording in that language and the shipped wording elsewhere', async () => {
    const config = withChanges('riverside', (c) => {
      c.text = {
        en: {
          steps: { problem: { title: 'Having trouble with MyChart?' } },
          ui: { nav: { contact: 'Call us' } },
        },
      };
    });
    renderAssistant({ config, locale: 'en' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Having trouble with MyChart?',
    );
    expect(screen.getByRole('button', { name: 'Call us' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        '¿Qué pasa cuando intenta entrar?',
      ),
    );
  });

  it('rejects overrides for steps that do not exist or text that is not text', async () => {
    const { validateConfig } = await import('../../flows/config/validate');
    const paths = (change: (c: Record<string, any>) => void) => {
      const result = validateConfig(withChanges('riverside', change));
      return result.ok ? [] : result.problems.map((p) => p.path);
    };
    expect(paths((c) => (c.text = { es: { steps: { noSuchStep: { title: 'x' } } } }))).toEqual([
      'text.es.steps.noSuchStep',
    ]);
    expect(paths((c) => (c.text = { es: { ui: { nav: { back: 42 } } } })).join()).toMatch(
      /^text\.es\.ui\.nav/,
    );
  });
});

describe('the contact screen', () => {
  it('carries the free language help notice in every shipped language', () => {
    const { container } = renderAssistant({ org: 'riverside' });
    fireEvent.click(screen.getByRole('button', { name: 'Contact support' }));
    const notices = [...container.querySelectorAll('.sa-language-help li')];
    expect(notices.map((n) => n.getAttribute('lang'))).toEqual(LOCALES.map((l) => l.code));
    for (const notice of notices)
      expect(notice.querySelector('a')).toHaveAttribute('href', 'tel:+16085550160');
    expect(notices.find((n) => n.getAttribute('lang') === 'ar')).toHaveAttribute('dir', 'rtl');
  });
});
