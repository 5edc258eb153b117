// The picker offers the organization's languages (`languages`), not every shipped one.
import { describe, expect, it } from 'vitest';
import { withChanges } from '../support/orgs';
import { renderAssistant } from '../support/render';

const offered = () =>
  [...(document.querySelector('.sa-language select') as HTMLSelectElement).options].map(
    (o) => o.value,
  );

describe('the language picker', () => {
  it('offers only the languages the configuration lists, in its order', () => {
    renderAssistant({
      config: withChanges('riverside', (c) => {
        c.languages = ['es', 'en'];
      }),
    });
    expect(offered()).toEqual(['es', 'en']);
  });

  it('keeps the language in use on the list when the host page chose another', () => {
    renderAssistant({ org: 'lakeside', locale: 'es' });
    expect(offered()).toEqual(['en', 'es']);
  });
});
