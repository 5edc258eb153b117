import { describe, expect, it } from 'vitest';
import { haveReady, whileClosed } from '../../flows/contact/escalation';
import { channelsFor } from '../../flows/contact/routing';
import { org } from '../support/orgs';

const saturdayNight = new Date('2026-12-05T21:30:00-06:00');
const wednesdayMorning = new Date('2026-12-02T10:15:00-06:00');

describe('what to have ready', () => {
  it('for a proxy request: the form and a photo ID', () =>
    expect(haveReady('proxyTeenAssent', org('lakeside'))).toEqual([
      'proxyForm',
      'photoId',
      'idCopies',
    ]));
  it('for a code that never came: the exact message, the device, the date of birth', () =>
    expect(haveReady('codeTextMissing', org('riverside'))).toEqual([
      'errorMessage',
      'device',
      'birthDate',
    ]));
  it('for a patient who died: papers that show the right to the records', () =>
    expect(haveReady('proxyDeceased', org('riverside'))).toEqual(['legalPapers', 'photoId']));
  it('adds copies of ID only where the organization accepts them', () => {
    expect(haveReady('identityAssisted', org('riverside'))).not.toContain('idCopies');
    expect(haveReady('identityAssisted', org('lakeside'))).toContain('idCopies');
  });
});

describe('while every line is closed', () => {
  it('a 24/7 line means there is nothing to wait for', () =>
    expect(whileClosed(org('riverside'), 'portalSupport', 'lockedWait', saturdayNight)).toBeNull());

  it('Lakeside on Saturday night: a person on Monday at 8, a password reset now', () => {
    expect(whileClosed(org('lakeside'), 'portalSupport', 'passwordBasics', saturdayNight)).toEqual({
      nextOpen: new Date('2026-12-07T08:00:00-06:00'),
      selfService: ['passwordReset'],
      written: [],
    });
  });

  it('does not offer a reset where only a call unlocks the account', () =>
    expect(
      whileClosed(org('lakeside'), 'portalSupport', 'lockedCall', saturdayNight)?.selfService,
    ).toEqual([]));

  it('offers written channels that take messages at any hour', () => {
    const closed = whileClosed(
      org('riverside'),
      'medicalRecords',
      'proxyChildYoung',
      saturdayNight,
    );
    expect(closed?.written.map((c) => c.id)).toEqual(['patient-services-email']);
    expect(closed?.nextOpen).toEqual(new Date('2026-12-07T07:00:00-06:00'));
  });

  it('is not shown while a line is open', () =>
    expect(
      whileClosed(org('lakeside'), 'portalSupport', 'passwordBasics', wednesdayMorning),
    ).toBeNull());
});

describe('routing', () => {
  it('sends medical-records needs to the records line first, open lines before closed ones', () => {
    const routed = channelsFor(org('riverside'), 'medicalRecords', wednesdayMorning).map(
      (r) => r.channel.id,
    );
    expect(routed).toEqual(['records-phone', 'patient-services-email', 'front-desk']);
  });
});
