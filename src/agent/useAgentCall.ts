// One call in the agent view: the session and the step it is at, the text and facts shown for it,
// the ticket note, what the live region says, and the moves an agent makes (answer, back, open a
// path, start over, copy the note). It decides nothing itself: moves go to the same session
// commands as the patient's.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketNote } from '../../flows/agent/ticketNote';
import type { OrgConfig } from '../../flows/config/schema';
import { organizationTimeZone } from '../../flows/contact/hours';
import { describeStep } from '../../flows/machine/describe';
import { encodeHandoff } from '../../flows/session/handoff';
import type { Session } from '../../flows/session/session';
import { useAnnouncer } from '../a11y/Announcer';
import { useStepFocus } from '../a11y/useStepFocus';
import { caseWords } from '../contact/summaryText';
import { localIsoDate } from '../format/localDate';
import { maskTypedFacts, stepFacts } from '../i18n/facts';
import { useSession } from '../session/useSession';
import { pageTitle, stepText } from '../steps/stepText';
import { agentFacts, withCallerScreen } from './agentFacts';
import { ticketText } from './panels/ticketText';
import { useCallerScreen } from './useCallerScreen';

interface Options {
  config: OrgConfig;
  now: () => Date;
  persist: boolean;
  storageKey: string;
}

export function useAgentCall({ config, now, persist, storageKey }: Options) {
  const { t, i18n } = useTranslation('agent');
  const today = useMemo(() => localIsoDate(now()), [now]);
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
  // For the page title: '' where the step's title would show what the caller typed.
  const titleForPage = pageTitle(view, facts, i18n, '');
  const wordingFacts = { ...facts, ...agentFacts(config, i18n.t, i18n.language) };
  // The caller's language, from their handoff code: kept for the call, cleared by Start over.
  const [callerLanguage, setCallerLanguage] = useState<string | undefined>();
  const caller = useCallerScreen(i18n, config, view, callerLanguage);
  const stepNumber = session.trail.length + 1;
  const stepId = `${session.trail.length}:${view.key}:${session.visited.join(',')}`;
  const headingRef = useStepFocus<HTMLHeadingElement>(stepId, Boolean(view.inputError));
  const announcer = useAnnouncer();
  const setAnnouncement = announcer.announce;
  // Said for the next step instead of its title (a code opened, a jump, a new call). Kept with the
  // session it belongs to, so StrictMode's repeated effects say the same thing.
  const nextMessage = useRef<{ for: Session | 'restart'; message: string } | null>(null);
  const [call, setCall] = useState(0);

  const masked = withCallerScreen(maskTypedFacts(typedFacts), i18n.t);
  // The path and the note show typed values masked, as the note is pasted elsewhere.
  const words = caseWords(i18n.t, masked, i18n.language);
  // The same code as the caller's, their language included, so the note matches what they read.
  const code = encodeHandoff(session, callerLanguage);
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
    if (session.trail.length > 0 || announcer.region.current.last)
      setAnnouncement(t('ui.announce.step', { number: stepNumber, title: text.title }));
  }, [stepId]);

  /** Opens a path; a handoff code also says the caller's language (kept when it does not). */
  const open = (next: Session, message: string, language?: string) => {
    if (language) setCallerLanguage(language);
    nextMessage.current = { for: next, message };
    dispatch({ type: 'replace', session: next });
    setAnnouncement(message);
    // To the step, even when it is the one already shown (a code from the caller's first screen):
    // a new step's heading takes focus again when it renders.
    headingRef.current?.focus();
  };
  const startOver = () => {
    nextMessage.current = { for: 'restart', message: t('ui.announce.restarted') };
    dispatch({ type: 'restart' });
    setCallerLanguage(undefined);
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

  return {
    session,
    dispatch,
    restoreFailed,
    today,
    view,
    text,
    titleForPage,
    /** The caller's screen in the caller's language, when it is not the agent's. */
    caller,
    /** The call's handoff code (with the caller's language when their code named it). */
    code,
    wordingFacts,
    stepNumber,
    stepId,
    headingRef,
    announcer,
    /** Counts calls, so the ticket panel (and the agent's own notes) start afresh for each. */
    call,
    words,
    noteData,
    note,
    open,
    startOver,
    copy,
    answer,
  };
}
