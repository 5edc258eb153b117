// Checks a date of birth typed as a US date (03/27/1984) or an ISO date (1984-03-27). It is
// checked and forgotten: only the finding (adult or minor, by the organization's age) is kept.
import { clean, MAX_INPUT } from '../text';

export type BirthDateFinding =
  | { kind: 'empty' }
  | { kind: 'tooLong' }
  | { kind: 'notADate' }
  | { kind: 'inFuture' }
  | { kind: 'tooOld' }
  | { kind: 'minor'; age: number }
  | { kind: 'adult'; age: number };

function parse(value: string): { y: number; m: number; d: number } | null {
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (us) return { m: Number(us[1]), d: Number(us[2]), y: Number(us[3]) };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
  return null;
}

/**
 * `today` is the person's date as YYYY-MM-DD; `adultAt` the organization's age of majority, if it
 * publishes one (without it, no date is called a minor's).
 */
export function checkBirthDate(raw: string, today: string, adultAt?: number): BirthDateFinding {
  if (raw.length > MAX_INPUT) return { kind: 'tooLong' };
  const value = clean(raw).value;
  if (!value) return { kind: 'empty' };
  const date = parse(value);
  if (!date) return { kind: 'notADate' };
  const real = new Date(Date.UTC(date.y, date.m - 1, date.d));
  if (
    real.getUTCFullYear() !== date.y ||
    real.getUTCMonth() !== date.m - 1 ||
    real.getUTCDate() !== date.d
  )
    return { kind: 'notADate' };
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  if (real.getTime() > Date.UTC(ty, tm - 1, td)) return { kind: 'inFuture' };
  const age = ty - date.y - (tm < date.m || (tm === date.m && td < date.d) ? 1 : 0);
  if (age > 125) return { kind: 'tooOld' };
  return adultAt !== undefined && age < adultAt ? { kind: 'minor', age } : { kind: 'adult', age };
}
