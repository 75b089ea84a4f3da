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
 * - the discourse state those need (last person, last joint actors, home country, descriptions
 *   and titles seen so far), advanced sentence by sentence. Unnamed state agents, institutions
 *   and descriptions are resolved in referring-expressions.ts; merging events into one per
 *   happening is in event-merging.ts.
 */
import type { ExtractedEntity, ExtractedEvent, ExtractedRelation } from './types';
import { speakerMention, type Attribution } from './attribution';
import { datelineCity, stateMinistry, type BuiltEntities } from './entity-builder';
import type { AnalyzedSentence, RawMention } from './mention-detection';
import { getResources } from './resources';
import { countryWordCodes } from './country-gazetteer';
import { normalizeName, singular } from './name-normalization';
import type { Token } from './tokens';
import { keysInRole } from './event-participants';
import {
  COURTS, DESCRIPTOR_NOUNS, INSTITUTION_NOUNS, MILITARY_WORDS, REFERRING_TITLES, STATE_AGENTS, isLocalGovernmentOf, opensWithName,
  countryKeyOf, definiteInstitution, describedAs, describedInstitution, homeCountry, learnDescriptors, learnTitles, seedDescriptors, stateAgentAt, titledPerson,
} from './referring-expressions';


/** Plural nouns for the people of a protest: "the protesters", "the marchers". */
const PROTESTER_NOUNS = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'strikers', 'rioters', 'crowd', 'crowds']);

export interface DiscourseState {
  /** The people named so far, the most recent first (at most six): "he" and "she" skip a name of the other gender. */
  recentPersons: string[];
  /** The people the previous sentence named, in order: "the former" and "the latter". */
  previousPersons?: string[];
  /** The countries named so far, the most recent first: "the two countries", "the Baltic state". */
  recentCountries?: string[];
  /** Actors of the most recent event with two or more actors ("the two sides"). */
  lastActorGroup: string[] | null;
  /** The article's only armed-forces organisation, if exactly one. */
  military: string | null;
  /** The article's only named police force, if exactly one: bare "police" is that force (annotation README). */
  police?: string | null;
  /** The article's only named prosecution service, if exactly one: bare "prosecutors" are that service. */
  prosecution?: string | null;
  /** The article's only named government of a region or city ("Lagos State Government"): what bare "the government" means. */
  localGovernment?: string | null;
  /** The article's only named city government ("Nelson Mandela Bay Metropolitan Municipality", "Lyon City Council"): "the city" acting. */
  cityGovernment?: string | null;
  /**
   * The government that bare "the state government" or "the provincial authorities" means: the named government of the
   * home country's most mentioned first-level region ("Lagos State Government"), else that region itself (Plateau State).
   */
  regionalGovernment?: string | null;
  /** The organization, group or country that acted in the latest sentence with an actor: "It also ordered ..." opening the next one. */
  lastSubject?: string | null;
  /** The country of the latest place named as where something happened ("in Kitwe", "at the Place de la République"). */
  lastPlaceCountry?: string | null;
  /** The two organizations of the event between two organizations whose names recur most ("the two companies"). */
  lastOrgPair?: string[] | null;
  /** The bodies or groups that acted in the latest protest with a named actor: "police dispersed the marchers". */
  lastProtesters?: string[] | null;
  /** The people the last arrest or charge named as its targets: "the three", "the suspects" (pseudoMentions). */
  lastDetained?: string[] | null;
  /** Index of the sentence of that protest. */
  lastProtestSentence?: number;
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
/** A police force's own name ("Zambia Police Service", "National Police"), not a building of it. */
const POLICE_NAME = /(?:^|\s)(?:police|polic[íi]a|pol[íi]cia|polizei|politie|policja|gendarmerie|carabinieri|carabineros|constabulary)(?:\s|$)(?!(?:station|headquarters|academy|college|hospital|post))/i;
const POLICE_WORDS = new Set(['police', 'policemen', 'policewomen', 'agents', 'officers']);
/** A prosecution service's own name: "Attorney General's Office", "Public Ministry", "Zonguldak Chief Public Prosecutor's Office". */
const PROSECUTION_NAME = /\b(?:prosecut\w*|attorney general\S*|public ministry|procurator\w*|fiscal[ií]a)\b/i;
const PROSECUTOR_WORDS = new Set(['prosecutors']);
const GROUP_NOUNS = new Set(['sides', 'countries', 'nations', 'leaders', 'governments', 'neighbours', 'neighbors', 'parties', 'companies', 'firms', 'allies']);
const ORG_GROUP_NOUNS = new Set(['companies', 'firms']);
const STATE_GROUP_NOUNS = new Set(['countries', 'nations', 'governments', 'neighbours', 'neighbors']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const THING_PRONOUNS = new Set(['it', 'they']);

/** A body's people a statement may say acted: "MONUSCO said its peacekeepers had evacuated 200 aid workers". */
const SPEAKERS_PEOPLE = new Set(['agents', 'peacekeepers', 'officers', 'staff', 'personnel', 'inspectors', 'rescuers', 'teams', 'investigators', 'engineers', 'employees']);

/** Verbs of saying right before a clause whose "its troops" are the speaker's own. */
const SAID = /^(?:said|says|say|added|stated|announced|confirmed|reported)$/;

const LEAD_IN_WORDS = /^(?:on|in|by|last|later|earlier|then|also|since|until|after|within|sunday|monday|tuesday|wednesday|thursday|friday|saturday|week|month|year|day|morning|afternoon|evening|night|the|same|next|that|a|hours|days|weeks|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/;

/**
 * "On Wednesday it suspended ...", "Later that day it said": the tokens before `i` are only a time
 * phrase opening the sentence, so what follows is its main clause's subject.
 */
function timeLeadIn(tokens: Token[], i: number): boolean {
  if (i > 5) return false;
  const words = tokens.slice(0, i).filter((t) => t.text !== ',');
  // ("In a joint statement, they demanded": a statement the subject issues leads in as a time does)
  return words.length > 0 && words.length <= 4 && words.every((t) => LEAD_IN_WORDS.test(t.lower) || STATEMENT_WORDS.test(t.lower))
    && /^(?:on|in|by|last|later|earlier|then|since|after|within)$/.test(words[0]!.lower);
}

/** "In a joint statement,", "In a letter": the words of a statement lead-in besides LEAD_IN_WORDS. */
const STATEMENT_WORDS = /^(?:joint|statement|letter|communiqu[ée]|post|interview|speech|address|televised|written|separate)$/;

/** Possessive pronouns read as the owner they stand for after a completed act ("suspended his membership"). */
const OWNER_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

function pastVerb(t: Token | undefined): boolean {
  return !!t && t.isWord && !t.isCap && t.lower.length > 4 && /ed$/.test(t.lower) && !/^(?:need|indeed|embed|shed|speed|breed)$/.test(t.lower);
}

/** Offices and bodies a place or organization has: "Ontario's premier", "Japan's foreign minister", "the firm's chief executive". */
const OWNED_OFFICES = new Set([...REFERRING_TITLES, 'executive', 'officer', 'government', 'administration', 'cabinet', 'office', 'regulator', 'leadership', 'management', 'board',
  'mission', 'embassy', 'consulate', 'delegation', 'envoy', 'ambassador', 'negotiators', 'diplomats', 'officials', 'authorities', 'spokesman', 'spokeswoman', 'spokesperson',
  'junta', 'regime',
  // what a body acts through: "SOS Méditerranée's rescue ship pulled 58 survivors", "Iran's drones struck"
  'ship', 'ships', 'vessel', 'vessels', 'frigate', 'warship', 'warships', 'aircraft', 'plane', 'planes', 'jets', 'helicopter', 'helicopters', 'drones',
  'team', 'teams', 'inspectors', 'investigators', 'agents', 'rescuers']);

/** What speaks for a person: "Brian Kemp's office", "the senator's spokesman". */
const PERSONAL_OFFICES = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson', 'campaign']);

/**
 * "Newfoundland and Labrador's premier called the outage unacceptable": a place's or an
 * organization's office, named by its title alone, acts for its owner (a province acts through
 * its premier as a state through its government); so does a person's own office or spokesman
 * ("Governor Brian Kemp's office said"). Returns the title's token index, or -1. Not when a name
 * follows ("Japan's foreign minister Takeshi Iwaya" is the person) or for other people a person
 * has ("the president's lawyer" is someone else).
 */
function ownedOffice(s: AnalyzedSentence, m: RawMention, type: string | undefined): number {
  const { tokens } = s;
  if (!/^['’]s$/.test(tokens[m.last + 1]?.text ?? '')) return -1;
  // "Governor Brian Kemp's office said": a person's own office speaks for the person
  if (type === 'PERSON') return PERSONAL_OFFICES.has(tokens[m.last + 2]?.lower ?? '') && !tokens[m.last + 3]?.isCap ? m.last + 2 : -1;
  if (type !== 'LOCATION' && type !== 'ORGANIZATION') return -1;
  // "CADE, Brazil's antitrust regulator, approved": the office describes the name set off before it
  if (tokens[m.first - 1]?.text === ',' && s.mentions.some((x) => x.last === m.first - 2)) return -1;
  for (let k = m.last + 2; k <= m.last + 4; k += 1) {
    const t = tokens[k];
    if (!t?.isWord || t.isCap) return -1;
    if (!OWNED_OFFICES.has(t.lower)) continue;
    const next = tokens[k + 1];
    return next?.isWord && next.isCap ? -1 : k;
  }
  return -1;
}

/**
 * "Turkey's football federation", "the Kenyan electoral commission": a country's institution
 * described in lowercase words is the article's one organization whose name has all those words
 * ("Turkish Football Federation"). Returns where the phrase starts and that organization, or null.
 */
function ownedInstitution(s: AnalyzedSentence, i: number, built: BuiltEntities): { first: number; key: string } | null {
  const { tokens } = s;
  let k = i - 1;
  const words = [singular((tokens[i] as Token).lower)];
  while (k >= 0 && k >= i - 3 && (tokens[k] as Token).isWord && !(tokens[k] as Token).isCap && !/^(?:the|a|an|its|their)$/.test((tokens[k] as Token).lower)) {
    words.push((tokens[k] as Token).lower);
    k -= 1;
  }
  if (words.length < 2) return null;
  if (/^['’]s$/.test(tokens[k]?.text ?? '')) k -= 1;
  const owner = s.mentions.find((m) => m.last === k && built.keyOf.has(m));
  const ownerPlace = owner ? built.byKey.get(built.keyOf.get(owner) as string)?.place : undefined;
  // "the country's football federation": the country the story is about
  const theCountry = !owner && tokens[k]?.lower === 'country' && tokens[k - 1]?.lower === 'the' && /^['’]s$/.test(tokens[k + 1]?.text ?? '');
  if (!theCountry && (!owner || ownerPlace?.featureType !== 'COUNTRY')) return null;
  // ("football federation" is the "Royal Belgian Football Association": a sports body's kind goes by either word)
  const same = (w: string) => (BODY_KINDS.has(w) ? [...BODY_KINDS] : [w]);
  const matches = built.entities.filter((e) => e.type === 'ORGANIZATION' && e.mentions.length > 0 && (() => {
    const nameWords = new Set(e.name.toLowerCase().split(/[\s-]+/).map(singular));
    return words.every((w) => same(singular(w)).some((x) => nameWords.has(x)));
  })());
  const first = owner ? owner.first : k - 1;
  return matches.length === 1 ? { first, key: (matches[0] as { key: string }).key } : null;
}

/** A city's governing body by name. */
const CITY_GOVERNMENT_NAME = /\b(?:(?:Metropolitan|Local) Municipality|City Council|Municipal Council|City Government)$/;
/** Words before "the city" that make it a place: "in the city", "across the city". */
const CITY_PLACE_BEFORE = /^(?:in|into|across|around|near|outside|inside|throughout|from|to|toward|towards|through|of|at|on|over|under|within|leave|left|entered|enter)$/;
/** Nouns "the city" qualifies: "the city centre", "the city council" name something else. */
const CITY_COMPOUND = /^(?:centre|center|hall|council|councils|limits|streets|outskirts|authorities|police|government|officials|mayor|residents|centres|districts|district|port|airport|skyline|budget|administration)$/;

function onlyKey(es: ExtractedEntity[]): string | null {
  return es.length === 1 ? (es[0] as ExtractedEntity).key : null;
}

/** A body's internal organs: "the party's central committee", "the club's board". */
const INTERNAL_ORGANS = new Set(['committee', 'politburo', 'presidium', 'board', 'executive', 'secretariat', 'leadership']);

/**
 * "ZANU-PF's central committee", "Fenerbahçe's board": the organization or group named right before "'s" and at most two
 * lowercase words ("central", "disciplinary", "national executive"), and the first token of the phrase, or null.
 */
function organOwner(s: AnalyzedSentence, i: number, built: BuiltEntities): { first: number; key: string } | null {
  const { tokens } = s;
  let k = i - 1;
  while (k >= i - 2 && (tokens[k] as Token | undefined)?.isWord && !(tokens[k] as Token).isCap) k -= 1;
  if (!/^['’]s$/.test(tokens[k]?.text ?? '')) return null;
  const owner = s.mentions.find((m) => m.last === k - 1 && built.keyOf.has(m));
  const e = owner ? built.byKey.get(built.keyOf.get(owner) as string) : undefined;
  return owner && e && (e.type === 'ORGANIZATION' || e.type === 'GROUP') ? { first: owner.first, key: e.key } : null;
}

/** Kinds of body a description and a name may word differently: "football federation" / "Football Association". */
const BODY_KINDS = new Set(['federation', 'association', 'union']);

/** The article's one named force a bare "army"/"police" stands for, if any ("prosecutors": its one prosecution service). */
function forceOf(word: string, state: DiscourseState): string | null {
  // ("soldiers clashed with miners" in a story that names the Ghana Armed Forces, its one military: that force's soldiers)
  if (MILITARY_WORDS.has(word) || SOLDIER_WORDS.has(word)) return state.military;
  if (PROSECUTOR_WORDS.has(word)) return state.prosecution ?? null;
  return POLICE_WORDS.has(word) ? state.police ?? null : null;
}

const SOLDIER_WORDS = new Set(['troops', 'soldiers']);

/** Names of a state's forces, with the words for their people. */
const NAMED_FORCES: [RegExp, Set<string>][] = [
  [MILITARY_NAME, new Set(['troops', 'soldiers', 'army', 'military', 'forces'])],
  [POLICE_NAME, POLICE_WORDS],
  [PROSECUTION_NAME, PROSECUTOR_WORDS],
];

/**
 * "Thai troops", "Norwegian prosecutors", "Kenyan police": a country's word before a force's people names that country's
 * force when the article names exactly one force of that kind with the country's word in its name ("Royal Thai Army").
 * Returns the force and the first token of the phrase, or null.
 */
function namedForceOf(s: AnalyzedSentence, i: number, built: BuiltEntities, home: string | null): { first: number; key: string } | null {
  const word = (s.tokens[i] as Token).lower;
  const kind = NAMED_FORCES.find(([, words]) => words.has(word));
  if (!kind || s.tokens[i + 1]?.text === '-') return null;
  const owner = s.mentions.find((m) => m.last === i - 1 && (m.ref?.kind === 'country' || m.ref?.kind === 'demonym'));
  if (!owner || !owner.ref || (owner.ref.kind !== 'country' && owner.ref.kind !== 'demonym')) return null;
  const code = owner.ref.code;
  const index = countryWordCodes(getResources().gazetteer.countries);
  const ofKind = built.entities.filter((e) => e.type === 'ORGANIZATION' && e.mentions.length > 0 && [e.name, ...e.aliases].some((n) => kind[0].test(n)));
  const countryOf = (e: ExtractedEntity) => normalizeName(e.name).split(' ').map((w) => index.get(w)).find((c) => !!c);
  const forces = ofKind.filter((e) => countryOf(e) === code);
  if (forces.length === 1) return { first: owner.first, key: (forces[0] as ExtractedEntity).key };
  // ("Norwegian prosecutors" in a story from Norway that names Økokrim, whose name names no country): the home country's one such force
  const unnamed = ofKind.filter((e) => !countryOf(e));
  const homeCode = home ? built.byKey.get(home)?.place?.countryCode : undefined;
  return forces.length === 0 && unnamed.length === 1 && homeCode === code ? { first: owner.first, key: (unnamed[0] as ExtractedEntity).key } : null;
}

/**
 * "Czech Interior Minister Vít Rakušan said the army had been called in", in a story whose one named
 * army is the Polish Army: the sentence names countries and the named force's name carries another
 * one, so the bare word is not that force.
 */
function otherCountrysForce(s: AnalyzedSentence, at: number, force: string, built: BuiltEntities, home: string | null): boolean {
  // countries named before the word ("Czech Interior Minister ... said the army"), not what the force acts on ("The army accuses Chad")
  const codes = new Set(s.mentions.filter((m) => m.last < at).map((m) => (m.ref && (m.ref.kind === 'country' || m.ref.kind === 'demonym') ? m.ref.code : null)).filter((c): c is string => !!c));
  if (codes.size === 0) return false;
  const words = normalizeName(built.byKey.get(force)?.name ?? '').split(' ');
  const index = countryWordCodes(getResources().gazetteer.countries);
  const code = words.map((w) => index.get(w)).find((c) => !!c);
  if (code) return !codes.has(code);
  // "In Bulgaria, police arrested a man": a force named by no country ("Federal Judicial Police") is the home country's,
  // and the sentence has put the act in another country
  const homeCode = home ? built.byKey.get(home)?.place?.countryCode ?? null : null;
  const abroad = s.mentions.filter((m) => m.last < at && m.locative && m.ref?.kind === 'country').map((m) => (m.ref as { code: string }).code);
  return !!homeCode && abroad.length > 0 && abroad.every((c) => c !== homeCode);
}

/**
 * "Copenhagen Police" in a story filed from Islamabad: a force named after one of the article's cities
 * other than the dateline's is that city's, not the one bare "police" means.
 */
function otherCitysForce(built: BuiltEntities, name: string, dateline: number): boolean {
  const datelined = datelineCity(built, dateline, true);
  if (!datelined) return false;
  const city = built.entities.find((c) => c.place?.featureType === 'CITY' && opensWithName(name, [c.name, ...c.aliases]));
  return !!city && city !== datelined;
}

/**
 * "SIWAN, India — ... Bihar (6 mentions) ... Bihar Police ... Uttar Pradesh Police ... Nepal Police": of several named
 * forces, the one named after the region the story names most often is the one bare "police" means.
 */
function datelinedForce(built: BuiltEntities, forces: ExtractedEntity[], dateline: number): string | null {
  if (!datelineCity(built, dateline, true)) return null;
  const weight = (f: ExtractedEntity): number => {
    // (a first-level region: a district's police, "Saran police", is a unit of its state's force)
    const region = built.entities.find((r) => r.place?.featureType === 'REGION' && !r.key.startsWith('LOCATION:admin2:')
      && opensWithName(f.name, [r.name, ...r.aliases].map((n) => n.toLowerCase().replace(/\s+(?:state|province|region)$/, ''))));
    return region ? region.mentions.length : 0;
  };
  const ranked = forces.map((f) => [f, weight(f)] as const).filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1]![1] === ranked[0]![1])) return null;
  return ranked[0]![0].key;
}

/** The name opens with the name or adjective of an article's country other than its home country ("Australian Federal Police"). */
function namesForeignCountry(built: BuiltEntities, name: string, home: string | null): boolean {
  if (!home) return false;
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  // "Nigeria Police Force" in a story from Nigeria that also names Niger: the home country's own word is home's
  const homeEntity = built.byKey.get(home);
  if (homeEntity && [homeEntity.name, ...homeEntity.aliases].some((n) => n.toLowerCase() === first)) return false;
  return built.entities.some((c) => c.key !== home && c.place?.featureType === 'COUNTRY'
    && [c.name, ...c.aliases].some((n) => !/\s/.test(n) && n.length >= 4 && first.startsWith(n.toLowerCase())));
}

export function initialDiscourse(built: BuiltEntities, dateline = 0): DiscourseState {
  const military = built.entities.filter((e) => e.type === 'ORGANIZATION' && e.mentions.length > 0
    && [e.name, ...e.aliases].some((n) => MILITARY_NAME.test(n)));
  const home = homeCountry(built, dateline);
  const datelined = datelineCity(built, dateline, true);
  const namedAfterDateline = (e: ExtractedEntity) => !!datelined && opensWithName(e.name, [datelined.name, ...datelined.aliases]);
  // "Australian Federal Police" in a story from Papua New Guinea is a foreign force, not the one bare "police" means;
  // the force of the city the story is filed from is local, whichever country the story names most
  // ("ISLAMABAD — Denmark recalled its ambassador ... the Islamabad Capital Territory Police said")
  const police = built.entities.filter((e) => e.type === 'ORGANIZATION' && e.mentions.length > 0 && [e.name, ...e.aliases].some((n) => POLICE_NAME.test(n))
    && (!namesForeignCountry(built, e.name, home) || namedAfterDateline(e)) && !otherCitysForce(built, e.name, dateline));
  const prosecution = built.entities.filter((e) => e.type === 'ORGANIZATION' && e.mentions.length > 0 && [e.name, ...e.aliases].some((n) => PROSECUTION_NAME.test(n))
    && !namesForeignCountry(built, e.name, home));
  // only the government of the place the story is filed from ("LAGOS — ... the Lagos State government"): in a story from
  // Lima, "the government" stays Peru's even when the Apurímac regional government is named
  const localGovernments = datelined ? built.entities.filter((e) => e.mentions.length > 0 && isLocalGovernmentOf(e, [datelined.name, ...datelined.aliases])) : [];
  const descriptors = new Map<string, Set<string>>();
  seedDescriptors(built, descriptors);
  return {
    recentPersons: [], lastActorGroup: null, military: onlyKey(military),
    police: onlyKey(police) ?? datelinedForce(built, police, dateline),
    prosecution: onlyKey(prosecution),
    localGovernment: onlyKey(localGovernments),
    cityGovernment: onlyKey(built.entities.filter((e) => e.type === 'ORGANIZATION' && e.mentions.length > 0 && CITY_GOVERNMENT_NAME.test(e.name))),
    regionalGovernment: regionalGovernment(built, home),
    homeCountry: home, descriptors, titled: new Map(),
  };
}

/**
 * The home country's most mentioned first-level region (the first named on a tie), as its named government when the
 * article names one ("Lagos State Government"), else as the region: what "the state government" means.
 */
function regionalGovernment(built: BuiltEntities, home: string | null): string | null {
  if (!home) return null;
  let region: ExtractedEntity | null = null;
  for (const e of built.entities) {
    if (e.place?.featureType !== 'REGION' || e.mentions.length === 0 || countryKeyOf(built, e.key) !== home) continue;
    if (!region || e.mentions.length > region.mentions.length) region = e;
  }
  if (!region) return null;
  const own = built.entities.find((e) => e.mentions.length > 0 && isLocalGovernmentOf(e, [region.name, ...region.aliases]));
  return own?.key ?? region.key;
}

/** What kind of force an organ's name says it is, and the bare words that mean its people. */
const FORCE_PEOPLE: [RegExp, Set<string>][] = [
  [/\b(?:Army|Armed Forces|Military|Defen[cs]e Forces|Navy|Marines)$/, new Set(['troops', 'soldiers', 'forces', 'army', 'military'])],
  [/\b(?:Police|Gendarmerie|National Guard|Border Guard|Coast Guard)$/, new Set(['police', 'policemen', 'officers', 'gendarmes', 'guard'])],
];

/**
 * "An Indian army officer said troops had repelled the attack", "a Kenyan police spokesman said police had arrested 12":
 * bare troops or police in what a state's force's own people say are that force, not whoever the story last placed.
 * Returns the force's entity key, or null.
 */
function speakersForce(s: AnalyzedSentence, i: number, built: BuiltEntities): string | null {
  const { tokens } = s;
  let said = i - 1;
  while (said >= 1 && said >= i - 6 && (tokens[said] as Token).lower !== 'said') said -= 1;
  if (said < 1 || said < i - 6) return null;
  const speaker = s.mentions.find((m) => m.organ && m.last < said && said - m.last <= 3);
  const key = speaker ? built.keyOf.get(speaker) : undefined;
  if (!speaker?.organ || !key) return null;
  const kind = FORCE_PEOPLE.find(([name]) => name.test(speaker.organ?.name ?? ''));
  return kind && kind[1].has((tokens[i] as Token).lower) ? key : null;
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

/** Token i lies inside a direct quote that closes before the sentence's attribution ("\"We will not pay,\" X said"). */
function quotedBeforeAttribution(s: AnalyzedSentence, i: number, attribution: Attribution | null): boolean {
  const { tokens } = s;
  if (!attribution || (tokens[i] as Token).end > attribution.start) return false;
  const open = tokens.slice(0, i).map((t) => t.text).lastIndexOf('“');
  const plain = tokens.slice(0, i).filter((t) => t.text === '"').length;
  const opened = open >= 0 ? !tokens.slice(open + 1, i).some((t) => t.text === '”') : plain % 2 === 1;
  if (!opened) return false;
  const close = tokens.findIndex((t, k) => k > i && (t.text === '”' || t.text === '"'));
  return close > i && (tokens[close] as Token).end <= attribution.start;
}

/** People a body acts through: "Gunmen from the Gran Grif gang", "Officers from the MACC", "members of the union". */
const MEMBER_NOUNS = new Set(['gunmen', 'fighters', 'militants', 'members', 'officers', 'agents', 'soldiers', 'troops', 'investigators', 'inspectors',
  'officials', 'staff', 'employees', 'workers', 'activists', 'supporters', 'rebels', 'commandos', 'operatives', 'personnel', 'guards', 'lawmakers', 'delegates',
  'rescuers', 'volunteers', 'medics', 'doctors', 'engineers', 'experts', 'specialists', 'observers', 'monitors', 'divers', 'firefighters', 'teams', 'crews',
  'negotiators', 'diplomats', 'envoys', 'representatives', 'prosecutors', 'auditors', 'peacekeepers', 'police', 'policemen', 'detectives', 'customs']);

/**
 * "Gunmen from the Gran Grif gang abducted ...": a plural noun of people followed by "from"/"of" and a
 * named organization or group stands for that body, from the noun to the name (and its kind: "gang").
 */
function memberOfBody(s: AnalyzedSentence, i: number, built: BuiltEntities): { last: number; key: string } | null {
  const { tokens } = s;
  if (!MEMBER_NOUNS.has((tokens[i] as Token).lower) || !/^(?:from|of)$/.test(tokens[i + 1]?.lower ?? '')) return null;
  const at = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  const m = s.mentions.find((x) => x.first === at && built.keyOf.has(x));
  const e = m ? built.byKey.get(built.keyOf.get(m) as string) : undefined;
  if (!m || !e || (e.type !== 'ORGANIZATION' && e.type !== 'GROUP')) return null;
  const kind = tokens[m.last + 1];
  const last = kind?.isWord && !kind.isCap && /^(?:gang|group|militia|movement|party|union|faction|cartel|network|organisation|organization)$/.test(kind.lower) ? m.last + 1 : m.last;
  return { last, key: e.key };
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
  // The speaker is the same for every token after the attribution, and the attribution's own pseudo-mentions are
  // all made by the time the loop passes its end: worked out once, on first use.
  let namedMemo: string | null | undefined;
  const namedSpeaker = (): string | null => {
    if (namedMemo === undefined) {
      const sp = attribution ? speakerMention(attribution, s.mentions.filter((m) => built.keyOf.has(m))) : undefined;
      namedMemo = sp ? built.keyOf.get(sp) ?? null : null;
    }
    return namedMemo;
  };
  let speakerMemo: string | null | undefined;
  const speakerKey = (i: number): string | null => {
    if (!attribution || (tokens[i] as Token).start < attribution.end) return null;
    if (speakerMemo !== undefined) return speakerMemo;
    // "Police said they had detained 14 people": an unnamed agent of the state can be the speaker too
    const unnamed = namedSpeaker() ? undefined : out.mentions.filter((m) => m.start >= attribution.start && m.end <= attribution.end).pop();
    speakerMemo = namedSpeaker() ?? (unnamed ? (out.keys.get(unnamed)?.[0] ?? null) : null);
    return speakerMemo;
  };
  let recent = state.recentPersons;
  // "He released the other two" after "Judge Horacio Pirir ... Ana Beatriz Chen": the latest person the pronoun can be,
  // else the latest person
  const personFor = (pronoun: string): string | null => {
    const wanted = pronoun === 'she' ? 'F' : 'M';
    return recent.find((k) => { const g = genderOfPerson(built, k); return g === null || g === wanted; }) ?? recent[0] ?? null;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    // a capitalised word that became no entity ("Prosecutors" opening a sentence) is no name
    const mention = s.mentions.find((m) => m.first === i && built.keyOf.has(m));
    if (mention) {
      const key = built.keyOf.get(mention);
      if (key && built.byKey.get(key)?.type === 'PERSON') recent = mostRecentFirst(recent, key, Infinity);
      const office = key ? ownedOffice(s, mention, built.byKey.get(key)?.type) : -1;
      if (key && office > 0) add(mention.first, office, [key]);
      i = Math.max(mention.last, office);
      continue;
    }
    if (!t.isWord) continue;
    const member = memberOfBody(s, i, built);
    if (member) {
      add(i, member.last, [member.key]);
      i = member.last;
      continue;
    }
    // "West Africa's regional bloc suspended The Gambia": a region's bloc, or "the regional bloc", is the one bloc the article names
    if (t.lower === 'bloc' && !t.isCap) {
      let k = i - 1;
      while (k >= 0 && i - k <= 2 && /^(?:regional|economic|political|trade|west|african|european|southern|eastern|asian)$/.test((tokens[k] as Token).lower) && !(tokens[k] as Token).isCap) k -= 1;
      const owner = /^['’]s$/.test(tokens[k]?.text ?? '') ? s.mentions.find((m) => m.last === k - 1 && built.byKey.get(built.keyOf.get(m) ?? '')?.place) : undefined;
      let blocs = describedAs(state.descriptors, 'bloc');
      // ("West Africa's regional bloc" among ECOWAS, the AU and the EU: the one whose name has the region's words)
      if (owner && blocs.length > 1) {
        const ownerWords = normalizeName(owner.text).split(' ').filter((w) => w.length >= 4);
        blocs = blocs.filter((key) => {
          const e = built.byKey.get(key);
          const words = e ? [e.name, ...e.aliases].flatMap((n) => normalizeName(n).split(' ')) : [];
          return ownerWords.length > 0 && ownerWords.every((w) => words.some((x) => x.startsWith(w)));
        });
      }
      if ((owner || (tokens[k]?.lower === 'the' && k < i - 1)) && blocs.length === 1) {
        add(owner ? owner.first : k, i, blocs);
        continue;
      }
    }
    // "opposition supporters gathered": the one body the article has called the opposition
    if (t.lower === 'opposition' && !t.isCap && MEMBER_NOUNS.has(tokens[i + 1]?.lower ?? '')) {
      const opposition = describedAs(state.descriptors, 'opposition');
      if (opposition.length === 1) {
        add(i, i + 1, opposition);
        i += 1;
        continue;
      }
    }
    // "Police fired tear gas at the marchers": the bodies the latest protest was by
    if (t.lower === 'the' && PROTESTER_NOUNS.has(tokens[i + 1]?.lower ?? '') && state.lastProtesters && !tokens[i + 2]?.isCap) {
      add(i, i + 1, state.lastProtesters);
      i += 1;
      continue;
    }
    // "police were questioning the three", "the suspects will be arraigned": the people last taken into custody
    const detained = t.lower === 'the' && state.lastDetained ? heldPeople(tokens, i, state.lastDetained) : 0;
    if (detained > 0) {
      add(i, i + detained, state.lastDetained as string[]);
      i += detained;
      continue;
    }
    // "Police fired tear gas to disperse them"
    if (t.lower === 'them' && /^disperse[sd]?$|^dispersing$/.test(tokens[i - 1]?.lower ?? '') && state.lastProtesters) {
      add(i, i, state.lastProtesters);
      continue;
    }
    // "Sandvold's lawyer, Kjetil Brevik, said his client rejected the charges": the client is whom the lawyer acts for
    if (/^(?:his|her|their)$/.test(t.lower) && /^clients?$/.test(tokens[i + 1]?.lower ?? '')) {
      const client = clientOfLawyer(s, built);
      if (client) {
        add(i, i + 1, [client]);
        i += 1;
        continue;
      }
    }
    const pair = t.lower === 'the' || t.lower === 'both' ? PAIR_PHRASE.exec(tokens.slice(i, i + 3).map((x) => x.lower).join(' ')) : null;
    // ("to warn away the two warships": the forces of two countries are objects too)
    const forces = !!pair && /^(?:armies|navies|militaries|warships)$/.test(pair[2] ?? '');
    if (pair && (forces || i === 0 || !tokens[i - 1]?.isWord || /^(?:and|but|while|urged|called|told|asked|when|until|once)$/.test(tokens[i - 1]?.lower ?? ''))) {
      // "The two leaders agreed", "urged both countries to pull back": the last two people or countries
      const people = pair[2] === 'leaders' || pair[2] === 'men' || pair[2] === 'presidents' || pair[2] === 'ministers';
      const pool = people ? (state.previousPersons && state.previousPersons.length >= 2 ? state.previousPersons : state.recentPersons)
        : state.lastActorGroup?.length === 2 && state.lastActorGroup.every((k) => built.byKey.get(k)?.place?.featureType === 'COUNTRY') ? state.lastActorGroup : state.recentCountries ?? [];
      const two = pool.slice(0, 2);
      const words = pair[0].split(' ').length;
      if (two.length === 2) add(i, i + words - 1, two);
      i += words - 1;
      continue;
    }
    const epithet = t.lower === 'the' && !insideMention(s, i + 1, built) ? COUNTRY_EPITHET.exec(`${tokens[i + 1]?.text ?? ''} ${tokens[i + 2]?.text ?? ''}`) : null;
    const epithetLast = epithet ? (epithet[1] ? i + 2 : i + 1) : -1;
    if (epithet && (state.recentCountries?.length ?? 0) > 0 && tokens[epithetLast + 1]?.lower !== 'of' && !tokens[epithetLast + 1]?.isCap) {
      // "The Baltic state also closed two border crossings", "the kingdom": the country the story is about
      const last = epithetLast;
      const subject = state.lastSubject && built.byKey.get(state.lastSubject)?.place?.featureType === 'COUNTRY' ? state.lastSubject : null;
      add(i, last, [subject ?? (state.recentCountries as string[])[0] as string]);
      i = last;
      continue;
    }
    if ((t.lower === 'former' || t.lower === 'latter') && tokens[i - 1]?.lower === 'the' && (state.previousPersons?.length ?? 0) >= 2
      && (!tokens[i + 1]?.isWord || /(?:ed|s)$/.test(tokens[i + 1]?.lower ?? '') || /^(?:on|with|in|at|for|to|from|by|and|but|while|as|over|of)$/.test(tokens[i + 1]?.lower ?? ''))) {
      // "X met Y. The former accused ..., the latter called ...": the first or the last person the sentence before named
      const people = state.previousPersons as string[];
      add(i - 1, i, [(t.lower === 'former' ? people[0] : people[people.length - 1]) as string]);
    } else if ((i === 0 || timeLeadIn(tokens, i)) && (t.lower === 'its' || t.lower === 'their') && OWNED_AGENTS.has(tokens[i + 1]?.lower ?? '')) {
      // "Its navy will send two corvettes", "Their foreign ministers met", "In February its fighters killed": the body or
      // bodies the story last had act
      const owners = t.lower === 'their' ? state.lastActorGroup ?? (state.lastSubject ? [state.lastSubject] : null) : state.lastSubject ? [state.lastSubject] : null;
      // "Their foreign ministers", "Its coast guard": the agent noun after the word belongs to the same phrase
      const last = tokens[i + 2]?.lower === 'guard' || STATE_AGENTS.has(tokens[i + 2]?.lower ?? '') ? i + 2 : i + 1;
      if (owners) {
        add(i, last, owners);
        i = last;
      }
    } else if (i > 0 && (t.lower === 'its' || t.lower === 'their') && (OWNED_AGENTS.has(tokens[i + 1]?.lower ?? '') || SPEAKERS_PEOPLE.has(tokens[i + 1]?.lower ?? ''))
      && SAID.test(tokens[tokens[i - 1]?.lower === 'that' ? i - 2 : i - 1]?.lower ?? '')
      && speakerKey(i) && built.byKey.get(speakerKey(i) as string)?.type !== 'PERSON') {
      // "The DGM said its agents had detained 3,214 people", "Dakar said its troops had been placed on alert": the speaker's own agents
      add(i, i + 1, [speakerKey(i) as string]);
      i += 1;
    } else if ((t.lower === 'we' || t.text === 'I') && quotedBeforeAttribution(s, i, attribution)) {
      // "\"We do not accept this result,\" Tumurbaatar said": the quote's "we" or "I" is who says it
      // ('"We will challenge this decision," she said': the person the attribution's pronoun is)
      const pronoun = attribution ? tokens.find((x) => x.start >= attribution.start && x.end <= attribution.end && /^(?:he|she)$/.test(x.lower)) : undefined;
      const key = namedSpeaker() ?? (pronoun ? personFor(pronoun.lower) : null);
      if (key) add(i, i, [key]);
    } else if (PERSON_PRONOUNS.has(t.lower)) {
      const key = speakerKey(i) ?? personFor(t.lower);
      if (key) add(i, i, [key]);
    } else if (t.lower === 'him' && recent.length > 0) {
      // "ordered him to surrender his passport": the most recent person
      add(i, i, [personFor('he') as string]);
    } else if (OWNER_PRONOUNS.has(t.lower) && pastVerb(tokens[i - 1])) {
      // "X said police had seized his passport", "the charity said the AFM refused its request": after a completed act,
      // the speaker's own thing makes the speaker what it was done to
      const personal = t.lower === 'his' || t.lower === 'her';
      const speaker = speakerKey(i);
      // "Police detained X and searched its hangar, a police spokesman said": a speaker that did the act itself is not its object's owner
      const speakerFits = !!speaker && (built.byKey.get(speaker)?.type === 'PERSON') === personal
        && !(s.mentions.some((m) => m.last < i && built.keyOf.get(m) === speaker) && !tokens.slice(0, i).some((x) => SAID.test(x.lower)));
      // only the sentence's own speaker: the latest person named is too often someone else's ("Anwar Ibrahim's coalition")
      if (speakerFits) add(i, i, [speaker]);
      // "suspended the company's licence and sealed its plant": the owner of the coordinated act's object owns this one too
      else if (!personal) {
        const owner = coordinatedOwner(s, i, out, built);
        if (owner) add(i, i, [owner]);
      }
    } else if (THING_PRONOUNS.has(t.lower)) {
      // "It also ordered PulseMetric to ...": a sentence-opening "It" that acts continues the last sentence's actor
      const opening = (i === 0 || timeLeadIn(tokens, i)) && t.lower === 'it'
        && !/^(?:is|was|has|had|'s|’s|seems|seemed|appears|appeared|remains|remained|would|will|could|may|might)$/.test(tokens[i + 1]?.lower ?? '');
      // "Members of the Nigeria Labour Congress marched ... They also threatened": a sentence-opening "They" is the last
      // group of actors, or a body whose members acted
      const collective = (i === 0 || timeLeadIn(tokens, i)) && t.lower === 'they' && !/^(?:are|were|have|had|say|said)$/.test(tokens[i + 1]?.lower ?? '')
        ? state.lastActorGroup ?? (state.lastSubject && built.byKey.get(state.lastSubject)?.type !== 'LOCATION' ? [state.lastSubject] : null) : null;
      // "Elbwerk ... In 2023 the Commission fined it 38 million euros": "it" as the object of a completed act is the body the
      // story last had act, when the sentence names no other body before it
      const objectIt = t.lower === 'it' && pastVerb(tokens[i - 1]) && !SAID.test(tokens[i - 1]?.lower ?? '')
        && !!state.lastSubject && built.byKey.get(state.lastSubject)?.type === 'ORGANIZATION'
        && !s.mentions.some((m) => m.last < i && built.keyOf.get(m) === state.lastSubject);
      // "She said it had suspended 14 officers": "it" is no person, but the body the speaking person holds a post in
      const speaker = speakerKey(i) ?? (t.lower === 'it' && !attribution ? relativeClauseSpeaker(s, i, built) : null);
      const sayer = t.lower === 'it' && SAID.test(tokens[i - 1]?.lower ?? '') && PERSON_PRONOUNS.has(tokens[i - 2]?.lower ?? '') ? personFor(tokens[i - 2]?.lower as string) : null;
      const person = speaker ?? sayer;
      const body = person && t.lower === 'it' && built.byKey.get(person)?.type === 'PERSON' ? bodyOfPerson(person, relations, built) : null;
      const spoken = body ?? speaker;
      const key = spoken ?? (opening || objectIt ? state.lastSubject ?? null : null);
      if (key) add(i, i, [key]);
      else if (collective) add(i, i, collective);
    } else if (namedForceOf(s, i, built, state.homeCountry) && !insideMention(s, i, built)) {
      // "Thai troops were put on alert" in a story that names the Royal Thai Army (and Myanmar's military): that country's named force
      const named = namedForceOf(s, i, built, state.homeCountry) as { first: number; key: string };
      add(named.first, i, [named.key]);
    } else if (forceOf(t.lower, state) && !insideMention(s, i, built) && !otherCountrysForce(s, i, forceOf(t.lower, state) as string, built, state.homeCountry)
      // ("its roughly 14,000 troops", "their soldiers": someone else's soldiers)
      && !(SOLDIER_WORDS.has(t.lower) && tokens.slice(Math.max(0, i - 3), i).some((x) => x.isNumber || /^(?:its|their|his|her)$/.test(x.lower)))) {
      const prev = tokens[i - 1];
      const force = forceOf(t.lower, state) as string;
      // "the Polish army" names its own country; "army-backed" is a modifier.
      const owner = s.mentions.find((m) => m.last === i - 1);
      const ownedByName = !!owner || tokens[i + 1]?.text === '-';
      // "Istanbul police" when the article names the "Istanbul Police Department"
      const ownForce = owner && tokens[i + 1]?.text !== '-' && normalizeName(built.byKey.get(force)?.name ?? '').split(' ').includes(normalizeName(owner.text));
      if (ownForce && owner) {
        add(owner.first, i, [force]);
      } else if (!ownedByName && (prev?.text === prev?.lower || prev?.lower === 'the' || (i === 1 && prev?.isWord))) {
        // "Armed officers sealed off the building": a capitalised word opening the sentence is an ordinary modifier here
        // "army troops": the agent noun after the word belongs to the same phrase
        const last = STATE_AGENTS.has(tokens[i + 1]?.lower ?? '') ? i + 1 : i;
        add(i, last, [force]);
        i = last;
      }
    } else if (t.lower === 'city' && state.cityGovernment && tokens[i - 1]?.lower === 'the' && !CITY_PLACE_BEFORE.test(tokens[i - 2]?.lower ?? '')
      && !/^(?:'s|’s|-)$/.test(tokens[i + 1]?.text ?? '') && !(tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.isCap) && !CITY_COMPOUND.test(tokens[i + 1]?.lower ?? '')
      && !insideMention(s, i, built)) {
      // "the city suspended 46 workers", "accused the city of hiding its own broken pipes": the city's named government
      add(i - 1, i, [state.cityGovernment]);
    } else if (t.lower === 'government' && state.localGovernment && /^(?:the|state|state's)$/.test(tokens[i - 1]?.lower ?? '') && !insideMention(s, i, built)
      && !/^(?:federal|national|central|union)$/.test(tokens[i - 1]?.lower ?? '')) {
      // "the Lagos State government ... the government had not been served": a story about a region's government
      add(i - 1, i, [state.localGovernment]);
    } else if (/^(?:government|authorities)$/.test(t.lower) && state.regionalGovernment && /^(?:state|provincial|regional)$/.test(tokens[i - 1]?.lower ?? '')
      && tokens[i - 2]?.lower === 'the' && !insideMention(s, i, built)) {
      // "the provincial government was considering suspending mobile internet", in a story about Balochistan
      add(i - 1, i, [state.regionalGovernment]);
    } else if ((STATE_AGENTS.has(t.lower) || MILITARY_WORDS.has(t.lower)) && !insideMention(s, i, built)) {
      const spokenFor = speakersForce(s, i, built);
      const agent = spokenFor ? null : stateAgentAt(s, i, state, built, false, relations);
      if (spokenFor) add(i, i, [spokenFor]);
      else if (agent) add(agent.first, i, [agent.key]);
    } else if (REFERRING_TITLES.has(t.lower) && !t.isCap && titledPerson(s, i, state)) {
      add(i - 1, i, [titledPerson(s, i, state) as string]);
    } else if (HEAD_OF_STATE.has(t.lower) && !t.isCap && tokens[i - 1]?.lower === 'the' && state.homeCountry && !state.titled.has(t.lower)
      && !tokens[i + 1]?.isCap && tokens[i + 1]?.lower !== 'of' && tokens[i + 1]?.text !== '-') {
      // "the president condemned the killings", in a story that names no president: the head of the story's state acts for it
      add(i - 1, i, [state.homeCountry]);
    } else if (t.lower === 'palace' && tokens[i - 1]?.lower === 'presidential' && tokens[i - 2]?.lower === 'the' && state.homeCountry
      && !tokens[i + 1]?.isCap && tokens[i + 1]?.lower !== 'of' && !insideMention(s, i, built)) {
      // "The presidential palace said it had released 250 million pesos": the presidency, for the story's state
      add(i - 2, i, [state.homeCountry]);
    } else if (INTERNAL_ORGANS.has(t.lower) && !t.isCap && organOwner(s, i, built)) {
      // "ZANU-PF's central committee voted to expel ...": a body's own organ acts for it
      const owner = organOwner(s, i, built) as { first: number; key: string };
      add(owner.first, i, [owner.key]);
    } else if (INSTITUTION_NOUNS.has(singular(t.lower)) && !t.isCap && ownedInstitution(s, i, built)) {
      const named = ownedInstitution(s, i, built) as { first: number; key: string };
      add(named.first, i, [named.key]);
    } else if ((INSTITUTION_NOUNS.has(singular(t.lower)) || DESCRIPTOR_NOUNS.has(singular(t.lower))) && !insideMention(s, i)) {
      const keys = definiteInstitution(s, i, built, state.descriptors);
      const described = keys.length === 0 ? describedInstitution(s, i, built) : null;
      if (keys.length > 0) add(i - 1, i, keys);
      else if (described) add(described.first, i, [described.key]);
      // "a court in Ankara sentenced ...": an unnamed court is the state's
      else if (COURTS.has(t.lower) && /^(?:a|the)$/.test(tokens[i - 1]?.lower ?? '')) {
        const agent = stateAgentAt(s, i, state, built, true);
        if (agent) add(i - 1, i, [agent.key]);
      } else if (COURTS.has(t.lower) && /^(?:a|an)$/.test(tokens[i - 2]?.lower ?? '') && cityBefore(s, i, built)) {
        // "a Lyon court sentenced five fans", "an Istanbul court": the court of the city's state, as "a court in Lyon" is
        const country = countryKeyOf(built, cityBefore(s, i, built) as string);
        if (country) add(i - 2, i, [country]);
      } else if (t.lower === 'ministry' && MINISTRY_PORTFOLIOS.has(tokens[i - 1]?.lower ?? '')
        && (tokens[i - 2]?.lower === 'the' || (NATIONAL_LEVEL.has(tokens[i - 2]?.lower ?? '') && tokens[i - 3]?.lower === 'the'))
        && !(attribution?.source && t.start >= attribution.start && t.end <= attribution.end)) {
        // "In Vietnam, ..., the foreign ministry demanded", "the federal health ministry flew a team": a ministry the article
        // names no other way is its state's own organ
        const the = tokens[i - 2]?.lower === 'the' ? i - 2 : i - 3;
        const agent = stateAgentAt(s, i, state, built, true);
        const country = agent && built.byKey.get(agent.key)?.place?.featureType === 'COUNTRY'
          ? getResources().gazetteer.countries.get(built.byKey.get(agent.key)?.place?.countryCode ?? '') : undefined;
        if (agent) add(the, i, [country ? stateMinistry(built, relations, country, (tokens[i - 1] as Token).lower, pseudo(s, the + 1, i)) : agent.key]);
      }
    } else if (((t.lower === 'two' && tokens[i - 1]?.lower === 'the') || t.lower === 'both') && GROUP_NOUNS.has(tokens[i + 1]?.lower ?? '')) {
      // "the two countries", "both sides": the pair that last acted together
      // "the two companies" are the two organizations of the last event between organizations.
      const noun = tokens[i + 1]?.lower ?? '';
      const pair = ORG_GROUP_NOUNS.has(noun) ? state.lastOrgPair ?? state.lastActorGroup : state.lastActorGroup;
      // "both governments", "the two countries" are states: not a pair of bodies that last acted together
      const group = pair && STATE_GROUP_NOUNS.has(noun) && !pair.every((k) => built.byKey.get(k)?.place?.featureType === 'COUNTRY') ? null : pair;
      if (group) {
        add(t.lower === 'both' ? i : i - 1, i + 1, group);
        i += 1;
      }
    }
  }
  return out;
}

/**
 * "Operation Safe Haven, which has policed Plateau since 2010, said it had deployed": the speaker of "said it" across
 * a relative clause set off by commas is the name before the clause. Its key, or null.
 */
function relativeClauseSpeaker(s: AnalyzedSentence, i: number, built: BuiltEntities): string | null {
  const { tokens } = s;
  if (!SAID.test(tokens[i - 1]?.lower ?? '') || tokens[i - 2]?.text !== ',') return null;
  for (let open = i - 4; open >= 1 && open >= i - 18; open -= 1) {
    const t = tokens[open] as Token;
    if (t.text !== ',') continue;
    if (!/^(?:which|who|whose)$/.test(tokens[open + 1]?.lower ?? '')) return null;
    const head = s.mentions.find((m) => m.last === open - 1 && built.keyOf.has(m));
    const e = head ? built.byKey.get(built.keyOf.get(head) as string) : undefined;
    return e && e.type !== 'LOCATION' ? e.key : null;
  }
  return null;
}

const NUMBER_WORDS = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);
const DETAINEE_NOUNS = new Set(['suspects', 'detainees', 'accused', 'defendants', 'prisoners']);

/**
 * "the three", "the three suspects", "the suspects": how many tokens after "the" (at i) name the people last taken into
 * custody, or 0. A number must equal how many they were.
 */
function heldPeople(tokens: Token[], i: number, held: string[]): number {
  const next = tokens[i + 1]?.lower ?? '';
  const count = NUMBER_WORDS.get(next);
  if (count !== undefined) {
    if (count !== held.length) return 0;
    if (DETAINEE_NOUNS.has(tokens[i + 2]?.lower ?? '') || /^(?:men|women)$/.test(tokens[i + 2]?.lower ?? '')) return 2;
    // "the three were questioned", "questioning the three on suspicion": the number alone ("the three countries" is no one held)
    const after = tokens[i + 2];
    return after?.isWord && !after.isCap && /[a-z]s$/.test(after.lower) && !/^(?:was|has|is|as|its|his|this|thus|us)$/.test(after.lower) ? 0 : 1;
  }
  return DETAINEE_NOUNS.has(next) && held.length > 1 ? 1 : 0;
}

/** Titles of a head of state or government: "the president", "the premier" (a named holder is found by titledPerson first). */
const HEAD_OF_STATE = new Set(['president', 'premier', 'king', 'emir', 'sultan']);

/** Portfolios of an unnamed ministry that acts for its state ("the foreign ministry"). */
const MINISTRY_PORTFOLIOS = new Set(['foreign', 'interior', 'defence', 'defense', 'justice', 'health', 'finance', 'sports', 'education', 'agriculture',
  'environment', 'transport', 'labour', 'labor', 'trade', 'energy', 'information', 'culture', 'economy', 'industry', 'home']);
/** Words that put a ministry at the level of the state: "the federal health ministry" (not a region's: "the state health ministry"). */
const NATIONAL_LEVEL = new Set(['federal', 'national', 'central', 'union']);

const LAWYERS = new Set(['lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'advocate', 'solicitor', 'barrister']);

/** The person the sentence names a lawyer of: "X's lawyer", "X's defence lawyer", "a lawyer for X", "the attorney representing X". */
function clientOfLawyer(s: AnalyzedSentence, built: BuiltEntities): string | null {
  const { tokens } = s;
  const person = (m: RawMention | undefined) => (m && built.byKey.get(built.keyOf.get(m) ?? '')?.type === 'PERSON' ? built.keyOf.get(m) as string : null);
  for (const m of s.mentions) {
    if (!person(m)) continue;
    let k = m.last + 1;
    if (/^['’]s$/.test(tokens[k]?.text ?? '')) {
      k += 1;
      if (/^(?:defence|defense|criminal|legal)$/.test(tokens[k]?.lower ?? '')) k += 1;
      if (LAWYERS.has(tokens[k]?.lower ?? '')) return person(m);
    }
    const before = m.first - 1;
    if (/^(?:for|representing)$/.test(tokens[before]?.lower ?? '') && LAWYERS.has(tokens[before - 1]?.lower ?? '')) return person(m);
  }
  return null;
}

/**
 * "X suspended the company's licence and sealed its plant": for "its"/"their" after "and <past verb>",
 * the organization (or country) owning the object of the coordinated verb before it, written
 * "<owner>'s" within the six tokens before that "and"; null when there is none.
 */
function coordinatedOwner(s: AnalyzedSentence, i: number, out: PseudoMentions, built: BuiltEntities): string | null {
  const { tokens } = s;
  if (tokens[i - 2]?.lower !== 'and') return null;
  const and = i - 2;
  const candidates = [...s.mentions.map((m) => ({ m, key: built.keyOf.get(m) })), ...out.mentions.map((m) => ({ m, key: out.keys.get(m)?.[0] }))]
    .filter(({ m, key }) => !!key && m.last < and && m.last >= and - 6 && /^['’]s$/.test(tokens[m.last + 1]?.text ?? ''))
    .sort((a, b) => b.m.last - a.m.last);
  const key = candidates[0]?.key;
  const type = key ? built.byKey.get(key)?.type : undefined;
  return key && (type === 'ORGANIZATION' || type === 'GROUP' || type === 'LOCATION') ? key : null;
}

/** The key of the city named by the one-token mention right before token i ("a Lyon court"), or null. */
function cityBefore(s: AnalyzedSentence, i: number, built: BuiltEntities): string | null {
  const m = s.mentions.find((x) => x.first === i - 1 && x.last === i - 1);
  const key = m ? built.keyOf.get(m) : undefined;
  return key && built.byKey.get(key)?.place?.featureType === 'CITY' ? key : null;
}

/** Update the discourse state after a sentence and its events. */
/** "the two countries", "both leaders", "the two sides". */
const PAIR_PHRASE = /^(?:the two|both)( )(countries|nations|governments|neighbours|neighbors|sides|leaders|men|presidents|ministers|armies|navies|militaries|warships)\b/;
/** "the Baltic state", "the Gulf state", "the kingdom", "the island nation" (an optional capitalised or place adjective first). */
const COUNTRY_EPITHET = /^(?:([A-Z][a-z]+|island|landlocked|oil-rich|coastal) (?:kingdom|emirate|sultanate|nation|republic|state)|kingdom|emirate|sultanate)\b/;

/** What a body or state acts through, after "Its"/"Their" opening a sentence. */
const OWNED_AGENTS = new Set(['navy', 'army', 'forces', 'troops', 'police', 'government', 'military', 'members', 'fighters', 'coast', 'soldiers',
  'foreign', 'leaders', 'delegation', 'delegations', 'negotiators', 'ministers', 'officials', 'diplomats', 'warships', 'jets', 'drones', 'air']);

/** Names of a state's own forces and bodies, which are no armed "group". */
export const STATE_FORCE_NAME = /\b(?:Army|Armed Forces|Forces|Military|Navy|Air Force|Police|Guard|Ministry|Gendarmerie|Constabulary|Command|Defence|Defense|Government)\b/;

/** The organization a person leads, holds a post in or speaks for, by the article's relations; null when none or several. */
function bodyOfPerson(person: string, relations: ExtractedRelation[], built: BuiltEntities): string | null {
  const bodies = new Set(relations.filter((r) => r.subjectKey === person && (r.predicate === 'LEADS' || r.predicate === 'HOLDS_ROLE_IN' || r.predicate === 'SPOKESPERSON_FOR')
    && built.byKey.get(r.objectKey)?.type === 'ORGANIZATION').map((r) => r.objectKey));
  return bodies.size === 1 ? [...bodies][0] as string : null;
}

/** `list` with `key` moved to the front, at most `cap` long: the most recent first. */
function mostRecentFirst(list: string[], key: string, cap = 6): string[] {
  return [key, ...list.filter((k) => k !== key)].slice(0, cap);
}

/** A person's gender as their given name tells it ("Ana Beatriz Chen" → F), or null. */
function genderOfPerson(built: BuiltEntities, key: string): 'F' | 'M' | null {
  const first = built.byKey.get(key)?.name.split(/\s+/)[0]?.toLowerCase();
  return first ? getResources().lexicon.genderOf(first) : null;
}

/** The body or country that opens the sentence as the subject of a lowercase verb ("Iran says"), if any. */
function openingSubject(s: AnalyzedSentence, built: BuiltEntities): string | null {
  const bodyOrCountry = (m: RawMention | undefined): string | null => {
    const key = m ? built.keyOf.get(m) : undefined;
    const e = key ? built.byKey.get(key) : undefined;
    return e && (e.type === 'ORGANIZATION' || e.place?.featureType === 'COUNTRY') ? e.key : null;
  };
  const m = s.mentions[0];
  if (m && !s.tokens.slice(0, m.first).some((t) => t.isWord && t.lower !== 'the')) {
    const next = s.tokens[m.last + 1];
    if (next?.isWord && !next.isCap && /(?:s|ed|said|told)$/.test(next.lower)) return bodyOrCountry(m);
    // "The BLA, which the United States designated ..., has intensified": the subject before its relative clause
    if (next?.text === ',' && /^(?:which|whose)$/.test(s.tokens[m.last + 2]?.lower ?? '')) return bodyOrCountry(m);
  }
  // "The mine's operator, the Canadian company Boreal Gold, said ...": the name right before the first "said"
  const v = s.tokens.findIndex((t) => /^(?:said|says)$/.test(t.lower));
  if (v <= 0) return null;
  const end = s.tokens[v - 1]?.text === ',' ? v - 2 : v - 1;
  return bodyOrCountry(s.mentions.find((x) => x.last === end));
}

export function advanceDiscourse(state: DiscourseState, s: AnalyzedSentence, built: BuiltEntities, events: ExtractedEvent[]): void {
  learnDescriptors(state, s, built);
  learnTitles(state, s, built);
  const people = new Set<string>();
  for (const m of s.mentions) {
    const key = built.keyOf.get(m);
    const e = key ? built.byKey.get(key) : undefined;
    if (!key || !e) continue;
    if (e.type === 'PERSON') {
      people.add(key);
      state.recentPersons = mostRecentFirst(state.recentPersons, key);
    }
    if (e.place?.featureType === 'COUNTRY' && !m.locative) state.recentCountries = mostRecentFirst(state.recentCountries ?? [], key);
    // ("The African Commission, based in Banjul, said": where a body sits is no place the story moves to)
    const seat = /^(?:based|headquartered|registered)$/.test(s.tokens[m.first - 2]?.lower ?? '');
    if (m.locative && !seat && e.place && e.place.featureType !== 'COUNTRY') state.lastPlaceCountry = countryKeyOf(built, key) ?? state.lastPlaceCountry ?? null;
  }
  state.previousPersons = [...people];
  const acting = events.find((e) => e.participants.some((p) => p.role === 'ACTOR'));
  // "Iran says its programme is peaceful. It suspended ...", "The BLA, which the United States designated ..., has
  // intensified its campaign. Last month it claimed": the body or country that opens the sentence as its subject is
  // what a next "it" continues, before the actor of the sentence's first event
  const opener = openingSubject(s, built);
  if (opener) {
    state.lastSubject = opener;
  } else if (acting) {
    const first = built.byKey.get(acting.participants.find((p) => p.role === 'ACTOR')?.entityKey ?? '');
    state.lastSubject = first && (first.type === 'ORGANIZATION' || first.type === 'GROUP' || first.place?.featureType === 'COUNTRY') ? first.key : null;
  }
  for (const e of events) {
    const actors = keysInRole(e.participants, 'ACTOR');
    if (actors.length >= 2) state.lastActorGroup = actors;
    // "DPP supporters blocked roads ... Police dispersed the protesters": who marched, not a state
    const marchers = e.type === 'PROTEST' ? actors.filter((k) => { const a = built.byKey.get(k); return a?.type === 'ORGANIZATION' || a?.type === 'GROUP'; }) : [];
    if (marchers.length > 0) {
      state.lastProtesters = marchers;
      state.lastProtestSentence = s.sentence.index;
    }
    // "Police arrested Obiora and two managers ... the three were questioned": whom custody was last taken of
    const held = e.type === 'COERCE' ? keysInRole(e.participants, 'TARGET').filter((k) => built.byKey.get(k)?.type === 'PERSON') : [];
    // (everyone held so far: "arrested Mwakio ... the two Vietnamese were arrested ... the three")
    if (held.length > 0) state.lastDetained = [...new Set([...(state.lastDetained ?? []), ...held])];
    // "The Islamic State claimed the bombing ... The group said": a body that did violence outside a state's forces is "the group"
    if (e.type === 'ASSAULT' || e.type === 'FIGHT' || e.type === 'CRIME') {
      for (const k of actors) {
        const a = built.byKey.get(k);
        if (a?.type !== 'ORGANIZATION' || STATE_FORCE_NAME.test(a.name)) continue;
        const set = state.descriptors.get(k) ?? new Set<string>();
        for (const w of ['group', 'militant', 'rebel', 'insurgent', 'militia']) set.add(w);
        state.descriptors.set(k, set);
      }
    }
    const orgs = [...new Set(e.participants.map((p) => p.entityKey))].filter((k) => built.byKey.get(k)?.type === 'ORGANIZATION');
    if (orgs.length !== 2) continue;
    // the most-mentioned pair so far: the article's main companies, not an investor in one of them
    const weight = (ks: string[]) => ks.reduce((n, k) => n + (built.byKey.get(k)?.mentions.length ?? 0), 0);
    if (!state.lastOrgPair || weight(orgs) >= weight(state.lastOrgPair)) state.lastOrgPair = orgs;
  }
}
