// Phone numbers are stored in E.164; people read them in their national format.

/** "+16085550142" → "(608) 555-0142"; other countries keep the international form, grouped. */
export function formatPhone(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  if (nanp) return `(${nanp[1]}) ${nanp[2]}-${nanp[3]}`;
  return e164.replace(/^(\+\d{1,3})(\d{2,4})(\d{3,4})(\d+)$/, '$1 $2 $3 $4');
}

export const phoneHref = (e164: string) => `tel:${e164}`;
