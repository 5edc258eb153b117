// The element's first lines, in a chunk of their own: the shadow root's stylesheet and the
// person's strings are requested as soon as this small chunk arrives, while the app's chunks
// (the largest) are still downloading and being run. Before, both waited until the whole app had
// been evaluated: about 110 ms on the demo host page with nothing throttled.
import { requestFirstScreen } from '../app/requestStart';
import cssUrl from '../styles.css?url';

/** Replaced by the build with the stylesheet's integrity; kept as long as one. */
const STYLE_INTEGRITY = 'sha384-________________________________________________________________';

export interface ShadowStart {
  /** Where the assistant renders, beside the stylesheet. */
  container: HTMLDivElement;
  /** Settles once the stylesheet has loaded (or failed to). */
  styled: Promise<unknown>;
}

export function startShadow(shadow: ShadowRoot, locale: string | null): ShadowStart {
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
  // The validator waits for the configuration (element.ts): a file the build checked needs none.
  requestFirstScreen(locale);
  return { container, styled };
}
