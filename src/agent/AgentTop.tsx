// The top of the agent view: which organization, the language switch and the key list's button.
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../ui/LanguagePicker';

interface Props {
  /** `header` on a page of the agent view's own; a div when embedded. */
  as: 'header' | 'div';
  orgName: string;
  showKeys: boolean;
  singleKeys: boolean;
  onToggleKeys: () => void;
  onChangeLanguage: (code: string) => void;
}

export function AgentTop({
  as: Top,
  orgName,
  showKeys,
  singleKeys,
  onToggleKeys,
  onChangeLanguage,
}: Props) {
  const { t } = useTranslation('agent');
  return (
    <Top className="sa-top">
      <p className="sa-org">{t('ui.orgLabel', { orgName })}</p>
      <LanguagePicker onChange={onChangeLanguage} />
      <button
        className="sa-link"
        type="button"
        aria-expanded={showKeys}
        aria-keyshortcuts={singleKeys ? '?' : undefined}
        onClick={onToggleKeys}
      >
        {t('ui.keys.open')}
      </button>
    </Top>
  );
}
