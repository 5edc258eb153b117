// Masking for anything typed that appears outside its own screen (summaries, step titles there).

/** "maria.lopez@gmail.com" → "m•••@gmail.com"; "JSmith42" → "J•••2". */
export function maskIdentifier(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value[0]}•••${value.slice(at)}`;
  if (value.length <= 2) return '•••';
  return `${value[0]}•••${value.at(-1)}`;
}
