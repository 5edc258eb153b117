import type { i18n } from 'i18next';
import type { StepView } from '../../flows/machine/describe';
import { FROM_TYPED, type StepFacts } from '../i18n/facts';
import type { MarkdownNode, StepBody } from '../i18n/markdownTree';

export interface StepText {
  title: string;
  /** Empty when the step has no body text. */
  body: StepBody;
  hint: string;
  legend: string;
  submit: string;
  answer: (id: string) => string;
}

// Turning list and link facts into nodes is only needed on later screens (never the first), so
// its code loads when the first step renders rather than with the initial script (a step opened
// directly by a link before it arrives shows such a fact as it is written, once).
let md: typeof import('../i18n/factMarkdown') | undefined;
export const prefetchFactMarkdown = () =>
  import('../i18n/factMarkdown').then((m) => {
    md = m;
  });

/**
 * The step's body with the facts filled in. Compiled text is a tree: its strings and links are
 * filled by i18next's own interpolator, directly (asking i18next to translate the tree instead
 * runs a full lookup for every string in it, on every render). Facts that are Markdown (lists of
 * ways, bold, links) become nodes of the tree, a list lifted out of its paragraph. Markdown from a
 * configuration's override is a plain string and goes through `t` like any other text, its list
 * facts set apart by blank lines so the parser reads them as lists.
 */
function bodyText(key: string, facts: StepFacts, i18n: i18n): StepBody {
  const raw = i18n.getResource(i18n.language, 'steps', `${key}.body`) as StepBody | undefined;
  if (raw === undefined || raw === '') return '';
  if (!md) void prefetchFactMarkdown();
  if (typeof raw === 'string')
    return i18n.t(`steps:${key}.body`, md ? md.factsForMarkdown(facts) : facts);
  const fill = (text: string) =>
    text.includes('{{')
      ? i18n.services.interpolator.interpolate(text, facts, i18n.language, {})
      : text;
  const walk = (node: MarkdownNode): MarkdownNode[] => {
    if (typeof node === 'string')
      return !node.includes('{{')
        ? [node]
        : md
          ? md.fillWithNodes(node, facts, fill)
          : [fill(node)];
    const [tag, props, ...children] = node;
    const filled = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fill(v)]));
    const kids = children.flatMap(walk);
    // A paragraph that held only a fact the organization leaves out is dropped: empty, it would
    // still be read out as "paragraph" (tests/a11y/transcripts).
    if (tag === 'p' && kids.every((kid) => typeof kid === 'string' && !kid.trim())) return [];
    return md ? md.liftBlocks(tag, filled, kids) : [[tag, filled, ...kids]];
  };
  return raw.flatMap(walk);
}

/** The placeholders each text names, found once per text. */
const placeholders = new Map<string, readonly string[]>();

/**
 * `t(key)` with only the facts its text names: i18next copies every option it is given, on each
 * call, and a step has about a hundred facts, while a title names two or three (a step change at
 * 4x CPU throttle spent about 5 ms on those copies). A text that is not a plain string (or is
 * missing) is given every fact, as before.
 */
function say(i18n: i18n, key: string, facts: Record<string, string>): string {
  const colon = key.indexOf(':');
  const text = i18n.getResource(i18n.language, key.slice(0, colon), key.slice(colon + 1));
  if (typeof text !== 'string') return i18n.t(key, facts);
  let names = placeholders.get(text);
  if (!names) {
    names = [...new Set([...text.matchAll(/\{\{\s*([\w.-]+)/g)].map((m) => m[1]!))];
    // Bounded by the shipped text and a configuration's own: nothing typed is ever a text here.
    placeholders.set(text, names);
  }
  const named: Record<string, string> = {};
  for (const name of names) if (name in facts) named[name] = facts[name]!;
  return i18n.t(key, named);
}

/**
 * All the text of one step, with the organization's facts filled in. Optional parts are looked
 * up only when the step has them, so a missing translation is never mistaken for "no hint".
 */
export function stepText(view: StepView, facts: StepFacts, i18n: i18n): StepText {
  const { t } = i18n;
  const key = `steps:${view.key}`;
  const optional = (field: string) =>
    i18n.exists(`${key}.${field}`) ? say(i18n, `${key}.${field}`, facts) : '';
  return {
    title: say(i18n, `${key}.title`, facts),
    body: bodyText(view.key, facts, i18n),
    hint: optional('hint'),
    legend: optional('legend') || t('ui:advice.legend'),
    submit: optional('submit') || t('ui:form.continue'),
    answer: (id) =>
      i18n.exists(`${key}.answers.${id}`)
        ? say(i18n, `${key}.answers.${id}`, facts)
        : say(i18n, `ui:advice.${id}`, facts),
  };
}

/** Stands in for each typed fact, to see whether a title would show one. */
const TYPED_MARK = '\uE000';

/**
 * The step's title for the page title, or `generic` when the title would show anything worked out
 * from what the person typed ("Did you mean maria.lopez@gmail.com?"). Page titles go into the
 * browser's history, which the next person at a shared computer can read; the heading on screen
 * keeps the full title. Checked by filling the title with a marker for each typed fact, so a
 * configuration's own title text is covered too.
 */
export function pageTitle(view: StepView, facts: StepFacts, i18n: i18n, generic: string): string {
  const marked = { ...facts, ...Object.fromEntries(FROM_TYPED.map((key) => [key, TYPED_MARK])) };
  const showsTyped = say(i18n, `steps:${view.key}.title`, marked).includes(TYPED_MARK);
  return showsTyped ? generic : say(i18n, `steps:${view.key}.title`, facts);
}
