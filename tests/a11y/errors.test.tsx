// Errors by ear: said when they appear, with what is wrong, and read again with their field.
import { describe, expect, it } from 'vitest';
import { renderAssistant } from '../support/render';
import { Listener, nameOf } from './ear';

const start = async () => {
  const { container } = renderAssistant();
  const listener = new Listener();
  await listener.start(container);
  return listener;
};

const press = async (listener: Listener, name: string) => {
  await listener.nextControl((p) => p.startsWith('button, ') && nameOf(p) === name);
  await listener.fresh();
  await listener.activate();
  return listener.fresh();
};

/** The reader's own words joined to the text without a space ("problem:Choose") are misheard. */
const glued = (phrases: string[]) => phrases.filter((p) => /[a-z]:[A-Z]/.test(p));

describe('errors, by ear', () => {
  it('Continue with no answer: focus says what is wrong, the link leads to the answers, the group reads the error', async () => {
    const listener = await start();
    const arrival = await press(listener, 'Continue');
    expect(arrival).toEqual(['alert, There is a problem, Choose an answer']);
    const read = (await listener.readAll()).map((item) => item.phrase);
    const group = read.find((p) => p.startsWith('group, What happens when you try to sign in?'));
    expect(group).toMatch(/There is a problem: Choose an answer$/);
    expect(glued(read)).toEqual([]);
    await listener.toTop();
    await listener.nextControl((p) => p === 'link, Choose an answer');
    await listener.fresh();
    await listener.activate();
    expect(await listener.fresh()).toEqual([
      'radio, It says my password is wrong, not checked, position 1, set size 9',
    ]);
    await listener.stop();
  });

  it('after an error, Contact support still moves focus to the new heading', async () => {
    const listener = await start();
    await press(listener, 'Continue');
    await listener.toTop();
    expect(await press(listener, 'Contact support')).toEqual([
      'heading, Contact Riverside Health, level 1',
    ]);
    await listener.stop();
  });

  it('a web address that is not one: focus says what is wrong, and the field reads it, marked invalid', async () => {
    const listener = await start();
    for (const answer of ['It says my password is wrong']) {
      await listener.nextControl((p) => p.startsWith(`radio, ${answer}`));
      await listener.activate();
      await press(listener, 'Continue');
    }
    await listener.toTop();
    await listener.nextControl((p) => p.startsWith('textbox, What web address'));
    await listener.type('hello');
    const arrival = await press(listener, 'Check this address');
    expect(arrival).toEqual([
      'alert, There is a problem, Type a web address, like mychart.riversidehealth.example',
    ]);
    const read = (await listener.readAll()).map((item) => item.phrase);
    const field = read.find((p) => p.startsWith('textbox, What web address'));
    expect(field).toMatch(
      /^textbox, What web address is at the top of your browser\?, hello, .*There is a problem: Type a web address, like mychart.riversidehealth.example, invalid$/,
    );
    expect(glued(read)).toEqual([]);
    await listener.stop();
  });
});
