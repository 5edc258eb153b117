// Plays a scenario fact sheet with the virtual screen reader alone: the screen is read by moving
// the reader's cursor item by item (as a listener would in browse mode), answers are reached by
// "next form control" and pressed with the reader's activate command, text is typed into the
// field under the cursor. The decisions are the scenario runner's own (tests/scenarios/decide.ts);
// what the runner reads from the DOM is read here from what the reader speaks.
//
// @guidepup/virtual-screen-reader 0.33.0 (pinned): it walks the accessibility tree jsdom builds
// with dom-accessibility-api, as NVDA or VoiceOver would, and logs what it speaks, live regions
// included. It needs only @testing-library/dom 10 and user-event 14, the versions already here,
// and runs on jsdom 29 under Node 20 (0.33.0 declares node >=20; nothing in it needs jsdom 30).
import { Virtual } from '@guidepup/virtual-screen-reader';
import { type Action, decide, type Scenario, type ScreenFacts } from '../scenarios/decide';

/** One screen as heard: what focus said on arrival, the live announcements, one full read. */
export interface HeardScreen {
  /** What the reader said when the step changed (focus moving), before reading on. */
  arrival: string[];
  /** Live-region announcements that arrived with this screen. */
  live: string[];
  /** One pass of "next item" from the top of the assistant to its end. */
  read: Item[];
  /** What the listener then did, in words. */
  did?: string;
}

export interface Item {
  phrase: string;
  node: Node | null;
  /** The node's text when it was read (React reuses nodes, so later they may hold more). */
  text: string;
  /** The markup hiding it from sight, when it is read aloud but not shown. */
  hidden: string | null;
}

/**
 * Text that is read aloud but not shown, each with the reason a sighted person does not need it.
 * Anything else inside `.sa-visually-hidden` is a fault: the listener hears what others don't see.
 */
const SPOKEN_ONLY: { selector: string; why: string }[] = [
  {
    selector: '.sa-error-message > .sa-visually-hidden',
    why: 'the "There is a problem:" prefix: sighted people see the red error styling and the summary',
  },
  {
    selector: '[aria-live]',
    why: 'the live announcer: it repeats, for the ear, a change that is on screen',
  },
];

function hiddenFromSight(node: Node | null): string | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const hidden = element?.closest('.sa-visually-hidden') ?? null;
  if (!hidden) return null;
  return SPOKEN_ONLY.some(({ selector }) => element?.closest(selector))
    ? null
    : hidden.outerHTML.slice(0, 100);
}

const LIVE = /^(polite|assertive): /;
const CONTROL = /^(radio|button|textbox|combobox|checkbox|link), /;

const settle = async () => {
  // Focus handling and live-region announcements are one microtask behind the DOM.
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

export class Listener {
  readonly sr = new Virtual();
  #seen = 0;
  #first: Node | null = null;
  #firstPhrase = '';

  async start(container: HTMLElement) {
    await this.sr.start({ container });
    this.#first = this.sr.activeNode;
    this.#firstPhrase = await this.sr.lastSpokenPhrase();
    await settle();
  }

  stop() {
    return this.sr.stop();
  }

  /** Everything spoken since the last call. */
  async fresh(): Promise<string[]> {
    const log = await this.sr.spokenPhraseLog();
    const out = log.slice(this.#seen);
    this.#seen = log.length;
    return out;
  }

  /** Moves to the very first item (as "go to top" does) and reads every item once, in order. */
  async readAll(): Promise<Item[]> {
    const items: Item[] = [];
    await this.toTop();
    items.push(await this.item());
    for (let i = 0; i < 1000; i++) {
      await this.sr.next();
      if (await this.atTop()) break;
      items.push(await this.item());
    }
    await this.fresh();
    return items;
  }

  async item(): Promise<Item> {
    const node = this.sr.activeNode;
    return {
      phrase: await this.sr.lastSpokenPhrase(),
      node,
      text: node?.textContent ?? '',
      hidden: hiddenFromSight(node),
    };
  }

  /** The cursor is on the first item (its "end of …" shares the node, not the phrase). */
  async atTop() {
    return (
      this.sr.activeNode === this.#first && (await this.sr.lastSpokenPhrase()) === this.#firstPhrase
    );
  }

  /** Back to the first item, as "go to top" does: "previous" until the cursor is there. */
  async toTop() {
    for (let i = 0; i < 1000 && !(await this.atTop()); i++) await this.sr.previous();
    if (!(await this.atTop())) throw new Error('could not reach the top');
  }

  /** "Next form control", as a reader's quick key: next item until a control is under the cursor. */
  async nextControl(match: (phrase: string) => boolean): Promise<string> {
    for (let i = 0; i < 1000; i++) {
      await this.sr.next();
      const phrase = await this.sr.lastSpokenPhrase();
      if (CONTROL.test(phrase) && match(phrase)) return phrase;
      if (await this.atTop()) break;
    }
    throw new Error('no such control');
  }

  /** "Next heading". */
  async nextHeading(): Promise<string> {
    await this.sr.perform(this.sr.commands.moveToNextHeading);
    return this.sr.lastSpokenPhrase();
  }

  async activate() {
    await this.sr.act();
    await settle();
  }

  async type(text: string) {
    await this.sr.type(text);
    await settle();
  }
}

/** The region between an opening phrase ("main", "form") and its end, in reading order. */
export function within(read: Item[], open: RegExp, close: RegExp): Item[] {
  const start = read.findIndex((item) => open.test(item.phrase));
  if (start < 0) return [];
  const end = read.findIndex((item, i) => i > start && close.test(item.phrase));
  return read.slice(start + 1, end < 0 ? undefined : end);
}

/** A heading's text and level, from "heading, <text>, level <n>". */
export function headingOf(phrase: string): { text: string; level: number } | null {
  const match = /^heading, (.*), level (\d)$/.exec(phrase);
  return match ? { text: match[1]!, level: Number(match[2]) } : null;
}

/** A radio's label and place, from "radio, <label>, not checked, position <k>, set size <n>". */
export function radioOf(
  phrase: string,
): { label: string; checked: boolean; position: number; size: number } | null {
  const match = /^radio, (.*), (not checked|checked), position (\d+), set size (\d+)$/.exec(phrase);
  return match
    ? {
        label: match[1]!,
        checked: match[2] === 'checked',
        position: Number(match[3]),
        size: Number(match[4]),
      }
    : null;
}

/** The name a control's phrase starts with: labels may hold commas, so the reader's words go. */
export function nameOf(phrase: string): string {
  return (
    radioOf(phrase)?.label ??
    headingOf(phrase)?.text ??
    phrase.replace(/^(button|textbox|link|group|combobox), /, '')
  );
}

/** A group's name: its legend, read as the item after "group, <legend>[, <description>]". */
export function groupsOf(read: Item[]): { name: string; at: number }[] {
  return read.flatMap((item, at) => {
    const legend = read[at + 1]?.phrase ?? '';
    if (!item.phrase.startsWith('group, ')) return [];
    const name =
      item.phrase === `group, ${legend}` || item.phrase.startsWith(`group, ${legend}, `)
        ? legend
        : nameOf(item.phrase);
    return [{ name, at }];
  });
}

/** The runner's screen facts, from what the reader spoke rather than from the DOM. */
export function factsHeard(read: Item[]): ScreenFacts {
  const main = within(read, /^main$/, /^end of main$/);
  const form = within(main, /^form$/, /^end of form$/);
  const heading = main.map((item) => headingOf(item.phrase)).find((h) => h?.level === 1);
  const radios = form.flatMap((item) => radioOf(item.phrase) ?? []);
  const buttons = form.filter((item) => item.phrase.startsWith('button, '));
  // Texts in main: what is spoken, less the reader's own words (roles, "end of …").
  const mainText = main
    .filter((item) => !/^(end of |end, )|^(form|group|list|listitem|paragraph)$/.test(item.phrase))
    .map((item) => item.phrase)
    .join(' ');
  const group = groupsOf(form)[0];
  return {
    question: [heading?.text ?? '', group?.name ?? ''].filter(Boolean),
    mainText,
    // With radios, the form's one button submits the choice and is not an answer.
    answers: radios.length ? radios.map((r) => r.label) : buttons.map((b) => nameOf(b.phrase)),
    hasField: form.some((item) => item.phrase.startsWith('textbox, ')),
  };
}

export type EarOutcome = {
  passed: boolean;
  reason?: string;
  screens: HeardScreen[];
};

/** Carries out the runner's action by ear, from wherever the cursor is. */
async function perform(listener: Listener, facts: ScreenFacts, read: Item[], action: Action) {
  const inForm = within(read, /^form$/, /^end of form$/);
  const hasRadios = inForm.some((item) => item.phrase.startsWith('radio, '));
  if (action.kind === 'fill') {
    await listener.toTop();
    await moveToForm(listener);
    await listener.nextControl((p) => p.startsWith('textbox, '));
    await listener.type(action.value);
    const submit = await listener.nextControl((p) => p.startsWith('button, '));
    await listener.fresh();
    await listener.activate();
    return `typed "${action.value}", then pressed "${nameOf(submit)}"`;
  }
  const label = facts.answers[action.index]!;
  await listener.toTop();
  await moveToForm(listener);
  if (hasRadios) {
    await listener.nextControl(
      (p) => p.startsWith('radio, ') && p.includes(`position ${action.index + 1}, `),
    );
    await listener.activate();
    const submit = await listener.nextControl((p) => p.startsWith('button, '));
    await listener.fresh();
    await listener.activate();
    return `chose "${label}", then pressed "${nameOf(submit)}"`;
  }
  await listener.nextControl((p) => p.startsWith('button, ') && nameOf(p) === label);
  await listener.fresh();
  await listener.activate();
  return `pressed "${label}"`;
}

/** "Next form landmark" ends at the form's own entry; its controls follow. */
async function moveToForm(listener: Listener) {
  for (let i = 0; i < 1000; i++) {
    await listener.sr.next();
    if ((await listener.sr.lastSpokenPhrase()) === 'form') return;
  }
  throw new Error('no form on screen');
}

export async function playByEar(scenario: Scenario, container: HTMLElement): Promise<EarOutcome> {
  const listener = new Listener();
  await listener.start(container);
  const screens: HeardScreen[] = [];
  const maxScreens = scenario.maxScreens ?? 8;
  let arrival = await listener.fresh();
  try {
    for (let number = 1; number <= maxScreens; number++) {
      const live = arrival.filter((p) => LIVE.test(p));
      const read = await listener.readAll();
      const screen: HeardScreen = { arrival: arrival.filter((p) => !LIVE.test(p)), live, read };
      screens.push(screen);
      const facts = factsHeard(read);
      const verdict = decide(scenario, facts, number);
      if (verdict.kind === 'passed') return { passed: true, screens };
      if (verdict.kind === 'failed') return { passed: false, reason: verdict.reason, screens };
      screen.did = await perform(listener, facts, read, verdict.action);
      arrival = await listener.fresh();
    }
    return { passed: false, reason: `took more than ${maxScreens} screens`, screens };
  } finally {
    await listener.stop();
  }
}

/** Opens "Contact support" from the first screen by ear, and hears the contact page. */
export async function hearContactPage(container: HTMLElement): Promise<HeardScreen[]> {
  const listener = new Listener();
  await listener.start(container);
  try {
    await listener.fresh();
    const first: HeardScreen = { arrival: [], live: [], read: await listener.readAll() };
    await listener.toTop();
    const link = await listener.nextControl(
      (p) =>
        p.startsWith('button, ') &&
        within(first.read, /^contentinfo/, /^end of contentinfo/).some((i) => i.phrase === p),
    );
    await listener.fresh();
    await listener.activate();
    first.did = `pressed "${nameOf(link)}"`;
    const arrival = await listener.fresh();
    const contact: HeardScreen = {
      arrival: arrival.filter((p) => !LIVE.test(p)),
      live: arrival.filter((p) => LIVE.test(p)),
      read: await listener.readAll(),
    };
    return [first, contact];
  } finally {
    await listener.stop();
  }
}
