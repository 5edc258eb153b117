// Tests a wrong change must fail: each was a surviving mutant of the mutation run (issue 20,
// "Tests that notice a wrong change"), applied alone with the whole suite still green.
import { describe, expect, it } from 'vitest';
import { checkActivationCode } from '../../flows/checks/fields/activationCode';
import { checkBirthDate } from '../../flows/checks/fields/birthDate';
import { suggestDomain } from '../../flows/checks/fields/emailDomain';
import { checkLoginId } from '../../flows/checks/fields/loginId';
import { checkPhoneNumber } from '../../flows/checks/fields/phoneNumber';
import { checkPortalAddress } from '../../flows/checks/fields/portalAddress';
import { FINDING_KINDS, UNUSABLE_FINDINGS } from '../../flows/checks/findings';
import { MAX_INPUT } from '../../flows/checks/text';
import type { OpeningHours, OrgConfig } from '../../flows/config/schema';
import { channelStatus } from '../../flows/contact/hours';
import { assistantMachine } from '../../flows/machine/assistantMachine';
import { shortestPaths } from '../../flows/machine/explore';
import type { AssistantEvent, CheckResult, FieldKind, StepMeta } from '../../flows/machine/types';
import { decodeHandoff, MAX_STEPS } from '../../flows/session/handoff';
import { restoreProgress, saveProgress } from '../../flows/session/progress';
import { replay, type Session, send } from '../../flows/session/session';
import { org } from '../support/orgs';

const fieldOf = (step: string) =>
  (assistantMachine.states[step]?.meta as StepMeta | undefined)?.field;

/** A session standing on the first step that asks for each field, under some configuration. */
function sessionsAtFields(): Map<FieldKind, Session> {
  const found = new Map<FieldKind, Session>();
  for (const config of [org('riverside'), org('lakeside'), org('test-variants')])
    for (const path of shortestPaths(config)) {
      const field = fieldOf(String(path.state.value));
      if (!field || found.has(field)) continue;
      found.set(field, replay(config, path.events, '2026-12-02'));
    }
  return found;
}

describe('bad input keeps the person on the step', () => {
  const sessions = sessionsAtFields();

  it('finds a step for every field', () => {
    expect([...sessions.keys()].sort()).toEqual(Object.keys(FINDING_KINDS).sort());
  });

  // Named, so that dropping any of them from UNUSABLE_FINDINGS fails here.
  const unusable: [FieldKind, string][] = [
    ['loginId', 'empty'],
    ['loginId', 'tooLong'],
    ['loginId', 'unexpectedCharacters'],
    ['loginId', 'domainIncomplete'],
    ['birthDate', 'tooLong'],
    ['birthDate', 'notADate'],
    ['birthDate', 'inFuture'],
    ['birthDate', 'tooOld'],
    ['phoneNumber', 'tooLong'],
    ['phoneNumber', 'tooShort'],
    ['phoneNumber', 'unexpectedCharacters'],
    ['phoneNumber', 'notAUsNumber'],
    // Someone abroad whose number cannot be one of their country's.
    ['phoneNumber', 'notANumberHere'],
    ['activationCode', 'tooLong'],
    ['activationCode', 'unexpectedCharacters'],
    ['portalAddress', 'notAnAddress'],
  ];

  it.each(unusable)('%s: "%s" shows an error on the same step', (field, kind) => {
    expect(UNUSABLE_FINDINGS.has(kind)).toBe(true);
    const before = sessions.get(field)!;
    const after = send(before, {
      type: 'input.checked',
      result: { field, finding: { kind } } as CheckResult,
    } as AssistantEvent);
    expect(after.snapshot.value).toBe(before.snapshot.value);
    expect(after.snapshot.context.inputError).toBe(kind);
  });

  it('a usable finding moves on (02/30/1990 does not, 03/27/1984 does)', () => {
    const before = sessions.get('birthDate')!;
    const typed = (value: string) =>
      send(before, {
        type: 'input.checked',
        result: { field: 'birthDate', finding: checkBirthDate(value, '2026-12-02', 18) },
      } as AssistantEvent);
    expect(typed('02/30/1990').snapshot.value).toBe(before.snapshot.value);
    expect(typed('03/27/1984').snapshot.value).not.toBe(before.snapshot.value);
  });
});

describe('birth dates on every side of a birthday', () => {
  it('counts the month: born 2008-09-01 is 17 on 2026-06-01, not 18', () => {
    expect(checkBirthDate('2008-09-01', '2026-06-01', 18)).toEqual({ kind: 'minor', age: 17 });
    expect(checkBirthDate('2008-05-31', '2026-06-01', 18)).toEqual({ kind: 'adult', age: 18 });
  });
  it('counts the day within the month', () => {
    expect(checkBirthDate('2008-06-02', '2026-06-01', 18)).toEqual({ kind: 'minor', age: 17 });
    expect(checkBirthDate('2008-06-01', '2026-06-01', 18)).toEqual({ kind: 'adult', age: 18 });
  });
  it('a birth date of today is a baby, tomorrow is in the future', () => {
    expect(checkBirthDate('2026-06-01', '2026-06-01', 18)).toEqual({ kind: 'minor', age: 0 });
    expect(checkBirthDate('2026-06-02', '2026-06-01', 18)).toEqual({ kind: 'inFuture' });
  });
  it('reads a whole ISO date only, with nothing before or after it', () => {
    expect(checkBirthDate('1984-03-27', '2026-12-02', 18)).toEqual({ kind: 'adult', age: 42 });
    expect(checkBirthDate('1984-03-271', '2026-12-02', 18)).toEqual({ kind: 'notADate' });
    expect(checkBirthDate('11984-03-27', '2026-12-02', 18)).toEqual({ kind: 'notADate' });
  });
  it('reads a whole month/day date only: a third digit in front is a typo, not a date', () => {
    expect(checkBirthDate('11/02/1990', '2026-12-02', 18)).toEqual({ kind: 'adult', age: 36 });
    expect(checkBirthDate('111/02/1990', '2026-12-02', 18)).toEqual({ kind: 'notADate' });
  });
  it('where dates are written year first, reads no month/day date as one', () => {
    expect(checkBirthDate('1984/03/27', '2026-12-02', 18, 'ymd')).toEqual({
      kind: 'adult',
      age: 42,
    });
    expect(checkBirthDate('03/27/1984', '2026-12-02', 18, 'ymd')).toEqual({ kind: 'notADate' });
  });
  it('125 years is possible, 126 is not', () => {
    expect(checkBirthDate('1901-06-01', '2026-06-01', 18)).toEqual({ kind: 'adult', age: 125 });
    expect(checkBirthDate('1900-06-01', '2026-06-01', 18)).toEqual({ kind: 'tooOld' });
  });
});

describe('opening hours at the edges', () => {
  const zone = 'America/Chicago';
  const hours = (weekly: Exclude<OpeningHours, '24/7'>['weekly'], closedDates?: string[]) =>
    ({ timeZone: zone, weekly, closedDates }) as OpeningHours;
  const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[];
  const at = (iso: string) => new Date(iso);

  it('is closed at 17:00:00 exactly and open a second before', () => {
    const h = hours([{ days: weekdays, open: '08:00', close: '17:00' }]);
    expect(channelStatus(h, at('2026-12-02T16:59:59-06:00')).kind).toBe('open');
    expect(channelStatus(h, at('2026-12-02T17:00:00-06:00'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-12-03T08:00:00-06:00'),
    });
  });
  it('reads back-to-back slots as one opening', () => {
    const h = hours([
      { days: weekdays, open: '08:00', close: '12:00' },
      { days: weekdays, open: '12:00', close: '20:00' },
    ]);
    expect(channelStatus(h, at('2026-12-02T10:00:00-06:00'))).toEqual({
      kind: 'open',
      until: at('2026-12-02T20:00:00-06:00'),
    });
  });
  it('an 08:30 opening is closed at 08:10 and open at 08:30', () => {
    const h = hours([{ days: weekdays, open: '08:30', close: '17:00' }]);
    expect(channelStatus(h, at('2026-12-02T08:10:00-06:00'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-12-02T08:30:00-06:00'),
    });
    expect(channelStatus(h, at('2026-12-02T08:30:00-06:00')).kind).toBe('open');
  });
  it('keeps a holiday in a single-digit month (2026-07-03)', () => {
    const h = hours([{ days: weekdays, open: '08:00', close: '17:00' }], ['2026-07-03']);
    expect(channelStatus(h, at('2026-07-03T10:00:00-05:00'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-07-06T08:00:00-05:00'),
    });
  });
});

describe('password reset follows the organization', () => {
  const afterRecoveryAccess = (config: OrgConfig) => {
    const path = shortestPaths(config).find((p) => String(p.state.value) === 'recoveryAccess')!;
    const session = replay(config, [...path.events, { type: 'pick.yes' } as AssistantEvent]);
    return String(session.snapshot.value);
  };
  it('an organization with self-service reset sends people to reset online', () => {
    expect(org('riverside').recovery.passwordReset.length).toBeGreaterThan(0);
    expect(afterRecoveryAccess(org('riverside'))).toBe('resetSelfService');
  });
  it('one without it sends them to staff', () => {
    expect(org('test-variants').recovery.passwordReset).toEqual([]);
    expect(afterRecoveryAccess(org('test-variants'))).toBe('resetAssisted');
  });
});

describe('saved progress from elsewhere is not replayed', () => {
  const riverside = org('riverside');
  const lakeside = org('lakeside');
  const session = replay(riverside, [
    { type: 'pick.cantSignIn' },
    { type: 'pick.locked' },
  ] as AssistantEvent[]);
  const saved = saveProgress(session, '1.0.0');

  it('its path decodes in both organizations, so only the checks below can refuse it', () => {
    expect(decodeHandoff(saved.path, riverside).ok).toBe(true);
    expect(decodeHandoff(saved.path, lakeside).ok).toBe(true);
    expect(restoreProgress(JSON.stringify(saved), riverside, '1.0.0').ok).toBe(true);
  });
  it('from another release', () => {
    expect(restoreProgress(JSON.stringify(saved), riverside, '1.0.1')).toEqual({
      ok: false,
      reason: 'otherVersion',
    });
    expect(
      restoreProgress(JSON.stringify({ ...saved, flow: saved.flow + 1 }), riverside, '1.0.0'),
    ).toEqual({ ok: false, reason: 'otherVersion' });
  });
  it('from another organization', () => {
    expect(restoreProgress(JSON.stringify(saved), lakeside, '1.0.0')).toEqual({
      ok: false,
      reason: 'otherOrganization',
    });
  });
});

describe('security boundaries at their exact values', () => {
  const official = ['https://mychart.riversidehealth.example'];

  it('flags an address exactly two edits from the portal as a look-alike', () => {
    // "rivrsidehealht": one letter dropped, two swapped.
    expect(checkPortalAddress('https://mychart.rivrsidehealht.example', official)).toMatchObject({
      kind: 'lookalike',
      reason: 'misspelt',
    });
  });

  it('caps a handoff code at MAX_STEPS + 3 characters (answers, language, version, check)', () => {
    const longest = '0'.repeat(MAX_STEPS + 3);
    expect(decodeHandoff(longest, org('riverside'))).not.toEqual({ ok: false, error: 'tooLong' });
    expect(decodeHandoff(`${longest}0`, org('riverside'))).toEqual({
      ok: false,
      error: 'tooLong',
    });
  });

  const riverside = org('riverside');
  const pad = (value: string, length: number) => value.padEnd(length, ' ');
  const checks: [string, string, (raw: string) => { kind: string }, string][] = [
    ['loginId', 'maria', (raw) => checkLoginId(raw, riverside.portal, suggestDomain), 'tooLong'],
    ['birthDate', '03/27/1984', (raw) => checkBirthDate(raw, '2026-12-02', 18), 'tooLong'],
    ['phoneNumber', '(608) 555-0142', checkPhoneNumber, 'tooLong'],
    [
      'activationCode',
      'ABCDE-FGHJK-MNPQR',
      (raw) => checkActivationCode(raw, riverside.activation),
      'tooLong',
    ],
    [
      'portalAddress',
      'mychart.riversidehealth.example',
      (raw) => checkPortalAddress(raw, official),
      'notAnAddress',
    ],
  ];
  it.each(checks)(
    `%s: ${MAX_INPUT} characters are checked, ${MAX_INPUT + 1} refused`,
    (_f, value, check, refused) => {
      expect(MAX_INPUT).toBe(500);
      expect(check(pad(value, MAX_INPUT)).kind).not.toBe(refused);
      expect(check(pad(value, MAX_INPUT + 1)).kind).toBe(refused);
    },
  );
});
