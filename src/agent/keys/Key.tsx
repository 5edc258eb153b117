// A command's key as people read it on their own keyboard.
import { type Command, keyLabel } from './keys';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

export const commandKey = (command: Command) => keyLabel(command, MAC);

export function Key({ command }: { command: Command }) {
  return <kbd className="sa-agent__key">{commandKey(command)}</kbd>;
}
