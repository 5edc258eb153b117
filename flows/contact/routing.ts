// Which of the organization's channels can help with a need, best first. The machine names the
// need; the configuration decides who handles it.
import type { Channel, Need, OrgConfig } from '../config/schema';
import type { AssistantContext } from '../machine/types';
import { type ChannelStatus, channelStatus } from './hours';

const KIND_ORDER: Record<Channel['kind'], number> = { phone: 0, webForm: 1, email: 2, inPerson: 3 };

export interface RoutedChannel {
  channel: Channel;
  status: ChannelStatus;
}

export function channelsFor(config: OrgConfig, need: Need, now: Date): RoutedChannel[] {
  // Open now first, then lines whose hours are not published (they may well be open, so they are
  // offered, but a line known to be open is the surer bet), then lines known to be closed.
  const rank = (s: ChannelStatus) => (s.kind === 'closed' ? 2 : s.kind === 'unknown' ? 1 : 0);
  return config.channels
    .filter((channel) => channel.handles.includes(need))
    .map((channel) => ({ channel, status: channelStatus(channel.hours, now) }))
    .sort(
      (a, b) =>
        rank(a.status) - rank(b.status) || KIND_ORDER[a.channel.kind] - KIND_ORDER[b.channel.kind],
    );
}

/** The help a contact screen offers: what the machine escalated for, or portal support when the
 * person asked for a person without an escalation (the "Contact support" link). */
export const contactNeed = (escalation: AssistantContext['escalation']): Need =>
  escalation?.need ?? 'portalSupport';
