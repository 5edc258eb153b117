// The standalone page carries its first question as HTML (src/build/prerenderPlugin.ts), so it is
// on screen long before the app has arrived and taken it over. Until then the page's first, tiny
// script (src/app/main.tsx) keeps it working: an answer, "Get help from a person" or a new
// language given in that time is held here and handed to the app, which carries it out as soon
// as it has taken over the screen (src/app/mount.tsx, src/patient/Assistant.tsx). Without this,
// Continue submitted the bare HTML form, reloading the page with the answer in its address.
// A prerendered question the person will not get (another organization, another language, a step
// to resume) is removed at once instead, so nobody answers a question that is about to change.
// Only the controls carrying `data-early` are held; none of them is typed text.

import type { AssistantEvent } from '../../flows/machine/types';
import { deepLinkFrom } from '../../flows/session/deepLinks';
import { progressKey, readStored } from '../session/storage';
import type { HeldInput } from '../session/viewProps';

export interface EarlyInput {
  /** Stops holding (the app takes over now) and gives what was held. */
  take(): HeldInput;
}

function hold(element: HTMLElement): EarlyInput {
  const held: HeldInput = {};
  // One move only: a second Continue must not answer the next question with the same answer.
  let moved = false;
  const busy = (form: Element | null) => form?.setAttribute('aria-busy', 'true');
  const onSubmit = (event: Event) => {
    const form = event.target as HTMLFormElement;
    if (!form.matches('form[data-early="answer"]')) return;
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    // Nothing chosen: nothing to carry out; the app asks for an answer once it is here.
    if (moved || !chosen) return;
    moved = true;
    held.event = { type: `pick.${chosen.value}` } as AssistantEvent;
    busy(form);
  };
  const onClick = (event: Event) => {
    const control = (event.target as Element).closest?.('button[data-early^="event:"]');
    if (!control) return;
    event.preventDefault();
    if (moved) return;
    moved = true;
    held.event = {
      type: control.getAttribute('data-early')!.slice('event:'.length),
    } as AssistantEvent;
    busy(element.querySelector('form[data-early="answer"]'));
  };
  const onChange = (event: Event) => {
    const control = event.target as HTMLSelectElement;
    if (control.matches?.('select[data-early="language"]')) held.language = control.value;
  };
  element.addEventListener('submit', onSubmit, true);
  element.addEventListener('click', onClick, true);
  element.addEventListener('change', onChange, true);
  // The mark the benchmark reads: from here on the first question takes answers.
  performance.mark?.('first-input-held');
  return {
    take() {
      element.removeEventListener('submit', onSubmit, true);
      element.removeEventListener('click', onClick, true);
      element.removeEventListener('change', onChange, true);
      // The app renders the form without it; its next step replaces the form anyway.
      element.querySelector('form[aria-busy]')?.removeAttribute('aria-busy');
      return held;
    },
  };
}

export interface StartPlace {
  /** The organization's id. */
  org: string;
  mode?: string;
  /** `start=<flow>` from a link. */
  deepLink?: string;
  /** The region's own name (the prerender has the default one). */
  label?: string;
  instance?: string;
  /** Whether saved progress is read (default true). */
  persist?: boolean;
}

/**
 * Whether this person starts anywhere but the prerendered patient's first question under its
 * default name: the agent view, a deep link, a region named its own way, or saved progress to
 * resume. Asked by the page's first script and again by mount() before it hydrates.
 */
export function startsElsewhere({
  org,
  mode,
  deepLink = '',
  label,
  instance,
  persist = true,
}: StartPlace): boolean {
  return (
    mode === 'agent' ||
    Boolean(label) ||
    deepLinkFrom(deepLink).length > 0 ||
    (persist && readStored(progressKey(org, instance)) !== null)
  );
}

/**
 * Keeps the prerendered first question working when it is the one this person gets (`expected`,
 * `<organization>:<language>`, and nothing to resume); otherwise removes it. Null when the page
 * holds no prerendered question, or it was removed.
 */
export function takeOverPrerender(
  element: HTMLElement,
  expected: string,
  resumes: boolean,
): EarlyInput | null {
  const prerendered = element.getAttribute('data-prerendered');
  if (!prerendered) return null;
  if (prerendered === expected && !resumes) return hold(element);
  element.removeAttribute('data-prerendered');
  element.replaceChildren();
  return null;
}
