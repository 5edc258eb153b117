// The contact page by ear, open and closed, in each demo organization and three languages:
// numbers and hours read the way a listener understands them.
import { describe, expect, it } from 'vitest';
import { renderAssistant } from '../support/render';
import { hearContactPage } from './ear';
import { everyProblem } from './hear';

const OPEN = '2026-12-02T10:15:00-06:00'; // a Wednesday morning in Chicago
const CLOSED = '2026-12-05T21:30:00-06:00'; // a Saturday night

describe('the contact page, by ear', () => {
  for (const org of ['riverside', 'lakeside'])
    for (const locale of ['en', 'es', 'ar'])
      for (const [when, now] of [
        ['open', OPEN],
        ['closed', CLOSED],
      ] as const)
        it(`${org}, ${locale}, ${when}`, async () => {
          const { container } = renderAssistant({ org, locale, now });
          const screens = await hearContactPage(container);

          expect(everyProblem(screens, locale)).toEqual([]);
        });
});
