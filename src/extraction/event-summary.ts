/**
 * The one-line summary of an event: "<actors> <trigger words> <targets> in <place>".
 */
import type { ExtractedParticipant } from './types';
import type { SentenceEnv } from './event-participants';
import type { TriggerHit } from './triggers';

export function nameOf(env: SentenceEnv, key: string): string {
  return env.built.byKey.get(key)?.name ?? key;
}

export function summaryFor(env: SentenceEnv, hit: TriggerHit, participants: ExtractedParticipant[], locationKey: string | null): string {
  const names = (role: string) => participants.filter((p) => p.role === role).map((p) => nameOf(env, p.entityKey)).join(' and ');
  const trigger = env.s.tokens.slice(hit.first, hit.last + 1).map((t) => t.text).join(' ').replace(/ - /g, '-');
  const parts = [names('ACTOR'), trigger, names('TARGET')].filter((p) => p.length > 0);
  if (locationKey) parts.push(`in ${nameOf(env, locationKey)}`);
  return `${hit.type}: ${parts.join(' ')}`;
}
