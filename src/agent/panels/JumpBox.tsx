// The quick jump: a few words, matching flow starts listed as buttons; Enter takes the best one.
import { forwardRef, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type JumpEntry, matchJump } from '../../../flows/agent/jump';
import { privateField } from '../../ui/privateField';
import { Key } from '../keys/Key';
import { shortcut } from '../keys/keys';

interface Props {
  onJump: (name: string, title: string) => void;
}

export const JumpBox = forwardRef<HTMLInputElement, Props>(function JumpBox({ onJump }, ref) {
  const { t } = useTranslation('agent');
  const id = useId();
  const [query, setQuery] = useState('');
  const entries = Object.entries(
    t('jump', { returnObjects: true }) as Record<string, { title: string; words: string }>,
  ).map(([name, entry]): JumpEntry => ({ name, ...entry }));
  const matches = matchJump(query, entries);
  const go = (name: string, title: string) => {
    setQuery('');
    onJump(name, title);
  };
  return (
    <form
      className="sa-agent__tool"
      onSubmit={(event) => {
        event.preventDefault();
        if (matches[0]) go(matches[0].name, matches[0].title);
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
        value={query}
        aria-describedby={`${id}-hint ${id}-count`}
        aria-keyshortcuts={shortcut('jump')}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="sa-visually-hidden" id={`${id}-count`} aria-live="polite">
        {query.trim()
          ? matches.length
            ? t('ui.jump.results', { count: matches.length })
            : t('ui.jump.none')
          : ''}
      </p>
      {query.trim() && !matches.length ? <p aria-hidden="true">{t('ui.jump.none')}</p> : null}
      {matches.length ? (
        <ul className="sa-agent__matches">
          {matches.map((m) => (
            <li key={m.name}>
              <button className="sa-link" type="button" onClick={() => go(m.name, m.title)}>
                {m.title}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
});
