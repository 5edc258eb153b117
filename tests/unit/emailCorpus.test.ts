// The email suggestion's aims, measured on the corpus in tests/fixtures/emailCorpus.ts: never a
// wrong suggestion for an address that is right, at least 95% of the typos fixed, and no input
// that throws. A wrong "did you mean" costs a locked-out person another failed try.
import { describe, expect, it } from 'vitest';
import { suggestDomain } from '../../flows/checks/fields/emailDomain';
import { checkLoginId } from '../../flows/checks/fields/loginId';
import { DISPUTED, LEAVE_ALONE, MALFORMED, TYPOS } from '../fixtures/emailCorpus';

const either = { signInWith: 'either', usernamesCaseSensitive: false } as const;

describe('the email suggestion corpus', () => {
  it('has at least 200 cases from its sources', () => {
    expect(
      TYPOS.length + LEAVE_ALONE.length + DISPUTED.length + MALFORMED.length,
    ).toBeGreaterThanOrEqual(200);
  });

  it('suggests nothing for any address that is right (0 wrong)', () => {
    const wrong = LEAVE_ALONE.flatMap(({ domain, source }) => {
      const s = suggestDomain(domain);
      return s ? [`${domain} → ${s} (${source})`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('fixes at least 95% of the typos, and never suggests a different wrong address', () => {
    const wrong: string[] = [];
    let fixed = 0;
    for (const { typed, fixed: want, source } of TYPOS) {
      const s = suggestDomain(typed);
      if (s === want) fixed++;
      else if (s) wrong.push(`${typed} → ${s}, wanted ${want} (${source})`);
    }
    expect(wrong).toEqual([]);
    console.log(
      `email corpus: ${fixed} of ${TYPOS.length} typos fixed (${((100 * fixed) / TYPOS.length).toFixed(1)}%)`,
    );
    expect(fixed / TYPOS.length).toBeGreaterThanOrEqual(0.95);
  });

  it('offers the named fix or nothing where the sources disagree', () => {
    for (const { typed, fixedOrSilent } of DISPUTED)
      expect([null, fixedOrSilent]).toContain(suggestDomain(typed));
  });

  it('never throws or suggests on malformed input, in the check or the whole sign-in box', () => {
    for (const domain of MALFORMED) {
      expect(() => suggestDomain(domain)).not.toThrow();
      expect(suggestDomain(domain)).toBeNull();
      const finding = checkLoginId(`maria@${domain}`, either, suggestDomain);
      expect(finding.kind).not.toBe('domainTypo');
    }
  });

  it('keeps what the person typed before the @ and fixes provider and ending together', () => {
    expect(checkLoginId('Maria.Lopez+portal@gmil.con', either, suggestDomain)).toEqual({
      kind: 'domainTypo',
      suggestion: 'Maria.Lopez+portal@gmail.com',
    });
    expect(suggestDomain('yahooo.cmo')).toBe('yahoo.com');
  });

  it('stays silent without the suggester (before its chunk has loaded)', () => {
    expect(checkLoginId('maria@gmial.com', either).kind).toBe('looksFine');
  });
});
