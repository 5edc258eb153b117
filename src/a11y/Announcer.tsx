// One polite live region per assistant: it announces each new step, so a screen-reader user hears
// the change even when their reader does not speak focus moves. Blocking errors are announced by
// the error summary itself (role="alert").
export function Announcer({ message }: { message: string }) {
  return (
    <div className="sa-visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
