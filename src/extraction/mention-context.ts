/**
 * The sentence a mention is read from, how a mention is recorded (its span, and whether it is
 * used locatively or the way a government is), and the cues the words around a capitalised
 * name give about what it names ("cable maker Vexo", "Kutupalong camp", "Habimana, who ...").
 * Shared by the title handling (mention-titles.ts) and the segment typing (segment-typing.ts).
 */
import type { EntityType } from './types';
import type { Run } from './capitalised-runs';
import type { GazetteerRef } from './gazetteer';
import type { RawMention } from './mention-detection';
import type { PhraseMatch } from './phrase-dictionary';
import type { Resources } from './resources';
import type { Sentence } from './sentences';
import type { TitleMatch } from './titles';
import type { Token } from './tokens';
import { normalizeName, singular } from './name-normalization';

export interface SentenceContext {
  res: Resources;
  fieldText: string;
  sentence: Sentence;
  tokens: Token[];
  dictAt: Array<PhraseMatch<GazetteerRef> | null>;
  lowercaseWords: Set<string>;
  /** Names the article gives ships ("the bulk carrier Kalliope Star", "INS Sharda"), normalized: no entities. */
  vesselNames?: Set<string>;
  out: RawMention[];
}

/** Words after which a capitalised name is a ship's: "the tanker Eagle S", "the frigate Hydra". */
const VESSEL_NOUNS = new Set(['tanker', 'tankers', 'freighter', 'vessel', 'ship', 'frigate', 'destroyer', 'corvette', 'ferry', 'trawler', 'yacht', 'warship', 'cruiser', 'submarine', 'dredger', 'lifeboat']);
/** "bulk carrier", "patrol boat": a vessel noun only after one of these. */
const VESSEL_PAIRS = new Set(['bulk carrier', 'aircraft carrier', 'car carrier', 'patrol boat', 'rescue boat', 'fishing boat', 'supply boat']);
const PAIR_HEADS = new Set([...VESSEL_PAIRS].map((p) => p.split(' ')[1] as string));
/**
 * Ship prefixes: "INS Sharda", "HMS Diamond", "USS Carney", "MV Rubymar", and the navies' own
 * ("BRP Sierra Madre", "ROKS Sejong", "TCG Anadolu", "KRI Nanggala", "PNS Taimur", "HNLMS Tromp").
 * Two-letter ones that are also common acronyms (JS, HS, KD, SAS) are left out.
 */
const SHIP_PREFIXES = new Set(['INS', 'HMS', 'USS', 'USNS', 'USCGC', 'MV', 'MT', 'RFA', 'HMCS', 'HMAS', 'HMNZS', 'FS', 'SS',
  'BRP', 'ROKS', 'TCG', 'KRI', 'PNS', 'RFS', 'NRP', 'ARA', 'BNS', 'HTMS', 'SLNS', 'ICGS', 'HNLMS', 'HDMS', 'HNoMS', 'HSwMS', 'FGS', 'ESPS']);

/**
 * The names an article gives ships: a capitalised run (one to three words) after a vessel noun, a
 * ship prefix, or a flag state ("the Liberian-flagged Kalliope Star"). Their later mentions are
 * no PERSON or ORGANIZATION either (annotation README: ship names are no entities).
 */
export function vesselNames(sentences: Array<{ tokens: Token[] }>): Set<string> {
  const out = new Set<string>();
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length - 1; i += 1) {
      const t = tokens[i] as Token;
      const cue = (t.isWord && !t.isCap && (VESSEL_NOUNS.has(t.lower) || (i > 0 && PAIR_HEADS.has(t.lower) && VESSEL_PAIRS.has(`${tokens[i - 1]?.lower} ${t.lower}`))))
        || (t.lower === 'flagged' && tokens[i - 1]?.text === '-');
      const prefixed = SHIP_PREFIXES.has(t.text);
      if (!cue && !prefixed) continue;
      const words: string[] = prefixed ? [t.text] : [];
      for (let k = i + 1; k < tokens.length && k <= i + 3; k += 1) {
        const w = tokens[k] as Token;
        if (!w.isWord || !w.isCap) break;
        words.push(w.text);
      }
      if (words.length > (prefixed ? 1 : 0)) {
        out.add(normalizeName(words.join(' ')));
        if (prefixed) out.add(normalizeName(words.slice(1).join(' ')));
      }
    }
  }
  return out;
}

const DICTIONARY_CONFIDENCE: Record<GazetteerRef['kind'], number> = {
  country: 0.95, curated: 0.9, org: 0.9, metonym: 0.7, demonym: 0.7, 'lexicon-org': 0.6, 'lexicon-person': 0.6,
};

function refType(ref: GazetteerRef, ctx: SentenceContext): EntityType {
  if (ref.kind === 'org') return ctx.res.gazetteer.organizations.get(ref.id)?.type ?? 'ORGANIZATION';
  if (ref.kind === 'lexicon-org') return 'ORGANIZATION';
  if (ref.kind === 'lexicon-person') return 'PERSON';
  return 'LOCATION';
}

export function isLocative(ctx: SentenceContext, first: number): boolean {
  let k = first - 1;
  // "in nearby Iguala", "in the northern town of": a place adjective between the preposition and the name
  while (k >= 0 && /^(?:the|a|an|nearby|neighbouring|neighboring|northern|southern|eastern|western|central|rural|downtown|coastal|remote)$/.test((ctx.tokens[k] as Token).lower)) k -= 1;
  // "in the lakeside town of Mangochi", "near the border village of Ak-Tash": the place noun's own words, up to the preposition
  if (ctx.tokens[k]?.lower === 'of' && SETTLEMENT_NOUNS.has(ctx.tokens[k - 1]?.lower ?? '')) {
    let j = k - 2;
    while (j >= 0 && j >= k - 5 && (ctx.tokens[j] as Token).isWord && !(ctx.tokens[j] as Token).isCap && !ctx.res.events.locatives.has((ctx.tokens[j] as Token).lower)) j -= 1;
    k = j;
  }
  const prev = ctx.tokens[k];
  return !!prev && ctx.res.events.locatives.has(prev.lower);
}

/** Nouns of settlements and areas written before "of" and a name: "the town of", "the province of". */
const SETTLEMENT_NOUNS = new Set(['town', 'city', 'village', 'port', 'capital', 'district', 'province', 'region', 'state', 'island', 'municipality',
  'county', 'commune', 'township', 'suburb', 'outskirts', 'neighbourhood', 'neighborhood', 'area', 'enclave', 'department', 'governorate']);

type MentionFields = Omit<RawMention, 'field' | 'sentenceIndex' | 'start' | 'end' | 'text' | 'first' | 'last' | 'locative'>;

/** Adverbs and auxiliaries that may sit between a subject and its verb ("Rome has since signed"). */
const VERB_GAP = new Set(['has', 'have', 'had', 'also', 'since', 'still', 'now', 'already', 'then', 'later', 'again', 'not', 'never', 'repeatedly', 'previously', 'recently', 'reportedly', 'swiftly', 'quickly', 'immediately', 'so', 'far', 'long']);
const COPULA = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const VERB_TAG_WORDS = new Set(['has', 'have', 'had', 'does', 'did', 'do']);
/** Parts and features of a city: "Seoul's mayor", "Moscow's streets" are about the place. */
const CITY_PARTS = new Set([
  'mayor', 'streets', 'street', 'residents', 'people', 'population', 'outskirts', 'suburbs', 'suburb', 'centre', 'center', 'downtown',
  'districts', 'district', 'neighbourhoods', 'neighborhoods', 'neighbourhood', 'neighborhood', 'airport', 'airports', 'metro', 'subway',
  'skyline', 'city', 'port', 'harbour', 'harbor', 'hospitals', 'hospital', 'university', 'old', 'main', 'central', 'historic', 'largest',
  'biggest', 'busiest', 'international', 'stock', 'police', 'air', 'river', 'riverside', 'waterfront', 'outer', 'inner', 'eastern', 'western',
  'northern', 'southern', 'east', 'west', 'north', 'south', 'municipal', 'council', 'fans', 'club', 'team',
]);
/** Prepositions that take a government as their object: "an agreement with Tunis", "signed for Kinshasa". */
const GOVERNMENT_OBJECT_PREPS = new Set(['with', 'against', 'on', 'by', 'between', 'for']);
/** Words before "for" that make it a destination: "left for Kinshasa", "flights for Doha". */
const DESTINATION_BEFORE_FOR = new Set(['left', 'leave', 'leaves', 'leaving', 'bound', 'headed', 'heading', 'departed', 'sailed', 'set', 'flight', 'flights', 'tickets', 'ticket', 'route', 'routes', 'trains', 'buses']);

function isVerbWord(ctx: SentenceContext, t: Token | undefined): boolean {
  if (!t || !t.isWord || t.isCap || COPULA.has(t.lower)) return false;
  const w = t.lower;
  if (VERB_TAG_WORDS.has(w) || ctx.res.events.attributionVerbs.has(w) || ctx.res.lexicon.isVerbForm(w)) return true;
  if (w.length > 4 && w.endsWith('ed')) return true;
  return (ctx.res.events.triggersByFirstWord.get(w) ?? []).some((f) => f.pos === 'verb' && f.words.length === 1);
}

/**
 * "Warsaw, which closed its own crossings, said", "Berlin, which was not a party to the talks,
 * welcomed": a relative clause whose own verb acts, or after which the main verb follows.
 */
function relativeActs(ctx: SentenceContext, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.text !== ',' || !/^(?:which|who)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  let j = k + 2;
  while (tokens[j] && /^(?:has|have|had|also|then|later|itself)$/.test((tokens[j] as Token).lower)) j += 1;
  if (isVerbWord(ctx, tokens[j]) && (tokens[j] as Token).lower !== 'been') return true;
  for (let c = k + 2; c < tokens.length && c <= k + 18; c += 1) {
    const t = tokens[c] as Token;
    if (t.text === ',') return isVerbWord(ctx, tokens[c + 1]);
    if (/^[.;:—–]$/.test(t.text)) return false;
  }
  return false;
}

/** "Moscow, Mongolia's other neighbour, sent": the verb after a short verbless apposition. Returns the token after it, or k. */
function skipApposition(ctx: SentenceContext, k: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.text !== ',') return k;
  for (let j = k + 1; j < tokens.length && j <= k + 7; j += 1) {
    const t = tokens[j] as Token;
    if (t.text === ',') return j > k + 1 ? j + 1 : k;
    if (!t.isWord && !/^['’]s$/.test(t.text)) return k;
    if (isVerbWord(ctx, t) || /^(?:and|or|but|who|which|that)$/.test(t.lower)) return k;
  }
  return k;
}

/** Gerunds and past forms of verbs that make someone act: "prompting Beijing to", "forced Kampala to". */
const CAUSATIVE_FORMS = /^(?:prompt(?:ed|ing|s)?|forc(?:ed|ing|es)|pushed|pushing|compell(?:ed|ing)|spurr(?:ed|ing)|persuad(?:ed|ing)|caus(?:ed|ing))$/;

/** Second halves of compounds whose first half is a government: "Moscow-led", "Tehran-backed". */
const GOVERNMENT_COMPOUNDS = new Set(['led', 'backed', 'brokered', 'sponsored', 'supported', 'funded', 'allied', 'aligned', 'imposed', 'mediated', 'financed', 'armed']);

/**
 * "Seoul will scrap", "Dhaka hosted", "Moscow's fleet", "ordered Rome to pay", "an agreement with
 * Tunis": the name acts, owns or is dealt with, as a government does. Not after a determiner
 * ("the Tokyo talks") or a locative preposition ("in Seoul"), not in a dateline.
 */
function agentiveContext(ctx: SentenceContext, first: number, last: number, locative: boolean): boolean {
  const { tokens } = ctx;
  const prev = tokens[first - 1];
  // "a Moscow-led bloc", "Tehran-backed militias": a government leads or backs; "a London-based firm" is a place
  if (tokens[last + 1]?.text === '-' && GOVERNMENT_COMPOUNDS.has(tokens[last + 2]?.lower ?? '')) return true;
  // ("led by London-based Harrowgate Capital": any other compound, "-based", "-registered", is a place whatever comes before)
  if (tokens[last + 1]?.text === '-' && tokens[last + 2]?.isWord && !tokens[last + 2]?.isCap) return false;
  if (prev && /^(?:the|a|an|capital|city)$/.test(prev.lower)) return false;
  let k = last + 1;
  const next = tokens[k];
  // A possessive is governed by what it owns: "from Moscow's fleet" is still Moscow's (the government's).
  if (next && /^['’]s$/.test(next.text)) {
    const owned = tokens[k + 1];
    return !!owned && owned.isWord && !owned.isCap && !CITY_PARTS.has(owned.lower);
  }
  if (locative) return false;
  if (next?.text === '—' || next?.text === '–') return false;
  if (relativeActs(ctx, k)) return true;
  // "Bishkek was ready to negotiate", "Tehran is prepared to resume": a stance toward acting
  if (/^(?:is|was|are|were|remains|remained)$/.test(tokens[k]?.lower ?? '') && /^(?:ready|prepared|willing|unwilling|determined|reluctant|keen|eager)$/.test(tokens[k + 1]?.lower ?? '')
    && tokens[k + 2]?.lower === 'to') return true;
  // "Tokyo was considering joining the consultations", "Washington is weighing sanctions": deliberating is a government's
  if (/^(?:is|was|are|were)$/.test(tokens[k]?.lower ?? '') && /^(?:considering|weighing|studying|reviewing|planning|preparing|seeking|demanding|pressing|urging)$/.test(tokens[k + 1]?.lower ?? '')) return true;
  k = skipApposition(ctx, k);
  while (tokens[k] && VERB_GAP.has((tokens[k] as Token).lower) && k < last + 4) k += 1;
  if (isVerbWord(ctx, tokens[k])) return true;
  if (k > last + 1 && /^(?:has|have|had)$/.test((tokens[last + 1] as Token).lower)) return true;
  if (!prev || !prev.isWord || prev.isCap) return false;
  if (prev.lower === 'for' && DESTINATION_BEFORE_FOR.has(tokens[first - 2]?.lower ?? '')) return false;
  // "urged Tehran to", "accused Beijing of supplying", "blamed Kigali for": the object of a verb acts in what follows
  // ("prompting Beijing to vow", "forced Kampala to withdraw": a causative's object acts too)
  return GOVERNMENT_OBJECT_PREPS.has(prev.lower) || ((isVerbWord(ctx, prev) || CAUSATIVE_FORMS.test(prev.lower)) && !DESTINATION_BEFORE_FOR.has(prev.lower) && /^(?:to|of|for|over)$/.test(tokens[last + 1]?.lower ?? ''));
}

export function push(ctx: SentenceContext, first: number, last: number, m: MentionFields): void {
  const start = (ctx.tokens[first] as Token).start;
  const end = (ctx.tokens[last] as Token).end;
  const locative = isLocative(ctx, first);
  ctx.out.push({
    field: ctx.sentence.field, sentenceIndex: ctx.sentence.index, start, end,
    text: ctx.fieldText.slice(start, end), first, last, locative, agentive: agentiveContext(ctx, first, last, locative), ...m,
  });
}

export function pushDictionary(ctx: SentenceContext, match: PhraseMatch<GazetteerRef>, title: TitleMatch | null): void {
  const type = refType(match.value, ctx);
  push(ctx, match.first, match.last, {
    type, ref: match.value, confidence: DICTIONARY_CONFIDENCE[match.value.kind], weak: false, title,
  });
}

/** A quote right after a word or punctuation is a closing one: `...positives," Sinner said`. */
function isClosingQuote(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  return t.text === '”' || t.text === '’' || (/^["']$/.test(t.text) && !!prev && prev.end === t.start);
}

export function isSentenceInitial(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k -= 1) {
    const t = tokens[k] as Token;
    if (t.isWord) return false;
    if (/^[:"“‘'(\[—–|]$/.test(t.text)) return !isClosingQuote(tokens, k);
  }
  return true;
}

export function spanText(ctx: SentenceContext, first: number, last: number): string {
  return ctx.fieldText.slice((ctx.tokens[first] as Token).start, (ctx.tokens[last] as Token).end);
}

/** A GeoNames populated place is named exactly so ("Cox's Bazar", "St John's"). */
export function isCityName(ctx: SentenceContext, text: string): boolean {
  return ctx.res.gazetteer.cities.byName(text).length > 0;
}

/** Kinds of company or body written in lowercase before its name: "cable maker Elbwerk", "the charity SOS Vexo". */
const COMPANY_NOUNS_BEFORE = new Set([
  'maker', 'makers', 'manufacturer', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'company', 'firm', 'conglomerate', 'retailer',
  'lender', 'insurer', 'carrier', 'airline', 'operator', 'developer', 'producer', 'supplier', 'shipbuilder', 'miner', 'utility',
  'startup', 'start-up', 'bank', 'broker', 'brokerage', 'exporter', 'importer', 'distributor', 'refiner', 'telecoms', 'outfit', 'chain',
  // other bodies: "the charity SOS Vexo", "news agency BelTA", "rights group Vexo Watch"
  'charity', 'ngo', 'broadcaster', 'newspaper', 'agency', 'watchdog', 'regulator', 'union', 'nonprofit', 'think-tank',
  // media: "the investigative website Plaza Abierta", "the weekly Vexo"
  'website', 'outlet', 'portal', 'magazine', 'daily', 'weekly', 'tabloid', 'channel', 'publication', 'publisher', 'platform', 'app',
]);

/** Trades and causes a "group" before a name may be of: "telecoms group Elisa", "rights group Vexo Watch". */
const SECTOR_WORDS = /^(?:telecoms?|telecommunications|media|mining|energy|industrial|steel|engineering|shipping|banking|insurance|pharmaceutical|defence|defense|construction|retail|food|chemicals?|oil|gas|power|technology|tech|conservation|advocacy|lobby|pressure|campaign|rights|environmental|investment|property|hotel|airline|logistics|cement|sugar|tobacco|brewing|textile|fishing)$/;

/** "German cable maker Elbwerk Kabel", "wind developer Vexo": the name after a lowercase kind of company is the company's. */
export function companyNounBefore(ctx: SentenceContext, first: number): boolean {
  const prev = ctx.tokens[first - 1];
  // ("the independent news site Manara": a news site, not a building site)
  const newsSite = prev?.lower === 'site' && /^(?:news|web|media)$/.test(ctx.tokens[first - 2]?.lower ?? '');
  // ("Finnish telecoms group Elisa", "rights group Justice Plus": a group of a trade or a cause, not "ethnic group")
  const sectorGroup = prev?.lower === 'group' && SECTOR_WORDS.test(ctx.tokens[first - 2]?.lower ?? '');
  return !!prev && prev.isWord && !prev.isCap && (COMPANY_NOUNS_BEFORE.has(prev.lower) || newsSite || sectorGroup);
}

/** Kinds of political body written in lowercase after their name: "the Vexo party", "the Vexo (Revival) party". */
const ORG_NOUNS_AFTER = new Set(['party', 'alliance', 'coalition', 'bloc']);

/** "the nationalist Vazrazhdane (Revival) party": a name, maybe with a glossed translation, then "party". */
export function orgNounAfter(ctx: SentenceContext, seg: Run): boolean {
  const { tokens } = ctx;
  let k = seg.last + 1;
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, i) => i > k && i <= k + 5 && t.text === ')');
    if (close < 0) return false;
    k = close + 1;
  }
  const next = tokens[k];
  if (next?.isWord && !next.isCap && ORG_NOUNS_AFTER.has(next.lower)) return true;
  // "the Viasna human rights centre", "the Kommersant newspaper", "the Memorial rights group": after "the", the kind of body
  // a name is said to be, past up to two lowercase words
  // (not a town's name, "the Haiphong port authority", nor a lone letter)
  const name = spanText(ctx, seg.first, seg.last);
  if (!/^(?:the|a|an)$/.test(tokens[seg.first - 1]?.lower ?? '') || name.length < 3 || isCityName(ctx, name)) return false;
  for (let j = k; j <= k + 2; j += 1) {
    const t = tokens[j];
    if (!t?.isWord || t.isCap) return false;
    if (ORG_KINDS_AFTER.has(t.lower)) return true;
  }
  return false;
}

/** Kinds of body named after a name and its lowercase modifiers: "the Kommersant newspaper", "the Viasna human rights centre". */
const ORG_KINDS_AFTER = new Set(['group', 'centre', 'center', 'newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'channel', 'website', 'agency',
  'organisation', 'organization', 'movement', 'union', 'association', 'network', 'charity', 'foundation', 'militia', 'company', 'firm', 'bank',
  'conglomerate', 'party', 'alliance', 'coalition', 'bloc']);

/** Kinds of body an apposition may describe a name as: "Renamo, the main opposition party,". */
const ORG_APPOSITION_HEADS = new Set([
  'party', 'association', 'group', 'union', 'company', 'firm', 'movement', 'agency', 'charity', 'coalition', 'alliance', 'federation',
  'organisation', 'organization', 'network', 'bank', 'broadcaster', 'newspaper', 'regulator', 'watchdog', 'militia', 'ngo', 'council',
  'committee', 'operator', 'carrier', 'airline', 'insurer', 'lender', 'maker', 'manufacturer', 'producer', 'miner', 'retailer', 'utility',
  // "Kazhydromet, the state hydrometeorological service", "the country's anti-graft commission", "the national broadcaster"
  'service', 'commission', 'authority', 'institute', 'ministry', 'department', 'directorate', 'bureau', 'office', 'court', 'tribunal', 'club', 'team',
  'foundation', 'university', 'developer', 'consultancy', 'exporter', 'importer', 'conglomerate', 'startup',
]);

/**
 * "Renamo, the main opposition party, accused ...", "Linava, the road carriers' association,
 * said": a name set off by a comma and described as a kind of body is that body's name.
 */
export function orgApposition(ctx: SentenceContext, seg: Run): boolean {
  const { tokens } = ctx;
  if (tokens[seg.last + 1]?.text !== ',' || !/^(?:the|a|an)$/.test(tokens[seg.last + 2]?.lower ?? '')) return false;
  for (let k = seg.last + 3; k <= seg.last + 7 && k < tokens.length; k += 1) {
    const t = tokens[k] as Token;
    // ("Justice Plus, a rights group based in Bunia,": the description may go on with a participle)
    if (t.isWord && !t.isCap && ORG_APPOSITION_HEADS.has(t.lower)) return /^[,;.)]$/.test(tokens[k + 1]?.text ?? '') || /^(?:which|based|founded|backed|led|linked)$/.test(tokens[k + 1]?.lower ?? '');
    // ("Gones Unis, an OL supporters' group,": another body's acronym may qualify the kind)
    if (!(t.isWord && (!t.isCap || t.isUpper)) && !/^['’]s?$/.test(t.text)) return false;
  }
  return false;
}

/** "an ICBM", "a GPS": an acronym after an indefinite article is a common noun, not an organization. */
export function indefiniteAcronym(ctx: SentenceContext, seg: Run): boolean {
  const t = ctx.tokens[seg.first] as Token;
  const prev = ctx.tokens[seg.first - 1];
  return seg.first === seg.last && t.isUpper && !!prev && (prev.lower === 'a' || prev.lower === 'an');
}

/** "NZ$612 million", "HK$3 billion": letters written against a dollar sign are a currency's prefix. */
export function currencyPrefix(ctx: SentenceContext, seg: Run): boolean {
  const t = ctx.tokens[seg.last] as Token;
  const next = ctx.tokens[seg.last + 1];
  return seg.first === seg.last && t.isUpper && !!next && next.text === '$' && next.start === t.end;
}

/** Followed by a lowercase noun it modifies: "the Nord Stream gas pipelines". */
export function attributiveUse(ctx: SentenceContext, seg: Run): boolean {
  const next = ctx.tokens[seg.last + 1];
  return !!next && next.isWord && !next.isCap && !next.isNumber && !isVerbWord(ctx, next)
    && !ctx.res.events.locatives.has(next.lower) && !/^(?:and|or|of|for|on|as|but|who|which|that|than)$/.test(next.lower);
}

/**
 * Nouns for armed groups and peoples written after their name: "Wazalendo militias", "Houthi rebels", "Fulani herders",
 * "the Ron people", "Gujjar community".
 */
const GROUP_NOUNS_AFTER = new Set(['militia', 'militias', 'rebels', 'rebel', 'fighters', 'insurgents', 'guerrillas', 'guerrilla', 'jihadists', 'gunmen', 'paramilitaries', 'paramilitary',
  'herders', 'herdsmen', 'pastoralists', 'tribesmen', 'clansmen', 'tribe', 'tribes', 'clan', 'clans', 'community', 'communities', 'people', 'peoples', 'ethnic']);

/** "pro-government Wazalendo militias": the name of an armed group. */
export function groupContext(ctx: SentenceContext, seg: Run): boolean {
  const next = ctx.tokens[seg.last + 1];
  return !!next && next.isWord && !next.isCap && GROUP_NOUNS_AFTER.has(next.lower);
}

/** "Habimana, who led the delegation", "Habimana, 54,": what follows reads as said of a person. */
export function personContext(ctx: SentenceContext, seg: Run): boolean {
  const { tokens } = ctx;
  if (tokens[seg.last + 1]?.text !== ',') return false;
  // "Rokeya Begum, 34, from Bhola, who swam ...": after "from", the "who" is the person's named before the place
  if (/^(?:from|of)$/.test(tokens[seg.first - 1]?.lower ?? '') && tokens[seg.first - 2]?.text === ',') return false;
  const after = tokens[seg.last + 2];
  if (after?.lower === 'who' || after?.lower === 'whose') return true;
  return !!after && after.isNumber && /^\d{1,2}$/.test(after.text) && tokens[seg.last + 3]?.text === ',';
}

/** "the Nord Stream pipelines", "his Roland Garros title": people's names take no determiner. */
export function determinerBefore(ctx: SentenceContext, first: number): boolean {
  const prev = ctx.tokens[first - 1];
  return !!prev && /^(?:the|a|an|his|her|its|their|our|my|your)$/.test(prev.lower);
}

/** Kinds of place that introduce a name with "of": "the island of Lampedusa", "the town of Kosti". */
const PLACE_CLASS_BEFORE_OF = new Set([
  'island', 'islands', 'city', 'town', 'village', 'settlement', 'province', 'region', 'district', 'state', 'port', 'county',
  'municipality', 'capital', 'suburb', 'neighbourhood', 'neighborhood', 'enclave', 'territory', 'commune', 'township',
  'prefecture', 'governorate', 'oblast', 'hamlet', 'resort', 'outskirts', 'archipelago',
]);
/** Kinds of settlement or area an apposition may call a name: "Buran, the first Kazakh village on the river". */
const SETTLEMENT_KINDS = new Set(['village', 'town', 'city', 'hamlet', 'settlement', 'township', 'district', 'suburb', 'neighbourhood', 'neighborhood', 'port', 'island', 'province', 'county', 'municipality', 'commune']);

/** Kinds of place written after a name in lowercase: "Kutupalong camp", "Ikeja district". */
export const PLACE_CLASS_AFTER = new Set([
  'camp', 'camps', 'district', 'province', 'village', 'town', 'county', 'region', 'governorate', 'municipality', 'prefecture',
  'township', 'river', 'island', 'valley', 'neighbourhood', 'neighborhood', 'suburb', 'settlement', 'oblast', 'quarter',
  'state', 'states', 'districts', 'provinces', 'regions', 'counties',
  // "the disputed Imia islets", "the Spratly archipelago"
  'islands', 'islets', 'islet', 'atoll', 'reef', 'shoal', 'archipelago', 'peninsula', 'villages', 'towns',
  'palace',
]);

function isCapitalisedWord(t: Token | undefined): boolean {
  return !!t && t.isWord && t.isCap && !t.isNumber;
}

/** "the island settlement of Bhasan Char", "Kutupalong (refugee) camp": the text says it is a place. */
export function placeContext(ctx: SentenceContext, seg: Run): boolean {
  const { tokens } = ctx;
  const prev = tokens[seg.first - 1];
  if (prev?.lower === 'of' && PLACE_CLASS_BEFORE_OF.has(tokens[seg.first - 2]?.lower ?? '')) return true;
  const next = tokens[seg.last + 1];
  // "Kutupalong refugee camp", "the Iavoloha presidential palace"
  const after = next && /^(?:refugee|presidential|royal)$/.test(next.lower) ? tokens[seg.last + 2] : next;
  // "Buran, the first Kazakh village on the river,", "Largu, a village 40 km north of Bunia": an apposition naming a kind of place
  if (next?.text === ',' && /^(?:a|an|the)$/.test(tokens[seg.last + 2]?.lower ?? '')) {
    for (let k = seg.last + 3; k < tokens.length && k <= seg.last + 7; k += 1) {
      const t = tokens[k] as Token;
      // (only the apposition's own head: "the largest company in town" names no town; "a working-class district" is one)
      if (t.text === '-' && tokens[k - 1]?.isWord && tokens[k + 1]?.isWord) continue;
      if (!t.isWord || /^(?:in|of|on|at|near|from|with|for|by|to|which|that|who)$/.test(t.lower)) break;
      // ("Father Mésidor, the town's parish priest,": a possessor is no head)
      if (!t.isCap && SETTLEMENT_KINDS.has(t.lower) && !/^['’]s$/.test(tokens[k + 1]?.text ?? '')) return true;
    }
  }
  // "Buran and four other villages": the name is one of the kind that follows
  if (next?.lower === 'and' && tokens.slice(seg.last + 2, seg.last + 6).some((t, j, ts) => t.lower === 'other' && SETTLEMENT_KINDS.has(singular(ts[j + 1]?.lower ?? '')))) return true;
  if (next?.lower === 'and' && isCapitalisedWord(tokens[seg.last + 2])) {
    // "the Temerloh and Pekan districts": a plural kind of place after the second name covers both.
    const plural = tokens[seg.last + 3];
    // ("the Ankobra and Pra rivers": so does a plural kind of natural feature)
    return !!plural && plural.isWord && !plural.isCap && (PLACE_CLASS_AFTER.has(plural.lower) || plural.lower === 'rivers') && plural.lower.endsWith('s');
  }
  // ("the Ankobra and Pra rivers": the second of two names a plural natural feature's kind covers)
  if (after?.lower === 'rivers' && prev?.lower === 'and' && isCapitalisedWord(tokens[seg.first - 2])) return true;
  return !!after && after.isWord && !after.isCap && PLACE_CLASS_AFTER.has(after.lower);
}

/**
 * "European economies", "Arab states": a lone capitalised adjective or demonym the gazetteer does
 * not know, used before a lowercase noun, modifies it and names nothing.
 */
export function attributiveAdjective(ctx: SentenceContext, seg: Run, type: EntityType | null): boolean {
  if (seg.first !== seg.last || type !== null) return false;
  const t = ctx.tokens[seg.first] as Token;
  const next = ctx.tokens[seg.last + 1];
  return !t.isUpper && ctx.res.lexicon.isAdjective(t.lower) && !!next && next.isWord && !next.isCap && !next.isNumber;
}

const ORG_CONTEXT_AFTER = new Set(['shares', 'stock', 'share', 'chief', 'ceo', 'board', 'executive', 'executives', 'shareholders', 'investors', 'spokesperson', 'spokesman', 'spokeswoman', 'subsidiary', 'unit', 'headquarters', 'revenue', 'profit', 'earnings']);
const ORG_SUFFIX = /^(?:inc|corp|co|ltd|llc|plc|ag|sa|nv|gmbh)$/;

/**
 * Evidence that an unknown name is an organization: "Procter & Gamble", "Acme Inc", "Vexo's
 * shares", "shares of Vexo", "Vexo, which owns ...".
 */
export function orgContext(ctx: SentenceContext, seg: Run): boolean {
  const { tokens } = ctx;
  if (tokens.slice(seg.first, seg.last + 1).some((t) => t.text === '&')) return true;
  const next = tokens[seg.last + 1];
  const after = tokens[seg.last + 2];
  if (next && ORG_SUFFIX.test(next.lower.replace(/\.$/, ''))) return true;
  if (next && /^['’]s$/.test(next.text) && after && ORG_CONTEXT_AFTER.has(after.lower)) return true;
  if (next?.text === ',' && ((after?.lower === 'which' && !isLocative(ctx, seg.first)) || (after?.lower === 'the' && /^(?:company|firm|group|bank|lender|insurer|carrier|airline|retailer|maker|operator|manufacturer|developer|producer|agency|regulator)$/.test(tokens[seg.last + 3]?.lower ?? '')))) return true;
  const before = tokens[seg.first - 1];
  return !!before && /^(?:shares|stake|subsidiary|unit)$/.test(tokens[seg.first - 2]?.lower ?? '') && before.lower === 'of';
}
