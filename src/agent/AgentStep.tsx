// The current step for the agent: the caller's question as the heading, the agent's wording, the
// answers (or the field, or where to send the caller, after the organization's identity check),
// and what the caller's own screen says.
import { useId } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { agentMayTake } from '../../flows/agent/fields';
import { internalRouteFor, routeHow } from '../../flows/agent/routes';
import { channelsFor, contactNeed } from '../../flows/contact/routing';
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
  /** The call's handoff code, as the caller's own (their language included). */
  code: string;
}

function WhereToSend({
  config,
  view,
  now,
  caller,
}: Pick<Props, 'config' | 'view' | 'now' | 'caller'>) {
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
      {caller ? (
        // The same channels and opening hours as the caller's screen shows them, to read out.
        <details className="sa-agent__caller">
          <summary>
            {t('ui.callerSeesMore')} (<span lang={caller.language}>{caller.name}</span>)
          </summary>
          <CallerWords caller={caller} part="body" block>
            <I18nextProvider i18n={caller.i18n}>
              <Channels routed={routed} now={at} />
            </I18nextProvider>
          </CallerWords>
        </details>
      ) : null}
      <p>
        <strong>{t('ui.contact.route')}:</strong>{' '}
        {how ? `${t(`routes.${route}`)}: ${how}` : t('ui.facts.notSet', { orgName: config.name })}
      </p>
    </div>
  );
}

export function AgentStep(props: Props) {
  const { view, text, headingRef, wordingFacts, singleKeys, onAnswer, caller } = props;
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
        {caller ? (
          // The field's buttons as the caller sees them, in the same order (submit first).
          <ul className="sa-agent__caller-buttons" aria-label={t('ui.caller.screen')}>
            {[caller.text.submit, ...view.answers.map((a) => caller.text.answer(a))].map(
              (said, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the buttons' order is their identity
                <li key={i}>
                  <CallerWords caller={caller} part="answer">
                    {said}
                  </CallerWords>
                </li>
              ),
            )}
          </ul>
        ) : null}
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
          <WhereToSend config={props.config} view={view} now={props.now} caller={caller} />
          <p>{t('ui.note.code', { code: props.code })}</p>
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
