// What the organization's country decides, without the schema (so the checks and the facts can
// import it cheaply): the order of a date of birth, and whether numbers are North American.

export const dateOrders = ['mdy', 'dmy', 'ymd'] as const;
export type DateOrder = (typeof dateOrders)[number];

/** Countries where a date is usually written month first. */
const MONTH_FIRST = ['US', 'CA', 'PH', 'FM', 'MH', 'PW'];

export function dateOrderOf(config: { country?: string; dateOrder?: DateOrder }): DateOrder {
  return config.dateOrder ?? (MONTH_FIRST.includes(config.country ?? 'US') ? 'mdy' : 'dmy');
}

/** Countries that share +1 with the US and write numbers as (608) 555-0142. */
export const isNorthAmerican = (country = 'US') => country === 'US' || country === 'CA';
