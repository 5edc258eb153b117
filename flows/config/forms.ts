// What a setting may look like, read from the schema itself, for validator messages that name the
// allowed forms ("must be "24/7", or { timeZone, weekly, closedDates? }") instead of "does not
// match any allowed form". Generated from the schema, so a form added to a section is listed too.
import type { z } from './zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  valueType?: z.ZodMiniType;
  discriminator?: string;
}

const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Optional wrappers removed. */
function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  for (let def = defOf(current); def.innerType; def = defOf(current)) current = def.innerType;
  return current;
}

const expand = (schema: z.ZodMiniType): z.ZodMiniType[] => {
  const def = defOf(schema);
  return def.type === 'union' ? (def.options ?? []).map(unwrap).flatMap(expand) : [schema];
};

/** The schemas a JSON path leads to (several where a union's forms differ), or none. */
export function schemasAt(root: z.ZodMiniType, path: readonly PropertyKey[]): z.ZodMiniType[] {
  let current = [unwrap(root)];
  for (const part of path)
    current = current.flatMap(expand).flatMap((schema) => {
      const def = defOf(schema);
      const next =
        def.type === 'object'
          ? def.shape?.[String(part)]
          : def.type === 'array' && typeof part === 'number'
            ? def.element
            : def.type === 'record'
              ? def.valueType
              : undefined;
      return next ? [unwrap(next)] : [];
    });
  return current;
}

/** The allowed values of a choice, or null when the schema is not one. */
export function choicesOf(schema: z.ZodMiniType): unknown[] | null {
  const def = defOf(unwrap(schema));
  if (def.type === 'enum') return Object.values(def.entries ?? {});
  if (def.type === 'literal') return def.values ?? [];
  if (def.type === 'boolean') return [true, false];
  return null;
}

/** One form in a few words: `"24/7"`, `one of "a", "b"`, `{ unlock: "wait", attempts, minutes }`. */
export function describeForm(schema: z.ZodMiniType): string {
  const inner = unwrap(schema);
  const def = defOf(inner);
  const choices = def.type === 'boolean' ? null : choicesOf(inner);
  if (choices)
    return choices.length === 1
      ? JSON.stringify(choices[0])
      : `one of ${choices.map((v) => JSON.stringify(v)).join(', ')}`;
  if (def.type === 'object') {
    const keys = Object.entries(def.shape ?? {}).map(([key, value]) => {
      const fixed = choicesOf(value);
      if (fixed?.length === 1 && defOf(value).type === 'literal')
        return `"${key}": ${JSON.stringify(fixed[0])}`;
      return defOf(value).type === 'optional' ? `${key}?` : key;
    });
    return `{ ${keys.join(', ')} }`;
  }
  if (def.type === 'array') return 'a list';
  if (def.type === 'union') return (def.options ?? []).map(describeForm).join(', or ');
  return `a ${def.type}`;
}

/** Every form of a union, one per line item: what a message lists when none matched. */
export function formsOf(schema: z.ZodMiniType): string[] {
  const def = defOf(unwrap(schema));
  return def.type === 'union' ? (def.options ?? []).map(describeForm) : [describeForm(schema)];
}

export const isUnion = (schema: z.ZodMiniType) => defOf(unwrap(schema)).type === 'union';
export const isList = (schema: z.ZodMiniType) => defOf(unwrap(schema)).type === 'array';
