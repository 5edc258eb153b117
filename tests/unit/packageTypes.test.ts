// The package's hand-written types (types/signin-assistant.d.ts) say what the element really
// reads and sends: its attributes as src/embed/loader.ts reads them, the deep links it opens, and
// the events' detail as flows/signals/ makes it. A change to either side without the other fails
// here: the lists below when the test runs, the signal's shape in `tsc` (npm test's type check).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { channel } from '../../flows/config/sections/channels';
import { FLOWS, type Flow } from '../../flows/machine/types';
import { DEEP_LINKS } from '../../flows/session/deepLinks';
import { type ChannelKind, SIGNAL_LEVELS, type Signal } from '../../flows/signals/signalTypes';
import type {
  SigninAssistantChannelKind,
  SigninAssistantFlow,
  SigninAssistantSignal,
} from '../../types/signin-assistant';

const root = resolve(import.meta.dirname, '../..');
const declared = readFileSync(resolve(root, 'types/signin-assistant.d.ts'), 'utf8');
const loader = readFileSync(resolve(root, 'src/embed/loader.ts'), 'utf8');

/** The text of a declared type or interface. */
function declaration(name: string): string {
  const body = new RegExp(
    `(?:type|interface) ${name}\\b[^=]*?(?:=|\\{)([\\s\\S]*?)(?:;\\n\\n|\\n\\})`,
  ).exec(declared)?.[1];
  if (!body) throw new Error(`${name} is not declared`);
  return body;
}
const unionMembers = (name: string) =>
  [...declaration(name).matchAll(/'([a-zA-Z-]+)'/g)].map((m) => m[1]!).sort();
const interfaceKeys = (name: string) =>
  [...declaration(name).matchAll(/^\s*'?([a-z-]+)'?\?:/gm)].map((m) => m[1]!).sort();

describe('the package types', () => {
  it('hold the same flows and channel kinds as the assistant sends', () => {
    expect(unionMembers('SigninAssistantFlow')).toEqual([...FLOWS].sort());
    expect(unionMembers('SigninAssistantChannelKind')).toEqual(
      [...channel.shape.kind.options].sort(),
    );
  });

  it('give the events the detail the assistant sends (checked by tsc, not at run time)', () => {
    expectTypeOf<SigninAssistantSignal>().toEqualTypeOf<Signal>();
    expectTypeOf<SigninAssistantFlow>().toEqualTypeOf<Flow>();
    expectTypeOf<SigninAssistantChannelKind>().toEqualTypeOf<ChannelKind>();
  });

  it('offer the signal levels the element knows', () => {
    expect(/signals\?: ([^;]+);/.exec(declaration('SigninAssistantAttributes'))?.[1]).toBe(
      SIGNAL_LEVELS.map((level) => `'${level}'`).join(' | '),
    );
  });

  it('name every attribute the element reads, and no other', () => {
    const read = [...loader.matchAll(/getAttribute\('([a-z-]+)'\)/g)].map((m) => m[1]!);
    expect([...new Set(read)].sort()).toEqual(interfaceKeys('SigninAssistantAttributes'));
  });

  it('offer every deep link as a place to start', () => {
    expect(unionMembers('SigninAssistantStart')).toEqual(Object.keys(DEEP_LINKS).sort());
  });
});
