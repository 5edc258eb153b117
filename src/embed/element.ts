// The heavy half of <signin-assistant>, loaded when it is about to be seen: the assistant itself,
// inside the shadow root (so neither page's styles reach the other) that shadowStart.ts has given
// its stylesheet.

import { wasCheckedAtBuild } from '../app/configSource';
import { mount } from '../app/mount';
import { requestValidator } from '../app/requestStart';
import { EVENT_PREFIX } from './messages';
import type { ShadowStart } from './shadowStart';

export interface ElementOptions {
  config: unknown;
  locale?: string;
  deepLink: string;
  instance: string;
  label?: string;
  /** The signal level asked for by the `signals` attribute (flows/signals/). */
  signals?: string;
  mode: 'patient' | 'agent';
  /** The config attribute: in agent mode, its `<id>.agent.json` is fetched too. */
  configUrl?: string;
  /** Move focus to the first question (after a "Trouble signing in?" button was pressed). */
  focus: boolean;
}

export async function mountInShadow(
  host: HTMLElement,
  { container, styled }: ShadowStart,
  options: ElementOptions,
) {
  // The strings were asked for already (shadowStart.ts); the validator only for a file the build
  // did not check.
  if (!wasCheckedAtBuild(options.config)) requestValidator();
  // The stylesheet first: the theme's contrast check reads the styles it defines.
  await styled;
  const handle = await mount(container, {
    ...options,
    landmark: 'region',
    manageTitle: false,
    browserHistory: false,
    onSignal: (signal) =>
      host.dispatchEvent(
        new CustomEvent(`${EVENT_PREFIX}${signal.type}`, {
          detail: Object.freeze({ ...signal }),
          bubbles: true,
          composed: true,
        }),
      ),
  });
  if (options.focus) focusHeading(container);
  return handle;
}

function focusHeading(container: HTMLElement, tries = 60) {
  const heading = container.querySelector<HTMLElement>('h1');
  if (heading) heading.focus();
  else if (tries > 0) requestAnimationFrame(() => focusHeading(container, tries - 1));
}
