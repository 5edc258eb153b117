// The email domain suggester (flows/checks/fields/emailDomain.ts, with IANA's list of endings:
// about 6 KB gzip) loads only for the step where a username or email is typed, never with the
// first question or the other input steps. Until it has arrived that step waits (suspends).
import { use } from 'react';
import type { DomainSuggester } from '../../flows/checks/index';
import type { FieldKind } from '../../flows/machine/types';

let loaded: DomainSuggester | null = null;
let pending: Promise<void> | null = null;

export function preloadDomainSuggester(): Promise<void> {
  pending ??= import('../../flows/checks/fields/emailDomain').then((m) => {
    loaded = m.suggestDomain;
  });
  return pending;
}

/** The suggester for the sign-in name field; undefined for every other field. */
export function useDomainSuggester(field: FieldKind): DomainSuggester | undefined {
  if (field !== 'loginId') return undefined;
  if (!loaded) use(preloadDomainSuggester());
  return loaded!;
}
