// Whether single keys (1–9, ?) are on. Remembered for the browser session: an agent who turns
// them off, because they clash with a screen reader, wants them off on every call (WCAG 2.1.4).
import { useState } from 'react';
import { readStored, writeStored } from '../../session/storage';

const SINGLE_KEYS = 'signin-assistant:agent-single-keys';

export function useSingleKeys() {
  const [singleKeys, setSingleKeys] = useState(() => readStored(SINGLE_KEYS) !== 'off');
  const chooseSingleKeys = (on: boolean) => {
    setSingleKeys(on);
    writeStored(SINGLE_KEYS, on ? 'on' : 'off');
  };
  return [singleKeys, chooseSingleKeys] as const;
}
