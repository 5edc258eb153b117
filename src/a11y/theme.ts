// A configuration's theme becomes the same --signin-assistant-* properties a host page can set in
// CSS, on the element the assistant mounts into; styles.css reads them, useReadableTheme checks them.
import type { Theme } from '../../flows/config/schema';

const PROPERTIES: Record<keyof Theme, string> = {
  brand: '--signin-assistant-brand',
  text: '--signin-assistant-text',
  background: '--signin-assistant-background',
  brandDark: '--signin-assistant-brand-dark',
  textDark: '--signin-assistant-text-dark',
  backgroundDark: '--signin-assistant-background-dark',
  font: '--signin-assistant-font',
  radius: '--signin-assistant-radius',
  space: '--signin-assistant-space',
};

/** Through the CSS object model, which a strict style-src allows (an inline style attribute is not). */
export function applyTheme(element: Element, theme: Theme | undefined): void {
  if (!theme || !(element instanceof HTMLElement)) return;
  for (const [key, property] of Object.entries(PROPERTIES)) {
    const value = theme[key as keyof Theme];
    if (value) element.style.setProperty(property, value);
  }
}
