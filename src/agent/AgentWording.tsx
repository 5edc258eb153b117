// The current step in the agent's words: what to ask, what to tell, what to check, and what never
// to ask for. The wording is the step's own (content/<locale>/agent.yaml); a step without any is a
// content bug the tests catch, never a silent fall back to the patient's words.
import { useTranslation } from 'react-i18next';

const PARTS = ['ask', 'tell', 'check'] as const;

export function AgentWording({ step, facts }: { step: string; facts: Record<string, unknown> }) {
  const { t, i18n } = useTranslation('agent');
  const text = (part: string) =>
    i18n.exists(`agent:steps.${step}.${part}`) ? t(`steps.${step}.${part}`, facts) : '';
  const never = text('never');
  return (
    <div className="sa-agent__wording" data-agent-wording={step}>
      {PARTS.map((part) => {
        const label = { ask: t('ui.ask'), tell: t('ui.tell'), check: t('ui.check') }[part];
        const said = text(part);
        return said ? (
          <p className={`sa-agent__say sa-agent__say--${part}`} key={part}>
            <strong>{label}:</strong> {said}
          </p>
        ) : null;
      })}
      <p className="sa-agent__say sa-agent__say--never">
        <strong>{t('ui.never')}:</strong> {never || t('ui.neverAlways')}
      </p>
    </div>
  );
}
