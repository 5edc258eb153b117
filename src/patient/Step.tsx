import { Suspense } from 'react';
import type { StepKind } from '../../flows/machine/types';
import { ChoiceStep, prefetchCapsLock } from '../steps/ChoiceStep';
import type { StepProps } from '../steps/StepProps';
import { lazyComponent } from '../ui/lazyComponent';

// Screens the first question never shows load when first needed (and are prefetched once the
// first question is up): typed input, the contact screen, the last screen.
const contact = lazyComponent(() => import('../contact/ContactStep').then((m) => m.ContactStep));
const input = lazyComponent(() => import('../steps/InputStep').then((m) => m.InputStep));
const done = lazyComponent(() => import('../steps/DoneStep').then((m) => m.DoneStep));

/** Loads the screens the first question does not need. */
export function prefetchLaterSteps() {
  return Promise.all([contact.preload(), input.preload(), done.preload(), prefetchCapsLock()]);
}

const byKind: Record<StepKind, (props: StepProps) => React.ReactNode> = {
  question: ChoiceStep,
  advice: ChoiceStep,
  input: input.Component,
  contact: contact.Component,
  done: done.Component,
};

export function Step(props: StepProps) {
  const Component = byKind[props.view.kind];
  return (
    <Suspense
      fallback={
        <h1 className="sa-heading" data-loading="">
          {props.text.title}
        </h1>
      }
    >
      <Component {...props} />
    </Suspense>
  );
}
