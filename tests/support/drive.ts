// Drives the rendered assistant with the machine's own events, through the real UI: radios by
// their answer id, buttons by data-answer, text fields by typing and submitting.
import { fireEvent } from '@testing-library/react';
import type { WalkEvent } from '../../flows/machine/explore';

export function heading(container: HTMLElement): HTMLElement {
  const h1 = container.querySelector('h1');
  if (!h1) throw new Error('no heading on screen');
  return h1 as HTMLElement;
}

export function performEvent(container: HTMLElement, event: WalkEvent) {
  const form = container.querySelector('main form') as HTMLFormElement | null;
  if (event.type === 'help.requested') {
    const link = container.querySelector('button.sa-contact-link') as HTMLButtonElement | null;
    if (!link) throw new Error('no Contact support link');
    fireEvent.click(link);
    return;
  }
  if (event.type === 'input.checked') {
    const field = form?.querySelector('input[type="text"]') as HTMLInputElement | null;
    if (!form || !field) throw new Error('no text field on screen');
    if (event.typed === undefined) throw new Error('a checked input needs the text that was typed');
    fireEvent.change(field, { target: { value: event.typed } });
    fireEvent.submit(form);
    return;
  }
  const answer = event.type.slice('pick.'.length);
  const radio = form?.querySelector(
    `input[type="radio"][value="${answer}"]`,
  ) as HTMLInputElement | null;
  if (radio && form) {
    fireEvent.click(radio);
    fireEvent.submit(form);
    return;
  }
  const button = form?.querySelector(`button[data-answer="${answer}"]`) as HTMLButtonElement | null;
  if (!button)
    throw new Error(`answer "${answer}" is not on screen "${heading(container).textContent}"`);
  fireEvent.click(button);
}
