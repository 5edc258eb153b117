import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  /** id of the field or first radio the message belongs to */
  target: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top, focused when it appears, each error a link to its field.
 * Links move focus by script because `#id` jumps do not reach into a shadow root. Its list is its
 * description, so focus landing on it says what is wrong, not only "There is a problem".
 */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  const signature = errors.map((e) => e.message).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus when the messages change
  useLayoutEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [signature]);
  if (!errors.length) return null;
  return (
    <div
      className="sa-error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-list`}
    >
      <h2 className="sa-error-summary__title" id={`${id}-title`}>
        {t('form.errorSummary')}
      </h2>
      <ul className="sa-error-summary__list" id={`${id}-list`}>
        {errors.map((error) => (
          <li key={error.target}>
            <a
              href={`#${error.target}`}
              onClick={(event) => {
                event.preventDefault();
                const root = ref.current?.getRootNode() as Document | ShadowRoot | undefined;
                (root?.getElementById?.(error.target) as HTMLElement | null)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
