// The help-desk agent's view: the same machine and session as the patient's, shown with the
// agent's wording, the caller's path, the organization's facts, a ticket note, a quick jump, a
// handoff code box and keys. It decides nothing itself: answers go to the same session commands.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeStep } from '../../flows/machine/describe';
import { DEEP_LINKS } from '../../flows/session/deepLinks';
import { canGoBack, replay, type Session } from '../../flows/session/session';
import { Announcer } from '../a11y/Announcer';
import { useReadableTheme } from '../a11y/useReadableTheme';
import { useStepFocus } from '../a11y/useStepFocus';
import { maskTypedFacts, stepFacts } from '../i18n/facts';
import { directionOf } from '../i18n/i18n';
import { useSession } from '../session/useSession';
import type { ViewProps } from '../session/viewProps';
import { stepText } from '../steps/stepText';
import { AgentMoves } from './AgentMoves';
import { AgentStep } from './AgentStep';
import { AgentTop } from './AgentTop';
import { agentFacts, withCallerScreen } from './agentFacts';
import { KeyList } from './keys/KeyList';
import { useAgentKeys } from './keys/useAgentKeys';
import { useSingleKeys } from './keys/useSingleKeys';
import { CodeBox } from './panels/CodeBox';
import { JumpBox } from './panels/JumpBox';
import { OrgFacts } from './panels/OrgFacts';
import { PathList } from './panels/PathList';
import { TicketPanel } from './panels/TicketPanel';
import { callNote } from './panels/ticketText';
import { useCallAnnouncer } from './useCallAnnouncer';

/** The patient view's props that mean the same here; the agent view needs its own saved call. */
export type AgentViewProps = Pick<
  ViewProps,
  'config' | 'now' | 'manageTitle' | 'landmark' | 'onChangeLanguage' | 'persist' | 'label'
> & { storageKey: string };

export function AgentView({
  config,
  now,
  manageTitle = false,
  landmark = 'main',
  onChangeLanguage,
  persist = true,
  storageKey,
  label,
}: AgentViewProps) {
  const { t, i18n } = useTranslation('agent');
  const today = useMemo(() => new Intl.DateTimeFormat('en-CA').format(now()), [now]);
  const { session, dispatch, restoreFailed } = useSession(
    { config, today, appVersion: APP_VERSION, deepLink: '', storageKey },
    persist,
  );
  const view = describeStep(session.snapshot);
  // A path opened from a handoff code carries what checks found, never what was typed: where a
  // step would show a typed value, the agent is pointed to the caller's screen instead.
  const typedFacts = stepFacts(config, view, i18n.t, i18n.language);
  const facts = withCallerScreen(typedFacts, i18n.t);
  const text = stepText(view, facts, i18n);
  const wordingFacts = { ...facts, ...agentFacts(config, i18n.t, i18n.language) };
  const stepNumber = session.trail.length + 1;
  const stepId = `${session.trail.length}:${view.key}:${session.visited.join(',')}`;
  const headingRef = useStepFocus<HTMLHeadingElement>(stepId, Boolean(view.inputError));
  const { announcement, say, sayFor } = useCallAnnouncer(session, stepId, () =>
    t('ui.announce.step', { number: stepNumber, title: text.title }),
  );
  // Typed as a div; the same ref sits on a section when embedded.
  const rootRef = useRef<HTMLDivElement>(null);
  useReadableTheme(rootRef);
  const [call, setCall] = useState(0);
  const [showKeys, setShowKeys] = useState(false);
  const [singleKeys, chooseSingleKeys] = useSingleKeys();
  const jumpRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const keysRef = useRef<HTMLHeadingElement>(null);

  // The path and the note show typed values masked, as the note is pasted elsewhere.
  const masked = withCallerScreen(maskTypedFacts(typedFacts), i18n.t);
  const {
    data: noteData,
    words,
    text: note,
  } = callNote(session, config, now(), masked, i18n.t, i18n.language);

  useEffect(() => {
    if (!manageTitle) return;
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = directionOf(i18n.language);
    document.title = `${text.title} – ${t('ui.orgLabel', { orgName: config.name })}`;
  }, [manageTitle, text.title, config.name, t, i18n.language]);

  useEffect(() => {
    if (showKeys) keysRef.current?.focus();
  }, [showKeys]);

  // For the browser tests and the benchmark, as in the patient view.
  useEffect(() => {
    performance.mark?.('first-interactive');
  }, []);

  const open = (next: Session, message: string) => {
    sayFor(next, message);
    dispatch({ type: 'replace', session: next });
  };
  const startOver = () => {
    sayFor('restart', t('ui.announce.restarted'));
    dispatch({ type: 'restart' });
    setCall((n) => n + 1);
    headingRef.current?.focus();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(note);
      say(t('ui.announce.copied'));
    } catch {
      say(t('ui.announce.copyFailed'));
    }
  };
  const answer = (id: string) => dispatch({ type: 'step', event: { type: `pick.${id}` } });

  useAgentKeys(rootRef, singleKeys, (command) => {
    switch (command.type) {
      case 'answer': {
        const id = view.answers[command.index];
        if (id) answer(id);
        return;
      }
      case 'back':
        if (canGoBack(session)) dispatch({ type: 'back' });
        return;
      case 'startOver':
        startOver();
        return;
      case 'jump':
        jumpRef.current?.focus();
        return;
      case 'code':
        codeRef.current?.focus();
        return;
      case 'notes':
        notesRef.current?.focus();
        return;
      case 'person':
        dispatch({ type: 'step', event: { type: 'help.requested' } });
        return;
      case 'copy':
        void copy();
        return;
      case 'keys':
        setShowKeys((shown) => !shown);
        return;
    }
  });

  const own = landmark === 'main';
  const Root = own ? 'div' : 'section';
  const Top = own ? 'header' : 'div';
  const Main = own ? 'main' : 'div';
  const Side = own ? 'aside' : 'div';

  return (
    <Root
      ref={rootRef}
      className="sa-root sa-agent"
      lang={i18n.language}
      dir={directionOf(i18n.language)}
      {...(own ? {} : { 'aria-label': label ?? t('ui.orgLabel', { orgName: config.name }) })}
    >
      <AgentTop
        as={Top}
        orgName={config.name}
        showKeys={showKeys}
        singleKeys={singleKeys}
        onToggleKeys={() => setShowKeys((shown) => !shown)}
        onChangeLanguage={(c) => void onChangeLanguage(c)}
      />
      {restoreFailed ? (
        <p className="sa-notice" role="status">
          {t('ui:notice.restoreFailed')}
        </p>
      ) : null}
      {showKeys ? (
        <KeyList
          ref={keysRef}
          singleKeys={singleKeys}
          onSingleKeys={chooseSingleKeys}
          onClose={() => {
            setShowKeys(false);
            headingRef.current?.focus();
          }}
        />
      ) : null}
      <div className="sa-agent__layout">
        <Main className="sa-main sa-agent__main">
          <p className="sa-agent__where">
            {t('ui.stepOf', { number: stepNumber, flow: t(`flows.${view.flow}`) })}
          </p>
          <AgentStep
            key={stepId}
            view={view}
            session={session}
            text={text}
            config={config}
            now={now}
            headingRef={headingRef}
            wordingFacts={wordingFacts}
            singleKeys={singleKeys}
            onAnswer={answer}
            onEvent={(event) => dispatch({ type: 'step', event })}
            onRestart={startOver}
            onErrorChange={() => {}}
          />
          <AgentMoves
            canGoBack={canGoBack(session)}
            atContact={view.kind === 'contact'}
            onBack={() => dispatch({ type: 'back' })}
            onPerson={() => dispatch({ type: 'step', event: { type: 'help.requested' } })}
            onStartOver={startOver}
          />
        </Main>
        <Side className="sa-agent__side" {...(own ? { 'aria-label': t('ui.tools') } : {})}>
          <PathList
            summary={noteData}
            words={words}
            currentTitle={text.title}
            onGoTo={(length) => dispatch({ type: 'goTo', length })}
          />
          <JumpBox
            ref={jumpRef}
            onJump={(name, jumpTitle) =>
              open(
                replay(config, DEEP_LINKS[name]!, today),
                t('ui.announce.jumped', { title: jumpTitle }),
              )
            }
          />
          <CodeBox
            ref={codeRef}
            config={config}
            today={today}
            onOpen={(opened) =>
              open(
                opened,
                t('ui.announce.opened', {
                  number: opened.trail.length + 1,
                  title: words.title(String(opened.snapshot.value)),
                }),
              )
            }
          />
          <TicketPanel key={call} ref={notesRef} note={note} onCopy={() => void copy()} />
          <OrgFacts config={config} minute={Math.floor(now().getTime() / 60_000)} />
        </Side>
      </div>
      <Announcer message={announcement} />
    </Root>
  );
}
