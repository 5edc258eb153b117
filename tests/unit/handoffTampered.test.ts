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
