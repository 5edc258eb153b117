// The help-desk agent's view: the same machine and session as the patient's, shown with the
// agent's wording, the caller's path, the organization's facts, a ticket note, a quick jump, a
// handoff code box and keys. It decides nothing itself: answers go to the same session commands.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canGoBack, replay } from '../../flows/session/session';
import { Announcer } from '../a11y/Announcer';
import { useReadableTheme } from '../a11y/useReadableTheme';
import { NoticeBanner } from '../contact/NoticeBanner';
import { directionOf, setPageLanguageAndTitle } from '../i18n/locales';
import { readStored, writeStored } from '../session/storage';
import type { ViewProps } from '../session/viewProps';
import { LanguagePicker } from '../ui/LanguagePicker';
import { AgentStep } from './AgentStep';
import { KeyButton } from './keys/KeyButton';
import { KeyList } from './keys/KeyList';
import { useAgentKeys } from './keys/useAgentKeys';
import { CodeBox } from './panels/CodeBox';
import { JumpBox } from './panels/JumpBox';
import { OrgFacts } from './panels/OrgFacts';
import { PathList } from './panels/PathList';
import { TicketPanel } from './panels/TicketPanel';
import { useAgentCall } from './useAgentCall';

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
  const {
    session,
    dispatch,
    restoreFailed,
    today,
    view,
    text,
    titleForPage,
    caller,
    code,
    wordingFacts,
    stepNumber,
    stepId,
    headingRef,
    announcer,
    call,
    words,
    noteData,
    note,
    open,
    startOver,
    copy,
    answer,
  } = useAgentCall({ config, now, persist, storageKey });
  // One function for the whole call, so the path's rows that did not change are not redrawn.
  const goTo = useCallback((length: number) => dispatch({ type: 'goTo', length }), [dispatch]);
  // Typed as a div; the same ref sits on a section when embedded.
  const rootRef = useRef<HTMLDivElement>(null);
  useReadableTheme(rootRef);
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

  useEffect(() => {
    if (!manageTitle) return;
    // Never what the caller typed: page titles are kept in the browser's history.
    const view = t('ui.orgLabel', { orgName: config.name });
    setPageLanguageAndTitle(i18n.language, titleForPage ? `${titleForPage} – ${view}` : view);
  }, [manageTitle, titleForPage, config.name, t, i18n.language]);

  useEffect(() => {
    if (showKeys) keysRef.current?.focus();
  }, [showKeys]);

  // For the browser tests and the benchmark, as in the patient view.
  useEffect(() => {
    performance.mark?.('first-interactive');
  }, []);

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
        <LanguagePicker languages={config.languages} onChange={(c) => void onChangeLanguage(c)} />
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
      <NoticeBanner config={config} now={now()} />
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
            caller={caller}
            code={code}
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
          <PathList summary={noteData} words={words} currentTitle={text.title} onGoTo={goTo} />
          <JumpBox
            ref={jumpRef}
            config={config}
            today={today}
            onJump={(trail, jumpTitle) =>
              open(replay(config, trail, today), t('ui.announce.jumped', { title: jumpTitle }))
            }
          />
          <CodeBox
            ref={codeRef}
            config={config}
            today={today}
            onOpen={(opened, language) =>
              open(
                opened,
                t('ui.announce.opened', {
                  number: opened.trail.length + 1,
                  title: words.title(String(opened.snapshot.value)),
                }),
                language,
              )
            }
          />
          <TicketPanel key={call} ref={notesRef} note={note} onCopy={() => void copy()} />
          <OrgFacts config={config} minute={Math.floor(now().getTime() / 60_000)} />
        </Side>
      </div>
      <Announcer handle={announcer} />
    </Root>
  );
}
