// The browser's Intl formatters, made once per language and style: making one takes far longer
// than using it, and a step change formats dates, times and lists many times over (the profile in
// the performance issue, #23). Every formatter of src/ comes from here.

const dateTimes = new Map<string, Intl.DateTimeFormat>();
const lists = new Map<string, Intl.ListFormat>();

export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimes.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimes.set(key, format);
  }
  return format;
}

export function listFormat(locale: string, type: Intl.ListFormatType): Intl.ListFormat {
  const key = `${locale}|${type}`;
  let format = lists.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type });
    lists.set(key, format);
  }
  return format;
}
