// Saved progress (flows/session/progress.ts): what survives a reload, and what a saved snapshot
// that is old, foreign or tampered with gets instead of a replay.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPortalAddress } from '../../flows/checks/fields/portalAddress';
import { FLOW_VERSION } from '../../flows/machine/assistantMachine';
import { shortestPaths } from '../../flows/machine/explore';
import type { AssistantEvent } from '../../flows/machine/types';
import {
  PROGRESS_KIND,
  restoreProgress,
  type SavedProgress,
  savablePrefix,
  saveProgress,
} from '../../flows/session/progress';
import { replay, type Session, send } from '../../flows/session/session';
import { org } from '../support/orgs';

const riverside = org('riverside');

describe('given a person who typed a portal address and then reloaded the page', () => {
  let atAddress: Session;
  let afterTyping: Session;
  beforeAll(() => {
    const path = shortestPaths(riverside).find((p) => String(p.state.value) === 'portalAddress')!;
    atAddress = replay(riverside, path.events, '2026-12-02');
    afterTyping = send(atAddress, {
      type: 'input.checked',
      result: {
        field: 'portalAddress',
        finding: checkPortalAddress('mychart.riversidehealth.example', riverside.portal.urls),
      },
    } as AssistantEvent);
  });

  it('keeps the path up to the address step, and nothing from the typing on', () => {
    const prefix = savablePrefix(afterTyping);
    expect(prefix.trail).toEqual(atAddress.trail);
    expect(prefix.visited).toEqual(atAddress.visited);
    expect(prefix.trail.some((e) => e.type === 'input.checked')).toBe(false);
  });

  it('keeps the whole path when nothing was typed', () => {
    expect(savablePrefix(atAddress)).toBe(atAddress);
  });

  it('comes back on the address step', () => {
    const saved = JSON.stringify(saveProgress(afterTyping, '1.0.0'));
    const restored = restoreProgress(saved, riverside, '1.0.0');
    expect(restored.ok && restored.session.snapshot.value).toBe('portalAddress');
  });
});

describe('given what a browser may hold under the saved-progress key', () => {
  let saved: SavedProgress;
  beforeAll(() => {
    saved = saveProgress(replay(riverside, [{ type: 'pick.locked' } as AssistantEvent]), '1.0.0');
  });
  const restore = (raw: string | null) => restoreProgress(raw, riverside, '1.0.0');
  const reason = (raw: string | null) => {
    const result = restore(raw);
    return result.ok ? 'restored' : result.reason;
  };

  it('is saved under its own kind', () => expect(saved.kind).toBe('signin-assistant-progress'));

  it.each([
    [null, 'none'],
    ['', 'none'],
    ['{', 'unreadable'],
    ['null', 'unreadable'],
    ['0', 'unreadable'],
    ['"progress"', 'unreadable'],
    ['[]', 'unreadable'],
  ])('%j: %s', (raw, expected) => expect(reason(raw)).toBe(expected));

  it('refuses another kind, a path that is not text, and a path too long to be one', () => {
    const withChange = (change: Record<string, unknown>) => JSON.stringify({ ...saved, ...change });
    expect(reason(JSON.stringify(saved))).toBe('restored');
    expect(reason(withChange({ kind: 'other-progress' }))).toBe('unreadable');
    expect(reason(withChange({ path: 42 }))).toBe('unreadable');
    expect(reason(withChange({ path: saved.path.padEnd(201, 'x') }))).toBe('unreadable');
    expect(reason(withChange({ path: 'x'.repeat(200) }))).toBe('notAPath');
    expect(reason(withChange({ path: '!!!' }))).toBe('notAPath');
    expect(PROGRESS_KIND).toBe(saved.kind);
  });

  it('names a path saved by another version of the flows as such', () => {
    // A path whose first character is another flow version (and no language): its check
    // character is right, so only the version can refuse it.
    const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const other = (FLOW_VERSION + 10) % 32;
    const path = ALPHABET[other]! + ALPHABET[other]!;
    expect(reason(JSON.stringify({ ...saved, path }))).toBe('otherVersion');
  });
});
