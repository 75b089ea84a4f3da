/**
 * Discourse helpers for event extraction, across the sentences of one article:
 * - referring expressions that are not names become pseudo-mentions of an entity, so events can
 *   take them as actors/targets: subject pronouns "he"/"she" (the speaker of "X said she would",
 *   else the most recent person), "it"/"they" only as "X said it would", "the army"/"the
 *   military" (the article's only armed-forces organisation), and "the two sides/countries/
 *   leaders/governments" (the actors of the most recent event with two or more actors), and
 *   unnamed agents of a state ("police", "the authorities", "the government", "troops"), which
 *   are coded to their state as CAMEO does: the country of a place named in the sentence, else
 *   the article's home country (its dateline's, else its most-mentioned);
 * - one event per happening: a definite noun trigger that refers back ("the attack", "the deal")
 *   is merged into the most recent earlier event of the same type (its participants fill the
 *   roles the earlier event lacks), and an event without actor inherits the actor of another
 *   event of the same type with the same target ("US bases were attacked" / "... attacked by X").
 */
import type { ExtractedEvent, ExtractedParticipant, ExtractedRelation } from './types';
import { speakerMention, type Attribution } from './attribution';
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
  /** Entity key of the article's home country: its dateline's, else its most-mentioned. */
  homeCountry: string | null;
  /**
   * Common nouns the article has used to describe each organization or group so far ("the M23
   * rebel group" → rebel, group; "Tidewater, a logistics company," → company), for "the rebels",
   * "the company".
   */
  descriptors: Map<string, Set<string>>;
  /** Head words of the titles people were introduced with ("judge", "president") → their entity keys. */
  titled: Map<string, Set<string>>;
}

const MILITARY_NAME = /\b(?:army|armed forces|military|defen[cs]e forces)\b/i;
const MILITARY_WORDS = new Set(['army', 'military']);
const GROUP_NOUNS = new Set(['sides', 'countries', 'nations', 'leaders', 'governments', 'neighbours', 'neighbors', 'parties', 'companies', 'firms', 'allies']);
const ORG_GROUP_NOUNS = new Set(['companies', 'firms']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const THING_PRONOUNS = new Set(['it', 'they']);

export function initialDiscourse(built: BuiltEntities, body = ''): DiscourseState {
  const military = built.entities.filter((e) => e.type === 'ORGANIZATION' && e.mentions.length > 0
    && [e.name, ...e.aliases].some((n) => MILITARY_NAME.test(n)));
  return {
    lastPerson: null, lastActorGroup: null, military: military.length === 1 ? (military[0]?.key ?? null) : null,
    homeCountry: homeCountry(built, body), descriptors: new Map(), titled: new Map(),
  };
}

/** The country a place is in, as an entity key of this article (a country is its own). */
export function countryKeyOf(built: BuiltEntities, key: string): string | null {
  const e = built.byKey.get(key);
  if (!e?.place) return null;
  if (e.place.featureType === 'COUNTRY') return e.key;
  const cc = e.place.countryCode;
  const country = cc ? built.entities.find((c) => c.place?.featureType === 'COUNTRY' && c.place.countryCode === cc) : undefined;
  return country?.key ?? null;
}

/** Length of a dateline at the start of the body ("ABUJA —", "KOSTI, Sudan —"), or 0. */
function datelineLength(body: string): number {
  const m = /^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]*(?:,[^—–\n]{1,40})?\s+[—–]/.exec(body.slice(0, 80));
  return m ? m[0].length : 0;
}

/**
 * The article's home country: the country most mentioned directly or through its places, the
 * dateline's counting two more (ties: the first mentioned).
 */
function homeCountry(built: BuiltEntities, body: string): string | null {
  const weight = new Map<string, number>();
  for (const e of built.entities) {
    const key = e.mentions.length > 0 ? countryKeyOf(built, e.key) : null;
    if (key) weight.set(key, (weight.get(key) ?? 0) + e.mentions.length);
  }
  // the dateline counts, but a story filed from Strasbourg or Geneva is about the country it keeps naming
  const dateline = datelineLength(body);
  if (dateline > 0) {
    const place = built.entities.find((e) => e.place && e.mentions.some((m) => m.field === 'BODY' && m.end <= dateline));
    const key = place ? countryKeyOf(built, place.key) : null;
    if (key) weight.set(key, (weight.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [key, n] of weight) if (best === null || n > (weight.get(best) ?? 0)) best = key;
  return best;
}

/** Unnamed agents of a state, by their (last) word; "forces" only as "security forces". */
const STATE_AGENTS = new Set(['police', 'policemen', 'authorities', 'government', 'troops', 'soldiers', 'prosecutors', 'forces', 'navy', 'guard', 'gendarmes', 'gendarmerie']);
/** Words that may stand between the determiner and the agent noun: "riot police", "the interim government". */
const AGENT_MODIFIERS = new Set(['the', 'riot', 'local', 'federal', 'national', 'state', 'interim', 'military', 'anti-riot', 'security', 'coast', 'border', 'traffic', 'regional', 'provincial', 'central', 'transitional', 'caretaker', 'new', 'armed', 'police', 'government', 'health', 'public']);

/**
 * "Police fired tear gas", "the government said": the state the unnamed agent belongs to, or
 * null when the phrase is owned by a name ("Kenyan police", "Nigeria's government", "the
 * Lagos state government"), is a modifier ("government-backed") or is not an agent here.
 */
const COURTS = new Set(['court', 'tribunal']);

function stateAgentAt(s: AnalyzedSentence, i: number, state: DiscourseState, built: BuiltEntities, anyNoun = false, relations: ExtractedRelation[] = []): { key: string; first: number } | null {
  const { tokens } = s;
  const t = tokens[i] as Token;
  if (!(anyNoun || STATE_AGENTS.has(t.lower) || MILITARY_WORDS.has(t.lower)) || tokens[i + 1]?.text === '-' || /^['’]s$/.test(tokens[i + 1]?.text ?? '')) return null;
  if (t.lower === 'forces' && tokens[i - 1]?.lower !== 'security') return null;
  if (t.lower === 'guard' && tokens[i - 1]?.lower !== 'coast') return null;
  if (t.lower === 'government' && ['officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'offices', 'office', 'buildings', 'building'].includes(tokens[i + 1]?.lower ?? '')) return null;
  let k = i - 1;
  while (k >= 0 && AGENT_MODIFIERS.has((tokens[k] as Token).lower) && !(tokens[k] as Token).isCap) k -= 1;
  if (k >= 0 && (tokens[k] as Token).lower === 'the') k -= 1;
  const prev = tokens[k];
  // "Congo's government", "Israel's military": the phrase stands for the country and spans its name
  if (prev && /^['’]s$/.test(prev.text)) {
    const owner = s.mentions.find((m) => m.last === k - 1 && built.keyOf.has(m));
    const country = owner ? countryKeyOf(built, built.keyOf.get(owner) as string) : null;
    const ownerEntity = owner ? built.byKey.get(built.keyOf.get(owner) as string) : undefined;
    if (owner && country && ownerEntity?.place?.featureType === 'COUNTRY') return { key: country, first: owner.first };
    // "Prime Minister Giorgia Meloni's government": the state its leader leads
    const led = owner && ownerEntity?.type === 'PERSON' && t.lower === 'government' ? ledCountry(built, relations, ownerEntity.key, owner, state) : null;
    return owner && led ? { key: led, first: owner.first } : null;
  }
  // owned by a name or a possessive: "Kenyan riot police", "its forces"
  if (prev && (s.mentions.some((m) => m.last === k) || ['its', 'their', 'his', 'her', 'our', 'your', 'my'].includes(prev.lower))) return null;
  if (prev?.isWord && prev.isCap && k > 0 && !isSentenceInitialWord(tokens, k)) return null;
  for (const m of s.mentions) {
    const key = built.keyOf.get(m);
    const e = key ? built.byKey.get(key) : undefined;
    if (e?.place && e.place.featureType !== 'COUNTRY' && m.locative) {
      const country = countryKeyOf(built, e.key);
      if (country) return { key: country, first: i };
    }
  }
  return state.homeCountry ? { key: state.homeCountry, first: i } : null;
}

const GOVERNMENT_HEADS = /\b(?:president|prime minister|premier|chancellor)$/i;

/**
 * The country a person leads: by a LEADS or HOLDS_ROLE_IN relation to a country, else the article's
 * home country when the person carries a head-of-government title here.
 */
function ledCountry(built: BuiltEntities, relations: ExtractedRelation[], person: string, owner: RawMention, state: DiscourseState): string | null {
  for (const r of relations) {
    if (r.subjectKey !== person || (r.predicate !== 'LEADS' && r.predicate !== 'HOLDS_ROLE_IN')) continue;
    if (built.byKey.get(r.objectKey)?.place?.featureType === 'COUNTRY') return r.objectKey;
  }
  return owner.title && GOVERNMENT_HEADS.test(owner.title.text) ? state.homeCountry : null;
}

/** Institutional head nouns that a definite description ("the court", "the unions") shares with a name. */
const INSTITUTION_NOUNS = new Set(['court', 'commission', 'ministry', 'council', 'union', 'committee', 'agency', 'bank', 'party',
  'parliament', 'assembly', 'senate', 'congress', 'tribunal', 'board', 'coalition', 'alliance', 'federation', 'association',
  'institute', 'fund', 'programme', 'program', 'organisation', 'organization', 'department', 'regulator', 'authority']);

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * "the court" after "the National Industrial Court", "the unions" after "the Trade Union
 * Congress": a definite institutional noun names the article's organization(s) whose name has
 * that word; a singular noun only when exactly one does.
 */
function definiteInstitution(s: AnalyzedSentence, i: number, built: BuiltEntities, descriptors: Map<string, Set<string>>): string[] {
  const { tokens } = s;
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (t.isCap || prev?.lower !== 'the' || tokens[i + 1]?.text === '-' || (tokens[i + 1]?.isWord && tokens[i + 1]?.isCap)) return [];
  const noun = singular(t.lower);
  const plural = noun !== t.lower;
  const pick = (keys: string[]) => (keys.length === 0 || (!plural && keys.length > 1) ? [] : keys);
  if (INSTITUTION_NOUNS.has(noun)) {
    const owners = built.entities.filter((e) => (e.type === 'ORGANIZATION' || e.type === 'GROUP') && e.mentions.length > 0
      && [e.name, ...e.aliases].some((n) => n.split(/[\s-]+/).some((w) => singular(w.toLowerCase()) === noun && /^[A-Z]/.test(w))));
    const named = pick(owners.map((e) => e.key));
    if (named.length > 0) return named;
  }
  if (!DESCRIPTOR_NOUNS.has(noun)) return [];
  return pick([...descriptors].filter(([, words]) => words.has(noun)).map(([key]) => key));
}

/** Nouns that describe an organization or group and are used alone to refer back to it. */
const DESCRIPTOR_NOUNS = new Set(['rebel', 'militant', 'insurgent', 'militia', 'group', 'company', 'firm', 'carrier', 'airline',
  'lender', 'bank', 'insurer', 'manufacturer', 'maker', 'carmaker', 'automaker', 'retailer', 'operator', 'producer', 'miner',
  'union', 'party', 'movement', 'alliance', 'coalition', 'agency', 'regulator', 'watchdog', 'court', 'charity', 'organisation',
  'organization', 'network', 'cartel', 'gang', 'faction', 'junta', 'club', 'team', 'startup', 'start-up', 'conglomerate', 'giant']);

/** Record the descriptor nouns next to the sentence's organization and group mentions. */
function learnDescriptors(state: DiscourseState, s: AnalyzedSentence, built: BuiltEntities): void {
  const { tokens } = s;
  const note = (key: string, word: string | undefined) => {
    const w = word ? singular(word) : '';
    if (!DESCRIPTOR_NOUNS.has(w)) return;
    const set = state.descriptors.get(key) ?? new Set<string>();
    set.add(w);
    state.descriptors.set(key, set);
  };
  const lowerWord = (k: number) => {
    const t = tokens[k];
    return t?.isWord && !t.isCap ? t.lower : undefined;
  };
  for (const m of s.mentions) {
    const key = built.keyOf.get(m);
    const e = key ? built.byKey.get(key) : undefined;
    if (!e || (e.type !== 'ORGANIZATION' && e.type !== 'GROUP')) continue;
    // "M23 rebel group", "Nordvolt shares" (only descriptor nouns count)
    note(e.key, lowerWord(m.last + 1));
    if (lowerWord(m.last + 1)) note(e.key, lowerWord(m.last + 2));
    // "the rebel group M23", "the Islamist militia al-Shabaab"
    note(e.key, lowerWord(m.first - 1));
    // "Tidewater, a refrigerated-logistics company," / "M23, the Rwanda-backed rebel group,"
    if (tokens[m.last + 1]?.text === ',' && /^(?:a|an|the)$/.test(tokens[m.last + 2]?.lower ?? '')) {
      for (let k = m.last + 3; k < tokens.length && k <= m.last + 8; k += 1) {
        const t = tokens[k] as Token;
        if (!t.isWord && t.text !== '-') {
          note(e.key, lowerWord(k - 1));
          break;
        }
      }
    }
  }
}



/** Title head words that, after "the", refer back to the person introduced with that title. */
const REFERRING_TITLES = new Set(['president', 'judge', 'minister', 'chancellor', 'premier', 'governor', 'mayor', 'prosecutor',
  'commissioner', 'ambassador', 'envoy', 'general', 'commander', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'secretary',
  'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'captain', 'king', 'queen', 'prince', 'emir', 'sultan', 'pope', 'senator',
  'lawmaker', 'speaker', 'leader', 'ceo', 'founder', 'sheikh', 'colonel', 'inspector', 'magistrate', 'diplomat']);

function learnTitles(state: DiscourseState, s: AnalyzedSentence, built: BuiltEntities): void {
  for (const m of s.mentions) {
    const key = built.keyOf.get(m);
    if (!key || built.byKey.get(key)?.type !== 'PERSON' || !m.title) continue;
    const head = m.title.text.toLowerCase().split(/[\s-]+/).pop() ?? '';
    if (!REFERRING_TITLES.has(head)) continue;
    const set = state.titled.get(head) ?? new Set<string>();
    set.add(key);
    state.titled.set(head, set);
  }
}

/** "the judge" after "Judge Norliza Abdul Rahman": the one person introduced with that title. */
function titledPerson(s: AnalyzedSentence, i: number, state: DiscourseState): string | null {
  const t = s.tokens[i] as Token;
  if (s.tokens[i - 1]?.lower !== 'the' || (s.tokens[i + 1]?.isWord && s.tokens[i + 1]?.isCap) || s.tokens[i + 1]?.lower === 'of') return null;
  const people = state.titled.get(t.lower);
  return people?.size === 1 ? [...people][0] ?? null : null;
}

function isSentenceInitialWord(tokens: Token[], k: number): boolean {
  return tokens.slice(0, k).every((t) => !t.isWord);
}

/** A stand-in for the field text around a sentence: offsets are field offsets, text is the sentence. */
function fieldOf(s: AnalyzedSentence): string {
  return ' '.repeat(s.sentence.start) + s.sentence.text;
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

function insideMention(s: AnalyzedSentence, i: number, built?: BuiltEntities): boolean {
  return s.mentions.some((m) => m.first <= i && i <= m.last && (!built || built.keyOf.has(m)));
}

export interface PseudoMentions {
  mentions: RawMention[];
  /** Entity keys of each pseudo-mention (several for "the two sides"). */
  keys: Map<RawMention, string[]>;
}

/** Pseudo-mentions of one sentence, given the discourse so far. */
export function pseudoMentions(s: AnalyzedSentence, state: DiscourseState, built: BuiltEntities, attribution: Attribution | null, relations: ExtractedRelation[] = []): PseudoMentions {
  const out: PseudoMentions = { mentions: [], keys: new Map() };
  const { tokens } = s;
  const add = (first: number, last: number, keys: string[]) => {
    const m = pseudo(s, first, last);
    out.mentions.push(m);
    out.keys.set(m, keys);
  };
  const speakerKey = (i: number): string | null => {
    if (!attribution || (tokens[i] as Token).start < attribution.end) return null;
    const sp = speakerMention(attribution, fieldOf(s), s.mentions.filter((m) => built.keyOf.has(m)));
    if (sp) return built.keyOf.get(sp) ?? null;
    // "Police said they had detained 14 people": an unnamed agent of the state can be the speaker too
    const unnamed = out.mentions.filter((m) => m.start >= attribution.start && m.end <= attribution.end).pop();
    return unnamed ? (out.keys.get(unnamed)?.[0] ?? null) : null;
  };
  let lastPerson = state.lastPerson;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    // a capitalised word that became no entity ("Prosecutors" opening a sentence) is no name
    const mention = s.mentions.find((m) => m.first === i && built.keyOf.has(m));
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
      if (!ownedByName && (prev?.text === prev?.lower || prev?.lower === 'the')) {
        // "army troops": the agent noun after the word belongs to the same phrase
        const last = STATE_AGENTS.has(tokens[i + 1]?.lower ?? '') ? i + 1 : i;
        add(i, last, [state.military]);
        i = last;
      }
    } else if ((STATE_AGENTS.has(t.lower) || MILITARY_WORDS.has(t.lower)) && !insideMention(s, i, built)) {
      const agent = stateAgentAt(s, i, state, built, false, relations);
      if (agent) add(agent.first, i, [agent.key]);
    } else if (REFERRING_TITLES.has(t.lower) && !t.isCap && titledPerson(s, i, state)) {
      add(i - 1, i, [titledPerson(s, i, state) as string]);
    } else if ((INSTITUTION_NOUNS.has(singular(t.lower)) || DESCRIPTOR_NOUNS.has(singular(t.lower))) && !insideMention(s, i)) {
      const keys = definiteInstitution(s, i, built, state.descriptors);
      if (keys.length > 0) add(i - 1, i, keys);
      // "a court in Ankara sentenced ...": an unnamed court is the state's
      else if (COURTS.has(t.lower) && /^(?:a|the)$/.test(tokens[i - 1]?.lower ?? '')) {
        const agent = stateAgentAt(s, i, state, built, true);
        if (agent) add(i - 1, i, [agent.key]);
      }
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
  learnDescriptors(state, s, built);
  learnTitles(state, s, built);
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
