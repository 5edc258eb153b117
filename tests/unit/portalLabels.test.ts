// `portal.labels`: a health system whose portal is offered in Spanish (or Chinese, Vietnamese,
// Arabic) names the portal's own labels in that language. The validator takes only the labels
// the text uses, only in a language the configuration offers, only as plain text, and holds them
// to the same rules as the rest of a configuration's own wording.
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../flows/config/check';
import { rawOrg } from '../support/orgs';

type Raw = Record<string, any>;
const withLabels = (labels: unknown, id = 'riverside') => {
  const config = structuredClone(rawOrg(id)) as Raw;
  config.portal.labels = labels;
  return checkConfig(config);
};

describe('portal labels in the configuration', () => {
  it("take the portal's own words in each language it is offered in", () => {
    const report = withLabels({
      es: { forgotPassword: '¿Olvidó su contraseña?', trustDevice: 'Confiar en este dispositivo' },
      zh: { forgotUsername: '忘记用户名？' },
      vi: { sendCodeAnotherWay: 'Gửi mã theo cách khác' },
      ar: { codeSentTo: 'أرسلنا رمزًا إلى', downloadRecord: 'تنزيل سجلي' },
    });
    expect(report).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('refuse a label the text does not use, naming the ones it does', () => {
    const report = withLabels({ es: { forgotPasword: '¿Olvidó su contraseña?' } });
    expect(report.ok).toBe(false);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.path).toBe('portal.labels.es');
    expect(report.errors[0]!.message).toBe(
      'unknown label "forgotPasword": the labels are forgotPassword, forgotUsername, sendCodeAnotherWay, tryAnotherMethod, trustDevice, downloadRecord, codeSentTo',
    );
    expect(report.errors[0]!.suggestion.length).toBeGreaterThan(10);
  });

  it('refuse a language the assistant has no text for, and English, naming the ones allowed', () => {
    const report = withLabels({ fr: { forgotPassword: 'Mot de passe oublié ?' }, en: {} });
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.path, e.message])).toEqual([
      [
        'portal.labels',
        'unknown languages "fr", "en": labels can be set for es, zh, vi, ar (English shows the shipped labels)',
      ],
    ]);
  });

  it('refuse a language the configuration does not offer, naming the ones it does', () => {
    const report = withLabels({ es: { forgotPassword: '¿Olvidó su contraseña?' } }, 'lakeside');
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.path, e.message])).toEqual([
      ['portal.labels.es', '"es" is not in "languages" (en): no one would see these labels'],
    ]);
    expect(report.errors[0]!.suggestion).toMatch(/Add "es" to "languages"/);
  });

  it.each([
    ['Markdown', '**¿Olvidó su contraseña?**'],
    ['a link', '[¿Olvidó su contraseña?](https://riversidehealth.example)'],
    ['a placeholder', '{{orgName}} contraseña'],
    ['HTML', '<b>Contraseña</b>'],
    ['a line break', '¿Olvidó su\ncontraseña?'],
    ['a direction mark', '\u2068¿Olvidó su contraseña?\u2069'],
    ['a list marker', '- ¿Olvidó su contraseña?'],
    ['nothing', ''],
    ['a paragraph', 'Haga clic aquí si olvidó su contraseña '.repeat(3).trim()],
  ])('refuse %s: a label is plain text, at most 60 characters', (_what, label) => {
    const report = withLabels({ es: { forgotPassword: label } });
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => e.path)).toEqual(['portal.labels.es.forgotPassword']);
  });

  it("hold a label to the rules of the configuration's own wording", () => {
    const report = withLabels({
      es: { forgotPassword: 'Tell us your password' },
      vi: { downloadRecord: 'Tải về tại www.riverside-records.example' },
    });
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.path, e.message.split(':')[0]])).toEqual([
      ['portal.labels.es.forgotPassword', 'asks for a password or code'],
      [
        'portal.labels.vi.downloadRecord',
        "sends people to www.riverside-records.example, which is not one of the organization's own sites (riversidehealth.example)",
      ],
    ]);
  });
});
