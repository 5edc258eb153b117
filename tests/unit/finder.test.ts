// The problem finder: a person's own words, in any of the five languages, land on the step where
// the assistant should start; secrets are refused; nothing the person types can make it throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFinder, looksLikeSecret, normalize, trailToFirst, words } from '../../flows/finder';
import { assistantMachine } from '../../flows/machine/assistantMachine';
import { shortestPaths } from '../../flows/machine/explore';
import { replay } from '../../flows/session/session';
import { FINDER_LOCALES, finderData } from '../finder/load';
import { DEMO_ORGS, org, walkConfigs } from '../support/orgs';

const finders = Object.fromEntries(FINDER_LOCALES.map((l) => [l, createFinder(finderData(l))]));
const first = (locale: string, text: string) => finders[locale]!.find(text)[0]?.id;

describe('the finder data', () => {
  const english = finderData('en');
  const states = new Set(Object.keys(assistantMachine.states));

  it('has the same situations, going to the same steps, in every language', () => {
    const shape = (l: string) => finderData(l).situations.map((s) => [s.id, s.steps]);
    for (const locale of FINDER_LOCALES) expect(shape(locale), locale).toEqual(shape('en'));
    expect(new Set(english.situations.map((s) => s.id)).size).toBe(english.situations.length);
  });

  it('names only real steps, each with a sentence and words to match', () => {
    for (const locale of FINDER_LOCALES)
      for (const s of finderData(locale).situations) {
        for (const step of s.steps)
          expect(states.has(step), `${locale} ${s.id} ${step}`).toBe(true);
        expect(s.says.trim(), `${locale} ${s.id}`).not.toBe('');
        expect(s.phrases.length, `${locale} ${s.id}`).toBeGreaterThanOrEqual(3);
      }
  });

  it('covers every answer of the first question', () => {
    const firstSteps = new Set(
      english.situations
        .flatMap((s) => s.steps)
        .map((step) => trailToFirst(org('riverside'), [step])?.[0]?.type),
    );
    for (const answer of Object.keys(assistantMachine.states.problem!.on).filter((e) =>
      e.startsWith('pick.'),
    ))
      expect(firstSteps, answer).toContain(answer);
  });

  it('reaches every situation its configuration allows, and replaying the way lands on it', () => {
    for (const [id, config] of walkConfigs()) {
      // A situation the configuration rules out (an expired activation code where there are no
      // codes) has no step to reach there, and the finder must not pretend it does.
      const there = new Set(shortestPaths(config).map((p) => String(p.state.value)));
      for (const s of english.situations) {
        const trail = trailToFirst(config, s.steps);
        if (!s.steps.some((step) => there.has(step))) {
          expect(trail, `${id}: ${s.id}`).toBeUndefined();
          continue;
        }
        expect(trail, `${id}: ${s.id}`).toBeDefined();
        expect(s.steps, `${id}: ${s.id}`).toContain(String(replay(config, trail!).snapshot.value));
      }
    }
  });

  it('goes to the situation itself under the demo organizations when they offer it', () => {
    // Each organization reaches its own "never comes" advice for each way it sends codes.
    const landing = (id: string, situation: string) => {
      const s = finderData('en').situations.find((x) => x.id === situation)!;
      return String(replay(org(id), trailToFirst(org(id), s.steps)!).snapshot.value);
    };
    expect(landing('riverside', 'codeTextMissing')).toBe('codePhoneSame');
    expect(landing('lakeside', 'codeEmailMissing')).toBe('codeEmailMissing');
    expect(landing('riverside', 'codeEmailMissing')).toBe('codeEmailMissing');
    for (const id of DEMO_ORGS) expect(landing(id, 'locked')).toMatch(/^locked/);
  });

  it('never reaches a step through typed input: only answers, skips and "contact support"', () => {
    for (const [name, config] of walkConfigs())
      for (const s of english.situations)
        for (const event of trailToFirst(config, s.steps) ?? [])
          expect(event.type, `${name}: ${s.id}`).toMatch(/^(pick\.|help\.requested$)/);
  });
});

describe('finding the problem in the person words', () => {
  it.each([
    ['en', 'the text thing never came', 'codeTextMissing'],
    ['en', 'the email with the code never shows up', 'codeEmailMissing'],
    ['en', 'it keeps saying invalid', 'codeRejected'],
    ['en', 'pin', 'code'],
    ['en', "my mom's account", 'proxy'],
    ['en', 'locked out', 'locked'],
    ['en', 'forgot my password', 'forgotPassword'],
    ['es', 'no me llega el código', 'code'],
    ['es', 'olvidé mi contraseña', 'forgotPassword'],
    ['zh', '账户被锁定了', 'locked'],
    ['zh', '验证码', 'code'],
    ['vi', 'quên mật khẩu', 'forgotPassword'],
    ['vi', 'mã xác nhận', 'code'],
    ['ar', 'رمز التحقق', 'code'],
    ['ar', 'حسابي مقفل', 'locked'],
  ])('%s: "%s" leads to %s', (locale, text, id) => {
    expect(first(locale, text)).toBe(id);
  });

  it('forgives typos', () => {
    expect(first('en', 'pasword incorect')).toBe('passwordWrong');
    expect(first('en', 'forgott my passwrd')).toBe('forgotPassword');
    expect(first('en', 'verificaton code')).toBe('code');
    expect(first('es', 'contrasena incorrekta')).toBe('passwordWrong');
  });

  it('forgives missing accents and capitals', () => {
    expect(first('vi', 'QUEN MAT KHAU')).toBe('forgotPassword');
    expect(first('es', 'OLVIDE MI CONTRASENA')).toBe('forgotPassword');
    expect(normalize('Ｃóｄｉｇｏ')).toBe('codigo');
  });

  it('reads Chinese without spaces, in any order of its words', () => {
    expect(first('zh', '我手机一直收不到短信验证码怎么办')).toBe('codeTextMissing');
    expect(first('zh', '验证码收不到')).toBe(first('zh', '收不到验证码'));
    expect(words('收不到验证码', 'zh')).toContain('验证');
  });

  it('reads Arabic however its letters are written', () => {
    const plain = 'نسيت كلمه المرور';
    for (const variant of ['نسيت كلمة المرور', 'نَسِيتُ كَلِمَةَ المُرُور', 'نسيـــت كلمة المرور'])
      expect(normalize(variant)).toBe(normalize(plain));
    expect(normalize('إسم أحمد آخر')).toBe(normalize('اسم احمد اخر'));
    expect(normalize('على')).toBe(normalize('علي'));
    expect(first('ar', 'نَسِيتُ كَلِمَةَ المُرُور')).toBe('forgotPassword');
  });

  it('suggests nothing for words that say nothing about sign-in', () => {
    for (const text of ['', '   ', '???', 'hello', 'the weather is nice today', '你好'])
      expect(finders.en!.find(text)).toEqual([]);
  });

  it('cuts very long text and still answers', () => {
    const long = `${'my account is locked '.repeat(40)}${'x'.repeat(5000)}`;
    expect(() => finders.en!.find(long)).not.toThrow();
    expect(first('en', long)).toBe('locked');
  });
});

describe('secrets', () => {
  it.each([
    '123456',
    'my code is 482 913',
    '4821',
    'ABCDE-12345-FGHIJ',
    'my activation code is KQWER-TYUIP-ASDFG',
    'Fluffy2024!',
    'my password is Sunny#2024',
    'password: hunter',
    '密码是abc123',
  ])('"%s" looks like a secret and is not matched', (text) => {
    expect(looksLikeSecret(text)).toBe(true);
    expect(finders.en!.find(text)).toEqual([]);
  });

  it.each([
    'my password is wrong',
    'MyChart',
    'the 6 digit code never came',
    'forgot my pin',
    'the one-time-code never came',
  ])('"%s" is a problem, not a secret', (text) => {
    expect(looksLikeSecret(text)).toBe(false);
  });
});

describe('whatever is typed', () => {
  it('never throws and never returns more than asked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FINDER_LOCALES),
        fc.oneof(fc.string({ maxLength: 800 }), fc.string({ unit: 'grapheme', maxLength: 200 })),
        fc.integer({ min: 0, max: 12 }),
        (locale, text, limit) => {
          const found = finders[locale]!.find(text, { limit });
          expect(found.length).toBeLessThanOrEqual(limit);
          for (const m of found) expect(m.score).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('given an organization that sends codes by text and by email', () => {
  it('reaches the missing-email-code advice, not only the advice for the first method tried', () => {
    // The same question reached after "text" and after "email" is two places, not one.
    const config = org('riverside');
    const trail = trailToFirst(config, ['codeEmailMissing']);
    expect(trail).toBeDefined();
    expect(String(replay(config, trail!, '2026-12-02').snapshot.value)).toBe('codeEmailMissing');
  });
});
