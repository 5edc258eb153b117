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
