// One polite live region per assistant, for changes that do not move focus (the finder's matches).
// A new step is not announced here: focus moves to its heading, which the reader speaks, and saying
// the title again made it heard twice (tests/a11y). Blocking errors are announced by the error
// summary itself (role="alert").
export function Announcer({ message }: { message: string }) {
  return (
    <div className="sa-visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
