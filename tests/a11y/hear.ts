// What must hold on every screen, judged from what the virtual screen reader spoke (ear.ts). Each
// check returns the problems it heard, as sentences a reviewer can read; none means it holds.
import { groupsOf, type HeardScreen, headingOf, type Item, radioOf, within } from './ear';

const LANDMARK = /^(banner|navigation|main|contentinfo|region|complementary|search|form)(, |$)/;

/** The step's title, as focus spoke it on arrival and as the heading reads. */
export function titleOf(screen: HeardScreen): string {
  const main = within(screen.read, /^main$/, /^end of main$/);
  return main.map((item) => headingOf(item.phrase)).find((h) => h?.level === 1)?.text ?? '';
}

/** On every screen after the first: focus went to the new heading, and the title is heard once. */
export function arrivalProblems(screen: HeardScreen, number: number): string[] {
  if (number === 1) return [];
  const title = titleOf(screen);
  const problems: string[] = [];
  if (screen.arrival[0] !== `heading, ${title}, level 1`)
    problems.push(
      `screen ${number}: focus did not speak the new heading "${title}" (it said ${JSON.stringify(screen.arrival)})`,
    );
  const heard = [...screen.arrival, ...screen.live].filter((phrase) => phrase.includes(title));
  if (heard.length !== 1)
    problems.push(
      `screen ${number}: the title "${title}" was heard ${heard.length} times on arrival: ${JSON.stringify(heard)}`,
    );
  const repeats = screen.live.filter((phrase, i) => screen.live.indexOf(phrase) !== i);
  if (repeats.length)
    problems.push(`screen ${number}: the live announcer repeated ${JSON.stringify(repeats)}`);
  return problems;
}

/** Every radio sits in a named group, and says its place in it: "1 of N". */
export function groupProblems(screen: HeardScreen, number: number): string[] {
  const problems: string[] = [];
  const read = screen.read;
  const groups = groupsOf(read);
  const radiosInGroups = new Set<number>();
  for (const group of groups) {
    const end = read.findIndex((item, i) => i > group.at && item.phrase.startsWith('end of group'));
    const radios = read
      .slice(group.at, end)
      .map((item, i) => ({ radio: radioOf(item.phrase), at: group.at + i }))
      .filter((r) => r.radio);
    for (const r of radios) radiosInGroups.add(r.at);
    if (!radios.length) continue;
    if (!group.name) problems.push(`screen ${number}: a group of answers has no name`);
    radios.forEach(({ radio }, i) => {
      if (radio!.position !== i + 1 || radio!.size !== radios.length)
        problems.push(
          `screen ${number}: "${radio!.label}" is read as ${radio!.position} of ${radio!.size}, but it is ${i + 1} of ${radios.length} in "${group.name}"`,
        );
    });
  }
  read.forEach((item, at) => {
    if (radioOf(item.phrase) && !radiosInGroups.has(at))
      problems.push(`screen ${number}: "${item.phrase}" is not inside a named group`);
  });
  return problems;
}

/** Nothing is read that a sighted person doesn't see, nothing twice, no empty landmark. */
export function sightProblems(screen: HeardScreen, number: number): string[] {
  const problems: string[] = [];
  const read = screen.read;
  for (const item of read) {
    if (item.hidden)
      problems.push(
        `screen ${number}: "${item.phrase}" is read aloud but hidden from sight (${item.hidden})`,
      );
    // Two pieces of text run together in a name ("example(opens", "problem:Choose"): the reader
    // says them as one word.
    if (/[\p{L}\d][(]|[\p{Ll}]:[\p{Lu}]/u.test(item.phrase))
      problems.push(`screen ${number}: "${item.phrase}" runs two texts together`);
    const parts = item.phrase.split(', ');
    // A name read again as its own description ("button, Print, Print").
    if (parts.length > 2 && parts[1] && parts.slice(2).includes(parts[1]))
      problems.push(`screen ${number}: "${item.phrase}" says its name twice`);
  }
  for (const item of read) {
    // An empty landmark: the reader announces it, and there is nothing in it.
    if (LANDMARK.test(item.phrase) && !item.text.trim())
      problems.push(`screen ${number}: the landmark "${item.phrase}" is empty`);
  }
  return problems;
}

/**
 * Phone numbers and opening hours a listener understands: no clock ranges read as "17:00–", a state ("Open now",
 * "Closed now") before any time, and times in the locale's own way of saying them.
 */
export function hoursProblems(screen: HeardScreen, number: number, locale: string): string[] {
  const problems: string[] = [];
  for (const { phrase } of screen.read) {
    if (/\b\d{1,2}:\d{2}\s*[–-]/.test(phrase) || /[–-]\s*\d{1,2}:\d{2}\b/.test(phrase))
      problems.push(`screen ${number}: hours read as a clock range: "${phrase}"`);
    if (locale === 'en' && /\b(1[3-9]|2[0-3]):\d{2}\b/.test(phrase))
      problems.push(`screen ${number}: a 24-hour time in English: "${phrase}"`);
    // A phone number in groups ("(608) 555-0142") is read in groups; a run of 7 or more digits
    // ("6085550142", "+16085550142") is read as one huge number.
    if (/^link, .*\d{7,}/.test(phrase))
      problems.push(`screen ${number}: a number read as one long number: "${phrase}"`);
    // "las" goes with an hour ("las 8:00"), never a day: "las jueves" is heard as a mistake.
    if (
      locale === 'es' &&
      /\blas (lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b/i.test(phrase)
    )
      problems.push(`screen ${number}: a weekday read as an hour: "${phrase}"`);
  }
  return problems;
}

export function everyProblem(screens: HeardScreen[], locale: string): string[] {
  return screens.flatMap((screen, i) => [
    ...arrivalProblems(screen, i + 1),
    ...groupProblems(screen, i + 1),
    ...sightProblems(screen, i + 1),
    ...hoursProblems(screen, i + 1, locale),
  ]);
}

export type { Item };
