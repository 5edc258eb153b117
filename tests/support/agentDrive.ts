// Driving the agent view in jsdom: opening a caller's path by handoff code, reading what it shows.
import { fireEvent, screen } from '@testing-library/react';

/** Types a handoff code into the agent's code box and opens it, as an agent would. */
export function openCode(
  code: string,
  label: string | RegExp = /handoff code the caller reads out|código de referencia que la persona/i,
) {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value: code } });
  fireEvent.submit(field.closest('form')!);
}

export const agentHeading = (container: HTMLElement) =>
  container.querySelector('main h1')?.textContent ?? '';

/** The path list's step titles, oldest first, without the "Now:" line. */
export function pathTitles(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.sa-agent__path ol > li button')].map((b) =>
    (b.lastChild?.textContent ?? '').trim(),
  );
}
