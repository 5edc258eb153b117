// What patients see for each published policy (issue #22, items 1–5): the nine real health
// systems' configurations in tests/fixtures/real-orgs/, and the unpublished case, where no number
// may be stated for a fact the organization leaves out.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawOrg, withChanges } from '../support/orgs';
import { reachable, textOfStep } from '../support/policy';

const real = (id: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../fixtures/real-orgs/${id}.json`), 'utf8'),
  ) as unknown;

describe('a fact left unpublished is never stated as a number', () => {
  // Sentinel values that appear nowhere else on these screens.
  const sentinels = withChanges('test-variants', (c) => {
    c.activation = { groups: [3, 3, 3], caseSensitive: false, validDays: 37, singleUse: true };
    c.verification.codeMinutes = 13;
    c.proxy = { ...c.proxy, teenFrom: 11, adultAt: 19, teenRule: 'limited' };
    c.results = { autoRelease: false, holdDays: 6 };
  });
  const cases: [string, string, RegExp, string?][] = [
    ['activationExpired', 'activation.validDays', /\b37\b/],
    ['activationReceived', 'activation.validDays', /\b37\b/],
    ['activationLooksFine', 'activation.validDays', /\b37\b/],
    ['activationHave', 'activation.groups', /XXX-XXX-XXX/],
    ['codeExpired', 'verification.codeMinutes', /\b13\b/, 'text'],
    ['codeRejected', 'verification.codeMinutes', /\b13\b/, 'text'],
    ['codeTextMissing', 'verification.codeMinutes', /\b13\b/, 'text'],
    ['proxyChildAge', 'proxy.teenFrom', /\b1[018]\b/],
    ['resultsHeld', 'results.holdDays', /\b6\b/],
  ];
  it.each(cases)('%s with %s published states it', (step, _setting, number, method) => {
    expect(textOfStep(sentinels, step, { method })).toMatch(number);
  });
  it.each(cases)(
    '%s with %s left out states no number for it',
    (step, _setting, number, method) => {
      const text = textOfStep(rawOrg('test-unpublished'), step, { method });
      expect(text).not.toMatch(number);
      expect(text).not.toMatch(/(about|for|within|up to|last) \d+ (days?|minutes?)\b/);
    },
  );
  it('says the unpublished facts are not published', () => {
    const raw = rawOrg('test-unpublished');
    expect(textOfStep(raw, 'activationExpired')).toContain(
      "doesn't say how long activation codes work",
    );
    // activation.singleUse left out: nothing is said about using a code once.
    expect(textOfStep(raw, 'activationExpired')).not.toContain('works only once');
    expect(reachable(raw, 'activationUsed')).toBe(false);
    expect(textOfStep(raw, 'codeExpired', { method: 'text' })).toContain(
      'stop working after a short time',
    );
    expect(textOfStep(raw, 'resultsHeld')).toContain("doesn't say when results show up");
    expect(textOfStep(raw, 'proxyChildAge')).toMatch(/A young child.*A teenager.*An adult/);
    expect(textOfStep(raw, 'proxyTeenAsk')).toContain("doesn't say online what parents can see");
  });
  it.each(['es', 'zh', 'vi', 'ar'])('says so in %s too', { timeout: 30_000 }, (locale) => {
    {
      const text = textOfStep(rawOrg('test-unpublished'), 'activationExpired', { locale });
      // Phone numbers aside, no digit at all: no number of days is stated.
      expect(text.replace(/[+(]?\d[\d ()-]{6,}\d/g, ''), locale).not.toMatch(/\d/);
    }
  });
});

describe('two-step policy', () => {
  const rollout = withChanges('riverside', (c) => {
    c.verification = {
      ...c.verification,
      mandatory: true,
      canTurnOff: false,
      replacesSecurityQuestions: true,
      rollout: { promptFrom: '2025-06-01', requiredFrom: '2025-07-13' },
      resendLimit: { codes: 3, waitMinutes: 30 },
    };
  });
  it('says required, cannot be turned off, replaces questions, and the roll-out dates', () => {
    const text = textOfStep(rollout, 'codeMethod');
    expect(text).toContain('everyone must use two-step verification');
    expect(text).toContain("You can't turn it off.");
    expect(text).toContain('takes the place of security questions');
    expect(text).toContain('From June 1, 2025, the portal asks you to set it up.');
    expect(text).toContain('From July 13, 2025, everyone must use it.');
  });
  it('gives the resend limit and its wait where codes are asked for again', () => {
    for (const step of ['codeTextMissing', 'codeExpired'])
      expect(textOfStep(rollout, step, { method: 'text' })).toContain(
        'If you ask for more than 3 codes, the page says you asked for too many codes. Then wait 30 minutes',
      );
  });
  it('One Community Health: optional, prompted from a date, can be turned off', () => {
    const text = textOfStep(real('one-community-health'), 'codeMethod');
    expect(text).toContain('two-step verification is your choice');
    expect(text).toContain('From May 19, 2023, the portal asks you to set it up.');
    expect(text).toContain('You can turn it off');
    expect(text).not.toContain('everyone must');
  });
});

describe('what sign-up asks for', () => {
  it('Planned Parenthood of Southern New England: last 4 of the SSN and date of birth; username fixed', () => {
    const text = textOfStep(real('ppsne'), 'prepareToSignIn');
    expect(text).toContain(
      'The sign-up form asks for the last 4 numbers of your Social Security number and your date of birth.',
    );
    expect(text).toContain("It can't be changed later.");
  });
  it('a date-of-birth format and both identity checks', () => {
    const raw = withChanges('riverside', (c) => {
      c.activation.asks = ['birthDate', 'email', 'medicalRecordNumber', 'zipCode'];
      c.activation.birthDateFormat = 'DD/MM/YYYY';
      c.activation.onlineSignup.identityCheck = ['idAndSelfie', 'questions'];
    });
    const text = textOfStep(raw, 'signupOnline');
    expect(text).toContain('your date of birth, written day/month/year, like 27/03/1984');
    expect(text).toContain('your ZIP code');
    expect(text).toContain('Take a photo of your ID and a selfie');
    expect(text).toContain('Answer a few questions');
  });
  it('UVM Health: a sign-up link that works for minutes, not a code for days', () => {
    const text = textOfStep(real('uvm-health'), 'activationExpired');
    expect(text).toMatch(
      /Sign-up links from UVM Health Network work for (1440 minutes|24 hours|1 day)/,
    );
    expect(text).not.toMatch(/codes work for \d+ days/);
  });
  it('Huron Perth (no codes): no code answers, and sign-up failing goes to staff', () => {
    const raw = real('hpha');
    expect(reachable(raw, 'activationMessage')).toBe(false);
    expect(reachable(raw, 'activationRequest')).toBe(false);
    expect(textOfStep(raw, 'signupOnline')).toContain('staff can help you sign up');
  });
  it('Johns Hopkins: an online sign-up whose check is not published says nothing about it', () => {
    const text = textOfStep(real('johns-hopkins'), 'signupOnline');
    expect(text).not.toMatch(/selfie|questions that only you/);
  });
});

describe('recovery limits', () => {
  const raw = withChanges('riverside', (c) => {
    c.recovery.limits = { recoveryAttempts: 5, resetAttempts: 5 };
    c.recovery.usernameCanChange = false;
  });
  it('failed recoveries force a reset; failed resets deactivate the account, with a call', () => {
    const text = textOfStep(raw, 'resetSelfService');
    expect(text).toContain(
      'After 5 failed tries to recover your account, you must reset your password.',
    );
    expect(text).toContain(
      'After 5 failed password resets, Riverside Health turns off (deactivates) your account.',
    );
    expect(text).toContain('(608) 555-0142');
    expect(text).not.toMatch(/\blocked\b/);
  });
  it('usernames that cannot be changed', () => {
    expect(textOfStep(raw, 'recoverUsername')).toContain("It can't be changed later.");
  });
});

describe('proxy by kind', () => {
  it('Fairview: limited from 12; foster parents send papers by email and renew every year', () => {
    const raw = real('fairview');
    expect(textOfStep(raw, 'proxyTeenLimited')).toContain('Once a teen is 12 years old');
    const foster = textOfStep(raw, 'proxyFoster');
    expect(foster).toContain('proxy-documents@fairview.example.org');
    expect(foster).toContain('This access must be renewed every year.');
    expect(textOfStep(raw, 'proxyChildYoung')).toContain('mychart-help@fairview.example.org');
    expect(textOfStep(raw, 'proxyGuardian')).toContain('proxy-documents@fairview.example.org');
  });
  it("Cincinnati Children's: teens 13 to 17 assent; adult proxy online, renewed every 18 months", () => {
    const raw = real('cincinnati-childrens');
    expect(textOfStep(raw, 'proxyTeenAssent')).toContain('13 to 17');
    const adult = textOfStep(raw, 'proxyAdult');
    expect(adult).toContain('adult-proxy-request');
    expect(adult).toContain('18 months');
  });
  it('adult-only ways: mail and fax offered for adults only', () => {
    const raw = withChanges('riverside', (c) => {
      c.proxy.kinds = {
        adult: { forms: { mailAddress: '1 Example Way, Madison', fax: '+16085550199' } },
      };
    });
    expect(textOfStep(raw, 'proxyAdult')).toMatch(/By mail[\s\S]*By fax/);
    expect(textOfStep(raw, 'proxyChildYoung')).not.toMatch(/By mail|By fax/);
  });
  it("King's College Hospital: ages, and an unpublished teen rule sends the parent to ask", () => {
    const raw = real('kings-college-hospital');
    expect(textOfStep(raw, 'proxyChildAge')).toMatch(/12 or younger.*13 to 17.*18 or older/);
    expect(textOfStep(raw, 'proxyTeenAsk')).toContain(
      "Call King's College Hospital medical records",
    );
  });
  it('UR Medicine: limited from 12, online form', () => {
    const raw = real('urmc');
    expect(textOfStep(raw, 'proxyTeenLimited')).toContain('Once a teen is 12 years old');
    expect(textOfStep(raw, 'proxyChildYoung')).toContain('child-proxy-request');
  });
  it('no published way to send the form: ask medical records', () => {
    expect(textOfStep(real('ppsne'), 'proxyAdult')).toContain("doesn't say online how to send it");
  });
});
