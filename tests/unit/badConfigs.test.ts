import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../flows/config/validate';
import { BAD_CONFIGS, brokenConfig } from '../fixtures/badConfigs';

describe('malformed configurations', () => {
  it(`has at least 50 of them (${BAD_CONFIGS.length})`, () =>
    expect(BAD_CONFIGS.length).toBeGreaterThanOrEqual(50));

  it.each(BAD_CONFIGS)('rejects %s, naming the problem at its path', (_name, change, path) => {
    const result = validateConfig(brokenConfig(change));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const named = result.problems.filter(
      (p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`),
    );
    expect(named.length, JSON.stringify(result.problems)).toBeGreaterThan(0);
    for (const problem of named) expect(problem.message.length).toBeGreaterThan(5);
    // Whatever broke, the portal support number can still be read, unless it is what broke.
    if (!path.startsWith('channels')) expect(result.fallback.phone).toBe('+16085550142');
  });

  it('never pollutes prototypes', () => {
    for (const [, change] of BAD_CONFIGS) validateConfig(brokenConfig(change));
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
