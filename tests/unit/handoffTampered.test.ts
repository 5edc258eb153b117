// Handoff codes someone made up or altered, with a correct check character: a caller reading out
// a code from a forum, or a code built to open a step the person never reached. Each is refused
// with its reason, never replayed as far as it goes.
import { beforeAll, describe, expect, it } from 'vitest';
import { FLOW_VERSION } from '../../flows/machine/assistantMachine';
import { decodeHandoff, encodeHandoff } from '../../flows/session/handoff';
import { replay } from '../../flows/session/session';
import { org } from '../support/orgs';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VERSION = FLOW_VERSION % 32;
const INPUT_BASE = 16;
const HELP = 31;
const riverside = org('riverside');

/** A code for these values with the check character a real code would have. */
const forged = (...values: number[]) => {
  const check = values.reduce((sum, v, i) => (sum + (2 * i + 1) * v) % 32, 0);
  return [...values, check].map((v) => ALPHABET[v]).join('');
};
const decode = (code: string) => decodeHandoff(code, riverside, '2026-12-02');

describe('given a made-up handoff code with a correct check character', () => {
  it('the version alone opens the first question', () => {
    const result = decode(forged(VERSION));
    expect(result.ok && result.session.trail).toEqual([]);
  });

  it('an answer the first question does not have is not a path', () => {
    expect(decode(forged(VERSION, 15))).toEqual({ ok: false, error: 'notAPath' });
  });

  it('a finding on a step that asks for nothing is not a path', () => {
    expect(decode(forged(VERSION, INPUT_BASE))).toEqual({ ok: false, error: 'notAPath' });
  });

  it('a language with nothing after it is another version', () => {
    const english = (VERSION + 1) % 32;
    expect(decode(forged(english))).toEqual({ ok: false, error: 'otherVersion' });
    expect(decode(forged(english, (VERSION + 2) % 32))).toEqual({
      ok: false,
      error: 'otherVersion',
    });
  });

  it('a single character is not a code', () => {
    expect(decode(ALPHABET[VERSION]!)).toEqual({ ok: false, error: 'checkFailed' });
    // "0" is its own check character (the sum of no values is 0): still not a code.
    expect(decode('0')).toEqual({ ok: false, error: 'checkFailed' });
  });

  it('a language and the version with no answers opens the first question in that language', () => {
    const result = decode(forged((VERSION + 1) % 32, VERSION));
    expect(result.ok && result.language).toBe('en');
    expect(result.ok && result.session.trail).toEqual([]);
  });

  it('asking for help opens the contact step', () => {
    const result = decode(forged(VERSION, HELP));
    expect(result.ok && result.session.snapshot.value).toBe('contact');
  });
});

describe('given a real code for a path through a checked input', () => {
  let code: string;
  beforeAll(() => {
    const session = replay(riverside, [{ type: 'pick.locked' }], '2026-12-02');
    code = encodeHandoff(session, 'es');
  });

  it('names the language and opens the same step', () => {
    const result = decode(code);
    expect(result.ok && result.language).toBe('es');
    expect(result.ok && result.session.trail.map((e) => e.type)).toEqual(['pick.locked']);
  });

  it('is written in groups of four', () => {
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})*$/);
  });
});

describe('given a caller reads out something that is not a code at all', () => {
  it('nothing, or only spaces and dashes, is empty', () => {
    expect(decode('')).toEqual({ ok: false, error: 'empty' });
    expect(decode(' - -')).toEqual({ ok: false, error: 'empty' });
  });

  it('a letter the codes never use, or a symbol, is a bad character, even inside a real code', () => {
    const real = forged(VERSION, 0);
    for (const bad of ['U', '#', 'é'])
      expect(decode(`${real.slice(0, 1)}${bad}${real.slice(1)}`)).toEqual({
        ok: false,
        error: 'badCharacters',
      });
  });

  it('a code with the digit 0 in it is read, not refused as a bad character', () => {
    const result = decode(forged(VERSION, 0));
    expect(result.ok && result.session.trail.map((e) => e.type)).toEqual(['pick.passwordRejected']);
  });
});
