// The agent view's rules, apart from its screen: the quick jump (on the patient finder), the keys, the ticket note (which
// never carries anything typed), the agent facts in the configuration, and the agent wording.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findJumps } from '../../flows/agent/jump';
import { ticketNote } from '../../flows/agent/ticketNote';
import { suggestDomain } from '../../flows/checks/fields/emailDomain';
import { checkedInput } from '../../flows/checks/index';
import { validateAgentFacts, withAgentFacts } from '../../flows/config/agentFacts';
import { checkAgentFacts, checkConfig } from '../../flows/config/check';
import { validateConfig } from '../../flows/config/validate';
import { configWarnings } from '../../flows/config/warnings';
import { createFinder } from '../../flows/finder';
import { assistantMachine } from '../../flows/machine/assistantMachine';
import { describeStep } from '../../flows/machine/describe';
import type { AssistantEvent } from '../../flows/machine/types';
import { DEEP_LINKS } from '../../flows/session/deepLinks';
import { replay, type Session, send, startSession } from '../../flows/session/session';
import { agentFacts } from '../../src/agent/agentFacts';
import {
  ANSWER_KEY_COUNT,
  answerKey,
  commandFor,
  type KeyPress,
  keyLabel,
  shortcut,
} from '../../src/agent/keys/keys';
import { ticketText } from '../../src/agent/panels/ticketText';
import { agentContent, readAgent } from '../../src/build/content/contentPlugin';
import { maskTypedFacts, stepFacts } from '../../src/i18n/facts';
import { CONTENT_DIR, testI18n } from '../support/i18n';
import { agentOrg, org, rawAgentFacts, rawOrg, walkConfigs, withChanges } from '../support/orgs';

const pick = (...answers: string[]) =>
  answers.map((a) => ({ type: `pick.${a}` }) as AssistantEvent);
const STEPS = Object.keys(assistantMachine.states);
const riverside = agentOrg('riverside');
const finderFor = (locale: string) =>
  createFinder(parse(readFileSync(join(CONTENT_DIR, locale, 'finder.yaml'), 'utf8')));

describe('the quick jump, on the patient finder', () => {
  const en = finderFor('en');
  const es = finderFor('es');
  const landing = (query: string, finder = en) => {
    const result = findJumps(finder, query, riverside, '2026-12-02');
    if (result.kind !== 'found' || !result.matches[0]) return undefined;
    return String(replay(riverside, result.matches[0].trail, '2026-12-02').snapshot.value);
  };

  it('takes what the caller says, in their own words, to the right first step', () => {
    expect(landing('locked out')).toMatch(/^locked/);
    expect(landing('forgot my password')).toBe('recoveryAccess');
    expect(landing('the text thing never came')).not.toBeUndefined();
    expect(landing('mi cuenta esta bloqueada', es)).toMatch(/^locked/);
  });

  it('is the same matcher as the first screen: same situations, same order', () => {
    for (const query of ['code never came', 'proxy for my mom', 'wrong website'])
      expect(
        (findJumps(en, query, riverside) as { matches: { id: string }[] }).matches.map((m) => m.id),
      ).toEqual(
        en
          .find(query, { limit: 3 })
          .map((m) => m.id)
          .slice(0, 3),
      );
  });

  it('finds nothing for nothing, and never matches a password or a code', () => {
    expect(findJumps(en, '  ', riverside)).toEqual({ kind: 'empty' });
    expect(findJumps(en, 'zebra', riverside)).toEqual({ kind: 'found', matches: [] });
    expect(findJumps(en, 'code 483920', riverside)).toEqual({ kind: 'secret' });
    expect(findJumps(en, 'password: Fluffy2024!', riverside)).toEqual({ kind: 'secret' });
  });

  it('is the only matcher: agent.yaml has no word lists of its own', () => {
    for (const locale of ['en', 'es', 'zh', 'vi', 'ar'])
      expect(Object.keys(readAgent(CONTENT_DIR, locale))).not.toContain('jump');
  });
});

describe('the keys', () => {
  const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
    key,
    code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : '',
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    ...extra,
  });
  const on = { singleKeys: true, typing: false };

  it('answers with number keys and lists the keys with ?', () => {
    expect(commandFor(press('1'), on)).toEqual({ type: 'answer', index: 0 });
    expect(commandFor(press('9'), on)).toEqual({ type: 'answer', index: 8 });
    expect(commandFor(press('?'), on)).toEqual({ type: 'keys' });
  });

  it('answers past the ninth with 0, then letters, on any keyboard layout', () => {
    expect(commandFor(press('0'), on)).toEqual({ type: 'answer', index: 9 });
    expect(commandFor(press('a'), on)).toEqual({ type: 'answer', index: 10 });
    expect(commandFor(press('b'), on)).toEqual({ type: 'answer', index: 11 });
    // The key marked A on an Arabic keyboard types ش; the physical key still answers.
    expect(commandFor({ ...press('ش'), code: 'KeyA' }, on)).toEqual({ type: 'answer', index: 10 });
    expect(answerKey(9)).toBe('0');
    expect(answerKey(10)).toBe('a');
    expect(commandFor(press('a'), { singleKeys: false, typing: false })).toBeNull();
    expect(commandFor(press('a'), { singleKeys: true, typing: true })).toBeNull();
  });

  it('has a key for every answer of every step', () => {
    for (const step of STEPS) {
      const on = assistantMachine.states[step]!.config.on ?? {};
      const answers = Object.keys(on).filter((event) => event.startsWith('pick.'));
      expect(answers.length, step).toBeLessThanOrEqual(ANSWER_KEY_COUNT);
    }
  });

  it('leaves single keys alone while typing, or when turned off', () => {
    expect(commandFor(press('1'), { singleKeys: true, typing: true })).toBeNull();
    expect(commandFor(press('1'), { singleKeys: false, typing: false })).toBeNull();
    expect(commandFor(press('?'), { singleKeys: false, typing: false })).toBeNull();
  });

  it('moves with Alt+Shift and a letter, by physical key, even while typing', () => {
    const alt = (letter: string) => press(letter, { altKey: true, shiftKey: true });
    expect(commandFor(alt('b'), on)).toEqual({ type: 'back' });
    expect(commandFor(alt('s'), { singleKeys: false, typing: true })).toEqual({
      type: 'startOver',
    });
    expect(commandFor(alt('j'), on)).toEqual({ type: 'jump' });
    expect(commandFor(alt('h'), on)).toEqual({ type: 'code' });
    // A Mac's Option+Shift+B types "ı": the physical key still decides.
    expect(commandFor({ ...alt('b'), key: 'ı' }, on)).toEqual({ type: 'back' });
  });

  it('are written the way each keyboard says them', () => {
    expect(shortcut('back')).toBe('Alt+Shift+B');
    expect(keyLabel('back', false)).toBe('Alt+Shift+B');
    expect(keyLabel('back', true)).toBe('Option+Shift+B');
  });

  it('never takes a key with Control or Command (browser and screen-reader keys)', () => {
    expect(commandFor(press('b', { ctrlKey: true, altKey: true, shiftKey: true }), on)).toBeNull();
    expect(commandFor(press('1', { metaKey: true }), on)).toBeNull();
    expect(commandFor(press('b', { altKey: true }), on)).toBeNull();
  });
});

describe('the ticket note', () => {
  const i18n = testI18n('en', undefined, true);
  const noteFor = (session: Session) =>
    ticketText(
      ticketNote(session),
      {
        orgName: session.config.name,
        now: new Date('2026-12-02T16:00:00Z'),
        locale: 'en',
        timeZone: 'America/Chicago',
        code: 'TEST-CODE',
        facts: maskTypedFacts(
          stepFacts(session.config, describeStep(session.snapshot), i18n.t, 'en'),
        ),
      },
      i18n.t,
    );

  it('names the problem, each step, what was tried and the escalation', () => {
    const session = replay(riverside, [
      ...pick('code', 'text', 'neverArrives', 'same', 'stillStuck'),
      { type: 'help.requested' },
    ]);
    const note = noteFor(session);
    expect(note).toContain('Portal sign-in call: Riverside Health');
    expect(note).toContain('Handoff code: TEST-CODE');
    expect(note).toMatch(/Time: Dec 2, 2026, 10:00\s?AM CST/);
    expect(note).toContain('Problem: The sign-in code never comes');
    expect(note).toContain(
      '1. What happens when you try to sign in?: The sign-in code never comes',
    );
    expect(note).toMatch(/Tried without success:\n- Help the text reach your phone/);
    expect(note).toContain('6. Switch to another way to get your code: Asked for a person');
    expect(note).toMatch(
      /Outcome: sent to portal support from "Switch to another way to get your code"$/,
    );
  });

  it('says when the call was solved, and where an open call stands', () => {
    expect(noteFor(replay(riverside, pick('cantSignIn', 'locked', 'helped')))).toMatch(
      /Outcome: solved \(Your account is locked for 15 minutes\)/,
    );
    expect(noteFor(startSession(riverside))).toContain('Problem: not chosen yet');
    expect(noteFor(replay(riverside, pick('cantSignIn')))).toContain(
      'Outcome: still open, at "What does the sign-in page say, or what did you forget?"',
    );
  });

  it('names what the sign-in page said as the problem, not the shared "I can\'t sign in"', () => {
    const note = noteFor(replay(riverside, pick('cantSignIn', 'locked')));
    expect(note).toContain('Problem: It says my account is locked');
    expect(noteFor(replay(riverside, pick('locked')))).toContain(
      'Problem: It says my account is locked',
    );
    expect(noteFor(replay(riverside, pick('cantSignIn')))).toContain(
      "Problem: Another sign-in problem: my username isn't recognized",
    );
  });

  it('names what the assistant does not cover when a call goes to a person', () => {
    const asked = noteFor(
      replay(riverside, [
        ...pick('code', 'text', 'neverArrives', 'same', 'stillStuck'),
        { type: 'help.requested' },
      ]),
    );
    expect(asked).toContain(
      'Not covered by the assistant: the caller asked for a person at "Switch to another way to get your code"',
    );
    expect(noteFor(replay(riverside, pick('somethingElse', 'none')))).toContain(
      'Not covered by the assistant: "What else is going on?" answered "None of these. Contact Riverside Health"',
    );
  });

  it('leaves that line out when the call was solved or is still going', () => {
    expect(noteFor(replay(riverside, pick('cantSignIn', 'locked', 'helped')))).not.toContain(
      'Not covered',
    );
    expect(noteFor(replay(riverside, pick('cantSignIn')))).not.toContain('Not covered');
    expect(noteFor(startSession(riverside))).not.toContain('Not covered');
  });

  it('puts nothing typed in that line, not even masked', () => {
    let session = replay(riverside, pick('cantSignIn', 'usernameNotRecognized'), '2026-12-02');
    session = send(session, checkedInput(session, 'maria.lopez@gmial.com', suggestDomain)!);
    const masked = ticketNote(session).lines.at(-1)?.finding?.masked;
    expect(masked).toBeTruthy();
    session = send(session, { type: 'help.requested' });
    const line = noteFor(session)
      .split('\n')
      .find((l) => l.startsWith('Not covered by the assistant:'));
    expect(line).toBe(
      'Not covered by the assistant: the caller asked for a person at "Did you mean …?"',
    );
    expect(line).not.toContain(masked!);
  });

  // Random calls from the start of random flows, typing into every field they meet.
  it('never contains anything typed unmasked, on random calls in any configuration', () => {
    const configs = walkConfigs();
    fc.assert(
      fc.property(
        fc.nat(configs.length - 1),
        fc.constantFrom(...Object.values(DEEP_LINKS)),
        fc.array(
          fc.tuple(
            fc.nat(20),
            fc.oneof(
              fc.stringMatching(/^[A-Za-z0-9._%+-]{5,16}@[a-z]{3,8}\.(com|net|cmo|con)$/),
              // Misspelt popular domains, so the "Did you mean …?" screens are reached.
              fc
                .tuple(
                  fc.stringMatching(/^[a-z0-9._]{5,16}$/),
                  fc.constantFrom(
                    'gmial.com',
                    'gmail.con',
                    'yaho.com',
                    'hotmial.com',
                    'outlok.com',
                  ),
                )
                .map(([local, domain]) => `${local}@${domain}`),
              fc.stringMatching(/^ ?[A-Za-z0-9]{5,16} ?$/),
              fc.stringMatching(/^[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}$/),
              fc.stringMatching(/^(0[1-9]|1[0-2])\/(0[1-9]|1[0-9])\/(19[5-9][0-9]|20[01][0-9])$/),
              fc.stringMatching(/^\([2-9][0-9]{2}\) [2-9][0-9]{2}-[0-9]{4}$/),
            ),
          ),
          { maxLength: 10 },
        ),
        (which, start, moves) => {
          // From the start of a random flow, so every text field is reached often.
          let session = replay(configs[which]![1], start, '2026-12-02');
          const typed: string[] = [];
          for (const [answer, move] of moves) {
            const view = describeStep(session.snapshot);
            if (view.field && answer % 4 !== 0) {
              const event = checkedInput(session, move, suggestDomain);
              if (event) {
                typed.push(move.trim());
                session = send(session, event);
              }
            } else if (view.answers.length)
              session = send(session, {
                type: `pick.${view.answers[answer % view.answers.length]}`,
              });
          }
          const note = noteFor(session);
          for (const secret of typed) {
            expect(note).not.toContain(secret);
            // Nor the part before an @ (a suggested spelling is shown masked, never whole).
            expect(note).not.toContain(secret.split('@')[0]!);
          }
        },
      ),
      { numRuns: 400, seed: 9 },
    );
  });
});

describe('agent facts, in their own file', () => {
  it('are valid in both demo files, with a tier-2 route, and the demos publish none of them', () => {
    for (const id of ['riverside', 'lakeside']) {
      const checked = validateAgentFacts(rawAgentFacts(id), id);
      expect(checked.ok).toBe(true);
      if (checked.ok) expect(checked.facts.escalation.some((e) => e.route === 'tier2')).toBe(true);
      expect(checkAgentFacts(rawAgentFacts(id), id).warnings).toEqual([]);
      expect(org(id).agent).toBeUndefined();
      expect(JSON.stringify(rawOrg(id))).not.toMatch(/staffMayReset|"escalation"|"identifiers"/);
      expect(configWarnings(org(id))).toEqual([]);
    }
  });

  it('belong to one organization: a file for another is refused, and the view runs without it', () => {
    const lakesideFacts = rawAgentFacts('lakeside');
    expect(validateAgentFacts(lakesideFacts, 'riverside')).toEqual({
      ok: false,
      problems: [{ path: 'org', message: 'belongs to "lakeside", not to "riverside"' }],
    });
    const { config, problems } = withAgentFacts(org('riverside'), lakesideFacts);
    expect(config.agent).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(withAgentFacts(org('riverside'), null)).toEqual({
      config: org('riverside'),
      problems: [],
    });
  });

  it('refuse an identity check asking for more identifiers than it lists, in the file or the old section', () => {
    const facts = structuredClone(rawAgentFacts('riverside')) as Record<string, any>;
    facts.identityCheck = { identifiers: ['fullName', 'birthDate'], required: 3 };
    const checked = validateAgentFacts(facts, 'riverside');
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems).toContainEqual({
        path: 'identityCheck.required',
        message: 'asks for 3 identifiers but lists 2',
      });
    const old = validateConfig(
      withChanges('riverside', (c) => {
        const { org: _org, ...section } = facts;
        c.agent = section;
      }),
    );
    expect(old.ok).toBe(false);
    if (!old.ok)
      expect(old.problems).toContainEqual({
        path: 'agent.identityCheck.required',
        message: 'asks for 3 identifiers but lists 2',
      });
  });

  it('in the public configuration still work, with a warning naming the move', () => {
    const { org: _org, ...section } = rawAgentFacts('riverside') as Record<string, unknown>;
    const raw = withChanges('riverside', (c) => {
      c.agent = section;
    });
    const report = checkConfig(raw);
    expect(report.ok).toBe(true);
    const warning = report.warnings.find((w) => w.path === 'agent');
    expect(warning?.message).toMatch(/patient-facing configuration holds the help desk/);
    expect(warning?.suggestion).toContain('riverside.agent.json');
    // And the agent view still reads them, until the file exists.
    const checked = validateConfig(raw);
    expect(checked.ok && checked.config.agent?.staffMayReset.password).toBe(true);
  });

  it('when missing, tell the agent to ask rather than guess, and the validator does not push for them', () => {
    const config = org('riverside');
    const i18n = testI18n('en', undefined, true);
    const facts = agentFacts(config, i18n.t, 'en');
    expect(facts.passwordPower).toBe('not set: ask your team lead');
    expect(facts.identityRule).toBe('not set: ask your team lead');
    expect(configWarnings(config).map((w) => w.path)).not.toContain('agent');
  });

  it('follow what each organization allows', () => {
    const i18n = testI18n('en', undefined, true);
    expect(agentFacts(agentOrg('riverside'), i18n.t, 'en').passwordPower).toBe(
      'You may reset the password after the identity check.',
    );
    const lakeside = agentFacts(agentOrg('lakeside'), i18n.t, 'en');
    expect(lakeside.passwordPower).toMatch(/can't reset passwords.*Portal Tier 2/);
    expect(lakeside.identityRule).toBe(
      'Confirm 2 of these 5: Full legal name, Date of birth, Home address, Date or place of the last visit, and Photo ID (in person or video).',
    );
  });
});

describe('a weak identity check', () => {
  const factsWith = (identityCheck: object, staffMayReset?: object) => {
    const facts = structuredClone(rawAgentFacts('riverside')) as Record<string, any>;
    facts.identityCheck = identityCheck;
    if (staffMayReset) facts.staffMayReset = staffMayReset;
    return checkAgentFacts(facts, 'riverside').warnings.map((w) => w.path);
  };

  it('warns when resets are allowed after fewer than 3 identifiers', () => {
    const strong = ['medicalRecordNumber', 'lastVisit', 'photoId'];
    expect(factsWith({ identifiers: strong, required: 2 })).toEqual(['identityCheck.required']);
    expect(factsWith({ identifiers: strong, required: 3 })).toEqual([]);
  });

  it('warns when the identifiers a stranger can find are enough', () => {
    // Name and birth date only: the very facts an account-takeover caller holds.
    expect(factsWith({ identifiers: ['fullName', 'birthDate'], required: 2 })).toEqual([
      'identityCheck.required',
      'identityCheck.identifiers',
    ]);
    const mixed = ['fullName', 'birthDate', 'homeAddress', 'phone', 'medicalRecordNumber'];
    expect(factsWith({ identifiers: mixed, required: 3 })).toEqual(['identityCheck.identifiers']);
    expect(factsWith({ identifiers: mixed, required: 4 })).toEqual(['identityCheck.identifiers']);
    expect(factsWith({ identifiers: mixed, required: 5 })).toEqual([]);
  });

  it('says nothing when staff may not reset a password or two-step verification', () => {
    const noResets = { password: false, twoStep: false, unlock: true };
    expect(factsWith({ identifiers: ['fullName', 'birthDate'], required: 2 }, noResets)).toEqual(
      [],
    );
    expect(
      factsWith(
        { identifiers: ['fullName', 'birthDate'], required: 2 },
        { ...noResets, twoStep: true },
      ),
    ).toHaveLength(2);
  });

  it('is pointed out in the old section too', () => {
    const report = checkConfig(
      withChanges('riverside', (c) => {
        const { org: _org, ...section } = rawAgentFacts('riverside') as Record<string, any>;
        c.agent = {
          ...section,
          identityCheck: { identifiers: ['fullName', 'birthDate'], required: 2 },
        };
      }),
    );
    expect(report.warnings.map((w) => w.path)).toEqual([
      'agent',
      'agent.identityCheck.required',
      'agent.identityCheck.identifiers',
    ]);
  });
});

describe('the agent wording', () => {
  const i18n = testI18n('en', undefined, true);
  const session = startSession(riverside);
  const known = new Set([
    ...Object.keys(stepFacts(riverside, describeStep(session.snapshot), i18n.t, 'en')),
    ...Object.keys(agentFacts(riverside, i18n.t, 'en')),
  ]);

  for (const locale of ['en', 'es'])
    it(`has its own words for every step in ${locale}: something to ask or to tell`, () => {
      const { steps } = readAgent(CONTENT_DIR, locale);
      expect(Object.keys(steps).sort()).toEqual([...STEPS].sort());
      for (const [key, text] of Object.entries(steps)) {
        expect(text.ask || text.tell, key).toBeTruthy();
        for (const part of Object.values(text))
          for (const [, name] of String(part).matchAll(/\{\{(\w+)\}\}/g))
            expect(known, `${locale} ${key}: {{${name}}}`).toContain(name);
      }
    });

  it('in Spanish misses nothing English has', () => {
    expect(agentContent(CONTENT_DIR, 'es').missing).toEqual([]);
  });
});
