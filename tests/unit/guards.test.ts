// Guards read the organization's configuration: the same answers lead to different steps.
import { describe, expect, it } from 'vitest';
import type { OrgConfig } from '../../flows/config/schema';
import { describeStep } from '../../flows/machine/describe';
import { guards } from '../../flows/machine/guards';
import type { AssistantContext, AssistantEvent } from '../../flows/machine/types';
import { replay } from '../../flows/session/session';
import { org, walkConfigs } from '../support/orgs';

const configOf = (id: string): OrgConfig =>
  walkConfigs().find(([name]) => name === id)?.[1] ?? org(id);

const stepAfter = (id: string, ...types: string[]) =>
  describeStep(
    replay(
      configOf(id),
      types.map((type) => ({ type }) as AssistantEvent),
    ).snapshot,
  );

describe('given an account is locked', () => {
  it('Riverside says to wait, because its lock lifts by itself', () => {
    expect(stepAfter('riverside', 'pick.cantSignIn', 'pick.locked').key).toBe('lockedWait');
  });
  it('Lakeside says to call, because only staff can unlock', () => {
    expect(stepAfter('lakeside', 'pick.cantSignIn', 'pick.locked').key).toBe('lockedCall');
  });
  it('an organization that does not publish its wait says so', () => {
    expect(stepAfter('test-variants', 'pick.cantSignIn', 'pick.locked').key).toBe(
      'lockedWaitUnpublished',
    );
  });
});

describe('given a stressed person reads the first screen', () => {
  it('finds their situation in two short lists: nine answers at most, then seven', () => {
    const first = stepAfter('riverside');
    expect(first.key).toBe('problem');
    expect(first.answers.length).toBeLessThanOrEqual(9);
    // The two messages met most come first, each going straight to its fix.
    expect(first.answers.slice(0, 2)).toEqual(['passwordRejected', 'locked']);
    const signIn = stepAfter('riverside', 'pick.cantSignIn');
    expect(signIn.key).toBe('signInProblem');
    expect(signIn.answers.length).toBeLessThanOrEqual(7);
  });
  it('a rejected password goes straight to the address check, which also takes the app', () => {
    expect(stepAfter('riverside', 'pick.passwordRejected').key).toBe('passwordAddress');
    expect(stepAfter('riverside', 'pick.cantSignIn', 'pick.passwordRejected').key).toBe(
      'passwordAddress',
    );
    expect(stepAfter('riverside', 'pick.passwordRejected', 'pick.app').key).toBe('appPickedOrg');
  });
  it('a locked account goes straight to its wait from the first screen or the sign-in list', () => {
    expect(stepAfter('riverside', 'pick.locked').key).toBe('lockedWait');
    expect(stepAfter('riverside', 'pick.cantSignIn', 'pick.locked').key).toBe('lockedWait');
  });
  it('someone unsure of the site is asked where they sign in', () =>
    expect(stepAfter('riverside', 'pick.cantSignIn', 'pick.wrongPlace').key).toBe('portalWhere'));
});

describe('given the sign-in code is the problem', () => {
  it('offers only the methods the organization uses', () => {
    expect(stepAfter('riverside', 'pick.code').answers).toEqual([
      'text',
      'email',
      'authenticator',
      'appNotification',
      'securityKey',
      'notSure',
    ]);
    expect(stepAfter('lakeside', 'pick.code').answers).toEqual(['email', 'notSure']);
  });
  it('a missing text leads to asking about the phone number first', () => {
    expect(stepAfter('riverside', 'pick.code', 'pick.text', 'pick.neverArrives').key).toBe(
      'codePhoneSame',
    );
  });
  it('an authenticator code cannot "never arrive" or expire in transit', () => {
    expect(stepAfter('riverside', 'pick.code', 'pick.authenticator').answers).toEqual([
      'rejected',
      'lostAccess',
      'otherWay',
      'whichCode',
    ]);
  });
  it('with only email codes, a missing email leads to a person rather than another method', () => {
    expect(
      stepAfter('lakeside', 'pick.code', 'pick.email', 'pick.neverArrives', 'pick.stillStuck').key,
    ).toBe('contact');
    expect(
      stepAfter('riverside', 'pick.code', 'pick.email', 'pick.neverArrives', 'pick.stillStuck').key,
    ).toBe('codeOtherMethod');
  });
  it("not sure how the code comes: once the page says where, that method's fixes follow", () => {
    expect(stepAfter('lakeside', 'pick.code', 'pick.notSure').answers).toEqual([
      'email',
      'helped',
      'stillStuck',
    ]);
    const after = replay(
      org('riverside'),
      ['pick.code', 'pick.notSure', 'pick.email'].map((type) => ({ type }) as AssistantEvent),
    ).snapshot;
    expect([describeStep(after).key, after.context.codeMethod]).toEqual(['codeProblem', 'email']);
  });
  it("wants the code another way with one method only: says so, then that method's fixes", () => {
    const only = ['pick.code', 'pick.email', 'pick.otherWay'];
    expect(stepAfter('lakeside', ...only).key).toBe('codeOnlyMethod');
    expect(stepAfter('lakeside', ...only, 'pick.neverArrives').key).toBe('codeEmailMissing');
    expect(stepAfter('riverside', ...only).key).toBe('codeOtherMethod');
  });
});

describe('given a code of the other kind', () => {
  it('each code screen leads to the kinds of code, and on to the other flow', () => {
    expect(stepAfter('riverside', 'pick.code', 'pick.text', 'pick.whichCode').key).toBe(
      'codeKinds',
    );
    expect(stepAfter('riverside', 'pick.newAccount', 'pick.codeFails', 'pick.whichCode').key).toBe(
      'codeKinds',
    );
    const kinds = ['pick.code', 'pick.text', 'pick.whichCode'];
    expect(stepAfter('riverside', ...kinds, 'pick.activationCode').key).toBe('activationMessage');
    expect(
      stepAfter('lakeside', ...kinds.slice(0, 1), 'pick.email', 'pick.whichCode', 'pick.signInCode')
        .key,
    ).toBe('codeMethod');
  });
});

describe('given a parent of a teen', () => {
  const teen = ['pick.someoneElse', 'pick.child', 'pick.teen'];
  it('Riverside gives limited access', () =>
    expect(stepAfter('riverside', ...teen).key).toBe('proxyTeenLimited'));
  it('Lakeside needs the teen to agree', () =>
    expect(stepAfter('lakeside', ...teen).key).toBe('proxyTeenAssent'));
  it('some organizations give parents no access to teens', () =>
    expect(stepAfter('test-variants', ...teen).key).toBe('proxyTeenNone'));
});

describe('given a forgotten username or password', () => {
  it('shows the quick basics first, whatever was forgotten', () => {
    for (const what of ['pick.forgotUsername', 'pick.forgotPassword', 'pick.forgotBoth'])
      expect(stepAfter('riverside', 'pick.cantSignIn', what).key).toBe('recoveryBasics');
    expect(
      stepAfter('riverside', 'pick.cantSignIn', 'pick.passwordRejected', 'pick.reset').key,
    ).toBe('recoveryBasics');
  });
  it('then goes on to what was forgotten', () => {
    const past = (what: string) =>
      stepAfter('riverside', 'pick.cantSignIn', what, 'pick.stillStuck').key;
    expect([
      past('pick.forgotUsername'),
      past('pick.forgotPassword'),
      past('pick.forgotBoth'),
    ]).toEqual(['recoverUsername', 'recoveryAccess', 'forgotBoth']);
  });
  it('Riverside sends a username by email', () =>
    expect(
      stepAfter('riverside', 'pick.cantSignIn', 'pick.forgotUsername', 'pick.stillStuck').key,
    ).toBe('recoverUsername'));
  it('Lakeside has no self-service recovery, so it says to call', () =>
    expect(stepAfter('lakeside', 'pick.cantSignIn', 'pick.forgotBoth', 'pick.stillStuck').key).toBe(
      'recoverUsernameCall',
    ));
});

describe('given the details do not match during a reset', () => {
  const path = [
    'pick.cantSignIn',
    'pick.forgotPassword',
    'pick.stillStuck',
    'pick.no',
    'pick.stillStuck',
  ];
  it('Riverside routes identity checks to portal support', () =>
    expect(stepAfter('riverside', ...path).escalation?.need).toBe('portalSupport'));
  it('Lakeside routes them to medical records', () =>
    expect(stepAfter('lakeside', ...path).escalation?.need).toBe('medicalRecords'));
});

describe('given events that make no sense here', () => {
  it('ignores them and stays on the same step', () => {
    const session = replay(org('riverside'), [
      { type: 'pick.nonsense' } as AssistantEvent,
      { type: 'input.submitted', value: 'x' } as unknown as AssistantEvent,
      { type: 'pick.cantSignIn' },
      { type: 'pick.locked' },
    ]);
    expect(describeStep(session.snapshot).key).toBe('lockedWait');
    expect(session.trail).toHaveLength(2);
    expect(session.snapshot.status).toBe('active');
  });
});

describe('given a hardware security key', () => {
  const key = ['pick.code', 'pick.securityKey'];
  it('Riverside offers it; Lakeside, which has no keys, never shows it', () => {
    expect(stepAfter('riverside', ...key).key).toBe('keyProblem');
    expect(stepAfter('lakeside', 'pick.code').answers).not.toContain('securityKey');
    expect(stepAfter('lakeside', 'pick.code', 'pick.notSure').answers).not.toContain('securityKey');
    // The answer cannot be forced either: the guard keeps the person where they were.
    expect(stepAfter('lakeside', ...key).key).toBe('codeMethod');
  });
  it('asks what goes wrong with the key, not with a code', () => {
    expect(stepAfter('riverside', ...key).answers).toEqual(['notRecognized', 'lost', 'otherWay']);
    expect(stepAfter('riverside', 'pick.code', 'pick.notSure', 'pick.securityKey').key).toBe(
      'keyProblem',
    );
  });
  it('a key that is not recognized, then still stuck: another way Riverside offers', () => {
    expect(stepAfter('riverside', ...key, 'pick.notRecognized', 'pick.stillStuck').key).toBe(
      'codeOtherMethod',
    );
    expect(stepAfter('riverside', ...key, 'pick.notRecognized', 'pick.lost').key).toBe('keyLost');
    expect(stepAfter('riverside', ...key, 'pick.lost').answers).toEqual([
      'helped',
      'useOther',
      'stillStuck',
    ]);
  });
  it('with a key as the only way, nothing offers another way: a lost key goes to a person', () => {
    expect(stepAfter('security key only', ...key).answers).toEqual(['notRecognized', 'lost']);
    expect(stepAfter('security key only', ...key, 'pick.lost').answers).toEqual([
      'helped',
      'stillStuck',
    ]);
    expect(stepAfter('security key only', ...key, 'pick.lost', 'pick.stillStuck').key).toBe(
      'contact',
    );
    expect(
      stepAfter('security key only', ...key, 'pick.notRecognized', 'pick.stillStuck').key,
    ).toBe('contact');
  });
  it('a key sends no code, so "the code expired" is never offered for it', () => {
    const context = (codeMethod: AssistantContext['codeMethod']) =>
      ({ context: { codeMethod } as AssistantContext, event: { type: 'pick.x' } }) as const;
    expect(guards.codeIsSent(context('securityKey'))).toBe(false);
    expect(guards.codeIsSent(context('authenticator'))).toBe(false);
    expect(guards.codeIsSent(context('text'))).toBe(true);
  });
});

describe('given someone who has not got the app yet', () => {
  it('the app question starts with getting the official app, then choosing the organization', () => {
    expect(stepAfter('riverside', 'pick.app').answers[0]).toBe('getApp');
    expect(stepAfter('riverside', 'pick.app', 'pick.getApp').key).toBe('appGetOfficial');
    expect(stepAfter('riverside', 'pick.app', 'pick.getApp', 'pick.stillStuck').key).toBe(
      'appChooseOrg',
    );
  });
  it('choosing the organization leads back to getting the app for someone without it', () => {
    expect(
      stepAfter('lakeside', 'pick.cantSignIn', 'pick.wrongPlace', 'pick.app', 'pick.noApp').key,
    ).toBe('appGetOfficial');
  });
});
