// The quick jump: the agent types what the caller says, the patient's own finder (flows/finder)
// matches it in the agent's language, and up to three matches are listed as buttons; Enter takes
// the best. The finder loads when the box is first focused or typed in. Focus stays in the box
// while typing; how many matches there are is said politely. What is typed is never kept: it is
// cleared on a jump, and text that looks like a password or code is cleared unmatched.
import { forwardRef, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findJumps, type JumpResult } from '../../../flows/agent/jump';
import type { OrgConfig } from '../../../flows/config/schema';
import type { Finder } from '../../../flows/finder';
import type { AssistantEvent } from '../../../flows/machine/types';
import { loadFinder } from '../../steps/FinderBox';
import { privateField } from '../../ui/privateField';
import { Key } from '../keys/Key';
import { shortcut } from '../keys/keys';

const CLEAR_SECRET_MS = 300;

interface Props {
  config: OrgConfig;
  today: string;
  onJump: (trail: AssistantEvent[], title: string) => void;
}

function useFinder(locale: string, wanted: boolean): Finder | null {
  const [loaded, setLoaded] = useState<{ locale: string; finder: Finder } | null>(null);
  useEffect(() => {
    if (!wanted || loaded?.locale === locale) return;
    let live = true;
    void loadFinder(locale).then(({ finder }) => {
      if (live) setLoaded({ locale, finder });
    });
    return () => {
      live = false;
    };
  }, [locale, wanted, loaded]);
  return loaded?.locale === locale ? loaded.finder : null;
}

export const JumpBox = forwardRef<HTMLInputElement, Props>(function JumpBox(
  { config, today, onJump },
  ref,
) {
  const { t, i18n } = useTranslation('agent');
  const id = useId();
  const [query, setQuery] = useState('');
  const [wanted, setWanted] = useState(false);
  const [secret, setSecret] = useState(false);
  const finder = useFinder(i18n.language, wanted);
  const result: JumpResult | null = useMemo(
    () => (finder ? findJumps(finder, query, config, today) : null),
    [finder, query, config, today],
  );
  // A secret is never matched, and is cleared once the agent pauses (clearing mid-word would
  // leave the rest of it in the box).
  useEffect(() => {
    if (result?.kind !== 'secret') return;
    const timer = setTimeout(() => {
      setQuery('');
      setSecret(true);
    }, CLEAR_SECRET_MS);
    return () => clearTimeout(timer);
  }, [result]);
  const matches = result?.kind === 'found' ? result.matches : [];
  const go = (trail: AssistantEvent[], title: string) => {
    setQuery('');
    onJump(trail, title);
  };
  const typed = Boolean(query.trim());
  const status = secret
    ? t('ui:finder.secret')
    : typed && result?.kind === 'found'
      ? matches.length
        ? t('ui.jump.results', { count: matches.length })
        : t('ui.jump.none')
      : '';
  return (
    <form
      className="sa-agent__tool"
      onSubmit={(event) => {
        event.preventDefault();
        if (matches[0]) go(matches[0].trail, matches[0].says);
        // Enter before the finder has loaded: jump once it has, if the words still match.
        else if (!finder && query.trim())
          void loadFinder(i18n.language).then(({ finder: loaded }) => {
            const late = findJumps(loaded, query, config, today);
            if (late.kind === 'found' && late.matches[0])
              go(late.matches[0].trail, late.matches[0].says);
          });
      }}
    >
      <h2 className="sa-subheading" id={`${id}-heading`}>
        {t('ui.jump.heading')} <Key command="jump" />
      </h2>
      <label className="sa-label" htmlFor={`${id}-field`}>
        {t('ui.jump.label')}
      </label>
      <p className="sa-hint" id={`${id}-hint`}>
        {t('ui.jump.hint')}
      </p>
      <input
        {...privateField('sa-input')}
        id={`${id}-field`}
        ref={ref}
        type="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        value={query}
        aria-describedby={`${id}-hint ${id}-count`}
        aria-keyshortcuts={shortcut('jump')}
        onFocus={() => setWanted(true)}
        onChange={(event) => {
          setWanted(true);
          setSecret(false);
          setQuery(event.target.value);
        }}
      />
      <p className="sa-visually-hidden" id={`${id}-count`} aria-live="polite">
        {status}
      </p>
      {secret ? (
        <p className="sa-error-message" aria-hidden="true">
          {t('ui:finder.secret')}
        </p>
      ) : null}
      {typed && result?.kind === 'found' && !matches.length ? (
        <p aria-hidden="true">{t('ui.jump.none')}</p>
      ) : null}
      {typed && matches.length ? (
        <ul className="sa-agent__matches">
          {matches.map((m) => (
            <li key={m.id}>
              <button className="sa-link" type="button" onClick={() => go(m.trail, m.says)}>
                {m.says}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
});
