import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../content/locales.json';
import { shortestPaths } from '../../flows/machine/explore';
import { decodeHandoff, encodeHandoff, HANDOFF_LANGUAGES } from '../../flows/session/handoff';
import { replay } from '../../flows/session/session';
import { org, walkConfigs } from '../support/orgs';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const essence = (
  events: readonly { type: string; result?: { field: string; finding: { kind: string } } }[],
) =>
  events.map((e) =>
    e.type === 'input.checked' ? `${e.result!.field}:${e.result!.finding.kind}` : e.type,
  );

describe('handoff codes', () => {
  for (const [name, config] of walkConfigs()) {
    it(`round-trip every path of the model walk (${name})`, () => {
      const paths = shortestPaths(config);
      for (const path of paths) {
        const session = replay(config, path.events, '2026-12-02');
        const code = encodeHandoff(session);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{1,4}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);
        const decoded = decodeHandoff(code, config, '2026-12-02');
        if (!decoded.ok)
          throw new Error(`${code} for ${String(session.snapshot.value)}: ${decoded.error}`);
        expect(decoded.session.snapshot.value).toBe(session.snapshot.value);
        expect(essence(decoded.session.trail)).toEqual(essence(session.trail));
        expect(decoded.session.snapshot.context.escalation).toEqual(
          session.snapshot.context.escalation,
        );
      }
    });
  }

  // Built in beforeAll, not while the file loads: a change that makes encoding throw then fails
  // these tests instead of crashing the whole file.
  const riverside = org('riverside');
  let sample = '';
  beforeAll(() => {
    sample = encodeHandoff(
      replay(riverside, [
        { type: 'pick.code' },
        { type: 'pick.text' },
        { type: 'pick.neverArrives' },
        { type: 'help.requested' },
      ]),
    );
  });

  it('read aloud, it survives lower case, spaces, and O or I for 0 or 1', () => {
    const spoken = sample.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'i');
    const decoded = decodeHandoff(spoken, riverside);
    expect(decoded.ok && decoded.session.snapshot.value).toBe('contact');
  });

  it('catches every single mistyped character', () => {
    const compact = sample.replace(/-/g, '');
    for (let i = 0; i < compact.length; i++) {
      for (const c of ALPHABET) {
        if (c === compact[i]) continue;
        const typo = compact.slice(0, i) + c + compact.slice(i + 1);
        expect(decodeHandoff(typo, riverside)).toEqual({ ok: false, error: 'checkFailed' });
      }
    }
  });

  it('names a code from another version of the flows', () => {
    // Version character one lower and the check character recomputed: a well-formed old code.
    // (One higher would be the first language character, which counts on from the version.)
    const values = [...sample.replace(/-/g, '')].map((c) => ALPHABET.indexOf(c));
    values[0] = (values[0]! + 31) % 32;
    values[values.length - 1] = values
      .slice(0, -1)
      .reduce((sum, v, i) => (sum + (2 * i + 1) * v) % 32, 0);
    expect(decodeHandoff(values.map((v) => ALPHABET[v]).join(''), riverside)).toEqual({
      ok: false,
      error: 'otherVersion',
    });
  });

  it('refuses a code from before the first screen was regrouped, instead of opening another step', () => {
    // Flow version 3: "It says my account is locked" was the third answer of the first screen.
    // Read as today's answers, the same characters would open the app questions.
    expect(decodeHandoff('329', riverside)).toEqual({ ok: false, error: 'otherVersion' });
  });

  it('rejects 10,000 random codes with a clear reason and never throws', () => {
    const reasons = new Set([
      'empty',
      'badCharacters',
      'tooLong',
      'checkFailed',
      'otherVersion',
      'notAPath',
    ]);
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 20 }), fc.stringMatching(/^[0-9A-Z]{2,12}$/)),
        (code) => {
          const result = decodeHandoff(code, riverside);
          if (result.ok) accepted += 1;
          else expect(reasons.has(result.error)).toBe(true);
        },
      ),
      { numRuns: 10_000, seed: 7 },
    );
    // A random code passes the check one time in 32, and then must also be a real path.
    expect(accepted).toBeLessThan(100);
  });

  describe("the caller's language", () => {
    const session = replay(riverside, [{ type: 'pick.code' }, { type: 'pick.text' }]);

    it('every shipped language can travel in a code', () => {
      expect([...HANDOFF_LANGUAGES].sort()).toEqual(manifest.locales.map((l) => l.code).sort());
    });

    it.each(HANDOFF_LANGUAGES.map((l) => [l]))('%s comes back with the same path', (language) => {
      const code = encodeHandoff(session, language);
      expect(code).not.toBe(sample);
      const decoded = decodeHandoff(code, riverside);
      expect(decoded.ok && decoded.language).toBe(language);
      expect(decoded.ok && essence(decoded.session.trail)).toEqual(essence(session.trail));
    });

    it('a code without a language (made before, or from saved progress) still opens', () => {
      const decoded = decodeHandoff(encodeHandoff(session), riverside);
      expect(decoded.ok).toBe(true);
      expect(decoded.ok && decoded.language).toBeUndefined();
      // The code of the old form for this path, written down before languages travelled.
      expect(encodeHandoff(session)).toBe(encodeHandoff(session, 'en-XA'));
    });

    it('catches every single mistyped character, the language character too', () => {
      const compact = encodeHandoff(session, 'vi').replace(/-/g, '');
      for (let i = 0; i < compact.length; i++)
        for (const c of ALPHABET) {
          if (c === compact[i]) continue;
          const typo = compact.slice(0, i) + c + compact.slice(i + 1);
          expect(decodeHandoff(typo, riverside).ok).toBe(false);
        }
    });
  });

  it('refuses codes long enough to make replay slow', () => {
    expect(decodeHandoff('0'.repeat(500), riverside)).toEqual({ ok: false, error: 'tooLong' });
  });
});
