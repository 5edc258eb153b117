// The agent view's keys. Commands use Alt+Shift with a letter (by physical key, so they work on
// any keyboard layout and on a Mac, where Option+Shift types a symbol): screen readers use Insert,
// Caps Lock or Control+Option, never Alt+Shift, so nothing clashes. The single keys (answer keys
// and ?) act only outside text fields and can be turned off (WCAG 2.1.4), since a screen reader in
// browse mode uses single keys itself.

export type AgentCommand =
  | { type: 'answer'; index: number }
  | { type: 'back' }
  | { type: 'startOver' }
  | { type: 'jump' }
  | { type: 'code' }
  | { type: 'person' }
  | { type: 'copy' }
  | { type: 'notes' }
  | { type: 'keys' };

export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Alt+Shift+letter commands, by `KeyboardEvent.code`. */
export const COMMAND_KEYS = {
  back: 'KeyB',
  startOver: 'KeyS',
  jump: 'KeyJ',
  code: 'KeyH',
  person: 'KeyP',
  copy: 'KeyC',
  notes: 'KeyN',
} as const satisfies Record<string, string>;

export type Command = keyof typeof COMMAND_KEYS;

/** How a command key is written for aria-keyshortcuts (where Alt also means Option). */
export const shortcut = (command: Command) => `Alt+Shift+${COMMAND_KEYS[command].slice(3)}`;

/** How a command key is written for people: a Mac keyboard says Option, not Alt. */
export const keyLabel = (command: Command, mac: boolean) =>
  mac ? `Option+Shift+${COMMAND_KEYS[command].slice(3)}` : shortcut(command);

/**
 * The answer keys, in order: 1 to 9 as on the number row, then 0 (the key after 9 there), then
 * letters for any answer after the tenth (the first question has 11). Letters are only single
 * keys without Alt, so they never clash with the Alt+Shift commands, and they sit in the same
 * on/off switch as the numbers.
 */
const ANSWER_KEYS = '1234567890abcdefghijklmnopqrstuvwxyz';

/** The key that chooses the answer at this index (0-based), or null past the last key. */
export const answerKey = (index: number): string | null => ANSWER_KEYS[index] ?? null;

/** How many answers get a key: every answer the machine offers, as long as no step has more. */
export const ANSWER_KEY_COUNT = ANSWER_KEYS.length;

// By the character typed, or else by the physical key, so a letter answers on an Arabic or a
// Greek layout too (where the key marked A types another letter).
function answerIndex({ key, code }: KeyPress): number {
  const typed = key.length === 1 ? ANSWER_KEYS.indexOf(key.toLowerCase()) : -1;
  if (typed >= 0) return typed;
  const physical = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(code);
  return physical ? ANSWER_KEYS.indexOf((physical[1] ?? physical[2]!).toLowerCase()) : -1;
}

export function commandFor(
  press: KeyPress,
  { singleKeys, typing }: { singleKeys: boolean; typing: boolean },
): AgentCommand | null {
  if (press.ctrlKey || press.metaKey) return null;
  if (press.altKey && press.shiftKey) {
    const found = Object.entries(COMMAND_KEYS).find(([, code]) => code === press.code);
    return found ? ({ type: found[0] } as AgentCommand) : null;
  }
  if (press.altKey || typing || !singleKeys) return null;
  if (press.key === '?') return { type: 'keys' };
  const index = answerIndex(press);
  if (index >= 0) return { type: 'answer', index };
  return null;
}
