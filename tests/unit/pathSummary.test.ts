import { describe, expect, it } from 'vitest';
import { pathSummary } from '../run/countReporter';

describe('the scenario runner’s path summary', () => {
  it('gives the median and the longest scenario by name', () => {
    expect(
      pathSummary([
        { id: 'locked-out', screens: 2 },
        { id: 'new-phone', screens: 5 },
        { id: 'forgot-username', screens: 3 },
      ]),
    ).toBe('median 3 screens to the fix over 3 scenarios, longest 5 (new-phone)');
  });

  it('takes the middle two of an even count, and names every longest one', () => {
    expect(
      pathSummary([
        { id: 'a', screens: 2 },
        { id: 'b', screens: 3 },
        { id: 'c', screens: 6 },
        { id: 'd', screens: 6 },
      ]),
    ).toBe('median 4.5 screens to the fix over 4 scenarios, longest 6 (c, d)');
  });

  it('says nothing when no scenario passed', () => {
    expect(pathSummary([])).toBeNull();
  });
});
