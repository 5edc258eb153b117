// The standalone page: picks a demo health system from `?org=`, loads its configuration from
// public/orgs/, and mounts the assistant (`?mode=agent`, or staff/index.html, for the help-desk agent
// view, which alone also loads the organization's agent facts, orgs/<id>.agent.json). `?now=` (an ISO time) sets the clock for demos.
import '../styles.css';
import { fetchConfig } from './configSource';
import { mount } from './mount';

const DEMO_ORGS = ['riverside', 'lakeside'];

async function start() {
  const element = document.getElementById('assistant');
  if (!element) return;
  const params = new URLSearchParams(window.location.search);
  const requested = params.get('org') ?? 'riverside';
  const org = DEMO_ORGS.includes(requested) ? requested : 'riverside';
  const picker = document.getElementById('org-picker') as HTMLSelectElement | null;
  if (picker) picker.value = org;
  // staff/index.html is the agent view only (data-mode), the page a web team puts behind staff sign-in.
  const mode =
    element.dataset.mode === 'agent' || params.get('mode') === 'agent' ? 'agent' : 'patient';
  const modePicker = document.getElementById('mode-picker') as HTMLSelectElement | null;
  if (modePicker) modePicker.value = mode;
  const fixed = params.get('now');
  const nowAt = fixed && !Number.isNaN(Date.parse(fixed)) ? new Date(fixed) : null;
  const address = `${element.dataset.orgs ?? `${import.meta.env.BASE_URL}orgs/`}${org}.json`;
  await mount(element, {
    config: await fetchConfig(address),
    configUrl: address,
    now: nowAt ? () => nowAt : undefined,
    locale: params.get('lang') ?? undefined,
    manageTitle: true,
    browserHistory: true,
    deepLink: window.location.hash,
    mode,
  });
}

start();
