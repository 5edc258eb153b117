// The caller's own screen when the caller reads the assistant in another language than the
// agent's (the handoff code names it): the same step's text in the caller's language, so the agent
// can say "tap the second answer, 'Tôi quên mật khẩu'" exactly as the caller sees it. The caller's
// language is loaded only then, into the same i18next store; the agent's own language is untouched.
import type { i18n } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import type { OrgConfig } from '../../flows/config/schema';
import type { StepView } from '../../flows/machine/describe';
import { stepFacts } from '../i18n/facts';
import { ensureLocale, type TextOverrides } from '../i18n/i18n';
import { directionOf, localeInfo } from '../i18n/locales';
import { type StepText, stepText } from '../steps/stepText';
import { withCallerScreen } from './agentFacts';

export interface CallerScreen {
  /** The caller's language code, for `lang`. */
  language: string;
  /** Its own name ("Tiếng Việt"), as the language picker shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  text: StepText;
  /** The caller's language over the same texts: for a patient component shown as they see it. */
  i18n: i18n;
}

/** Loads the caller's language when it differs from the agent's; true once it is there. */
function useLoaded(instance: i18n, language: string | undefined, overrides?: TextOverrides) {
  const [, setLoads] = useState(0);
  const ready = !language || instance.hasResourceBundle(language, 'steps');
  useEffect(() => {
    if (ready || !language) return;
    let live = true;
    void ensureLocale(instance, language, overrides).then(() => {
      if (live) setLoads((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [ready, language, instance, overrides]);
  return ready;
}

export function useCallerScreen(
  instance: i18n,
  config: OrgConfig,
  view: StepView,
  caller: string | undefined,
): CallerScreen | undefined {
  const language =
    caller && caller !== instance.language && localeInfo(caller) ? caller : undefined;
  const ready = useLoaded(instance, language, config.text as TextOverrides | undefined);
  // Shares the store (the texts) but keeps its own language.
  const callerI18n = useMemo(
    () => (language && ready ? instance.cloneInstance({ lng: language }) : undefined),
    [instance, language, ready],
  );
  if (!language || !callerI18n) return undefined;
  // What was typed stays on the caller's screen: the agent is pointed there, in the agent's words.
  const facts = withCallerScreen(stepFacts(config, view, callerI18n.t, language), instance.t);
  return {
    language,
    name: localeInfo(language)!.name,
    dir: directionOf(language) === 'rtl' ? 'rtl' : 'ltr',
    text: stepText(view, facts, callerI18n),
    i18n: callerI18n,
  };
}
