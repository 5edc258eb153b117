// The agent view's keys. Commands use Alt+Shift with a letter (by physical key, so they work on
// any keyboard layout and on a Mac, where Option+Shift types a symbol): screen readers use Insert,
// Caps Lock or Control+Option, never Alt+Shift, so nothing clashes. The single keys (1 to 9, ?)
// act only outside text fields and can be turned off (WCAG 2.1.4), since a screen reader in
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
  if (/^[1-9]$/.test(press.key)) return { type: 'answer', index: Number(press.key) - 1 };
  return null;
}
