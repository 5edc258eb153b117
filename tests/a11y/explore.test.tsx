import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { loadScenarios } from '../scenarios/load';
import { renderAssistant } from '../support/render';
import { playByEar } from './ear';

for (const { scenario } of loadScenarios())
it(scenario.id, async () => {
  const { container, unmount } = renderAssistant({ org: scenario.org, locale: scenario.lang ?? 'en', now: scenario.now });
  const t = Date.now();
  const out = await playByEar(scenario, container);
  const lines = [];
  for (const s of out.screens) {
    lines.push(`ARRIVAL ${JSON.stringify(s.arrival)} LIVE ${JSON.stringify(s.live)}`);
    lines.push(s.read.map((i) => i.phrase).join('\n'));
    lines.push(`DID ${s.did}`);
  }
  lines.push(`${out.passed} ${out.reason} ${Date.now() - t}ms`);
  writeFileSync(`/tmp/sr-${scenario.id}.txt`, lines.join('\n'));
  console.log(scenario.id, out.passed, out.reason, out.screens.length, Date.now() - t);
  unmount();
});
