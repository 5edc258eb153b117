// The standalone page: picks a health system from `?org=` (any file in public/orgs/, listed at
// build time; an unknown id shows the configuration-error page naming the known ones), loads it,
// and mounts the assistant (`?mode=agent`, or staff/index.html, for the help-desk agent view,
// which alone also loads the organization's agent facts, orgs/<id>.agent.json). `?now=` (an ISO
// time) sets the clock for demos.
import '../styles.css';
import { CONFIG_FOLDER } from './configSource';
import { startsElsewhere, takeOverPrerender } from './earlyInput';
import { chooseOrg } from './orgChoice';
import { requestStart } from './requestStart';

async function start() {
  const element = document.getElementById('assistant');
  if (!element) return;
  const params = new URLSearchParams(window.location.search);
  const choice = chooseOrg(params.get('org'), ORG_IDS);
  // First of all: what the first question needs, requested at once (requestStart.ts).
  const address = choice.org ? `${element.dataset.orgs ?? CONFIG_FOLDER}${choice.org}.json` : '';
  const requests = requestStart(address, undefined, params.get('lang'), { folder: CONFIG_FOLDER });
  // staff/index.html is the agent view only (data-mode), the page a web team puts behind staff sign-in.
  const mode =
    element.dataset.mode === 'agent' || params.get('mode') === 'agent' ? 'agent' : 'patient';
  // The prerendered (patient's) first question answers from now on, or goes if it is not this
  // person's.
  const early = takeOverPrerender(
    element,
    `${choice.org}:${requests.locale}`,
    startsElsewhere({ org: choice.org ?? '', mode, deepLink: window.location.hash }),
  );
  // Every file in public/orgs/ in the demo bar's picker (a separate chunk: it holds their names).
  void import('./demoPicker').then((m) => m.fillPicker(choice.org, params.get('org') ?? ''));
  const modePicker = document.getElementById('mode-picker') as HTMLSelectElement | null;
  if (modePicker) modePicker.value = mode;
  const fixed = params.get('now');
  const nowAt = fixed && !Number.isNaN(Date.parse(fixed)) ? new Date(fixed) : null;
  const mount = await requests.mount;
  await mount(element, {
    config: choice.org ? await requests.config : { error: choice.problem },
    configUrl: address,
    now: nowAt ? () => nowAt : undefined,
    locale: params.get('lang') ?? undefined,
    manageTitle: true,
    browserHistory: true,
    deepLink: window.location.hash,
    mode,
    early,
  });
}

start();
