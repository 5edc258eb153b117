// The content lint's checks of each translation against English (content/<locale>/): counted
// facts said with plural-aware placeholders, left-to-right labels isolated in right-to-left text,
// portal labels given in English with the translation beside them (and, where an organization can
// set its own, named only by their placeholder: {{forgotPasswordLabel}}), and a reading measure per
// language (Spanish: Szigriszt-Pazos; Chinese, Vietnamese, Arabic: sentence and word length).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PORTAL_LABEL_KEYS, type PortalLabelKey } from '../../../flows/config/portalLabelKeys';
import { plainSentences } from '../../../flows/config/textRules';
import { readAgent, readLocale, type StepText } from '../../build/content/contentPlugin';
import type { LintProblem } from './contentLint';

// --- Counted facts -------------------------------------------------------------------------
// Bare numbers a noun can follow; shipped text says these with the counted facts instead
// ({{codeDuration}}, {{teenToYears}}, …), which pick the noun form per language.
const BARE_NUMBERS =
  'codeMinutes|lockoutMinutes|activationDays|resultsHoldDays|youngMax|teenFrom|teenTo|adultAt|patientAge|activationLength';
const NOUNS: Record<string, string> = {
  en: 'minutes?|hours?|days?|years?|months?|letters?|characters?',
  es: 'minutos?|horas?|días?|años?|meses|mes|letras?|caracteres',
  zh: '分钟|小时|天|岁|年|个月|个字',
  vi: 'phút|giờ|ngày|tuổi|năm|tháng|chữ|ký tự',
  ar: 'دقائق|دقيقة|ساعات|ساعة|أيام|يومًا|يوم|سنوات|سنة|عامًا|أشهر|شهرًا|شهر|حرفًا|أحرف',
};

/** Places where a bare number placeholder is glued to a noun, so its form never changes. */
export function gluedNumbers(text: string, locale: string): string[] {
  const nouns = NOUNS[locale.split('-')[0]!];
  if (!nouns) return [];
  const re = new RegExp(
    `\\{\\{(?:${BARE_NUMBERS})\\}\\}\\s?(?:${nouns})(?![\\p{Script=Latin}\\p{Script=Arabic}])`,
    'gu',
  );
  return [...text.matchAll(re)].map((m) => m[0]);
}

// --- Bidi isolation ------------------------------------------------------------------------
const FSI = /^(?:\u2068|&#x2068;|\\u2068)/i;
const QUOTED = /(["“«]|\*\*)([A-Za-z][^"”»*\n]*?)(["”»]|\*\*)/g;

/**
 * Quoted or bold labels in Latin script ("Forgot password?", **Download my record**) that are not
 * wrapped in FSI…PDI: inside right-to-left text their punctuation lands on the wrong side. A
 * single word with no punctuation cannot turn around and is left alone.
 */
export function unisolatedLabels(text: string): string[] {
  return [...text.matchAll(QUOTED)]
    .filter(([, , inner]) => /\s|[?!.:]$/.test(inner!.trim()) && !FSI.test(inner!))
    .map((m) => m[0]);
}

// --- Portal labels -------------------------------------------------------------------------
/** What the portal shows in English; a patient whose portal is in English looks for these words. */
export const PORTAL_LABELS = [
  'Caps Lock',
  'Forgot password?',
  'Forgot username?',
  'Send the code another way',
  'Try another method',
  'Trust this device',
  'Download my record',
  'We sent a code to',
] as const;

// After the label: the rest of its quotation, closing marks, then the translation in brackets.
const GLOSS_AFTER = /^[^"”»*\n(（]{0,30}?["”»]?\**(?:\u2069|&#x2069;)?["”»]?\**\s*[(（]/;

/**
 * How a translation handles the portal labels its English text names: each label must be there in
 * English, with the translation beside it in brackets: "Forgot password?" (¿Olvidó su
 * contraseña?). Returns what is missing or not glossed.
 */
export function portalLabelProblems(english: string, translated: string): string[] {
  const problems: string[] = [];
  for (const label of PORTAL_LABELS) {
    if (!english.includes(label)) continue;
    if (!translated.includes(label)) {
      problems.push(`"${label}" is not given in English`);
      continue;
    }
    let at = translated.indexOf(label);
    while (at >= 0) {
      if (!GLOSS_AFTER.test(translated.slice(at + label.length)))
        problems.push(`"${label}" has no translation beside it in brackets`);
      at = translated.indexOf(label, at + label.length);
    }
  }
  return problems;
}

/**
 * The portal labels an organization can set in its own language (`portal.labels`): shipped text
 * names them only through their placeholder ({{forgotPasswordLabel}}), so a configured label
 * reaches every place. The English words a copy written out by hand would contain, per label;
 * typed by the schema's label names, so a new label cannot be left out here.
 */
const LABEL_WORDS: Record<PortalLabelKey, string> = {
  forgotPassword: 'Forgot password',
  forgotUsername: 'Forgot username',
  sendCodeAnotherWay: 'Send the code another way',
  tryAnotherMethod: 'Try another method',
  trustDevice: 'Trust this device',
  downloadRecord: 'Download my record',
  codeSentTo: 'We sent a code to',
};

/** Configurable portal labels written out instead of named by their placeholder. */
export function writtenOutLabels(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').toLowerCase();
  return PORTAL_LABEL_KEYS.filter((key) => flat.includes(LABEL_WORDS[key].toLowerCase())).map(
    (key) =>
      `"${LABEL_WORDS[key]}" is written out: use {{${key}Label}}, which shows the organization's own label when it set one`,
  );
}

// --- Reading measures ----------------------------------------------------------------------
/** Spanish syllables: vowel groups, with two strong vowels or an accented í/ú splitting a group. */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  const groups = w.match(/[aeiouáéíóúü]+/g) ?? [];
  let count = 0;
  for (const group of groups) {
    count += 1;
    for (let i = 1; i < group.length; i++) {
      const pair = group.slice(i - 1, i + 1);
      if (/[aeoáéó][aeoáéó]|[íú][aeo]|[aeo][íú]/.test(pair)) count += 1;
    }
  }
  return Math.max(1, count);
}

/**
 * Szigriszt-Pazos perspicuity (the INFLESZ scale): 206.835 − 62.3 × syllables per word − words
 * per sentence. Below 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, above
 * 80 very easy. (Fernández Huerta as usually printed counts sentences per 100 words the wrong way
 * round, so more, shorter sentences scored harder; Szigriszt-Pazos has no such slip.)
 */
export function szigrisztPazos(sentences: string[]): number {
  const words = sentences.flatMap((s) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)));
  if (!words.length) return 100;
  const syllables = words.reduce((n, w) => n + spanishSyllables(w), 0);
  return 206.835 - 62.3 * (syllables / words.length) - words.length / sentences.length;
}

/** Sentences of plain text, in any language (full-width stops end a sentence too). */
function sentencesOf(text: string, locale: string): string[] {
  if (locale === 'en' || locale === 'es')
    return plainSentences(text.replace(/[\u2066-\u2069]|&#x206[6-9];/g, ''));
  return plainSentencesAnyScript(text)
    .flatMap((s) => s.split(/(?<=[。！？؟])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

function plainSentencesAnyScript(text: string): string[] {
  return text
    .replace(/[\u2066-\u2069]|&#x206[6-9];/g, '')
    .replace(/\{\{\w+\}\}/g, 'X')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .split(/(?<=[.!?؟。！？])\s*|\n+/)
    .map((s) => s.replace(/^\s*(?:[-+]|\d+\.)\s+/, '').trim())
    .filter((s) => /\p{L}/u.test(s));
}

export interface ReadingLimit {
  /** What is measured, as the report says it. */
  measure: string;
  /** The step's score: higher is harder for sentence lengths, lower is harder for Fernández Huerta. */
  score: (sentences: string[]) => number;
  limit: number;
  harder: 'above' | 'below';
}

const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
const hanCount = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;
const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w));

/**
 * Limits per language, set above the hardest shipped step (December 2026: es 59.1, zh 15.4, vi
 * 12.4, ar 9.0 words and 5.2 letters) with a little room, so a step much harder than every
 * existing one fails: Spanish Szigriszt-Pazos at least 55 ("normal" or easier); Chinese at most
 * 20 characters per sentence on average; Vietnamese at most 16 syllables per sentence on average;
 * Arabic at most 12 words per sentence and 5.5 letters per word on average.
 */
export const READING_LIMITS: Record<string, ReadingLimit[]> = {
  es: [
    {
      measure: 'Szigriszt-Pazos',
      score: szigrisztPazos,
      limit: 55,
      harder: 'below',
    },
  ],
  zh: [
    {
      measure: 'characters per sentence',
      score: (s) => mean(s.map(hanCount)),
      limit: 20,
      harder: 'above',
    },
  ],
  vi: [
    {
      measure: 'syllables per sentence',
      score: (s) => mean(s.map((x) => wordsOf(x).length)),
      limit: 16,
      harder: 'above',
    },
  ],
  ar: [
    {
      measure: 'words per sentence',
      score: (s) => mean(s.map((x) => wordsOf(x).length)),
      limit: 12,
      harder: 'above',
    },
    {
      measure: 'letters per word',
      score: (s) => {
        const words = s.flatMap(wordsOf).map((w) => w.replace(/[^\p{Script=Arabic}]/gu, ''));
        const arabic = words.filter(Boolean);
        return mean(arabic.map((w) => w.replace(/[\u064B-\u0652]/g, '').length));
      },
      limit: 5.5,
      harder: 'above',
    },
  ],
};

export interface LocaleReading {
  locale: string;
  measure: string;
  limit: number;
  median: number;
  hardest: { key: string; score: number };
}

// --- The checks over the content folder ----------------------------------------------------
const allText = (text: StepText) =>
  [text.title, text.hint, text.legend, text.submit, text.body, ...Object.values(text.answers ?? {})]
    .filter(Boolean)
    .join('\n');

function leaves(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k),
  );
}
const PLURAL = /_(zero|one|two|few|many|other)$/;

export function lintLocales(
  contentDir: string,
  locales: { code: string; dir: string }[],
  problems: LintProblem[],
): LocaleReading[] {
  const en = readLocale(contentDir, 'en');
  const enUi = new Map(leaves(en.ui));
  const readings: LocaleReading[] = [];
  for (const { code, dir } of locales) {
    const own = code === 'en' ? en : readLocale(contentDir, code);
    const agent = existsSync(join(contentDir, code, 'agent.yaml'))
      ? readAgent(contentDir, code).steps
      : {};
    // Every text of the locale, named as the report names it, with its English counterpart.
    const texts: { file: string; text: string; english: string }[] = [
      ...Object.entries(own.steps).map(([key, text]) => ({
        file: `${code}/steps/${key}.md`,
        text: allText(text),
        english: en.steps[key] ? allText(en.steps[key]!) : '',
      })),
      ...leaves(own.ui).map(([key, text]) => ({
        file: `${code}/ui.json ${key}`,
        text,
        english: enUi.get(key) ?? enUi.get(`${key.replace(PLURAL, '')}_other`) ?? '',
      })),
      ...Object.entries(agent).map(([key, parts]) => ({
        file: `${code}/agent.yaml ${key}`,
        text: Object.values(parts ?? {}).join('\n'),
        english: '',
      })),
    ];
    for (const { file, text, english } of texts) {
      for (const glued of gluedNumbers(text, code))
        problems.push({
          file,
          rule: 'counted',
          message: `"${glued}": a number with a fixed noun; use the counted fact (…Duration, …Years)`,
        });
      if (dir === 'rtl')
        for (const label of unisolatedLabels(text))
          problems.push({
            file,
            rule: 'bidi',
            message: `${label} is left-to-right inside right-to-left text: wrap it in FSI…PDI (&#x2068;…&#x2069;)`,
          });
      // The label forms themselves (facts.portalLabel in ui.json) are where the words belong.
      if (!file.includes(' facts.portalLabel.'))
        for (const message of writtenOutLabels(text))
          problems.push({ file, rule: 'portal-label', message });
      if (code !== 'en' && english)
        for (const problem of portalLabelProblems(english, text))
          problems.push({ file, rule: 'portal-label', message: problem });
    }
    for (const limit of READING_LIMITS[code] ?? []) {
      const scores = Object.entries(own.steps)
        .map(([key, text]) => ({ key, score: limit.score(sentencesOf(allText(text), code)) }))
        .sort((a, b) => (limit.harder === 'above' ? b.score - a.score : a.score - b.score));
      for (const { key, score } of scores)
        if (limit.harder === 'above' ? score > limit.limit : score < limit.limit)
          problems.push({
            file: `${code}/steps/${key}.md`,
            rule: 'grade',
            message: `${limit.measure} ${score.toFixed(1)} (limit ${limit.limit})`,
          });
      const sorted = scores.map((s) => s.score).sort((a, b) => a - b);
      readings.push({
        locale: code,
        measure: limit.measure,
        limit: limit.limit,
        median: sorted[Math.floor(sorted.length / 2)] ?? 0,
        hardest: scores[0] ?? { key: '', score: 0 },
      });
    }
  }
  return readings;
}

/** For the report: one line per language and measure. */
export const readingLine = (r: LocaleReading) =>
  `${r.locale} ${r.measure}: median ${r.median.toFixed(1)}, hardest ${r.hardest.key} ${r.hardest.score.toFixed(1)} (limit ${r.limit})`;
