// The standalone page: picks a health system from `?org=` (any file in public/orgs/, listed at
// build time; an unknown id shows the configuration-error page naming the known ones), loads it, and mounts the assistant (`?mode=agent` for the help-desk agent view). `?now=` (an ISO time) sets the clock for demos.
import '../styles.css';
import { fetchConfig } from './configSource';
import { mount } from './mount';
import { chooseOrg } from './orgChoice';

async function start() {
  const element = document.getElementById('assistant');
  if (!element) return;
  const params = new URLSearchParams(window.location.search);
  const choice = chooseOrg(params.get('org'), ORG_IDS);
  // Every file in public/orgs/ in the demo bar's picker (a separate chunk: it holds their names).
  void import('./demoPicker').then((m) => m.fillPicker(choice.org, params.get('org') ?? ''));
  const mode = params.get('mode') === 'agent' ? 'agent' : 'patient';
  const modePicker = document.getElementById('mode-picker') as HTMLSelectElement | null;
  if (modePicker) modePicker.value = mode;
  const fixed = params.get('now');
  const nowAt = fixed && !Number.isNaN(Date.parse(fixed)) ? new Date(fixed) : null;
  await mount(element, {
    config: choice.org
      ? await fetchConfig(`${import.meta.env.BASE_URL}orgs/${choice.org}.json`)
      : { error: choice.problem },
    now: nowAt ? () => nowAt : undefined,
    locale: params.get('lang') ?? undefined,
    manageTitle: true,
    browserHistory: true,
    deepLink: window.location.hash,
    mode,
  });
}

start();
