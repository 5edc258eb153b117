// Session storage that never breaks the assistant: full, disabled or throwing storage simply
// means progress is not saved.
export const progressKey = (orgId: string, instance = '') =>
  `signin-assistant:progress:${orgId}${instance ? `:${instance}` : ''}`;

export function readStored(key: string): string | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Quota exceeded or storage disabled (private mode, policy): carry on without saving.
  }
}

export function clearStored(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}
