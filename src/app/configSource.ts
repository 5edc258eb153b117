// Reads a configuration file for the standalone page, the element and the frame. Only from the
// page's own origin (a configuration decides where people are sent for help), and a failure
// becomes a value mount() reports like any invalid configuration, with a way to a person.
export async function fetchConfig(
  address: string,
  what = 'the configuration address',
): Promise<unknown> {
  let url: URL;
  try {
    if (!address.trim()) throw new Error('empty');
    url = new URL(address, document.baseURI);
  } catch {
    return { error: `${what} is missing or not an address` };
  }
  if (url.origin !== window.location.origin)
    return { error: `${what} must be on this page’s own origin` };
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    return response.ok ? await response.json() : { error: `HTTP ${response.status} for ${url}` };
  } catch (error) {
    return { error: String(error) };
  }
}
