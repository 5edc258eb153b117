import type { StepKind } from '../../flows/machine/types';
import { ContactStep } from '../contact/ContactStep';
import { ChoiceStep } from './ChoiceStep';
import { DoneStep } from './DoneStep';
import { InputStep } from './InputStep';
import type { StepProps } from './StepProps';

const byKind: Record<StepKind, (props: StepProps) => React.ReactNode> = {
  question: ChoiceStep,
  advice: ChoiceStep,
  input: InputStep,
  contact: ContactStep,
  done: DoneStep,
};

export function Step(props: StepProps) {
  const Component = byKind[props.view.kind];
  return <Component {...props} />;
}
