// The page a health system puts in an <iframe>: /embed/frame.html?config=/orgs/<name>.json
// &lang=es&start=locked (&mode=agent for the help-desk view, &signals=step for step ids in events). It sizes its frame to its content and passes its events to the parent,
// but only when the parent's origin is one the configuration's embed.allowedOrigins names, and it
// accepts only a language change, only from that parent. Opened on its own, it is a plain page.
import '../styles.css';
import { CONFIG_FOLDER } from '../app/configSource';
import { startsElsewhere, takeOverPrerender } from '../app/earlyInput';
import { requestStart } from '../app/requestStart';
import { LOCALES } from '../i18n/locales';
import { envelope, type FrameMessage, readParentMessage } from './messages';

/** The origin of the page around this frame, as the browser reports it. */
function parentOrigin(): string | null {
  if (window.parent === window) return null;
  const ancestors = window.location.ancestorOrigins;
  if (ancestors?.length) return ancestors[0] ?? null;
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

async function start() {
  const element = document.getElementById('assistant');
  if (!element) return;
  const params = new URLSearchParams(window.location.search);
  // Until the configuration is checked nobody is known to be allowed: messages wait.
  let target: string | null | undefined;
  const waiting: FrameMessage[] = [];
  const post = (message: FrameMessage) => {
    if (target === undefined) waiting.push(message);
    else if (target) window.parent.postMessage(envelope(message), target);
  };
  let last = -1;
  const resize = (always = false) => {
    // The page's own height, not the frame's: scrollHeight would never let the frame shrink.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    post({ type: 'resize', height });
  };
  const address = params.get('config') ?? '';
  const requests = requestStart(
    address,
    'config= in the page address',
    params.get('lang'),
    // Anyone can write a config= into a link: only a file of the configurations folder.
    { folder: CONFIG_FOLDER },
  );
  // The prerendered first question (src/build/prerenderPlugin.ts) answers from now on, if it is
  // this person's: the configuration file is named by its organization's id (public/orgs/).
  const deepLink = params.get('start') ? `start=${params.get('start')}` : '';
  const mode = params.get('mode') === 'agent' ? 'agent' : 'patient';
  const org = address.startsWith(CONFIG_FOLDER)
    ? address.slice(CONFIG_FOLDER.length).replace(/\.json$/, '')
    : '';
  const label = params.get('label') ?? undefined;
  const early = takeOverPrerender(
    element,
    `${org}:${requests.locale}`,
    startsElsewhere({ org, mode, deepLink, label }),
  );
  const mount = await requests.mount;
  const handle = await mount(element, {
    config: await requests.config,
    configUrl: address,
    locale: params.get('lang') ?? undefined,
    deepLink,
    manageTitle: true,
    // Inside another page: one labelled region, not a second banner, main and footer.
    landmark: 'region',
    label,
    // Signals reach only a parent the configuration allows; `signals=step` adds step ids.
    signals: params.get('signals') ?? undefined,
    mode,
    early,
    // Measured on every step too: a cross-origin frame out of view gets no ResizeObserver
    // callbacks (the browser throttles it), but layout still answers when asked.
    onSignal: (signal) => {
      post({ type: 'signal', signal });
      if (signal.type === 'step') resize();
    },
  });
  // A page on the assistant's own origin could script this frame anyway, so it is always allowed.
  const allowed = [window.location.origin, ...(handle.config?.embed?.allowedOrigins ?? [])];
  const parent = parentOrigin();
  target = parent && allowed.includes(parent) ? parent : null;
  for (const message of waiting.splice(0)) post(message);
  if (!target) return;

  const locales = LOCALES.map((l) => l.code);
  window.addEventListener('message', (event) => {
    const message = readParentMessage(
      { origin: event.origin, data: event.data, fromParent: event.source === window.parent },
      allowed,
      locales,
    );
    if (message?.type === 'language') void handle.setLanguage(message.lang);
    if (message?.type === 'sync') resize(true);
  });
  resize();
  new ResizeObserver(() => resize()).observe(document.body);
}

start();
