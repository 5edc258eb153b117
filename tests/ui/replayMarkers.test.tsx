// The fields of both views carry the opt-out markers of common session-replay tools: a host page's
// recorder that honours them never records what is typed or picked (the element's shadow root is
// open, so any script of the host page can see inside it).
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { performEvent } from '../support/drive';
import { unmarkedFields } from '../support/privateFields';
import { renderAssistant } from '../support/render';

afterEach(cleanup);

describe('session-replay markers', () => {
  it('on the answers, the finder box and every typed field of the patient view', () => {
    const { container } = renderAssistant({ persist: false });
    expect(container.querySelectorAll('input').length).toBeGreaterThan(3);
    expect(unmarkedFields(container)).toEqual([]);
    performEvent(container, { type: 'pick.cantSignIn' });
    performEvent(container, { type: 'pick.usernameNotRecognized' });
    expect(container.querySelector('input[type="text"]')).not.toBeNull();
    expect(unmarkedFields(container)).toEqual([]);
  });

  it('on the Caps Lock practice field and the contact screen', () => {
    const { container } = renderAssistant({ persist: false, deepLink: '#start=password' });
    expect(unmarkedFields(container)).toEqual([]);
    const help = container.querySelector('button.sa-contact-link') as HTMLButtonElement;
    fireEvent.click(help);
    expect(unmarkedFields(container)).toEqual([]);
  });

  it('on every field of the agent view', () => {
    const { container } = renderAssistant({ persist: false, mode: 'agent' });
    expect(container.querySelectorAll('input, textarea').length).toBeGreaterThan(2);
    expect(unmarkedFields(container)).toEqual([]);
  });
});
