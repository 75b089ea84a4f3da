/**
 * Referring expressions that are not names, resolved to the entities they stand for: unnamed
 * agents of a state ("police", "the authorities", "a court in Ankara", "Congo's government"),
 * coded to their state as CAMEO does (the country of a place named in the sentence, else the
 * article's home country); "the court" / "the unions" for the organisations whose names carry
 * the word; "the rebels" / "the company" through the nouns the article described an organisation
 * with; "the judge" for the person introduced as Judge. discourse.ts turns them into
 * pseudo-mentions.
 */
import type { ExtractedEntity, ExtractedRelation } from './types';
import type { DiscourseState } from './discourse';
import type { BuiltEntities } from './entity-builder';
import { countryKey } from './geocoding';
import { singular } from './name-normalization';
import { actsAsBody } from './state-organs';
import { getResources } from './resources';
import type { AnalyzedSentence, RawMention } from './mention-detection';
import type { Token } from './tokens';

export const MILITARY_WORDS = new Set(['army', 'military']);

function isSentenceInitialWord(tokens: Token[], k: number): boolean {
  return tokens.slice(0, k).every((t) => !t.isWord);
}

/** The country a place is in, as an entity key of this article (a country is its own). */
export function countryKeyOf(built: BuiltEntities, key: string): string | null {
  const e = built.byKey.get(key);
  if (!e?.place) return null;
  if (e.place.featureType === 'COUNTRY') return e.key;
  const cc = e.place.countryCode;
  // country entities are keyed by their code (entity-builder.ts), so no search is needed
  return cc && built.byKey.has(countryKey(cc)) ? countryKey(cc) : null;
}

/**
 * The article's home country: the country most mentioned directly or through its places, the
 * dateline's counting once more (ties: the first mentioned).
 */
export function homeCountry(built: BuiltEntities, dateline: number): string | null {
  const weight = new Map<string, number>();
  for (const e of built.entities) {
    const key = e.mentions.length > 0 ? countryKeyOf(built, e.key) : null;
    if (key) weight.set(key, (weight.get(key) ?? 0) + e.mentions.length);
  }
  // the dateline counts, but a story filed from Strasbourg or Geneva is about the country it keeps naming
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
export const STATE_AGENTS = new Set(['police', 'policemen', 'authorities', 'government', 'troops', 'soldiers', 'prosecutors', 'forces', 'navy', 'guard', 'gendarmes', 'gendarmerie', 'ministers']);
/** Words that may stand between the determiner and the agent noun: "riot police", "the interim government". */
const AGENT_MODIFIERS = new Set(['the', 'riot', 'local', 'federal', 'national', 'state', 'interim', 'military', 'anti-riot', 'security', 'coast', 'border', 'traffic', 'regional', 'provincial', 'central', 'transitional', 'caretaker', 'new', 'armed', 'police', 'government', 'health', 'public',
  // "EU foreign ministers", "G7 finance ministers": a portfolio between the owner and "ministers"
  'foreign', 'defence', 'defense', 'finance', 'interior', 'trade', 'economy', 'energy', 'agriculture', 'justice', 'environment', 'transport', 'labour', 'labor', 'education', 'home', 'fisheries']);

/**
 * "Police fired tear gas", "the government said": the state the unnamed agent belongs to, or
 * null when the phrase is owned by a name ("Kenyan police", "Nigeria's government", "the
 * Lagos state government"), is a modifier ("government-backed") or is not an agent here.
 */
export const COURTS = new Set(['court', 'tribunal']);
const RANKS_AFTER_AGENT = new Set(['general', 'generals', 'chief', 'chiefs', 'commander', 'commanders', 'colonel', 'captain', 'major', 'lieutenant', 'sergeant',
  'spokesman', 'spokeswoman', 'spokesperson', 'veteran', 'veterans', 'commissioner', 'inspector', 'admiral']);

export function stateAgentAt(s: AnalyzedSentence, i: number, state: DiscourseState, built: BuiltEntities, anyNoun = false, relations: ExtractedRelation[] = []): { key: string; first: number } | null {
  const { tokens } = s;
  const t = tokens[i] as Token;
  if (!(anyNoun || STATE_AGENTS.has(t.lower) || MILITARY_WORDS.has(t.lower)) || tokens[i + 1]?.text === '-' || /^['’]s$/.test(tokens[i + 1]?.text ?? '')) return null;
  // "former army general Paulo Rezende", "the police chief": a rank or post names a person, not the force
  if (RANKS_AFTER_AGENT.has(tokens[i + 1]?.lower ?? '')) return null;
  if (t.lower === 'forces' && tokens[i - 1]?.lower !== 'security') return null;
  // "military airlift", "military aid", "a military court": before a noun the word only qualifies it
  if (t.lower === 'military' && !actsAsBody(tokens[i + 1], getResources().events)) return null;
  if (t.lower === 'guard' && tokens[i - 1]?.lower !== 'coast') return null;
  if (t.lower === 'government' && ['officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'offices', 'office', 'buildings', 'building'].includes(tokens[i + 1]?.lower ?? '')) return null;
  let k = i - 1;
  for (;;) {
    if (k >= 0 && AGENT_MODIFIERS.has((tokens[k] as Token).lower) && !(tokens[k] as Token).isCap) k -= 1;
    // "Mali's military-led government", "the army-backed government": a hyphenated modifier
    else if (k >= 2 && tokens[k - 1]?.text === '-' && !(tokens[k] as Token).isCap && !(tokens[k - 2] as Token).isCap && (tokens[k - 2] as Token).isWord) k -= 3;
    else break;
  }
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
  // "Istanbul police", "Lagos state police": a city's or region's force is its country's
  const placeOwner = s.mentions.find((m) => m.last === k && built.keyOf.has(m));
  const ownerPlace = placeOwner ? built.byKey.get(built.keyOf.get(placeOwner) as string)?.place : undefined;
  if (placeOwner && ownerPlace && ownerPlace.featureType !== 'COUNTRY' && ON_THE_GROUND.has(t.lower)) {
    const country = countryKeyOf(built, built.keyOf.get(placeOwner) as string);
    if (country) return { key: country, first: placeOwner.first };
  }
  // "Lagos authorities evicted 30,000 people": the place's own government when the article names it ("Lagos State
  // Government"), else its country's
  // ("the Bokkos and Mangu local government areas" are places)
  if (placeOwner && ownerPlace && ownerPlace.featureType !== 'COUNTRY' && /^(?:authorities|government|officials)$/.test(t.lower)
    && !/^(?:areas?|councils?|headquarters|offices?|buildings?)$/.test(tokens[i + 1]?.lower ?? '')) {
    const place = built.byKey.get(built.keyOf.get(placeOwner) as string);
    const local = built.entities.find((e) => isLocalGovernmentOf(e, [place?.name, ...(place?.aliases ?? []), placeOwner.text]));
    const country = countryKeyOf(built, built.keyOf.get(placeOwner) as string);
    if (local || country) return { key: local?.key ?? (country as string), first: placeOwner.first };
  }
  // owned by a name or a possessive: "Kenyan riot police", "its forces"
  if (prev && (s.mentions.some((m) => m.last === k) || ['its', 'their', 'his', 'her', 'our', 'your', 'my'].includes(prev.lower))) return null;
  if (prev?.isWord && prev.isCap && k > 0 && !isSentenceInitialWord(tokens, k)) return null;
  for (const m of s.mentions) {
    // "authorities in Lagos", "In Lagos, the government ...": a place that frames an agent who does not act on the ground,
    // not one of a later clause ("the government would ask the Netherlands to extradite two men arrested in Rotterdam")
    if (m.first > i + 3 && !ON_THE_GROUND.has(t.lower) && !MILITARY_WORDS.has(t.lower)) break;
    const key = built.keyOf.get(m);
    const e = key ? built.byKey.get(key) : undefined;
    // ("The African Commission, based in Banjul, called on the transitional authorities": where a body sits frames no one)
    const seat = /^(?:based|headquartered|registered)$/.test(tokens[m.first - 2]?.lower ?? '');
    if (e?.place && e.place.featureType !== 'COUNTRY' && m.locative && !seat) {
      const country = countryKeyOf(built, e.key);
      if (country) return { key: country, first: i };
    }
  }
  if (ON_THE_GROUND.has(t.lower)) {
    // "Police detained 14 people ..., the Paris police prefecture said": a city named anywhere in the sentence
    for (const m of s.mentions) {
      const key = built.keyOf.get(m);
      const place = key ? built.byKey.get(key)?.place : undefined;
      const country = place && place.featureType !== 'COUNTRY' ? countryKeyOf(built, key as string) : null;
      if (country) return { key: country, first: i };
    }
    // police and soldiers act where the story last put its reader ("rallied in Kisumu ... Police detained 14")
    if (state.lastPlaceCountry) return { key: state.lastPlaceCountry, first: i };
  }
  return state.homeCountry ? { key: state.homeCountry, first: i } : null;
}

/** A region's or city's own government: "Lagos State Government", "Apurímac Regional Government". */
const LOCAL_GOVERNMENT_NAME = /\b(?:State|Regional|Provincial|Municipal|City|County) Government$/;

/** `name` opens with one of `names` as whole words: "Lagos State Government" opens with "Lagos", not with "Lago". */
export function opensWithName(name: string, names: ReadonlyArray<string | undefined>): boolean {
  const lower = name.toLowerCase();
  return names.some((n) => !!n && lower.startsWith(`${n.toLowerCase()} `));
}

/** An organization that is the own government of the place called by one of `names` ("Lagos State Government" for Lagos). */
export function isLocalGovernmentOf(e: ExtractedEntity, names: ReadonlyArray<string | undefined>): boolean {
  return e.type === 'ORGANIZATION' && LOCAL_GOVERNMENT_NAME.test(e.name) && opensWithName(e.name, names);
}

/** Unnamed agents who act in person, at the scene: coded to the country where the article last placed its events. */
const ON_THE_GROUND = new Set(['police', 'policemen', 'gendarmes', 'gendarmerie', 'troops', 'soldiers', 'forces', 'guard']);

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
export const INSTITUTION_NOUNS = new Set(['court', 'commission', 'ministry', 'council', 'union', 'committee', 'agency', 'bank', 'party',
  'parliament', 'assembly', 'senate', 'congress', 'tribunal', 'board', 'coalition', 'alliance', 'federation', 'association',
  'institute', 'fund', 'programme', 'program', 'organisation', 'organization', 'department', 'regulator', 'authority', 'mission', 'municipality']);

/** The entities the article has described with `word` ("the bloc", "the opposition"). */
export function describedAs(descriptors: Map<string, Set<string>>, word: string): string[] {
  return [...descriptors].filter(([, words]) => words.has(word)).map(([key]) => key);
}

/**
 * An entity named before token `t` of sentence `s` (a title counts as before the body): a definite
 * description refers back, not ahead ("In Beijing, the foreign ministry summoned ..." is not the
 * "Japan's foreign ministry" of a later paragraph).
 */
function namedBefore(e: ExtractedEntity, s: AnalyzedSentence, t: Token): boolean {
  return e.mentions.some((m) => (m.field === s.sentence.field ? m.start < t.start : m.field === 'TITLE'));
}

/**
 * "the court" after "the National Industrial Court", "the unions" after "the Trade Union
 * Congress": a definite institutional noun names the article's organization(s) whose name has
 * that word; a singular noun only when exactly one does.
 */
export function definiteInstitution(s: AnalyzedSentence, i: number, built: BuiltEntities, descriptors: Map<string, Set<string>>): string[] {
  const { tokens } = s;
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (t.isCap || prev?.lower !== 'the' || tokens[i + 1]?.text === '-' || (tokens[i + 1]?.isWord && tokens[i + 1]?.isCap)) return [];
  const noun = singular(t.lower);
  const plural = noun !== t.lower;
  const pick = (keys: string[]) => (keys.length === 0 || (!plural && keys.length > 1) ? [] : keys);
  // several fit ("the bloc" after ECOWAS and the EU, "the union" after two unions): the one named most recently before this sentence
  const lastBefore = (key: string) => Math.max(-1, ...(built.byKey.get(key)?.mentions ?? [])
    .filter((m) => m.field === s.sentence.field && m.end <= s.sentence.start).map((m) => m.end));
  const mostRecent = (keys: string[]) => {
    const ranked = keys.map((key) => ({ key, at: lastBefore(key) })).filter((x) => x.at >= 0).sort((a, b) => b.at - a.at);
    return ranked[0] ? [ranked[0].key] : [];
  };
  if (INSTITUTION_NOUNS.has(noun)) {
    const owners = built.entities.filter((e) => (e.type === 'ORGANIZATION' || e.type === 'GROUP') && namedBefore(e, s, t)
      && [e.name, ...e.aliases].some((n) => n.split(/[\s-]+/).some((w) => singular(w.toLowerCase()) === noun && /^[A-Z]/.test(w))));
    const named = !plural && owners.length > 1 ? mostRecent(owners.map((e) => e.key)) : pick(owners.map((e) => e.key));
    if (named.length > 0) return named;
  }
  if (!DESCRIPTOR_NOUNS.has(noun)) return [];
  const described = describedAs(descriptors, noun);
  // "suspended the licence of Seaview Line Agencies, the shipping agent ... The company denied": with no organization
  // described as a company, the one named last before this sentence that is no public body, bloc or armed movement
  if (described.length === 0 && !plural && (noun === 'company' || noun === 'firm')) {
    const firms = built.entities.filter((e) => e.type === 'ORGANIZATION' && namedBefore(e, s, t)
      && ![...(descriptors.get(e.key) ?? [])].some((w) => NO_FIRM.has(w))
      && ![e.name, ...e.aliases].some((n) => PUBLIC_BODY.test(n) || BLOC_NAME.test(n) || ARMED_MOVEMENT.test(n) || (n === e.name && /^[\p{Lu}.&-]+$/u.test(n))));
    return mostRecent(firms.map((e) => e.key));
  }
  if (plural || described.length < 2) return pick(described);
  return mostRecent(described);
}

/**
 * "the civil protection authority" after "the National Emergency and Civil Protection Authority":
 * a definite institutional noun with lowercase modifiers names the one organization of the
 * article whose name has the noun and every modifier among its words. Returns it with the
 * index of "the", or null.
 */
export function describedInstitution(s: AnalyzedSentence, i: number, built: BuiltEntities): { key: string; first: number } | null {
  const { tokens } = s;
  const t = tokens[i] as Token;
  if (t.isCap || !INSTITUTION_NOUNS.has(singular(t.lower)) || tokens[i + 1]?.text === '-' || (tokens[i + 1]?.isWord && tokens[i + 1]?.isCap)) return null;
  const modifiers: string[] = [];
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && (tokens[k] as Token).isWord && !(tokens[k] as Token).isCap && (tokens[k] as Token).lower !== 'the') {
    modifiers.push((tokens[k] as Token).lower);
    k -= 1;
  }
  if (modifiers.length === 0 || tokens[k]?.lower !== 'the') return null;
  const noun = singular(t.lower);
  const owners = built.entities.filter((e) => (e.type === 'ORGANIZATION' || e.type === 'GROUP') && namedBefore(e, s, t) && [e.name, ...e.aliases].some((n) => {
    const words = n.toLowerCase().split(/[\s-]+/).map(singular);
    return words.includes(noun) && modifiers.every((w) => words.includes(singular(w)));
  }));
  return owners.length === 1 ? { key: (owners[0] as { key: string }).key, first: k } : null;
}

/** Descriptors of bodies that are no company ("a group calling itself Black Tern" is no "company"). */
const NO_FIRM = new Set(['rebel', 'militant', 'insurgent', 'militia', 'group', 'union', 'party', 'movement', 'alliance', 'coalition', 'agency',
  'regulator', 'watchdog', 'court', 'charity', 'organisation', 'organization', 'network', 'cartel', 'gang', 'faction', 'junta', 'club', 'team',
  'bloc', 'peacekeeper', 'opposition']);

/** Nouns that describe an organization or group and are used alone to refer back to it. */
export const DESCRIPTOR_NOUNS = new Set(['rebel', 'militant', 'insurgent', 'militia', 'group', 'company', 'firm', 'carrier', 'airline',
  'lender', 'bank', 'insurer', 'manufacturer', 'maker', 'carmaker', 'automaker', 'retailer', 'operator', 'producer', 'miner',
  'union', 'party', 'movement', 'alliance', 'coalition', 'agency', 'regulator', 'watchdog', 'court', 'charity', 'organisation',
  'organization', 'network', 'cartel', 'gang', 'faction', 'junta', 'club', 'team', 'startup', 'start-up', 'conglomerate', 'giant', 'bloc', 'peacekeeper',
  // "the opposition Fanavaozana coalition" ... "the opposition", "opposition supporters"
  'opposition']);

/** Names of armed or insurgent movements. */
export const ARMED_MOVEMENT = /\b(?:Liberation (?:Army|Front|Movement)|Resistance|Brigades?|Militia|Mujahideen|Jihad|Islamic State|Shabaab|Boko Haram|Hamas|Hezbollah|Houthis?|Taliban|Rebels?)\b/;
/** Parties named in their own language. */
const FOREIGN_PARTY = /^(?:Partido|Parti|Partei|Partito|Partia|Partidul|Movimiento|Movimento|Mouvement|Frente|Rassemblement|Alianza|Alleanza|Lega|Liga|Congrès|Union pour|Unión)\b/;
/** Regional and political blocs, by name or acronym: "the bloc" refers back to them. */
const BLOC_NAME = /\b(?:Community|European Union|African Union|Association of Southeast Asian Nations|Cooperation Council|Common Market|Organization of American States|ECOWAS|ASEAN|SADC|EAC|IGAD|Mercosur|G7|G20|BRICS|NATO|CSTO|SCO|OPEC|GCC|CARICOM|ECCAS)\b/;
/** Descriptors a name carries by its words: "the bloc", "the party" (also in its own language), "the group", "the lender". */
const NAMED_DESCRIPTORS: Array<[RegExp, string[]]> = [
  [BLOC_NAME, ['bloc']],
  // "Movimiento Ciudadano", "Rassemblement National", "Frente Amplio"
  [FOREIGN_PARTY, ['party']],
  // "The group denied the charges": an armed or insurgent movement by its name
  [ARMED_MOVEMENT, ['group', 'rebel', 'militant', 'insurgent']],
  // "The lender also urged Nairobi to cut subsidies": the IMF, the World Bank, a development bank
  [/\b(?:Monetary Fund|World Bank|Development Bank|Bank for Reconstruction)\b/, ['lender']],
  // "accused the peacekeepers of ...": a UN peacekeeping mission
  [/\b(?:Stabili[sz]ation Mission|Peacekeeping|Interim Force|Assistance Mission|MINUSCA|MONUSCO|MINUSMA|UNMISS|UNIFIL|UNISFA|UNFICYP)\b/, ['peacekeeper', 'mission']],
];
/** Words of a public body's name: such a body is no "company". */
const PUBLIC_BODY = /\b(?:house of|ministry|directorate|inspectorate|secretariat|prosecutor|prosecution|customs|revenue|embassy|consulate|navy|guard|gendarmerie|military|commission|court|council|union|committee|agency|parliament|assembly|senate|congress|tribunal|board|coalition|alliance|federation|association|institute|fund|programme|program|organisation|organization|department|regulator|authority|police|army|forces|party|movement|front|government|office|bureau|service|nations|league|community|bank of|central bank|united nations|national|state|republic|people's|society|foundation|church|university|school|hospital|club|team)\b/i;

/**
 * Descriptors an organization carries before the text gives any: a bloc is "the bloc"; when the
 * article names exactly one organization that is no public body, it is "the company"/"the firm".
 */
export function seedDescriptors(built: BuiltEntities, descriptors: Map<string, Set<string>>): void {
  const add = (key: string, ...words: string[]) => {
    const set = descriptors.get(key) ?? new Set<string>();
    for (const w of words) set.add(w);
    descriptors.set(key, set);
  };
  const orgs = built.entities.filter((e) => e.type === 'ORGANIZATION' && e.mentions.length > 0);
  for (const [pattern, words] of NAMED_DESCRIPTORS) {
    for (const e of orgs) if ([e.name, ...e.aliases].some((n) => pattern.test(n))) add(e.key, ...words);
  }
  // "Sinar Timur Airlines" is "the airline", "Adani Group" "the group": a descriptor noun its own name ends in
  for (const e of orgs) {
    const last = singular(e.name.split(/\s+/).pop()?.toLowerCase() ?? '');
    // (a public body's noun, "the agency", "the court", is left to definiteInstitution, which weighs every body named so)
    if (DESCRIPTOR_NOUNS.has(last) && !INSTITUTION_NOUNS.has(last) && e.name.includes(' ')) add(e.key, last);
  }
  const companies = orgs.filter((e) => ![e.name, ...e.aliases].some((n) => PUBLIC_BODY.test(n) || BLOC_NAME.test(n)))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  // one such organization, or one the story is about: named at least three times and twice as often as any other
  // (a regulator's acronym, "CNIL", "ICO", is no company the story is about)
  const [first, second] = companies;
  if (first && (!second || (first.mentions.length >= 3 && first.mentions.length >= 2 * second.mentions.length))) add(first.key, 'company', 'firm');
}

/** Bodies that rule or oppose without being parties: "the ruling junta", "the opposition coalition". */
const NOT_A_PARTY = /\b(?:Coalition|Council|Junta|Committee|Alliance|Military|Army|Forces|Government|Bloc)\b/;

/** Record the descriptor nouns next to the sentence's organization and group mentions. */
export function learnDescriptors(state: DiscourseState, s: AnalyzedSentence, built: BuiltEntities): void {
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
    // "a faction expelled from the ruling ZANU-PF", "the opposition PP-DB": a body said to rule or oppose is a party
    if (/^(?:ruling|opposition)$/.test(lowerWord(m.first - 1) ?? '') && tokens[m.first - 2]?.lower === 'the' && !NOT_A_PARTY.test(e.name)) note(e.key, 'party');
    // "Tidewater, a refrigerated-logistics company," / "M23, the Rwanda-backed rebel group," /
    // "a group calling itself Black Tern", "a cell known as X": the noun the name is given to
    if ((/^(?:itself|themselves)$/.test(tokens[m.first - 1]?.lower ?? '') && /^(?:calling|calls)$/.test(tokens[m.first - 2]?.lower ?? ''))
      || (tokens[m.first - 1]?.lower === 'as' && tokens[m.first - 2]?.lower === 'known')) note(e.key, lowerWord(m.first - 3));
    // "the Public Employees Association, the union representing prison guards,": the apposition's descriptor nouns
    if (tokens[m.last + 1]?.text === ',' && /^(?:a|an|the)$/.test(tokens[m.last + 2]?.lower ?? '')) {
      for (let k = m.last + 3; k < tokens.length && k <= m.last + 8; k += 1) {
        const t = tokens[k] as Token;
        if (!t.isWord && t.text !== '-') break;
        note(e.key, lowerWord(k));
      }
    }
  }
}



/** Title head words that, after "the", refer back to the person introduced with that title. */
export const REFERRING_TITLES = new Set(['president', 'judge', 'minister', 'chancellor', 'premier', 'governor', 'mayor', 'prosecutor',
  'commissioner', 'ambassador', 'envoy', 'general', 'commander', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'secretary',
  'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'captain', 'king', 'queen', 'prince', 'emir', 'sultan', 'pope', 'senator',
  'lawmaker', 'speaker', 'leader', 'ceo', 'founder', 'sheikh', 'colonel', 'inspector', 'magistrate', 'diplomat']);

export function learnTitles(state: DiscourseState, s: AnalyzedSentence, built: BuiltEntities): void {
  // a title is noted under its own words ("minister", "prime minister") when its last word refers back
  const note = (title: string, key: string) => {
    if (!REFERRING_TITLES.has(title.split(' ').pop() ?? '')) return;
    const set = state.titled.get(title) ?? new Set<string>();
    set.add(key);
    state.titled.set(title, set);
  };
  for (const m of s.mentions) {
    const key = built.keyOf.get(m);
    if (!key || built.byKey.get(key)?.type !== 'PERSON') continue;
    if (m.title) {
      const words = m.title.text.toLowerCase().split(/[\s-]+/);
      note(words[words.length - 1] ?? '', key);
      // "Prime Minister Kittisak Wongsuwan" is also "the prime minister", apart from the article's other ministers
      if (words.length >= 2) note(words.slice(-2).join(' '), key);
    }
    // "The governor of Ziguinchor region, Mamadou Lamine Sarr,": a lowercase title set off before the name
    const { tokens } = s;
    if (tokens[m.first - 1]?.text !== ',') continue;
    for (let k = m.first - 2; k >= 0 && k >= m.first - 8; k -= 1) {
      const t = tokens[k] as Token;
      if (t.text === ',' || t.text === '.') break;
      if (t.isWord && !t.isCap && REFERRING_TITLES.has(t.lower) && /^(?:the|its|his|her|their)$/.test(tokens[k - 1]?.lower ?? '')) {
        note(t.lower, key);
        break;
      }
    }
  }
}

/** "the judge" after "Judge Norliza Abdul Rahman": the one person introduced with that title. */
export function titledPerson(s: AnalyzedSentence, i: number, state: DiscourseState): string | null {
  const t = s.tokens[i] as Token;
  // ("the minister of defence" is another title; "accused the prime minister of ignoring" is not)
  if ((s.tokens[i + 1]?.isWord && s.tokens[i + 1]?.isCap) || (s.tokens[i + 1]?.lower === 'of' && !/ing$/.test(s.tokens[i + 2]?.lower ?? ''))) return null;
  // "the prime minister" after "Prime Minister Kittisak Wongsuwan", whatever other ministers the article names
  const modifier = s.tokens[i - 1];
  if (s.tokens[i - 2]?.lower === 'the' && modifier?.isWord && !modifier.isCap) {
    const people = state.titled.get(`${modifier.lower} ${t.lower}`);
    if (people?.size === 1) return [...people][0] ?? null;
  }
  if (s.tokens[i - 1]?.lower !== 'the') return null;
  const people = state.titled.get(t.lower);
  return people?.size === 1 ? [...people][0] ?? null : null;
}
