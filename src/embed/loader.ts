// The one script a health system's page includes. It defines <signin-assistant> and looks after
// framed assistants (<iframe data-signin-assistant>), and stays small (budget: 5 KB gzip): React,
// the machine and the text load only when the assistant is about to be seen.
//
//   <script type="module" src="https://…/embed/signin-assistant.js"></script>
//   <signin-assistant config="/support/mychart-config.json"></signin-assistant>
//
// Attributes: config (a same-origin URL) or config-json (the JSON itself), lang, start (a flow to
// open at, e.g. "locked"), mode ("patient", or "agent" for the help-desk view), load ("visible", "eager" or "button"), label (the
// region's name when a page has two assistants), instance (keeps their saved progress apart).
// Property: config (an object). Events: signin-assistant:step | fix | helped | escalated | handoff.
import triggerLabels from 'virtual:content/trigger';
import { fetchConfig } from '../app/configSource';
import { EVENT_PREFIX, envelope, readFrameMessage } from './messages';

export const TAG = 'signin-assistant';

interface Handle {
  unmount: () => void;
  setLanguage: (code: string) => Promise<void>;
}

const BUTTON_STYLE = `:host{display:block!important}button{font:inherit;font-weight:700;min-height:2.75rem;padding:.5rem 1.25rem;border:2px solid transparent;border-radius:var(--signin-assistant-radius,4px);background:var(--signin-assistant-brand,#1d4f91);color:var(--signin-assistant-background,#fff);cursor:pointer}button:focus-visible{outline:3px solid #fd0;box-shadow:0 0 0 6px #0b0c0c}`;

export class SigninAssistantElement extends HTMLElement {
  static observedAttributes = ['lang'];
  #shadow: ShadowRoot;
  #config: unknown;
  #handle: Promise<Handle> | null = null;
  #observer: IntersectionObserver | null = null;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
  }

  get config(): unknown {
    return this.#config;
  }

  /** A configuration object, instead of the config attribute. Set before or after connecting. */
  set config(value: unknown) {
    this.#config = value;
    if (this.#handle) this.#restart();
  }

  connectedCallback() {
    if (this.#handle || this.#observer) return;
    const when = this.getAttribute('load') ?? 'visible';
    if (when === 'eager' || typeof IntersectionObserver === 'undefined') this.#start(false);
    else if (when === 'button') this.#offerButton();
    else {
      // Start a little before it scrolls into view, so it is ready when the person gets there.
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) this.#start(false);
        },
        { rootMargin: '400px' },
      );
      this.#observer.observe(this);
    }
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    void this.#handle?.then((h) => h.unmount());
    this.#handle = null;
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    if (name === 'lang' && value) void this.#handle?.then((h) => h.setLanguage(value));
  }

  #offerButton() {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(BUTTON_STYLE);
    this.#shadow.adoptedStyleSheets = [sheet];
    const button = document.createElement('button');
    button.type = 'button';
    button.part.add('trigger');
    const lang = (this.getAttribute('lang') ?? document.documentElement.lang).split('-')[0] ?? '';
    button.textContent =
      this.getAttribute('button-label') ?? triggerLabels[lang] ?? triggerLabels.en ?? '';
    button.addEventListener('click', () => this.#start(true), { once: true });
    this.#shadow.replaceChildren(button);
  }

  async #configuration(): Promise<unknown> {
    if (this.#config !== undefined) return this.#config;
    const inline = this.getAttribute('config-json');
    if (inline !== null) {
      try {
        return JSON.parse(inline);
      } catch (error) {
        return { error: `config-json is not JSON: ${String(error)}` };
      }
    }
    return fetchConfig(this.getAttribute('config') ?? '', 'the config attribute');
  }

  #start(focus: boolean) {
    this.#observer?.disconnect();
    this.#observer = null;
    const requested = this.getAttribute('mode') ?? 'patient';
    const mode = requested === 'agent' ? 'agent' : 'patient';
    if (mode !== requested)
      console.warn(`Sign-in Assistant: unknown mode "${requested}"; using patient`);
    // The stylesheet and the strings (shadowStart.ts, small) while the app's chunks download.
    const started = import('./shadowStart').then((m) =>
      m.startShadow(this.#shadow, this.getAttribute('lang')),
    );
    this.#handle = Promise.all([import('./element'), this.#configuration(), started]).then(
      ([{ mountInShadow }, config, shadow]) =>
        mountInShadow(this, shadow, {
          config,
          configUrl: this.getAttribute('config') ?? undefined,
          locale: this.getAttribute('lang') ?? undefined,
          deepLink: this.getAttribute('start') ? `start=${this.getAttribute('start')}` : '',
          instance: this.getAttribute('instance') ?? this.id,
          label: this.getAttribute('label') ?? undefined,
          // `step` adds step ids to the events; otherwise the configuration's level, or flow only.
          signals: this.getAttribute('signals') ?? undefined,
          mode,
          focus,
        }),
    );
  }

  #restart() {
    void this.#handle?.then((h) => h.unmount());
    this.#start(false);
  }
}

const frameOrigin = (frame: HTMLIFrameElement) => new URL(frame.src, document.baseURI).origin;
const framedAssistants = () => [
  ...document.querySelectorAll<HTMLIFrameElement>('iframe[data-signin-assistant]'),
];

/** Asks a frame for its current size: it may have sized itself before this script ran. */
function sync(frame: HTMLIFrameElement) {
  if (frame.src) frame.contentWindow?.postMessage(envelope({ type: 'sync' }), frameOrigin(frame));
}

/** Framed assistants: size the frame to its content and pass its events on, from its origin only. */
function listenToFrames() {
  for (const frame of framedAssistants()) {
    sync(frame);
    frame.addEventListener('load', () => sync(frame));
  }
  window.addEventListener('message', (event) => {
    const frame = framedAssistants().find((f) => f.contentWindow === event.source);
    if (!frame || event.origin !== frameOrigin(frame)) return;
    const message = readFrameMessage(event.data);
    if (message?.type === 'resize') frame.style.height = `${message.height}px`;
    else if (message?.type === 'signal')
      frame.dispatchEvent(
        new CustomEvent(`${EVENT_PREFIX}${message.signal.type}`, {
          detail: Object.freeze({ ...message.signal }),
          bubbles: true,
        }),
      );
  });
}

/** Asks a framed assistant to change language (for a host's own language switcher). */
export function setFrameLanguage(frame: HTMLIFrameElement, lang: string) {
  frame.contentWindow?.postMessage(envelope({ type: 'language', lang }), frameOrigin(frame));
}

if (!customElements.get(TAG)) {
  customElements.define(TAG, SigninAssistantElement);
  listenToFrames();
}
