// The current step in the agent's words: what to ask, what to tell, what to check, and what never
// to ask for. The wording is the step's own (content/<locale>/agent.yaml); a step without any is a
// content bug the tests catch, never a silent fall back to the patient's words. Facts that are
// lists or links (the ways to send a proxy form, …) show as a real list with working links.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { factNodes, isMarkdownFact, liftBlocks } from '../i18n/factMarkdown';
import type { MarkdownNode } from '../i18n/markdownTree';
import { render } from '../ui/markdown/Markdown';

const PARTS = ['ask', 'tell', 'check'] as const;
const MARK = '\u0000';
const MARKS = new RegExp(`${MARK}(\\d+)${MARK}`);

/** One line of wording with its Markdown facts as nodes (held apart while i18next fills the rest). */
function richLine(t: TFunction, key: string, facts: Record<string, unknown>): MarkdownNode[] {
  const standIns: Record<string, unknown> = { ...facts };
  const values: string[] = [];
  for (const [name, value] of Object.entries(facts))
    if (isMarkdownFact(name, value)) {
      standIns[name] = `${MARK}${values.length}${MARK}`;
      values.push(value);
    }
  return (t(key, standIns) as string)
    .split(MARKS)
    .flatMap((part, i) => (i % 2 ? factNodes(values[Number(part)]!) : part ? [part] : []));
}

/** One labelled line ("Tell: …"), a paragraph, or paragraphs and lists when a fact is a list. */
function Say({ part, label, said }: { part: string; label: string; said: MarkdownNode[] }) {
  const blocks = liftBlocks('p', {}, [['strong', {}, `${label}:`], ' ', ...said]);
  const className = `sa-agent__say sa-agent__say--${part}`;
  return blocks.length === 1 ? (
    <p className={className}>{(blocks[0] as MarkdownNode[]).slice(2).map(render)}</p>
  ) : (
    <div className={className}>{blocks.map(render)}</div>
  );
}

export function AgentWording({ step, facts }: { step: string; facts: Record<string, unknown> }) {
  const { t, i18n } = useTranslation('agent');
  const has = (part: string) => i18n.exists(`agent:steps.${step}.${part}`);
  // What staff never ask for is filled like the other lines, so a list or link fact shows as one.
  const never = has('never') ? richLine(t, `steps.${step}.never`, facts) : [];
  return (
    <div className="sa-agent__wording" data-agent-wording={step}>
      {PARTS.map((part) => {
        if (!has(part)) return null;
        const said = richLine(t, `steps.${step}.${part}`, facts);
        if (!said.length) return null;
        const label = { ask: t('ui.ask'), tell: t('ui.tell'), check: t('ui.check') }[part];
        return <Say part={part} label={label} said={said} key={part} />;
      })}
      <Say part="never" label={t('ui.never')} said={never.length ? never : [t('ui.neverAlways')]} />
    </div>
  );
}
