// Where the organization is: its country decides how phone numbers are shown and checked and the
// order a date of birth is typed in (issue #22 item 6). Both optional: a file without them is a
// US organization, as every file was before.

import { dateOrders } from '../region';
import { z } from '../zod';
import { about } from './fields';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// Codes Intl knows that are not countries, and the common mistake "UK" for "GB".
const NOT_A_COUNTRY = ['EU', 'EZ', 'UN', 'QO', 'ZZ', 'UK'];

export const country = about(
  z.optional(
    z.string().check(
      z.regex(/^[A-Z]{2}$/, 'must be a two-letter country code in capitals, like "US" or "GB"'),
      z.refine(
        (code) => !NOT_A_COUNTRY.includes(code) && regionNames.of(code) !== undefined,
        'must be an ISO 3166 country code, like "US", "CA" or "GB" (the United Kingdom is "GB")',
      ),
    ),
  ),
  'the country of the organization, as an ISO 3166 code (default "US"): phone numbers are shown and checked as numbers of this country, and dates of birth are read in its usual order',
);

export const dateOrder = about(
  z.optional(z.enum(dateOrders)),
  'the order a date of birth is typed in: "mdy" (03/27/1984), "dmy" (27/03/1984) or "ymd" (1984-03-27); by default month first in the US, Canada and the Philippines, day first elsewhere. 1984-03-27 is always accepted',
);
