// The help-desk agent's view: the same machine and session as the patient's, shown with the
// agent's wording, the caller's path, the organization's facts, a ticket note, a quick jump, a
// handoff code box and keys. It decides nothing itself: answers go to the same session commands.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketNote } from '../../flows/agent/ticketNote';
import { organizationTimeZone } from '../../flows/contact/hours';
import { describeStep } from '../../flows/machine/describe';
import { DEEP_LINKS } from '../../flows/session/deepLinks';
import { encodeHandoff } from '../../flows/session/handoff';
import { canGoBack, replay, type Session } from '../../flows/session/session';
import { Announcer } from '../a11y/Announcer';
import { useReadableTheme } from '../a11y/useReadableTheme';
import { useStepFocus } from '../a11y/useStepFocus';
import { caseWords } from '../contact/summaryText';
import { maskTypedFacts, stepFacts } from '../i18n/facts';
import { directionOf } from '../i18n/i18n';
import { readStored, writeStored } from '../session/storage';
import { useSession } from '../session/useSession';
import type { ViewProps } from '../session/viewProps';
import { stepText } from '../steps/stepText';
import { LanguagePicker } from '../ui/LanguagePicker';
import { AgentStep } from './AgentStep';
import { agentFacts, withCallerScreen } from './agentFacts';
import { KeyButton } from './keys/KeyButton';
import { KeyList } from './keys/KeyList';
import { useAgentKeys } from './keys/useAgentKeys';
import { CodeBox } from './panels/CodeBox';
import { JumpBox } from './panels/JumpBox';
import { OrgFacts } from './panels/OrgFacts';
import { PathList } from './panels/PathList';
import { TicketPanel } from './panels/TicketPanel';
import { ticketText } from './panels/ticketText';

/** The patient view's props that mean the same here; the agent view needs its own saved call. */
const SINGLE_KEYS = 'signin-assistant:agent-single-keys';

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
  const [announcement, setAnnouncement] = useState('');
  // Typed as a div; the same ref sits on a section when embedded.
  const rootRef = useRef<HTMLDivElement>(null);
  useReadableTheme(rootRef);
  // Said for the next step instead of its title (a code opened, a jump, a new call). Kept with the
  // session it belongs to, so StrictMode's repeated effects say the same thing.
  const nextMessage = useRef<{ for: Session | 'restart'; message: string } | null>(null);
  const [call, setCall] = useState(0);
  const [showKeys, setShowKeys] = useState(false);
  // Remembered for the browser session: an agent who turns single keys off wants them off.
  const [singleKeys, setSingleKeys] = useState(() => readStored(SINGLE_KEYS) !== 'off');
  const chooseSingleKeys = (on: boolean) => {
    setSingleKeys(on);
    writeStored(SINGLE_KEYS, on ? 'on' : 'off');
  };
  const jumpRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const keysRef = useRef<HTMLHeadingElement>(null);

  const masked = withCallerScreen(maskTypedFacts(typedFacts), i18n.t);
  // The path and the note show typed values masked, as the note is pasted elsewhere.
  const words = caseWords(i18n.t, masked);
  const code = encodeHandoff(session);
  const noteData = ticketNote(session);
  const note = ticketText(
    noteData,
    {
      orgName: config.name,
      now: now(),
      locale: i18n.language,
      timeZone: organizationTimeZone(config),
      code,
      facts: masked,
    },
    i18n.t,
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: announce per step only
  useEffect(() => {
    const pending = nextMessage.current;
    const mine =
      pending && (pending.for === session || (pending.for === 'restart' && !session.trail.length));
    if (mine) {
      setAnnouncement(pending.message);
      return;
    }
    nextMessage.current = null;
    if (session.trail.length > 0 || announcement)
      setAnnouncement(t('ui.announce.step', { number: stepNumber, title: text.title }));
  }, [stepId]);

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
    nextMessage.current = { for: next, message };
    dispatch({ type: 'replace', session: next });
    setAnnouncement(message);
  };
  const startOver = () => {
    nextMessage.current = { for: 'restart', message: t('ui.announce.restarted') };
    dispatch({ type: 'restart' });
    setCall((n) => n + 1);
    setAnnouncement(t('ui.announce.restarted'));
    headingRef.current?.focus();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(note);
      setAnnouncement(t('ui.announce.copied'));
    } catch {
      setAnnouncement(t('ui.announce.copyFailed'));
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
      <Top className="sa-top">
        <p className="sa-org">{t('ui.orgLabel', { orgName: config.name })}</p>
        <LanguagePicker onChange={(c) => void onChangeLanguage(c)} />
        <button
          className="sa-link"
          type="button"
          aria-expanded={showKeys}
          aria-keyshortcuts={singleKeys ? '?' : undefined}
          onClick={() => setShowKeys((shown) => !shown)}
        >
          {t('ui.keys.open')}
        </button>
      </Top>
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
          <div className="sa-button-group sa-agent__moves">
            {canGoBack(session) ? (
              <KeyButton command="back" onClick={() => dispatch({ type: 'back' })}>
                {t('ui.back')}
              </KeyButton>
            ) : null}
            {view.kind !== 'contact' ? (
              <KeyButton
                command="person"
                onClick={() => dispatch({ type: 'step', event: { type: 'help.requested' } })}
              >
                {t('ui.toPerson')}
              </KeyButton>
            ) : null}
            <KeyButton command="startOver" onClick={startOver}>
              {t('ui.startOver')}
            </KeyButton>
          </div>
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
