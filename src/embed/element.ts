// The heavy half of <signin-assistant>, loaded when it is about to be seen: the stylesheet inside
// the shadow root (so neither page's styles reach the other), then the assistant itself.

import { wasCheckedAtBuild } from '../app/configSource';
import { mount } from '../app/mount';
import { requestLanguage } from '../app/requestStart';
import cssUrl from '../styles.css?url';
import { EVENT_PREFIX } from './messages';

/** Replaced by the build with the stylesheet's integrity; kept as long as one. */
const STYLE_INTEGRITY = 'sha384-________________________________________________________________';

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
  shadow: ShadowRoot,
  options: ElementOptions,
) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssUrl;
  // The build writes the stylesheet's hash here (src/build/pinnedPlugin.ts), so a pinned element
  // chunk pins its stylesheet too.
  if (/^sha384-[A-Za-z0-9+/]{63}[A-Za-z0-9+/=]$/.test(STYLE_INTEGRITY)) {
    link.integrity = STYLE_INTEGRITY;
    link.crossOrigin = 'anonymous';
  }
  // Rendering before the stylesheet has loaded would flash unstyled text.
  const styled = new Promise((done) => {
    link.onload = done;
    link.onerror = done;
  });
  const container = document.createElement('div');
  shadow.replaceChildren(link, container);
  // The strings and the validator load while the stylesheet does, not after it.
  requestLanguage(options.locale ?? null, !wasCheckedAtBuild(options.config));
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
