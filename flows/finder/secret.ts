// The typed text must never be a secret. When it looks like one, the finder does not match it, and
// the screen asks the person to take it out ("Don't type your password or codes here").

// A code: 4 to 8 digits, maybe with spaces or dashes (a one-time code, a PIN, a recovery code).
const DIGIT_CODE = /(?<![\p{Nd}])\p{Nd}(?:[ -]?\p{Nd}){3,7}(?![\p{Nd}])/u;
// An activation code: three or more groups of letters and digits joined by dashes (ABCDE-12345-…),
// with a digit or in capitals, so "one-time-code" stays words.
const ACTIVATION =
  /(?<![\p{L}\p{Nd}])[\p{L}\p{Nd}]{3,8}(?:[-–][\p{L}\p{Nd}]{3,8}){2,}(?![\p{L}\p{Nd}])/gu;
const activationShaped = (s: string) =>
  [...s.matchAll(ACTIVATION)].some(([m]) => /\p{Nd}/u.test(m) || m === m.toUpperCase());
// "password: …", "contraseña = …", "密码：…"; and "my password is X9…" when what follows has a
// digit or a symbol ("my password is wrong" is a problem, not a password).
const NAMED =
  '(?:password|passcode|pin|contrase(?:n|ñ)a|clave|密码|口令|mật khẩu|mat khau|كلمه? ?(?:المرور|السر))';
const TOLD = new RegExp(`${NAMED}\\s*[:=：]\\s*\\S`, 'iu');
const TOLD_IS = new RegExp(`${NAMED}\\s*(?:is|es|era|was|是|为|là|la|هي|هو)\\s*(\\S+)`, 'iu');

/** True when the text holds a code, a password-like word or an activation code. */
export function looksLikeSecret(text: string): boolean {
  const s = text.slice(0, 500).normalize('NFKC');
  if (DIGIT_CODE.test(s) || activationShaped(s) || TOLD.test(s)) return true;
  const told = TOLD_IS.exec(s)?.[1];
  if (told && /[\p{Nd}]|[^\p{L}\p{M}\p{P}]/u.test(told)) return true;
  const tokens = s.split(/\s+/).filter(Boolean);
  // The whole text is one word mixing letters with digits or symbols, like "Fluffy2024!".
  if (tokens.length === 1 && passwordLike(tokens[0]!, 6)) return true;
  // Inside a sentence, a word mixing letters, digits and symbols.
  return tokens.some(
    (t) => passwordLike(t, 8) && /\p{L}/u.test(t) && /\p{Nd}/u.test(t) && SYMBOL.test(inner(t)),
  );
}

const SYMBOL = /[^\p{L}\p{Nd}\s]/u;
// Punctuation that ends or starts a word in a sentence is not part of a password.
const inner = (t: string) => t.replace(/^[\p{P}]+|[\p{P}]+$/gu, '');

function passwordLike(raw: string, min: number): boolean {
  const t = inner(raw);
  if (t.length < min || t.length > 64) return false;
  if (/^[\p{L}\p{M}'’-]+$/u.test(t)) return false; // an ordinary word, even "MyChart"
  if (/^\S+@\S+\.\S+$/.test(t)) return false; // an email address is checked elsewhere
  const classes =
    Number(/\p{Ll}/u.test(t)) +
    Number(/\p{Lu}/u.test(t)) +
    Number(/\p{Nd}/u.test(t)) +
    Number(SYMBOL.test(t));
  return /\p{L}/u.test(t) && classes >= 2;
}
