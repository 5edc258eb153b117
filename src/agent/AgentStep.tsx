// The current step for the agent: the caller's question as the heading, the agent's wording, the
// answers (or the field, or where to send the caller, after the organization's identity check),
// and what the caller's own screen says.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { agentMayTake } from '../../flows/agent/fields';
import { internalRouteFor, routeHow } from '../../flows/agent/routes';
import { channelsFor, contactNeed } from '../../flows/contact/routing';
import { encodeHandoff } from '../../flows/session/handoff';
import { Channels } from '../contact/Channels';
import { InputStep } from '../steps/InputStep';
import type { StepProps } from '../steps/StepProps';
import { Markdown } from '../ui/markdown/Markdown';
import { AgentAnswers } from './AgentAnswers';
import { AgentWording } from './AgentWording';
import { IdentityCheck } from './panels/IdentityCheck';

interface Props extends StepProps {
  wordingFacts: Record<string, unknown>;
  singleKeys: boolean;
}

function WhereToSend({ config, view, now }: Pick<Props, 'config' | 'view' | 'now'>) {
  const { t } = useTranslation('agent');
  const id = useId();
  const need = contactNeed(view.escalation);
  const at = now();
  const routed = channelsFor(config, need, at);
  const route = internalRouteFor(need);
  const how = routeHow(config, route);
  return (
    <div>
      <h2 className="sa-subheading" id={`${id}-send`}>
        {t('ui.contact.heading')}: {t(`ui.note.need.${need}`)}
      </h2>
      <Channels routed={routed} now={at} />
      <p>
        <strong>{t('ui.contact.route')}:</strong>{' '}
        {how ? `${t(`routes.${route}`)}: ${how}` : t('ui.facts.notSet', { orgName: config.name })}
      </p>
    </div>
  );
}

export function AgentStep(props: Props) {
  const { view, text, headingRef, wordingFacts, singleKeys, onAnswer, session } = props;
  const { t } = useTranslation('agent');
  const identityId = useId();
  const wording = <AgentWording step={view.key} facts={wordingFacts} />;
  const heading = (
    <h1 className="sa-heading" tabIndex={-1} ref={headingRef}>
      {text.title}
    </h1>
  );
  const callerSees =
    text.hint || text.body ? (
      <details className="sa-agent__caller">
        <summary>{t('ui.callerSeesMore')}</summary>
        {text.hint ? <p>{text.hint}</p> : null}
        {text.body ? <Markdown source={text.body} /> : null}
      </details>
    ) : null;

  // A field only where an agent may take the value; otherwise the caller checks it themselves.
  if (view.kind === 'input' && agentMayTake(view.field!))
    return (
      <>
        <InputStep {...props} />
        {wording}
        {callerSees}
      </>
    );
  return (
    <>
      {heading}
      {wording}
      {view.kind === 'contact' ? (
        <>
          <IdentityCheck config={props.config} headingId={`${identityId}-identity`} />
          <WhereToSend config={props.config} view={view} now={props.now} />
          <p>{t('ui.note.code', { code: encodeHandoff(session) })}</p>
        </>
      ) : view.answers.length ? (
        <AgentAnswers
          answers={view.answers}
          text={text}
          onAnswer={onAnswer}
          singleKeys={singleKeys}
        />
      ) : null}
      {callerSees}
    </>
  );
}
