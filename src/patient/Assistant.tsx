// The frame around every step: Back above the question, the way to a person and Start over below
// it, in the same place on every screen and outside the step's form.
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeStep } from '../../flows/machine/describe';
import { canGoBack } from '../../flows/session/session';
import { Announcer, useAnnouncer } from '../a11y/Announcer';
import { useReadableTheme } from '../a11y/useReadableTheme';
import { useStepFocus } from '../a11y/useStepFocus';
import { localIsoDate } from '../format/localDate';
import { stepFacts } from '../i18n/facts';
import { directionOf, setPageLanguageAndTitle } from '../i18n/locales';
import { progressKey } from '../session/storage';
import { useBrowserHistory } from '../session/useBrowserHistory';
import { useSession } from '../session/useSession';
import { useSignals } from '../session/useSignals';
import type { ViewProps } from '../session/viewProps';
import { pageTitle, stepText } from '../steps/stepText';
import { LanguagePicker } from '../ui/LanguagePicker';
import { lazyComponent } from '../ui/lazyComponent';
import { prefetchMarkdown } from '../ui/markdown/Markdown';
import { prefetchLaterSteps, Step } from './Step';

// A maintenance or outage notice: its code loads only for a configuration that has notices
// (mount() preloads it then), so the first screen carries nothing for it otherwise.
const notice = lazyComponent(() => import('../contact/NoticeBanner').then((m) => m.NoticeBanner));
export const preloadNotice = notice.preload;

export function Assistant({
  config,
  now,
  manageTitle = false,
  landmark = 'main',
  onChangeLanguage,
  persist = true,
  browserHistory = false,
  deepLink = '',
  onSignal,
  storageKey = progressKey(config.id),
  label,
  held,
}: ViewProps) {
  const { t, i18n } = useTranslation('ui');
  // en-CA formats dates as YYYY-MM-DD, in the person's own time zone.
  const { session, dispatch, restoreFailed } = useSession(
    {
      config,
      today: localIsoDate(now()),
      appVersion: APP_VERSION,
      deepLink,
      storageKey,
    },
    persist,
  );
  const goBack = useBrowserHistory(session.trail.length, dispatch, browserHistory);
  const view = describeStep(session.snapshot);
  // i18n.t, not this component's t: the facts are kept per translate function (src/i18n/facts.ts).
  const facts = stepFacts(config, view, i18n.t, i18n.language);
  const text = stepText(view, facts, i18n);
  // The page title, never with what was typed in it: page titles are kept in the browser's history.
  const generic = t('app.orgLabel', { orgName: config.name });
  const forPage = pageTitle(view, facts, i18n, generic);
  // A step id that changes on every move, including Back to an earlier step of the same key.
  const stepId = `${session.trail.length}:${view.key}`;
  const [choiceError, setChoiceError] = useState(false);
  const hasError = choiceError || Boolean(view.inputError);
  // Only the new step's own error keeps focus off its heading (its summary takes focus): the
  // choice error belongs to the step being left, and once kept focus on nothing after it.
  const headingRef = useStepFocus<HTMLHeadingElement>(stepId, Boolean(view.inputError));
  useSignals(config, session, view, stepId, now, onSignal);
  // Typed as a div; the same ref sits on a section when embedded.
  const rootRef = useRef<HTMLDivElement>(null);
  useReadableTheme(rootRef);
  const announcer = useAnnouncer();
  const heldDone = useRef(false);

  // A new step is heard through focus, which moves to its heading (useStepFocus): announcing its
  // title too would make a screen reader say it twice. The announcer is cleared instead, so a
  // message from the previous step (the finder's count) is not read out on this one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset per step only
  useEffect(() => {
    if (choiceError) setChoiceError(false);
    if (announcer.region.current.last) announcer.announce('');
  }, [stepId]);

  // Once the first question is up (and can be answered), mark it for the benchmark and fetch
  // what later steps need, so each step feels instant.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per mount
  useEffect(() => {
    performance.mark?.('first-interactive');
    // What the person did before the app arrived (src/app/earlyInput.ts), as if done just now;
    // once, though development's strict mode runs this effect twice.
    if (held && !heldDone.current) {
      heldDone.current = true;
      if (held.language) void onChangeLanguage(held.language);
      // The session takes only what the first question accepts, as for any answer.
      if (held.event) dispatch({ type: 'step', event: held.event });
    }
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    // Only a configuration's own step text is Markdown at run time; shipped text is precompiled.
    const overridesSteps = Object.values(config.text ?? {}).some((own) => own?.steps);
    idle(() => {
      if (overridesSteps) void prefetchMarkdown();
      void prefetchLaterSteps();
    });
  }, []);

  useEffect(() => {
    if (!manageTitle) return;
    const title = forPage === generic ? generic : `${forPage} – ${config.name}`;
    setPageLanguageAndTitle(i18n.language, hasError ? t('form.errorTitle', { title }) : title);
  }, [manageTitle, forPage, generic, hasError, config.name, t, i18n.language]);

  // On a page of its own: banner, navigation, main and contentinfo landmarks. Embedded: one
  // labelled region and nothing else, so it never adds a second banner, navigation or main to the
  // host page (nor a duplicate when a page holds two assistants).
  const own = landmark === 'main';
  const Root = own ? 'div' : 'section';
  const Top = own ? 'header' : 'div';
  const Main = own ? 'main' : 'div';
  // A navigation landmark only when it holds something: an empty one is announced and found empty.
  const Nav = own && canGoBack(session) ? 'nav' : 'div';
  const Bottom = own ? 'footer' : 'div';
  const showContactLink = view.kind !== 'contact';

  return (
    <Root
      ref={rootRef}
      className="sa-root"
      lang={i18n.language}
      dir={directionOf(i18n.language)}
      {...(own ? {} : { 'aria-label': label ?? t('app.name') })}
    >
      <Top className="sa-top">
        <p className="sa-org">{t('app.orgLabel', { orgName: config.name })}</p>
        <LanguagePicker
          languages={config.languages}
          onChange={(code) => void onChangeLanguage(code)}
        />
      </Top>
      {restoreFailed ? (
        <p className="sa-notice" role="status">
          {t('notice.restoreFailed')}
        </p>
      ) : null}
      {config.notices?.length && session.trail.length === 0 ? (
        <Suspense fallback={null}>
          <notice.Component config={config} now={now()} />
        </Suspense>
      ) : null}
      <Nav className="sa-nav" {...(Nav === 'nav' ? { 'aria-label': t('app.name') } : {})}>
        {canGoBack(session) ? (
          <button className="sa-link sa-back" type="button" onClick={goBack}>
            {t('nav.back')}
          </button>
        ) : null}
      </Nav>
      <Main className="sa-main">
        <Step
          key={stepId}
          view={view}
          session={session}
          text={text}
          config={config}
          now={now}
          headingRef={headingRef}
          onAnswer={(answer) => dispatch({ type: 'step', event: { type: `pick.${answer}` } })}
          onEvent={(event) => dispatch({ type: 'step', event })}
          onRestart={() => dispatch({ type: 'restart' })}
          onFollow={(events) => dispatch({ type: 'follow', events })}
          announce={announcer.announce}
          onErrorChange={setChoiceError}
        />
      </Main>
      <Bottom className="sa-help">
        {showContactLink ? (
          <p className="sa-help__person">
            {t('nav.needPerson')}{' '}
            <button
              className="sa-link sa-contact-link"
              type="button"
              data-early="event:help.requested"
              onClick={() => dispatch({ type: 'step', event: { type: 'help.requested' } })}
            >
              {t('nav.contact')}
            </button>
          </p>
        ) : null}
        {session.trail.length > 0 ? (
          <p>
            <button className="sa-link" type="button" onClick={() => dispatch({ type: 'restart' })}>
              {t('nav.startOver')}
            </button>
          </p>
        ) : null}
        <p className="sa-privacy">{t('app.privacy')}</p>
      </Bottom>
      <Announcer handle={announcer} />
    </Root>
  );
}
