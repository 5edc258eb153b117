// Every question's answers share one radio group name. React finds a group's other radios with
// querySelectorAll('input[name="…"][type="radio"]'), and Blink caches each selector it is given
// (up to 256): a new name on every step (React's useId) filled that cache over a help-desk
// agent's shift of "Start over"s, and the heap grew with it. One question a screen, each in its
// own form, so one name cannot collide, embedded or not.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssistantEvent } from '../../../flows/machine/types';
import { performEvent } from '../../support/drive';
import { renderAssistant } from '../../support/render';

const pick = (answer: string) => ({ type: `pick.${answer}` }) as AssistantEvent;
const groupNames = (container: HTMLElement) => [
  ...new Set(
    [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.name),
  ),
];

describe('given a person answers question after question', () => {
  it('every question names its answers the same', async () => {
    const { container } = renderAssistant();
    const names = [groupNames(container)];
    performEvent(container, pick('code'));
    await screen.findByRole('heading', { level: 1, name: 'How do you get your sign-in code?' });
    names.push(groupNames(container));
    performEvent(container, pick('text'));
    await screen.findByRole('heading', { level: 1, name: 'What goes wrong with the code?' });
    names.push(groupNames(container));
    expect(names).toEqual([['answer'], ['answer'], ['answer']]);
  });

  it('the ids stay unique: two assistants on one page label their own radios', () => {
    const first = renderAssistant().container;
    const second = renderAssistant().container;
    const ids = [
      ...first.querySelectorAll('input[type="radio"]'),
      ...second.querySelectorAll('input[type="radio"]'),
    ].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Each group stays in its own form, so choosing in one leaves the other alone.
    const [a] = first.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    const [b] = second.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    a!.click();
    b!.click();
    expect(a!.checked && b!.checked).toBe(true);
  });
});
