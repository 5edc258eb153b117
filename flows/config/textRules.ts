// Rules for wording a patient or an agent reads, shared by the content lint (src/tools/content-lint,
// over content/) and the configuration validator (flows/config/check.ts, over a configuration's own
// text): no sentence that asks for a password or code, none that says whether an account exists,
// links only https:, mailto: and tel:, and the English reading grade. Patterns only: no wording.

/** The hardest English a step may read at (Flesch–Kincaid grade). */
export const MAX_GRADE = 8;

// Telling people to type their password on the portal is fine; asking for it here is not.
const ASKS =
  /\b(tell us|give us|send us|share)\b[^.]{0,20}\b(password|passcode|code|PIN)\b|\b(enter|type|write)\b[^.]{0,20}\b(password|passcode|code|PIN)\b[^.]{0,15}\b(here|below|in this (box|field|page))\b/i;
// Whether an account exists is never ours to say: it would help someone guessing at accounts.
const ACCOUNT =
  /\b(your|this|the) account (does not|doesn't|does) exist\b|\bno account (was )?found\b|\bwe (found|could not find|couldn't find) (your|an|the) account\b/i;
// An agent asking a caller to read out a secret, in English, Spanish, Chinese, Vietnamese or Arabic.
const AGENT_ASKS_ZH =
  /(告诉|念|读|报|说)(给)?(我|我们).{0,12}(密码|验证码|代码|激活码|恢复码)|(密码|验证码|激活码)是(什么|多少)/;
const AGENT_ASKS_VI =
  /(đọc|cho (tôi|em|chúng tôi) biết|nói)[^.]{0,25}(mật khẩu|mã(?! tham chiếu))|(mật khẩu|mã)[^.]{0,15}(là gì|là bao nhiêu)/i;
const AGENT_ASKS_AR =
  /(اقرأ|أخبرني|قل لي|أعطني|أملِ|اقرئي|أخبرنا)[^.؟]{0,25}(كلمة المرور|الرمز|رمز)/;
const AGENT_ASKS_EN_ES =
  /\b(read|tell|give|say|spell)\b[^.]{0,20}\b(me|us|out)\b[^.]{0,25}\b(password|passcode|code|PIN)\b|\bask (them|the caller|the person)\b[^.]{0,20}\bfor\b[^.]{0,25}\b(password|passcode|code|PIN)\b|\bwhat(?: is|'s) (your|their) (password|passcode|code|PIN)\b|(l[eé]ame|d[ií]game|d[eé]me|deletr[eé]eme)\b[^.]{0,25}\b(contraseña|c[oó]digo|clave|PIN)\b|cu[aá]l es su (contraseña|c[oó]digo|clave)/i;
export const agentAsks = (s: string) =>
  AGENT_ASKS_EN_ES.test(s) ||
  AGENT_ASKS_ZH.test(s) ||
  AGENT_ASKS_VI.test(s) ||
  AGENT_ASKS_AR.test(s);
// A sentence with "never" or "don't" warns rather than asks.
export const WARNS =
  /\b(never|don't|do not|nunca|no (tome|pida|diga|lo|la))\b|不要|切勿|绝不|永远不|không bao giờ|đừng|không (hỏi|yêu cầu)|لا تطلب|لا تسأل|أبدً?ا/i;

export const sentences = (text: string) => text.split(/(?<=[.!?])\s+|(?<=[。！？])|\n+/);

/** Sentences that ask the person for a password or code. */
export const askingSentences = (text: string) =>
  sentences(text).filter((s) => ASKS.test(s) && !WARNS.test(s));

/** Sentences that say whether an account exists. */
export const accountSentences = (text: string) => sentences(text).filter((s) => ACCOUNT.test(s));

/** Link targets that are not https:, mailto:, tel: or a placeholder the app fills with one. */
export const badLinks = (markdown: string) =>
  [...markdown.matchAll(/\]\(([^)\s]+)[^)]*\)|<((?:[a-z]+:)[^>\s]+)>/gi)]
    .map((m) => m[1] ?? m[2]!)
    .filter((url) => !/^(https:\/\/|mailto:|tel:|\{\{\w+\}\}$)/.test(url));

// Flesch–Kincaid grade level, for English step text: 0.39 × words per sentence + 11.8 × syllables
// per word − 15.59. Syllables are counted by the usual vowel-group rule, which is close enough to
// tell a sixth-grade sentence from a twelfth-grade one.

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w
    .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .replace(/le$/, 'l');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  return Math.max(1, groups + (/[^aeiouy]le$/.test(w) ? 1 : 0));
}

/** Markdown and placeholders to plain sentences: list items and lines stand alone. */
export function plainSentences(text: string): string[] {
  return text
    .replace(/\{\{\w+\}\}/g, 'it')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^\s*(?:[-+]|\d+\.)\s+/, '').trim())
    .filter((s) => /[a-z]/i.test(s));
}

export function readingGrade(sentences: string[]): number {
  const words = sentences.flatMap((s) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)));
  if (!words.length) return 0;
  const syllableCount = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
}
