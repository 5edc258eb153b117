// "Or tell us what happens": the person's own words matched, in the browser, to where to start
// (flows/finder). The finder and one language's words load only when the person starts typing, so
// the first screen costs nothing more. What is typed stays in this component's state: never
// saved, sent, put in the title or the address, or passed to the session (only the answers that
// lead to the chosen match are). Text that looks like a password or code is cleared unmatched.
import finderLoaders from 'virtual:content/finder-loaders';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgConfig } from '../../flows/config/schema';
import type { Finder } from '../../flows/finder';
import type { AssistantEvent } from '../../flows/machine/types';
import { privateField } from '../ui/privateField';

type FinderModule = typeof import('../../flows/finder');
interface Found {
  id: string;
  says: string;
  trail: AssistantEvent[];
}
type Result =
  | { kind: 'idle' }
  | { kind: 'secret' }
  | { kind: 'none' }
  | { kind: 'found'; matches: Found[] };

// Long enough that a match list does not flicker while a word is half typed.
const DEBOUNCE_MS = 300;
const finders = new Map<string, Promise<{ finder: Finder; module: FinderModule }>>();

/** The finder and its words for a locale, loaded once (the agent view's quick jump shares it). */
export function loadFinder(locale: string) {
  const existing = finders.get(locale);
  if (existing) return existing;
  const load = finderLoaders[locale] ?? finderLoaders.en!;
  const pending = Promise.all([import('../../flows/finder'), load()]).then(([module, data]) => ({
    module,
    finder: module.createFinder(data.default),
  }));
  finders.set(locale, pending);
  return pending;
}

export interface FinderBoxProps {
  config: OrgConfig;
  /** Follows the answers from the first question to the chosen match's step. */
  onFollow: (trail: AssistantEvent[]) => void;
  /** The frame's one polite announcer: the count, then each match, after the person pauses. */
  announce?: (message: string) => void;
}

export function FinderBox({ config, onFollow, announce }: FinderBoxProps) {
  const { t, i18n } = useTranslation('ui');
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result>({ kind: 'idle' });
  const latest = useRef(0);
  const locale = i18n.language;

  useEffect(() => {
    const asked = ++latest.current;
    if (!text.trim()) {
      setResult((r) => (r.kind === 'secret' ? r : { kind: 'idle' }));
      return;
    }
    const timer = setTimeout(async () => {
      const { finder, module } = await loadFinder(locale);
      if (asked !== latest.current) return;
      if (module.looksLikeSecret(text)) {
        setText('');
        setResult({ kind: 'secret' });
        return;
      }
      const matches = finder
        .find(text, { limit: 3 })
        .map((m) => ({ id: m.id, says: m.says, trail: module.trailToFirst(config, m.steps) }))
        .filter((m): m is Found => m.trail !== undefined);
      setResult(matches.length ? { kind: 'found', matches } : { kind: 'none' });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, locale, config]);

  const status =
    result.kind === 'secret'
      ? t('finder.secret')
      : result.kind === 'none'
        ? t('finder.none')
        : result.kind === 'found'
          ? `${t('finder.matches', { count: result.matches.length })} ${result.matches
              .map((m) => m.says)
              .join('; ')}`
          : '';

  // Focus stays in the box while typing; the result is said once, when it changes.
  useEffect(() => {
    if (status) announce?.(status);
  }, [status, announce]);

  return (
    <div className="sa-finder">
      <label className="sa-label" htmlFor={`${id}-text`}>
        {t('finder.label')}
      </label>
      <p className="sa-hint" id={`${id}-hint`}>
        {t('finder.hint')}
      </p>
      <input
        {...privateField('sa-input')}
        id={`${id}-text`}
        type="text"
        value={text}
        maxLength={500}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setText(event.target.value);
          if (result.kind === 'secret') setResult({ kind: 'idle' });
        }}
      />
      {result.kind === 'secret' ? <p className="sa-error-message">{t('finder.secret')}</p> : null}
      {result.kind === 'none' ? <p>{t('finder.none')}</p> : null}
      {result.kind === 'found' ? (
        <div className="sa-finder__matches">
          <h2 className="sa-subheading">{t('finder.heading')}</h2>
          <ul className="sa-finder__list">
            {result.matches.map((match) => (
              <li key={match.id}>
                <button className="sa-link" type="button" onClick={() => onFollow(match.trail)}>
                  {match.says}
                </button>
              </li>
            ))}
          </ul>
          <button className="sa-link" type="button" onClick={() => setResult({ kind: 'idle' })}>
            {t('finder.noneOfThese')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
