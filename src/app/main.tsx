// The standalone page: picks a demo health system from `?org=`, loads its configuration from
// public/orgs/, and mounts the assistant (`?mode=agent`, or staff/index.html, for the help-desk agent
// view, which alone also loads the organization's agent facts, orgs/<id>.agent.json). `?now=` (an ISO time) sets the clock for demos.
import '../styles.css';
import { CONFIG_FOLDER } from './configSource';
import { requestStart } from './requestStart';

const DEMO_ORGS = ['riverside', 'lakeside'];

async function start() {
  const element = document.getElementById('assistant');
  if (!element) return;
  const params = new URLSearchParams(window.location.search);
  const requested = params.get('org') ?? 'riverside';
  const org = DEMO_ORGS.includes(requested) ? requested : 'riverside';
  // First of all: what the first question needs, requested at once (requestStart.ts).
  const address = `${element.dataset.orgs ?? CONFIG_FOLDER}${org}.json`;
  const requests = requestStart(address, undefined, params.get('lang'), { folder: CONFIG_FOLDER });
  const picker = document.getElementById('org-picker') as HTMLSelectElement | null;
  if (picker) picker.value = org;
  // staff/index.html is the agent view only (data-mode), the page a web team puts behind staff sign-in.
  const mode =
    element.dataset.mode === 'agent' || params.get('mode') === 'agent' ? 'agent' : 'patient';
  const modePicker = document.getElementById('mode-picker') as HTMLSelectElement | null;
  if (modePicker) modePicker.value = mode;
  const fixed = params.get('now');
  const nowAt = fixed && !Number.isNaN(Date.parse(fixed)) ? new Date(fixed) : null;
  const mount = await requests.mount;
  await mount(element, {
    config: await requests.config,
    configUrl: address,
    now: nowAt ? () => nowAt : undefined,
    locale: requests.locale,
    manageTitle: true,
    browserHistory: true,
    deepLink: window.location.hash,
    mode,
  });
}

start();
