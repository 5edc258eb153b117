// Turning what a person typed into words to match. People type fast on phones: no accents, no
// capitals, full-width characters from a Chinese keyboard, Arabic letters written several ways.
// Both the data and the typed text go through the same steps, so only the words have to agree.

/** Longer input is cut here: a description of a sign-in problem never needs more. */
export const MAX_INPUT = 500;

// Arabic: the same word is typed with or without hamza on alef, with ta marbuta or ha at the end,
// with alef maqsura or ya, with tatweel and with or without short vowels (harakat).
const ARABIC: [RegExp, string][] = [
  [/[\u064B-\u065F\u0670\u06D6-\u06ED]/g, ''], // harakat and Quranic marks
  [/\u0640/g, ''], // tatweel
  [/[\u0622\u0623\u0625\u0671]/g, '\u0627'], // آ أ إ ٱ → ا
  [/\u0629/g, '\u0647'], // ة → ه
  [/\u0649/g, '\u064A'], // ى → ي
  [/\u0624/g, '\u0648'], // ؤ → و
  [/\u0626/g, '\u064A'], // ئ → ي
  [/\u06CC/g, '\u064A'], // Persian ya, from some keyboards
  [/\u06A9/g, '\u0643'], // Persian kaf
];

/** Lower case, no accents, half-width, one spelling of each Arabic letter. */
export function normalize(text: string): string {
  let s = text.slice(0, MAX_INPUT).normalize('NFKC').toLowerCase();
  for (const [from, to] of ARABIC) s = s.replace(from, to);
  // Vietnamese đ has no decomposition; the other accents come off with the combining marks.
  s = s.replace(/đ/g, 'd');
  // Combining marks off Latin letters only (Vietnamese, Spanish): Arabic marks are done above, and
  // other scripts keep theirs.
  s = s.normalize('NFD').replace(/([a-z])[\u0300-\u036f]+/g, '$1');
  return s.normalize('NFC');
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

const HAN = /\p{Script=Han}/u;
const ARABIC_LETTERS = /^[\u0621-\u064A]+$/;

/**
 * The words of a text. Chinese has no spaces: besides the segmenter's words, each run of Han
 * characters also gives its pairs of characters, so 收不到验证码 and 验证码收不到 share words however
 * the segmenter cuts them. Vietnamese words are several syllables: each syllable is a word, and
 * each pair of syllables too (mat khau → matkhau), so the pair outranks one syllable alone.
 * Arabic drops the article ال and a leading و ("and") on longer words. Spanish words lose their
 * endings (spanishStem), so "bloqueada", "bloquearon" and "bloqueó" are one word.
 */
export function words(text: string, locale: string): string[] {
  const { plain, pairs } = terms(text, locale);
  return [...plain, ...pairs];
}

/** The words, and apart from them the pairs built from them (see `words`). */
export function terms(text: string, locale: string): { plain: string[]; pairs: string[] } {
  const s = normalize(text);
  const plain: string[] = [];
  const pairs: string[] = [];
  for (const { segment, isWordLike } of segmenter(locale).segment(s)) {
    if (!isWordLike) continue;
    if (HAN.test(segment)) {
      plain.push(segment);
      continue;
    }
    let w = segment;
    if (ARABIC_LETTERS.test(w)) w = arabicStem(w);
    else if (locale === 'es') w = spanishStem(w);
    plain.push(w);
  }
  // Pairs: Han characters across the whole text, syllables of Vietnamese.
  const han = [...s].filter((c) => HAN.test(c));
  for (let i = 0; i + 1 < han.length; i++) pairs.push(han[i]! + han[i + 1]!);
  if (locale === 'vi')
    for (let i = 0; i + 1 < plain.length; i++) pairs.push(plain[i]! + plain[i + 1]!);
  return { plain, pairs };
}

function arabicStem(w: string): string {
  let s = w;
  if (s.length > 4 && s.startsWith('\u0648')) s = s.slice(1); // و "and"
  if (s.length > 4 && (s.startsWith('\u0627\u0644') || s.startsWith('\u0644\u0644')))
    s = s.slice(2); // ال "the", لل "for the"
  else if (s.length > 5 && /^[\u0628\u0641\u0643]\u0627\u0644/.test(s)) s = s.slice(3); // بال فال كال
  return s;
}

// Spanish endings, longest first: plurals, the past and present of -ar/-er/-ir verbs, participles,
// gerunds, infinitives and a final vowel. Accents are already off ("bloqueó" is "bloqueo"). Both
// the data and the typed text lose the same endings, so only the stems have to agree; a stem keeps
// at least 4 letters, so short words ("mal", "app", "sms") stay whole.
const SPANISH_ENDINGS = [
  'aron',
  'ieron',
  'iendo',
  'ando',
  'adas',
  'ados',
  'idas',
  'idos',
  'aste',
  'iste',
  'amos',
  'imos',
  'ada',
  'ado',
  'ida',
  'ido',
  'ar',
  'er',
  'ir',
  'an',
  'en',
  'as',
  'es',
  'os',
  'a',
  'e',
  'o',
  's',
];

function spanishStem(w: string): string {
  if (!/^[a-zñ]+$/.test(w)) return w;
  for (const ending of SPANISH_ENDINGS)
    if (w.length - ending.length >= 4 && w.endsWith(ending)) return w.slice(0, -ending.length);
  return w;
}
