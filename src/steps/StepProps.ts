import type { Ref } from 'react';
import type { OrgConfig } from '../../flows/config/schema';
import type { StepView } from '../../flows/machine/describe';
import type { AssistantEvent } from '../../flows/machine/types';
import type { Session } from '../../flows/session/session';
import type { StepText } from './stepText';

export interface StepProps {
  view: StepView;
  session: Session;
  text: StepText;
  config: OrgConfig;
  now: () => Date;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (answer: string) => void;
  /** Sends a machine event; an input step sends `input.checked` with its check's finding. */
  onEvent: (event: AssistantEvent) => void;
  onRestart: () => void;
  /** Follows the answers from the first question to a step the problem finder found. */
  onFollow?: (trail: AssistantEvent[]) => void;
  /** Says something politely through the frame's one announcer (src/a11y/Announcer). */
  announce?: (message: string) => void;
  /** Tells the frame an error is showing, for the page title and focus. */
  onErrorChange: (hasError: boolean) => void;
}
