// Checks a date of birth typed in the organization's order (03/27/1984 in the US, 27/03/1984 in
// most countries; flows/config/region.ts) or year first (1984-03-27, 1984/03/27). It is checked and
// forgotten: only the finding (adult or minor, by the organization's age) is kept.
import type { DateOrder } from '../../config/region';
import { clean, MAX_INPUT } from '../text';

export type BirthDateFinding =
  | { kind: 'empty' }
  | { kind: 'tooLong' }
  | { kind: 'notADate' }
  | { kind: 'inFuture' }
  | { kind: 'tooOld' }
  | { kind: 'minor'; age: number }
  | { kind: 'adult'; age: number };

function parse(value: string, order: DateOrder): { y: number; m: number; d: number } | null {
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (local && order !== 'ymd') {
    const [first, second] = [Number(local[1]), Number(local[2])];
    return order === 'dmy'
      ? { d: first, m: second, y: Number(local[3]) }
      : { m: first, d: second, y: Number(local[3]) };
  }
  // Year first reads the same everywhere: ISO (1984-03-27), and 1984/03/27 or 1984.03.27 as
  // dates are written in Chinese and on many forms.
  const iso = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(value);
  if (iso) return { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
  return null;
}

/**
 * `today` is the person's date as YYYY-MM-DD; `adultAt` the organization's age of majority, if it
 * publishes one (without it, no date is called a minor's); `order` how its people write dates
 * (ISO is always read too).
 */
export function checkBirthDate(
  raw: string,
  today: string,
  adultAt?: number,
  order: DateOrder = 'mdy',
): BirthDateFinding {
  if (raw.length > MAX_INPUT) return { kind: 'tooLong' };
  const value = clean(raw).value;
  if (!value) return { kind: 'empty' };
  const date = parse(value, order);
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
