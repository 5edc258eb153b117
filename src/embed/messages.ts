// The only messages that cross between the framed assistant (frame.ts) and the page around it
// (loader.ts, or a host's own script). Both sides check the sender's origin and the exact shape of
// every message; anything else is ignored without a word. No message ever carries typed text.
import { FLOWS } from '../../flows/machine/types';
import { SIGNAL_FIELDS, type Signal } from '../../flows/signals/signalTypes';

export const MESSAGE_SOURCE = 'signin-assistant';
/** DOM events a host listens for: signin-assistant:step, :fix, :helped, :escalated, :handoff. */
export const EVENT_PREFIX = 'signin-assistant:';
export const MESSAGE_VERSION = 1;

/** From the frame to its parent. */
export type FrameMessage = { type: 'resize'; height: number } | { type: 'signal'; signal: Signal };

/**
 * From the parent to the frame: change language, or "sync" (the parent's script may start after
 * the frame has already sized itself; the frame answers with its current height).
 */
export type ParentMessage = { type: 'language'; lang: string } | { type: 'sync' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasExactly = (value: Record<string, unknown>, keys: string[]) =>
  Object.keys(value).length === keys.length && keys.every((k) => Object.hasOwn(value, k));

export const envelope = (message: FrameMessage | ParentMessage) => ({
  source: MESSAGE_SOURCE,
  version: MESSAGE_VERSION,
  ...message,
});

function opened(data: unknown, keys: string[]): Record<string, unknown> | null {
  if (!isRecord(data) || data.source !== MESSAGE_SOURCE || data.version !== MESSAGE_VERSION)
    return null;
  return hasExactly(data, ['source', 'version', 'type', ...keys]) ? data : null;
}

const STEP = /^[a-z][a-zA-Z]{1,40}$/;
const CHANNEL_KINDS = new Set(['phone', 'email', 'webForm', 'inPerson']);

export function isSignal(value: unknown): value is Signal {
  if (
    !isRecord(value) ||
    !Object.keys(value).every((k) => (SIGNAL_FIELDS as readonly string[]).includes(k))
  )
    return false;
  const { type, step, flow, channels } = value;
  // No step id at the default signal level (flows/signals/signals.ts).
  if (step !== undefined && (typeof step !== 'string' || !STEP.test(step))) return false;
  if (typeof flow !== 'string' || !(FLOWS as readonly string[]).includes(flow)) return false;
  if (type === 'escalated')
    return (
      channels === undefined ||
      (Array.isArray(channels) &&
        channels.length <= 4 &&
        channels.every((c) => typeof c === 'string' && CHANNEL_KINDS.has(c)))
    );
  return channels === undefined && ['step', 'fix', 'helped', 'handoff'].includes(String(type));
}

/** What the parent accepts from a frame it already knows came from the frame's own origin. */
export function readFrameMessage(data: unknown): FrameMessage | null {
  if (!isRecord(data)) return null;
  if (data.type === 'resize') {
    const message = opened(data, ['height']);
    const height = message?.height;
    return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= 100_000
      ? { type: 'resize', height: Math.ceil(height) }
      : null;
  }
  if (data.type === 'signal') {
    const message = opened(data, ['signal']);
    return message && isSignal(message.signal) ? { type: 'signal', signal: message.signal } : null;
  }
  return null;
}

/** What the frame accepts: only from an allowed origin, only from its own parent window. */
export function readParentMessage(
  event: { origin: string; data: unknown; fromParent: boolean },
  allowedOrigins: readonly string[],
  locales: readonly string[],
): ParentMessage | null {
  if (!event.fromParent || !allowedOrigins.includes(event.origin)) return null;
  if (opened(event.data, [])?.type === 'sync') return { type: 'sync' };
  const message = opened(event.data, ['lang']);
  if (message?.type !== 'language') return null;
  return typeof message.lang === 'string' && locales.includes(message.lang)
    ? { type: 'language', lang: message.lang }
    : null;
}
