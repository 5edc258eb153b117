import { fireEvent, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { renderAssistant } from '../support/render';

const describeIt = (words: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: /in your own words/i }), {
    target: { value: words },
  });
// The finder loads on the first keystroke and waits for a pause: give it time on a busy machine.
const SLOW = { timeout: 5000 };
const heading = () => screen.getByRole('heading', { level: 1 });

describe('given a person describes the problem in their own words on the first screen', () => {
  it('offers matches in our words, and the chosen one starts at that advice', async () => {
    const { container } = renderAssistant();
    describeIt('the email with the code never shows up');
    const match = await screen.findByRole('button', { name: /email/i }, SLOW);
    expect(screen.getByRole('heading', { name: 'Is it one of these?' })).toBeVisible();
    await waitFor(
      () =>
        expect(container.querySelector('[aria-live]')).toHaveTextContent(
          /We found \d possible match/,
        ),
      SLOW,
    );
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(match);
    expect(heading()).toHaveTextContent(/email/i);
    // Back walks through the real questions, not to a blank screen.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).not.toHaveTextContent(/email/i);
  });

  it('keeps the text and the list when none of the matches fits', async () => {
    renderAssistant();
    describeIt('locked out');
    fireEvent.click(await screen.findByRole('button', { name: 'None of these' }, SLOW));
    expect(screen.queryByRole('heading', { name: 'Is it one of these?' })).toBeNull();
    expect(screen.getByRole('textbox', { name: /in your own words/i })).toHaveValue('locked out');
    expect(screen.getByLabelText('It says my password is wrong')).toBeInTheDocument();
  });

  it('says plainly when nothing matches, and points to the list and a person', async () => {
    renderAssistant();
    describeIt('banana smoothie recipe');
    expect(
      await screen.findByText(/didn't find a match/, { selector: 'p:not([role])' }, SLOW),
    ).toHaveTextContent(/ask for a person/);
  });

  it('clears what looks like a code instead of matching it', async () => {
    renderAssistant();
    describeIt('483920');
    expect(
      await screen.findByText(/Don't type your password or codes here/, {
        selector: 'p.sa-error-message',
      }),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: /in your own words/i })).toHaveValue('');
  });

  it('works in Spanish', async () => {
    renderAssistant({ locale: 'es' });
    fireEvent.change(screen.getByRole('textbox', { name: /sus propias palabras/i }), {
      target: { value: 'mi cuenta está bloqueada' },
    });
    fireEvent.click((await screen.findAllByRole('button', { name: /bloque/i }, SLOW))[0]!);
    expect(heading()).toHaveTextContent(/bloque/i);
  });
});

describe('what a person types into the finder', () => {
  it('is never saved, never in the title or the address, whatever they type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 3, maxLength: 40 }), async (words) => {
        const typed = `zq${words.replace(/\s/g, 'x')}`;
        sessionStorage.clear();
        const { unmount } = renderAssistant({ manageTitle: true, browserHistory: true });
        describeIt(`my mom cant log in ${typed}`);
        await waitFor(
          () => expect(document.querySelector('[aria-live]')?.textContent).not.toBe(''),
          {
            timeout: 2000,
          },
        );
        const first = screen
          .queryAllByRole('button', { name: /./ })
          .find((b) => b.closest('.sa-finder__list'));
        if (first) fireEvent.click(first);
        const saved = Object.keys(sessionStorage)
          .map((key) => sessionStorage.getItem(key))
          .join(' ');
        expect(saved).not.toContain(typed);
        expect(document.title).not.toContain(typed);
        expect(window.location.href).not.toContain(encodeURIComponent(typed));
        expect(window.location.href).not.toContain(typed);
        unmount();
      }),
      { numRuns: 8 },
    );
  }, 60_000);
});
