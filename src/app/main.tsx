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
  const choice = chooseOrg(params.get('org'), ORG_LIST);
  const picker = document.getElementById('org-picker') as HTMLSelectElement | null;
  if (picker) {
    // Every configuration in public/orgs/, not only the two in index.html.
    for (const { id, name } of ORG_LIST)
      if (![...picker.options].some((o) => o.value === id)) picker.add(new Option(name, id));
    if (choice.org) picker.value = choice.org;
    else picker.add(new Option(`Unknown: ${params.get('org')?.slice(0, 40)}`, '', true, true));
  }
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
