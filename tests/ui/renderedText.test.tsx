// The rendered-text check: every step the model walk reaches, for every demo and test
// configuration, in every locale, rendered as a patient sees it (title, hint, answers, body) and
// as the agent view says it (its "never" line included). No literal Markdown (`**`, `__`, `](`, a paragraph line starting
// "- " or "1. "), no unfilled {{placeholder}}. Facts that are lists or links (the ways to send a
// proxy form, to get a new code, to prove identity) must arrive as real lists and links, in the
// shipped text and in a configuration's own text.
import type { i18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { OrgConfig } from '../../flows/config/schema';
import { describeStep } from '../../flows/machine/describe';
import { shortestPaths } from '../../flows/machine/explore';
import { AgentWording } from '../../src/agent/AgentWording';
import { agentFacts, withCallerScreen } from '../../src/agent/agentFacts';
import { stepFacts } from '../../src/i18n/facts';
import type { TextOverrides } from '../../src/i18n/i18n';
import { stepText } from '../../src/steps/stepText';
import { Markdown } from '../../src/ui/markdown/Markdown';
import MarkdownRenderer from '../../src/ui/markdown/MarkdownRenderer';
import { testI18n } from '../support/i18n';
import { walkConfigs } from '../support/orgs';
import { markdownLeaks, unisolatedRuns } from '../support/renderedText';

const LOCALES = ['en', 'es', 'zh', 'vi', 'ar'];
const LIST_FACTS = ['proxyFormWays', 'newCodeWays', 'assistedWays'];

/** The steps each configuration reaches (one snapshot per step), walked once per test file. */
const walked = new Map<OrgConfig, [string, ReturnType<typeof shortestPaths>[number]['state']][]>();
function stepsOf(config: OrgConfig) {
  if (!walked.has(config)) walked.set(config, walkSteps(config));
  return walked.get(config)!;
}

function walkSteps(config: OrgConfig) {
  const seen = new Map<string, ReturnType<typeof shortestPaths>[number]['state']>();
  for (const path of shortestPaths(config)) {
    const key = describeStep(path.state).key;
    if (!seen.has(key)) seen.set(key, path.state);
  }
  return [...seen.entries()];
}

function renderStep(i18n: i18n, config: OrgConfig, state: Parameters<typeof describeStep>[0]) {
  const view = describeStep(state);
  const facts = stepFacts(config, view, i18n.t, i18n.language);
  const text = stepText(view, facts, i18n);
  const answers = view.answers ?? [];
  const body =
    typeof text.body === 'string' && text.body ? (
      <MarkdownRenderer source={text.body} />
    ) : (
      <Markdown source={text.body} />
    );
  const wordingFacts = {
    ...withCallerScreen(facts, i18n.t),
    ...agentFacts(config, i18n.t, i18n.language),
  };
  // Rendered to markup, not mounted: only the text and its elements are checked, and 5,000
  // mounted renders (every step × configuration × locale) took 46 s of a CI run.
  const container = document.createElement('div');
  container.innerHTML = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <div data-part="patient">
        <h1>{text.title}</h1>
        {text.hint ? <p>{text.hint}</p> : null}
        {body}
        {answers.map((id) => (
          <button type="button" key={id}>
            {text.answer(id)}
          </button>
        ))}
      </div>
      <div data-part="agent">
        <AgentWording step={view.key} facts={wordingFacts} />
      </div>
    </I18nextProvider>,
  );
  return { container, unmount: () => {} };
}

const configs = walkConfigs();

describe.each(LOCALES)('rendered text in %s', (locale) => {
  const i18n = testI18n(locale, undefined, true);
  it.each(configs.map(([name, config]) => [name, config] as const))(
    'every step for %s shows no literal Markdown',
    (_name, config) => {
      const problems: string[] = [];
      for (const [key, state] of stepsOf(config)) {
        const { container, unmount } = renderStep(i18n, config, state);
        for (const leak of markdownLeaks(container)) problems.push(`${key}: ${leak}`);
        if (i18n.dir(locale) === 'rtl')
          for (const run of unisolatedRuns(container, [config.name, config.portal.appName]))
            problems.push(`${key}: not isolated: ${run}`);
        unmount();
      }
      expect(problems).toEqual([]);
    },
    60_000,
  );

  it('shows the list facts as lists with working links', () => {
    const [, config] = configs.find(([name]) => name === 'riverside')!;
    const proxy = stepsOf(config).find(([key]) => key === 'proxyAdult')!;
    const { container } = renderStep(i18n, config, proxy[1]);
    const patient = container.querySelector('[data-part="patient"]')!;
    const items = patient.querySelectorAll('ul > li');
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(
      patient.querySelector('a[href="https://riversidehealth.example/proxy-access"]'),
    ).not.toBe(null);
    const agent = container.querySelector('[data-part="agent"]')!;
    expect(agent.querySelectorAll('li').length).toBeGreaterThanOrEqual(2);
    expect(agent.querySelector('a[href="https://riversidehealth.example/proxy-access"]')).not.toBe(
      null,
    );
  });

  it('shows them as lists and links in the agent\'s "never" line too', () => {
    const [, config] = configs.find(([name]) => name === 'riverside')!;
    const own = testI18n(locale, undefined, true);
    const never = `${own.t('agent:steps.proxyAdult.never', { defaultValue: '' })} {{proxyFormWays}}`;
    own.addResource(locale, 'agent', 'steps.proxyAdult.never', never);
    const proxy = stepsOf(config).find(([key]) => key === 'proxyAdult')!;
    const { container } = renderStep(own, config, proxy[1]);
    const line = container.querySelector(
      '[data-part="agent"] .sa-agent__say--never',
    ) as HTMLElement;
    expect(markdownLeaks(line)).toEqual([]);
    expect(line.querySelectorAll('li').length).toBeGreaterThanOrEqual(2);
    expect(line.querySelector('a[href="https://riversidehealth.example/proxy-access"]')).not.toBe(
      null,
    );
  });

  it("shows them as lists in a configuration's own text too", () => {
    const [, config] = configs.find(([name]) => name === 'riverside')!;
    const body = LIST_FACTS.map((fact) => `Here: {{${fact}}}\n\nOr:\n\n{{${fact}}}`).join('\n\n');
    const overrides: TextOverrides = {
      [locale]: { steps: { proxyAdult: { body: `${body}\n\n{{loginKindAdvice}}` } } },
    };
    const own = testI18n(locale, overrides, true);
    const proxy = stepsOf(config).find(([key]) => key === 'proxyAdult')!;
    const { container } = renderStep(own, config, proxy[1]);
    const patient = container.querySelector('[data-part="patient"]') as HTMLElement;
    expect(markdownLeaks(patient)).toEqual([]);
    expect(patient.querySelectorAll('ul').length).toBe(LIST_FACTS.length * 2);
    expect(patient.querySelectorAll('strong').length).toBeGreaterThan(4);
  });
});
