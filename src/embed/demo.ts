// The demo host page: points the element and the frame at a demo organization and lists the events
// the page receives, as a host's analytics would. Runs before the loader, so attributes are set
// before the element starts.
const DEMO_ORGS = ['riverside', 'lakeside'];
const params = new URLSearchParams(window.location.search);
const requested = params.get('org') ?? 'riverside';
const org = DEMO_ORGS.includes(requested) ? requested : 'riverside';
const show = params.get('show') ?? 'both';
// ?bare=1 drops the page's own stylesheet (its "reset everything" rule included), to compare.
if (params.get('bare')) document.querySelector('link[rel="stylesheet"]')?.remove();
const config = `/orgs/${org}.json`;

const element = document.getElementById('help');
const frame = document.getElementById('help-frame') as HTMLIFrameElement | null;
if (show === 'frame' || show === 'none') document.getElementById('element-demo')?.remove();
else {
  element?.setAttribute('config', config);
  element?.setAttribute('label', 'Sign-in help on this page');
}
if (show === 'element' || show === 'none') document.getElementById('frame-demo')?.remove();
else if (frame) {
  // Two assistants on one page need two names for their regions.
  const query = new URLSearchParams({ config, label: 'Sign-in help in a frame' });
  for (const key of ['lang', 'start', 'mode']) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  frame.src = `/embed/frame.html?${query}`;
}
// `?mode=agent` shows the element's help-desk agent view.
for (const key of ['lang', 'start', 'mode']) {
  const value = params.get(key);
  if (value) element?.setAttribute(key, value);
}

const log = document.getElementById('event-log');
for (const type of ['step', 'fix', 'helped', 'escalated', 'handoff']) {
  document.addEventListener(`signin-assistant:${type}`, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type}: ${JSON.stringify((event as CustomEvent).detail)}`;
    log?.prepend(item);
    while (log && log.children.length > 8) log.lastElementChild?.remove();
  });
}
