// Saved progress: what survives a reload. It is the handoff code of the path plus versions and
// the organization, so one encoding serves both. Nothing typed is in it: the path stops before
// the first checked input, because the screens after it showed details of what was typed.
import type { OrgConfig } from '../config/schema';
import { FLOW_VERSION } from '../machine/assistantMachine';
import { decodeHandoff, encodeHandoff } from './handoff';
import type { Session } from './session';

export const PROGRESS_KIND = 'signin-assistant-progress';

export interface SavedProgress {
  kind: typeof PROGRESS_KIND;
  app: string;
  flow: number;
  org: string;
  path: string;
}

export type RestoreResult =
  | { ok: true; session: Session }
  | {
      ok: false;
      reason: 'none' | 'unreadable' | 'otherVersion' | 'otherOrganization' | 'notAPath';
    };

/** The path up to (not including) the first typed input. */
export function savablePrefix(session: Session): Session {
  const firstInput = session.trail.findIndex((e) => e.type === 'input.checked');
  if (firstInput < 0) return session;
  return {
    ...session,
    trail: session.trail.slice(0, firstInput),
    visited: session.visited.slice(0, firstInput),
  };
}

export function saveProgress(session: Session, appVersion: string): SavedProgress {
  return {
    kind: PROGRESS_KIND,
    app: appVersion,
    flow: FLOW_VERSION,
    org: session.config.id,
    path: encodeHandoff(savablePrefix(session)),
  };
}

/** Validates everything before replaying: a saved snapshot may be old, foreign or tampered with. */
export function restoreProgress(
  raw: string | null,
  config: OrgConfig,
  appVersion: string,
  today?: string,
): RestoreResult {
  if (raw === null || raw === '') return { ok: false, reason: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, reason: 'unreadable' };
  const saved = data as Partial<Record<keyof SavedProgress, unknown>>;
  if (saved.kind !== PROGRESS_KIND || typeof saved.path !== 'string' || saved.path.length > 200)
    return { ok: false, reason: 'unreadable' };
  if (saved.app !== appVersion || saved.flow !== FLOW_VERSION)
    return { ok: false, reason: 'otherVersion' };
  if (saved.org !== config.id) return { ok: false, reason: 'otherOrganization' };
  const decoded = decodeHandoff(saved.path, config, today);
  if (!decoded.ok)
    return { ok: false, reason: decoded.error === 'otherVersion' ? 'otherVersion' : 'notAPath' };
  return { ok: true, session: decoded.session };
}
