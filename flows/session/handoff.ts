// Handoff codes: a short code a person reads out over the phone so a help-desk agent can open the
// same screen with the same history. It encodes the path (which answer on each screen, and for
// typed input only the check's finding), never anything typed.
//
// Format: Crockford base 32 (no I, L, O, U: nothing to confuse when read aloud), one character for
// the flow version, one per step, and a check character. The check is a sum weighted by odd
// numbers, so any single mistyped character is caught. Shown in groups of four: "2K7P-XM3A".
//
// The caller's language travels too, so an agent working in another language can read out the
// caller's screen as the caller sees it: one character before the version character. Codes without
// it (from before, or from saved progress) still open, with no language. The language character is
// never the version character (it counts on from it), so the two forms cannot be mistaken.
import { FINDING_KINDS } from '../checks/findings';
import type { OrgConfig } from '../config/schema';
import { assistantMachine, FLOW_VERSION } from '../machine/assistantMachine';
import type { CheckResult, StepMeta } from '../machine/types';
import { type Session, send, startSession } from './session';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const HELP = 31;
const INPUT_BASE = 16;
/** Longer paths than any a person walks; refuses codes built to make replay slow. */
export const MAX_STEPS = 60;
/**
 * The languages a code can name, by position: only ever appended to, so a code keeps naming the
 * same language (a test checks every shipped locale is here).
 */
export const HANDOFF_LANGUAGES = ['en', 'es', 'zh', 'vi', 'ar'] as const;
const VERSION = FLOW_VERSION % 32;
const languageValue = (i: number) => (VERSION + 1 + i) % 32;

export type HandoffError =
  | 'empty'
  | 'badCharacters'
  | 'tooLong'
  | 'checkFailed'
  | 'otherVersion'
  | 'notAPath';

const answersOf = (key: string) =>
  Object.keys(assistantMachine.states[key]?.on ?? {}).filter((e) => e.startsWith('pick.'));

const checkChar = (values: number[]) =>
  values.reduce((sum, v, i) => (sum + (2 * i + 1) * v) % 32, 0);

function group(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/** The code for the session's path; with `language`, the caller's language too. */
export function encodeHandoff(session: Session, language?: string): string {
  const index = language ? HANDOFF_LANGUAGES.indexOf(language as never) : -1;
  const values = index >= 0 ? [languageValue(index), VERSION] : [VERSION];
  session.trail.forEach((event, i) => {
    const from = session.visited[i]!;
    if (event.type === 'help.requested') values.push(HELP);
    else if (event.type === 'input.checked') {
      const kinds: readonly string[] = FINDING_KINDS[event.result.field];
      values.push(INPUT_BASE + kinds.indexOf(event.result.finding.kind));
    } else {
      const index = answersOf(from).indexOf(event.type);
      if (index < 0 || index >= INPUT_BASE)
        throw new Error(`cannot encode ${event.type} on ${from}`);
      values.push(index);
    }
  });
  values.push(checkChar(values));
  return group(values.map((v) => ALPHABET[v]).join(''));
}

export type DecodeResult =
  | {
      ok: true;
      session: Session;
      /** The caller's language, when the code names one. */
      language?: (typeof HANDOFF_LANGUAGES)[number];
    }
  | { ok: false; error: HandoffError };

export function decodeHandoff(code: string, config: OrgConfig, today?: string): DecodeResult {
  const compact = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!compact) return { ok: false, error: 'empty' };
  if (compact.length > MAX_STEPS + 3) return { ok: false, error: 'tooLong' };
  const values = [...compact].map((c) => ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return { ok: false, error: 'badCharacters' };
  if (values.length < 2 || checkChar(values.slice(0, -1)) !== values.at(-1))
    return { ok: false, error: 'checkFailed' };
  let language: (typeof HANDOFF_LANGUAGES)[number] | undefined;
  let start = 1;
  if (values[0] !== VERSION) {
    const named = HANDOFF_LANGUAGES.find((_, i) => languageValue(i) === values[0]);
    if (!named || values[1] !== VERSION || values.length < 3)
      return { ok: false, error: 'otherVersion' };
    language = named;
    start = 2;
  }
  let session = startSession(config, today);
  for (const value of values.slice(start, -1)) {
    const here = String(session.snapshot.value);
    const before = session.trail.length;
    if (value === HELP) session = send(session, { type: 'help.requested' });
    else if (value >= INPUT_BASE) {
      const field = (assistantMachine.states[here]?.meta as StepMeta | undefined)?.field;
      const kind = field ? FINDING_KINDS[field][value - INPUT_BASE] : undefined;
      if (!field || !kind) return { ok: false, error: 'notAPath' };
      // Only the finding's kind travels; details like a suggested spelling stay with the person.
      session = send(session, {
        type: 'input.checked',
        result: { field, finding: { kind } } as CheckResult,
      });
    } else {
      const type = answersOf(here)[value];
      if (!type) return { ok: false, error: 'notAPath' };
      session = send(session, { type: type as `pick.${string}` });
    }
    if (session.trail.length === before) return { ok: false, error: 'notAPath' };
  }
  return language ? { ok: true, session, language } : { ok: true, session };
}
