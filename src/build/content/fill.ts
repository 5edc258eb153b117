// Filling one locale's strings from English where it lacks them, keeping plural forms apart.

export type Tree = Record<string, unknown>;

const PLURAL = /_(zero|one|two|few|many|other)$/;
export const isTree = (value: unknown): value is Tree =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * Fills what `own` lacks from `base`, recording each filled key. A locale with any plural form of
 * a key has its own set of forms (its plural rules differ from English), so those are left alone.
 */
export function fill(own: Tree, base: Tree, path: string, missing: string[]): Tree {
  const out: Tree = { ...own };
  for (const [key, value] of Object.entries(base)) {
    const here = path ? `${path}.${key}` : key;
    if (isTree(value)) {
      out[key] = fill(isTree(own[key]) ? own[key] : {}, value, here, missing);
      continue;
    }
    if (PLURAL.test(key)) {
      const stem = key.replace(PLURAL, '');
      if (Object.keys(own).some((k) => PLURAL.test(k) && k.replace(PLURAL, '') === stem)) continue;
    }
    if (own[key] === undefined || (own[key] === '' && value !== '')) {
      out[key] = value;
      missing.push(here);
    }
  }
  return out;
}
