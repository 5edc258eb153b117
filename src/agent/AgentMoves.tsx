// The moves under every step of a call: Back, send to a person (until the contact step) and
// Start over, each with its key.
import { useTranslation } from 'react-i18next';
import { KeyButton } from './keys/KeyButton';

interface Props {
  canGoBack: boolean;
  atContact: boolean;
  onBack: () => void;
  onPerson: () => void;
  onStartOver: () => void;
}

export function AgentMoves({ canGoBack, atContact, onBack, onPerson, onStartOver }: Props) {
  const { t } = useTranslation('agent');
  return (
    <div className="sa-button-group sa-agent__moves">
      {canGoBack ? (
        <KeyButton command="back" onClick={onBack}>
          {t('ui.back')}
        </KeyButton>
      ) : null}
      {atContact ? null : (
        <KeyButton command="person" onClick={onPerson}>
          {t('ui.toPerson')}
        </KeyButton>
      )}
      <KeyButton command="startOver" onClick={onStartOver}>
        {t('ui.startOver')}
      </KeyButton>
    </div>
  );
}
