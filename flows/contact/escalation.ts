// What a person needs when self-help ends: what to have ready for this problem at this
// organization, and what they can do while every line that could help is closed.
import type { Channel, Need, OrgConfig } from '../config/schema';
import { assistantMachine } from '../machine/assistantMachine';
import type { Flow, StepMeta } from '../machine/types';
import { channelsFor } from './routing';

export type ReadyItem =
  | 'photoId'
  | 'birthDate'
  | 'errorMessage'
  | 'device'
  | 'proxyForm'
  | 'activationLetter'
  | 'idCopies'
  | 'legalPapers';

const BY_FLOW: Record<Flow, ReadyItem[]> = {
  triage: ['errorMessage', 'device', 'birthDate'],
  portal: ['errorMessage', 'device'],
  password: ['errorMessage', 'device', 'birthDate'],
  username: ['errorMessage', 'birthDate'],
  lockout: ['errorMessage', 'birthDate'],
  twoStep: ['errorMessage', 'device', 'birthDate'],
  app: ['errorMessage', 'device'],
  newAccount: ['activationLetter', 'birthDate', 'photoId'],
  recovery: ['photoId', 'birthDate', 'errorMessage'],
  proxy: ['proxyForm', 'photoId'],
  afterSignIn: ['device'],
  security: ['errorMessage', 'device'],
  end: ['errorMessage', 'device'],
};

export function flowOf(step: string | undefined): Flow {
  const meta = step ? (assistantMachine.states[step]?.meta as StepMeta | undefined) : undefined;
  return meta?.flow ?? 'end';
}

export function haveReady(fromStep: string | undefined, config: OrgConfig): ReadyItem[] {
  const items = [...BY_FLOW[flowOf(fromStep)]];
  if (fromStep === 'proxyDeceased') return ['legalPapers', 'photoId'];
  // Where identity can be proven by sending documents, say so up front.
  if (items.includes('photoId') && config.recovery.assisted.includes('idDocuments'))
    items.push('idCopies');
  return items;
}

export interface WhileClosed {
  /** When the first line that can help opens again, if any opening is known. */
  nextOpen: Date | null;
  /** Self-service the organization offers that fits the problem. */
  selfService: ('passwordReset' | 'usernameRecovery')[];
  /** Written channels (email, web form) that take messages at any hour. */
  written: Channel[];
}

const SELF_SERVICE_FLOWS: Flow[] = [
  'password',
  'lockout',
  'recovery',
  'username',
  'triage',
  'end',
  'portal',
];

/** Null when a phone line or desk that can help is open now. */
export function whileClosed(
  config: OrgConfig,
  need: Need,
  fromStep: string | undefined,
  now: Date,
): WhileClosed | null {
  const routed = channelsFor(config, need, now);
  const live = routed.filter((r) => r.channel.kind === 'phone' || r.channel.kind === 'inPerson');
  // A line with unpublished hours is not known to be closed, so no "while closed" advice is shown.
  if (live.some((r) => r.status.kind !== 'closed')) return null;
  const opens = live
    .map((r) => (r.status.kind === 'closed' ? r.status.opensAt : null))
    .filter((d): d is Date => d !== null)
    .sort((a, b) => a.getTime() - b.getTime());
  const selfService: WhileClosed['selfService'] = [];
  const flow = flowOf(fromStep);
  // Where only a call unlocks an account, a reset done alone would not get the person in.
  const lockedUntilCall = flow === 'lockout' && config.lockout.unlock === 'call';
  if (need === 'portalSupport' && SELF_SERVICE_FLOWS.includes(flow) && !lockedUntilCall) {
    if (config.recovery.passwordReset.length) selfService.push('passwordReset');
    if (config.recovery.usernameRecovery) selfService.push('usernameRecovery');
  }
  return {
    nextOpen: opens[0] ?? null,
    selfService,
    written: routed.map((r) => r.channel).filter((c) => c.kind === 'email' || c.kind === 'webForm'),
  };
}
