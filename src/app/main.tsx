// The standalone page: picks a demo health system from `?org=`, loads its configuration from
// public/orgs/, and mounts the assistant (`?mode=agent` for the help-desk agent view). `?now=` (an ISO time) sets the clock for demos.
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
  const picker = document.getElementById('org-picker') as HTMLSelectElement | null;
  if (picker) picker.value = org;
  const mode = params.get('mode') === 'agent' ? 'agent' : 'patient';
  const modePicker = document.getElementById('mode-picker') as HTMLSelectElement | null;
  if (modePicker) modePicker.value = mode;
  const requests = requestStart(`${CONFIG_FOLDER}${org}.json`, undefined, params.get('lang'), {
    folder: CONFIG_FOLDER,
  });
  const fixed = params.get('now');
  const nowAt = fixed && !Number.isNaN(Date.parse(fixed)) ? new Date(fixed) : null;
  const mount = await requests.mount;
  await mount(element, {
    config: await requests.config,
    now: nowAt ? () => nowAt : undefined,
    locale: requests.locale,
    manageTitle: true,
    browserHistory: true,
    deepLink: window.location.hash,
    mode,
  });
}

start();
