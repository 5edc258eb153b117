// The content lint's checks of each translation (src/tools/content-lint/localeLint.ts): each one
// passes on the shipped content (contentLint.test.ts) and catches the mistake it exists for.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContent } from '../../src/tools/content-lint/contentLint';
import {
  gluedNumbers,
  portalLabelProblems,
  READING_LIMITS,
  readingLine,
  spanishSyllables,
  szigrisztPazos,
  unisolatedLabels,
  writtenOutLabels,
} from '../../src/tools/content-lint/localeLint';

describe('counted facts', () => {
  it('catches a bare number glued to a noun, in each language', () => {
    expect(gluedNumbers('عمره {{patientAge}} سنة', 'ar')).toEqual(['{{patientAge}} سنة']);
    expect(gluedNumbers('locked for {{lockoutMinutes}} minutes', 'en')).toHaveLength(1);
    expect(gluedNumbers('sirven {{activationDays}} días', 'es')).toHaveLength(1);
    expect(gluedNumbers('在 {{codeMinutes}} 分钟内', 'zh')).toHaveLength(1);
    expect(gluedNumbers('Dưới {{adultAt}} tuổi', 'vi')).toHaveLength(1);
  });

  it('accepts the counted facts and bare numbers with no noun', () => {
    expect(gluedNumbers('عمره {{patientAgeYears}}', 'ar')).toEqual([]);
    expect(gluedNumbers('Under {{adultAt}}, a parent', 'en')).toEqual([]);
  });
});

describe('bidi isolation in right-to-left text', () => {
  it('catches a quoted or bold English label without isolates', () => {
    expect(unisolatedLabels('من رابط "Forgot password?" (هل نسيت)')).toEqual([
      '"Forgot password?"',
    ]);
    expect(unisolatedLabels('اختر **Download my record** (تنزيل)')).toHaveLength(1);
  });

  it('accepts isolated labels, as characters, escapes or entities, and single letters', () => {
    expect(unisolatedLabels('رابط "\u2068Forgot password?\u2069"')).toEqual([]);
    expect(unisolatedLabels('رابط "&#x2068;Forgot password?&#x2069;"')).toEqual([]);
    expect(unisolatedLabels('الحرف **O** والرقم')).toEqual([]);
  });
});

describe('portal labels', () => {
  const english = 'Look for "Send the code another way" or "Try another method".';

  it('wants the English label with the translation beside it', () => {
    expect(
      portalLabelProblems(
        english,
        'Busque "Send the code another way" (Enviar el código de otra forma) o "Try another method" (Probar otro método).',
      ),
    ).toEqual([]);
    expect(
      portalLabelProblems(
        english,
        '找一个类似“Send the code another way”（用别的方式发送验证码）或“Try another method”（尝试其他方式）的链接。',
      ),
    ).toEqual([]);
  });

  it('catches a label only translated, or given with no translation', () => {
    expect(
      portalLabelProblems(
        english,
        'Busque "Enviar el código de otra forma" o "Try another method".',
      ),
    ).toEqual([
      '"Send the code another way" is not given in English',
      '"Try another method" has no translation beside it in brackets',
    ]);
  });
});

describe('configurable portal labels', () => {
  it("are named by their placeholder, so an organization's own label reaches every place", () => {
    expect(writtenOutLabels('Then choose {{forgotPasswordLabel}} and reset it.')).toEqual([]);
    expect(writtenOutLabels('Then choose "Forgot password?" and reset it.')).toEqual([
      '"Forgot password" is written out: use {{forgotPasswordLabel}}, which shows the organization\'s own label when it set one',
    ]);
    // Wrapped over two lines of agent.yaml, and without its question mark.
    expect(
      writtenOutLabels('Help them use Forgot\n      password, or send to tier 2'),
    ).toHaveLength(1);
  });
});

describe('reading measures', () => {
  it('counts Spanish syllables, hiatus included', () => {
    expect(
      ['código', 'contraseña', 'teléfono', 'día', 'correo', 'usuario'].map(spanishSyllables),
    ).toEqual([3, 4, 4, 2, 3, 3]);
  });

  it('scores short plain Spanish as easy and a long official sentence as hard', () => {
    expect(szigrisztPazos(['Llame a la clínica.', 'Le pueden ayudar.'])).toBeGreaterThan(80);
    expect(
      szigrisztPazos([
        'La verificación administrativa de la identidad requiere documentación complementaria correspondiente a la normativa institucional vigente en materia de interoperabilidad.',
      ]),
    ).toBeLessThan(READING_LIMITS.es![0]!.limit);
  });

  it('reports every language and measure for the shipped content', { timeout: 60_000 }, () => {
    const report = lintContent(
      resolve(import.meta.dirname, '../../content'),
      resolve(import.meta.dirname, '../../src'),
    );
    const measured = report.readings.map((r) => `${r.locale} ${r.measure}`);
    expect(measured).toEqual([
      'es Szigriszt-Pazos',
      'zh characters per sentence',
      'vi syllables per sentence',
      'ar words per sentence',
      'ar letters per word',
    ]);
    console.log(report.readings.map(readingLine).join('\n'));
    for (const r of report.readings)
      if (r.measure === 'Szigriszt-Pazos') expect(r.hardest.score).toBeGreaterThanOrEqual(r.limit);
      else expect(r.hardest.score).toBeLessThanOrEqual(r.limit);
  });
});
