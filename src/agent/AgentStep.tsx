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
import { CallerWords } from './CallerWords';
import { IdentityCheck } from './panels/IdentityCheck';
import type { CallerScreen } from './useCallerScreen';

interface Props extends StepProps {
  wordingFacts: Record<string, unknown>;
  singleKeys: boolean;
  /** The caller's screen, when the caller reads it in another language than the agent. */
  caller?: CallerScreen;
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
  const { view, text, headingRef, wordingFacts, singleKeys, onAnswer, session, caller } = props;
  const { t } = useTranslation('agent');
  const identityId = useId();
  // The caller's heading, as their screen shows it, under the agent's own.
  const callerTitle = caller ? (
    <p className="sa-agent__caller-screen">
      <strong>
        {t('ui.caller.screen')} (<span lang={caller.language}>{caller.name}</span>):
      </strong>{' '}
      <CallerWords caller={caller} part="title">
        {caller.text.title}
      </CallerWords>
    </p>
  ) : null;
  // Hint and body in the caller's language when it differs, so the agent can read them out.
  const seen = caller?.text ?? text;
  const wording = <AgentWording step={view.key} facts={wordingFacts} />;
  const heading = (
    <h1 className="sa-heading" tabIndex={-1} ref={headingRef}>
      {text.title}
    </h1>
  );
  const seenBody = (
    <>
      {seen.hint ? <p>{seen.hint}</p> : null}
      {seen.body ? <Markdown source={seen.body} /> : null}
    </>
  );
  const callerSees =
    seen.hint || seen.body ? (
      <details className="sa-agent__caller">
        <summary>
          {t('ui.callerSeesMore')}
          {caller ? (
            <>
              {' '}
              (<span lang={caller.language}>{caller.name}</span>)
            </>
          ) : null}
        </summary>
        {caller ? (
          <CallerWords caller={caller} part="body" block>
            {seenBody}
          </CallerWords>
        ) : (
          seenBody
        )}
      </details>
    ) : null;

  // A field only where an agent may take the value; otherwise the caller checks it themselves.
  if (view.kind === 'input' && agentMayTake(view.field!))
    return (
      <>
        <InputStep {...props} />
        {callerTitle}
        {wording}
        {callerSees}
      </>
    );
  return (
    <>
      {heading}
      {callerTitle}
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
          caller={caller}
          onAnswer={onAnswer}
          singleKeys={singleKeys}
        />
      ) : null}
      {callerSees}
    </>
  );
}
