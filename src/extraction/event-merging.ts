/**
 * One event per happening, across the sentences of an article: a definite noun trigger that
 * refers back ("the attack", "the deal") is merged into the most recent earlier event of the same
 * type (its participants fill the roles the earlier event lacks); an event without actor inherits
 * the actor of a same-type event with the same target ("US bases were attacked" / "... attacked
 * by X"); an event without target takes the article's target for that type.
 */
import type { ExtractedEvent, ExtractedParticipant } from './types';
import type { Token } from './tokens';

/** What the event merger needs to know about an event's trigger. */
export interface EventMeta {
  sentence: number;
  /** The trigger is a noun after "the/this/that/its/their" ("the attack"). */
  definiteNoun: boolean;
  /** That noun opens its sentence ("The agreement must be ratified ..."): it is what the sentence is about. */
  subjectNoun?: boolean;
}

const DEFINITE = new Set(['the', 'this', 'these', 'those', 'its', 'their']);

export function isDefiniteNoun(tokens: Token[], first: number, pos: string): boolean {
  if (pos !== 'noun') return false;
  for (let k = first - 1; k >= 0 && k >= first - 3; k -= 1) {
    const t = tokens[k] as Token;
    if (DEFINITE.has(t.lower)) return true;
    if (!t.isWord || t.isCap || t.isNumber) return false;
  }
  return false;
}

const roleKeys = (e: ExtractedEvent, role: string) => e.participants.filter((p) => p.role === role).map((p) => p.entityKey);

/** How many sentences back a definite noun may refer. */
const REFER_BACK = 10;

/**
 * Merge events that refer back to an earlier one, and give actorless events the actor of a
 * same-type event with the same target. Returns the kept events in order.
 */
export function mergeEvents(events: ExtractedEvent[], meta: Map<ExtractedEvent, EventMeta>): ExtractedEvent[] {
  const kept: ExtractedEvent[] = [];
  for (const e of events) {
    const m = meta.get(e);
    const antecedent = m?.definiteNoun || m?.subjectNoun
      ? [...kept].reverse().find((k) => k.type === e.type && (meta.get(k)?.sentence ?? -1) >= m.sentence - REFER_BACK && meta.get(k)?.sentence !== m.sentence)
      : undefined;
    if (!antecedent || (!compatible(antecedent, e) && !m?.subjectNoun)) {
      kept.push(e);
      continue;
    }
    // "The agreement must be ratified by the Senate": still the agreement reported before; who
    // ratifies it is no party to it, so its roles are kept only when they fit
    if (!compatible(antecedent, e)) continue;
    fill(antecedent, e, 'ACTOR');
    fill(antecedent, e, 'TARGET');
  }
  for (const e of kept) {
    if (roleKeys(e, 'ACTOR').length > 0) continue;
    const targets = new Set(roleKeys(e, 'TARGET'));
    if (targets.size === 0) continue;
    const donor = kept.find((o) => o !== e && o.type === e.type && roleKeys(o, 'ACTOR').length > 0 && roleKeys(o, 'TARGET').some((k) => targets.has(k)));
    if (donor) {
      const actors: ExtractedParticipant[] = roleKeys(donor, 'ACTOR').filter((k) => !targets.has(k)).map((entityKey) => ({ entityKey, role: 'ACTOR' }));
      e.participants = [...actors, ...e.participants];
    }
  }
  inheritTargets(kept);
  return kept;
}

/** Types whose target stays the same through an article more often than not ("sanctions on 100 tankers" after "sanctions against Russia"). */
const STABLE_TARGET = new Set<string>(['SANCTION', 'AID', 'FIGHT', 'ASSAULT', 'PROTEST', 'DEMAND', 'COERCE', 'THREATEN']);

/** Types whose target is inherited only from an earlier event of the same actor. */
const OWN_TARGET = new Set<string>(['DEMAND']);

/**
 * An event with an actor but no target takes the target of the nearest earlier event of the same
 * type (same actor first), unless that target is one of its own actors.
 */
function inheritTargets(events: ExtractedEvent[]): void {
  events.forEach((e, i) => {
    if (!STABLE_TARGET.has(e.type) || roleKeys(e, 'TARGET').length > 0) return;
    const actors = new Set(roleKeys(e, 'ACTOR'));
    if (actors.size === 0) return;
    const earlier = events.slice(0, i).reverse().filter((o) => o.type === e.type && roleKeys(o, 'TARGET').length > 0);
    // a demand is addressed anew each time: another party's demand does not say whom this one asks
    const donor = earlier.find((o) => roleKeys(o, 'ACTOR').some((k) => actors.has(k))) ?? (OWN_TARGET.has(e.type) ? undefined : earlier[0]);
    const targets = donor ? roleKeys(donor, 'TARGET').filter((k) => !actors.has(k)) : [];
    if (targets.length === 0) return;
    e.participants = [...e.participants, ...targets.map((entityKey) => ({ entityKey, role: 'TARGET' as const }))];
  });
}

/** Merging must not contradict: no entity may be actor in one and target in the other. */
function compatible(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const aa = new Set(roleKeys(a, 'ACTOR'));
  const at = new Set(roleKeys(a, 'TARGET'));
  return !roleKeys(b, 'ACTOR').some((k) => at.has(k)) && !roleKeys(b, 'TARGET').some((k) => aa.has(k));
}

function fill(into: ExtractedEvent, from: ExtractedEvent, role: 'ACTOR' | 'TARGET'): void {
  if (roleKeys(into, role).length > 0) return;
  const add = from.participants.filter((p) => p.role === role);
  if (add.length === 0) return;
  into.participants = role === 'ACTOR' ? [...add, ...into.participants] : [...into.participants, ...add];
  into.confidence = Math.min(0.9, Math.round((into.confidence + (role === 'ACTOR' ? 0.2 : 0.1)) * 100) / 100);
}
