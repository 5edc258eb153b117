// A step change writes the page title and nothing else of the document: writing `lang` or `dir`
// on <html>, even the same value, makes the browser restyle the whole page (`:lang()` and
// direction), which cost a step about 7 ms at 4× CPU throttle. Both views own the page when
// standalone (`manageTitle`). Counted with a MutationObserver, which records every write.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssistantEvent } from '../../../flows/machine/types';
import { setPageLanguageAndTitle } from '../../../src/i18n/locales';
import { performEvent } from '../../support/drive';
import { renderAssistant } from '../../support/render';

const pick = (answer: string) => ({ type: `pick.${answer}` }) as AssistantEvent;

/** Every write to <html>'s attributes and to the page title from now on. */
function watchPage() {
  const writes: string[] = [];
  const note = (records: MutationRecord[]) => {
    for (const record of records)
      writes.push(record.type === 'attributes' ? record.attributeName! : 'title');
  };
  const observer = new MutationObserver(note);
  observer.observe(document.documentElement, { attributes: true });
  observer.observe(document.head, { childList: true, subtree: true, characterData: true });
  const taken = () => {
    note(observer.takeRecords());
    return writes;
  };
  return { writes: taken, observer };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
let watching: ReturnType<typeof watchPage> | undefined;
afterEach(() => watching?.observer.disconnect());

describe('setPageLanguageAndTitle', () => {
  it('writes only what changed', async () => {
    setPageLanguageAndTitle('ar', 'أ');
    expect([document.documentElement.lang, document.documentElement.dir, document.title]).toEqual([
      'ar',
      'rtl',
      'أ',
    ]);
    watching = watchPage();
    setPageLanguageAndTitle('ar', 'أ');
    await flush();
    expect(watching.writes()).toEqual([]);
    setPageLanguageAndTitle('ar', 'ب');
    setPageLanguageAndTitle('en', 'ب');
    await flush();
    expect(watching.writes()).toEqual(['title', 'lang', 'dir']);
  });
});

describe.each(['patient', 'agent'] as const)(
  'given a person answers a question on a page of its own (%s view)',
  (mode) => {
    it('the next step changes the title only', async () => {
      const { container } = renderAssistant({ mode, manageTitle: true });
      performEvent(container, pick('code'));
      await screen.findByRole('heading', { level: 1, name: 'How do you get your sign-in code?' });
      await flush();
      watching = watchPage();
      performEvent(container, pick('text'));
      await screen.findByRole('heading', { level: 1, name: 'What goes wrong with the code?' });
      await flush();
      expect(document.title).toContain('What goes wrong with the code?');
      expect(new Set(watching.writes())).toEqual(new Set(['title']));
    });
  },
);
