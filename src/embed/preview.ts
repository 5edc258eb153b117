// The preview page for web teams (/embed/preview.html): load or paste a configuration, see the
// validator's findings (flows/config/check.ts), and walk the assistant with it. All in the browser:
// the file is read locally and nothing is sent anywhere.
import '../styles.css';
import { type ConfigReport, checkConfig } from '../../flows/config/check';
import { type MountHandle, mount } from '../app/mount';

const form = document.getElementById('pv-form') as HTMLFormElement;
const file = document.getElementById('pv-file') as HTMLInputElement;
const demo = document.getElementById('pv-demo') as HTMLSelectElement;
const text = document.getElementById('pv-text') as HTMLTextAreaElement;
const mode = document.getElementById('pv-mode') as HTMLSelectElement;
const findings = document.getElementById('pv-findings')!;
const assistant = document.getElementById('pv-assistant')!;
let current: MountHandle | null = null;

function item(kind: 'error' | 'warning', path: string, message: string, suggestion: string) {
  const li = document.createElement('li');
  li.className = `pv-${kind}`;
  const strong = document.createElement('strong');
  strong.textContent = `${kind === 'error' ? 'Error' : 'Warning'} at ${path}: `;
  li.append(strong, message, document.createElement('br'), `Suggestion: ${suggestion}`);
  return li;
}

function show(report: ConfigReport | { parseError: string }) {
  const summary = document.createElement('p');
  const list = document.createElement('ul');
  if ('parseError' in report) {
    summary.textContent = 'This is not JSON, so it could not be checked.';
    list.append(item('error', '(file)', report.parseError, 'Remove comments and trailing commas.'));
  } else {
    const e = report.errors.length;
    const w = report.warnings.length;
    summary.textContent = report.ok
      ? `Valid${w ? `, with ${w} warning${w === 1 ? '' : 's'}` : ', with no warnings'}.`
      : `Not valid: ${e} problem${e === 1 ? '' : 's'}. The assistant below shows what a patient would see.`;
    for (const x of report.errors) list.append(item('error', x.path, x.message, x.suggestion));
    for (const x of report.warnings) list.append(item('warning', x.path, x.message, x.suggestion));
  }
  findings.replaceChildren(summary, ...(list.children.length ? [list] : []));
}

async function preview(source: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    show({ parseError: String((error as Error).message) });
    return;
  }
  show(checkConfig(raw));
  current?.unmount();
  assistant.replaceChildren();
  const container = document.createElement('div');
  assistant.append(container);
  current = await mount(container, {
    config: raw,
    landmark: 'region',
    persist: false,
    mode: mode.value === 'agent' ? 'agent' : 'patient',
  });
}

file.addEventListener('change', async () => {
  const chosen = file.files?.[0];
  if (chosen) text.value = await chosen.text();
});

demo.addEventListener('change', async () => {
  if (!demo.value) return;
  const response = await fetch(`/orgs/${demo.value}.json`);
  text.value = await response.text();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void preview(text.value);
});
