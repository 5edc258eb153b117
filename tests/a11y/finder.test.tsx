// The problem finder by ear: typing in the first screen's box is answered by the live announcer,
// once per result, while focus stays in the box.
import { describe, expect, it } from 'vitest';
import { renderAssistant } from '../support/render';
import { Listener } from './ear';

const heardWithin = async (listener: Listener, match: RegExp, ms: number) => {
  const heard: string[] = [];
  for (const end = Date.now() + ms; Date.now() < end; ) {
    heard.push(...(await listener.fresh()));
    if (heard.some((p) => match.test(p))) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // A moment more, so an announcement said twice would be caught.
  await new Promise((resolve) => setTimeout(resolve, 600));
  heard.push(...(await listener.fresh()));
  return heard;
};

describe('the problem finder, by ear', () => {
  it('says what it found once, politely, and leaves focus in the box', async () => {
    const { container } = renderAssistant();
    const listener = new Listener();
    await listener.start(container);
    await listener.nextControl((p) => p.startsWith('textbox, Or tell us what happens'));
    await listener.type('the email with the code never shows up');
    const heard = await heardWithin(listener, /^polite: We found/, 15_000);
    const found = heard.filter((p) => /^polite: We found \d possible match/.test(p));
    expect(found).toHaveLength(1);
    expect(heard.filter((p, i) => p.startsWith('polite:') && heard.indexOf(p) !== i)).toEqual([]);
    expect((listener.sr.activeNode as HTMLElement).tagName).toBe('INPUT');
    await listener.stop();
  });
});
