/**
 * Discourse helpers for event extraction, across the sentences of one article:
 * - referring expressions that are not names become pseudo-mentions of an entity, so events can
 *   take them as actors/targets: subject pronouns "he"/"she" (the speaker of "X said she would",
 *   else the most recent person), "it"/"they" only as "X said it would", "the army"/"the
 *   military" (the article's only armed-forces organisation), and "the two sides/countries/
 *   leaders/governments" (the actors of the most recent event with two or more actors);
 * - one event per happening: a definite noun trigger that refers back ("the attack", "the deal")
 *   is merged into the most recent earlier event of the same type (its participants fill the
 *   roles the earlier event lacks), and an event without actor inherits the actor of another
 *   event of the same type with the same target ("US bases were attacked" / "... attacked by X").
 */
import type { ExtractedEvent, ExtractedParticipant } from './types';
import type { Attribution } from './attribution';
import type { BuiltEntities } from './entity-builder';
import type { AnalyzedSentence, RawMention } from './mention-detection';
import type { Token } from './tokens';

export interface DiscourseState {
  /** Entity key of the most recent PERSON mention seen so far. */
  lastPerson: string | null;
  /** Actors of the most recent event with two or more actors ("the two sides"). */
  lastActorGroup: string[] | null;
  /** The article's only armed-forces organisation, if exactly one. */
  military: string | null;
  /** The two organizations of the event between two organizations whose names recur most ("the two companies"). */
  lastOrgPair?: string[] | null;
}

const MILITARY_NAME = /\b(?:army|armed forces|military|defen[cs]e forces)\b/i;
const MILITARY_WORDS = new Set(['army', 'military']);
const GROUP_NOUNS = new Set(['sides', 'countries', 'nations', 'leaders', 'governments', 'neighbours', 'neighbors', 'parties', 'companies', 'firms', 'allies']);
const ORG_GROUP_NOUNS = new Set(['companies', 'firms']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const THING_PRONOUNS = new Set(['it', 'they']);

export function initialDiscourse(built: BuiltEntities): DiscourseState {
  const military = built.entities.filter((e) => e.type === 'ORGANIZATION' && e.mentions.length > 0
    && [e.name, ...e.aliases].some((n) => MILITARY_NAME.test(n)));
  return { lastPerson: null, lastActorGroup: null, military: military.length === 1 ? (military[0]?.key ?? null) : null };
}

function pseudo(s: AnalyzedSentence, first: number, last: number): RawMention {
  const a = s.tokens[first] as Token;
  const b = s.tokens[last] as Token;
  return {
    field: s.sentence.field, sentenceIndex: s.sentence.index, start: a.start, end: b.end,
    text: s.sentence.text.slice(a.start - s.sentence.start, b.end - s.sentence.start),
    first, last, type: null, ref: null, confidence: 0.5, weak: true, title: null, locative: false,
  };
}

function insideMention(s: AnalyzedSentence, i: number): boolean {
  return s.mentions.some((m) => m.first <= i && i <= m.last);
}

export interface PseudoMentions {
  mentions: RawMention[];
  /** Entity keys of each pseudo-mention (several for "the two sides"). */
  keys: Map<RawMention, string[]>;
}

/** Pseudo-mentions of one sentence, given the discourse so far. */
export function pseudoMentions(s: AnalyzedSentence, state: DiscourseState, built: BuiltEntities, attribution: Attribution | null): PseudoMentions {
  const out: PseudoMentions = { mentions: [], keys: new Map() };
  const { tokens } = s;
  const add = (first: number, last: number, keys: string[]) => {
    const m = pseudo(s, first, last);
    out.mentions.push(m);
    out.keys.set(m, keys);
  };
  const speakerKey = (i: number): string | null => {
    if (!attribution || (tokens[i] as Token).start < attribution.end) return null;
    const sp = s.mentions.filter((m) => m.start >= attribution.start && m.end <= attribution.end && built.keyOf.has(m)).pop();
    return sp ? (built.keyOf.get(sp) ?? null) : null;
  };
  let lastPerson = state.lastPerson;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const mention = s.mentions.find((m) => m.first === i);
    if (mention) {
      const key = built.keyOf.get(mention);
      if (key && built.byKey.get(key)?.type === 'PERSON') lastPerson = key;
      i = mention.last;
      continue;
    }
    if (!t.isWord) continue;
    if (PERSON_PRONOUNS.has(t.lower)) {
      const key = speakerKey(i) ?? lastPerson;
      if (key) add(i, i, [key]);
    } else if (THING_PRONOUNS.has(t.lower)) {
      const key = speakerKey(i);
      if (key) add(i, i, [key]);
    } else if (MILITARY_WORDS.has(t.lower) && state.military && !insideMention(s, i)) {
      const prev = tokens[i - 1];
      // "the Polish army" names its own country; "army-backed" is a modifier.
      const ownedByName = s.mentions.some((m) => m.last === i - 1) || tokens[i + 1]?.text === '-';
      if (!ownedByName && (prev?.text === prev?.lower || prev?.lower === 'the')) add(i, i, [state.military]);
    } else if (t.lower === 'two' && GROUP_NOUNS.has(tokens[i + 1]?.lower ?? '') && tokens[i - 1]?.lower === 'the') {
      // "the two companies" are the two organizations of the last event between organizations.
      const group = ORG_GROUP_NOUNS.has(tokens[i + 1]?.lower ?? '') ? state.lastOrgPair ?? state.lastActorGroup : state.lastActorGroup;
      if (group) {
        add(i - 1, i + 1, group);
        i += 1;
      }
    }
  }
  return out;
}

/** Update the discourse state after a sentence and its events. */
export function advanceDiscourse(state: DiscourseState, s: AnalyzedSentence, built: BuiltEntities, events: ExtractedEvent[]): void {
  for (const m of s.mentions) {
    const key = built.keyOf.get(m);
    if (key && built.byKey.get(key)?.type === 'PERSON') state.lastPerson = key;
  }
  for (const e of events) {
    const actors = e.participants.filter((p) => p.role === 'ACTOR').map((p) => p.entityKey);
    if (actors.length >= 2) state.lastActorGroup = actors;
    const orgs = [...new Set(e.participants.map((p) => p.entityKey))].filter((k) => built.byKey.get(k)?.type === 'ORGANIZATION');
    if (orgs.length !== 2) continue;
    // the most-mentioned pair so far: the article's main companies, not an investor in one of them
    const weight = (ks: string[]) => ks.reduce((n, k) => n + (built.byKey.get(k)?.mentions.length ?? 0), 0);
    if (!state.lastOrgPair || weight(orgs) >= weight(state.lastOrgPair)) state.lastOrgPair = orgs;
  }
}

/** What the event merger needs to know about an event's trigger. */
export interface EventMeta {
  sentence: number;
  /** The trigger is a noun after "the/this/that/its/their" ("the attack"). */
  definiteNoun: boolean;
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
    const antecedent = m?.definiteNoun
      ? [...kept].reverse().find((k) => k.type === e.type && (meta.get(k)?.sentence ?? -1) >= m.sentence - REFER_BACK && meta.get(k)?.sentence !== m.sentence)
      : undefined;
    if (!antecedent || !compatible(antecedent, e)) {
      kept.push(e);
      continue;
    }
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
  return kept;
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
