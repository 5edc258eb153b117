// From a step's field to its check (flows/checks/index.ts), and when the phone library is needed
// (flows/checks/phoneLibrary.ts).
import { describe, expect, it } from 'vitest';
import { checkedInput } from '../../flows/checks/index';
import { needsPhoneLibrary } from '../../flows/checks/phoneLibrary';
import { shortestPaths } from '../../flows/machine/explore';
import { replay } from '../../flows/session/session';
import { org } from '../support/orgs';

const riverside = org('riverside');

describe('given a person submits what they typed', () => {
  it('on the portal address step, it becomes that check’s finding and nothing else', () => {
    const path = shortestPaths(riverside).find((p) => String(p.state.value) === 'portalAddress')!;
    const session = replay(riverside, path.events, '2026-12-02');
    expect(checkedInput(session, 'mychart.riversidehealth.example')).toEqual({
      type: 'input.checked',
      result: {
        field: 'portalAddress',
        finding: { kind: 'official', official: 'https://mychart.riversidehealth.example' },
      },
    });
  });

  it('on a step without a field, nothing is checked', () => {
    expect(checkedInput(replay(riverside, [], '2026-12-02'), 'anything')).toBeNull();
  });
});

describe('whether an organization needs the phone library', () => {
  it.each([
    [{ country: 'US', channels: [{ phone: '+16085550142' }] }, false],
    [{ country: 'CA' }, false],
    [{}, false],
    [{ country: 'GB' }, true],
    [{ country: 'US', channels: [{ phone: '+442079460018' }] }, true],
    [null, false],
    ['GB', false],
    [42, false],
  ])('%j: %s', (raw, needed) => expect(needsPhoneLibrary(raw)).toBe(needed));
});
