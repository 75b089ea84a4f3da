/**
 * Mention detection for one sentence: gazetteer phrases (countries, demonyms, curated places,
 * known organizations, compromise's known names) and capitalised sequences, with honorifics
 * and job titles split off ("CEO Darren Woods" → title "CEO" + PERSON "Darren Woods").
 * Every mention's `text` is `fieldText.slice(start, end)`.
 */
import type { EntityType, TextField } from './types';
import { findCapitalisedRuns, splitAtConnectors, type Run } from './capitalised-runs';
import type { GazetteerRef } from './gazetteer';
import type { Resources } from './resources';
import { typeRun } from './run-typing';
import type { Sentence } from './sentences';
import type { TitleMatch } from './titles';
import type { Token } from './tokens';
import type { PhraseMatch } from './phrase-dictionary';

export interface RawMention {
  field: TextField;
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  /** Token index range [first, last] within the sentence's tokens. */
  first: number;
  last: number;
  /** null: unknown yet (single capitalised word). */
  type: EntityType | null;
  ref: GazetteerRef | null;
  confidence: number;
  weak: boolean;
  /** The job title/honorific right before the name, if any. */
  title: TitleMatch | null;
  /** Preceded by a locative preposition ("in", "near", "inside the"). */
  locative: boolean;
  /** Read as not a person's name ("the Nord Stream pipelines", "his Roland Garros title"). */
  nonPerson?: boolean;
  /** Said of a person by its context ("X, who ...", "X, 54,"). */
  personCue?: boolean;
  /**
   * Used the way a government is ("Seoul said", "Moscow's position", "an agreement with Tunis"),
   * not as a place: a capital city so used is a mention of its country (coreference.ts).
   */
  agentive?: boolean;
  /** "X International Airport in Lilongwe", "the National Palace, Port-au-Prince": the place the facility is at. */
  site?: RawMention;
  /** The lowercase kind of place written after the name ("Pahang state", "Kutupalong camp"). */
  placeClass?: string;
}

export interface AnalyzedSentence {
  sentence: Sentence;
  tokens: Token[];
  mentions: RawMention[];
}

interface SentenceContext {
  res: Resources;
  fieldText: string;
  sentence: Sentence;
  tokens: Token[];
  dictAt: Array<PhraseMatch<GazetteerRef> | null>;
  lowercaseWords: Set<string>;
  out: RawMention[];
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

function isLocative(ctx: SentenceContext, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && /^(?:the|a|an)$/.test((ctx.tokens[k] as Token).lower)) k -= 1;
  const prev = ctx.tokens[k];
  return !!prev && ctx.res.events.locatives.has(prev.lower);
}

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
 * "Seoul will scrap", "Dhaka hosted", "Moscow's fleet", "ordered Rome to pay", "an agreement with
 * Tunis": the name acts, owns or is dealt with, as a government does. Not after a determiner
 * ("the Tokyo talks") or a locative preposition ("in Seoul"), not in a dateline.
 */
function agentiveContext(ctx: SentenceContext, first: number, last: number, locative: boolean): boolean {
  const { tokens } = ctx;
  const prev = tokens[first - 1];
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
  while (tokens[k] && VERB_GAP.has((tokens[k] as Token).lower) && k < last + 4) k += 1;
  if (isVerbWord(ctx, tokens[k])) return true;
  if (k > last + 1 && /^(?:has|have|had)$/.test((tokens[last + 1] as Token).lower)) return true;
  if (!prev || !prev.isWord || prev.isCap) return false;
  if (prev.lower === 'for' && DESTINATION_BEFORE_FOR.has(tokens[first - 2]?.lower ?? '')) return false;
  return GOVERNMENT_OBJECT_PREPS.has(prev.lower) || (isVerbWord(ctx, prev) && tokens[last + 1]?.lower === 'to');
}

function push(ctx: SentenceContext, first: number, last: number, m: MentionFields): void {
  const start = (ctx.tokens[first] as Token).start;
  const end = (ctx.tokens[last] as Token).end;
  const locative = isLocative(ctx, first);
  ctx.out.push({
    field: ctx.sentence.field, sentenceIndex: ctx.sentence.index, start, end,
    text: ctx.fieldText.slice(start, end), first, last, locative, agentive: agentiveContext(ctx, first, last, locative), ...m,
  });
}

function pushDictionary(ctx: SentenceContext, match: PhraseMatch<GazetteerRef>, title: TitleMatch | null): void {
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

function isSentenceInitial(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k -= 1) {
    const t = tokens[k] as Token;
    if (t.isWord) return false;
    if (/^[:"“‘'(\[—–|]$/.test(t.text)) return !isClosingQuote(tokens, k);
  }
  return true;
}

/** A title/honorific ending right before token `i`, in the run or as lowercase words ("spokesman"). */
function titleBefore(ctx: SentenceContext, i: number, runTitle: TitleMatch | null): TitleMatch | null {
  if (runTitle) return runTitle;
  for (let back = 1; back <= 3 && i - back >= 0; back += 1) {
    const m = ctx.res.titles.matchAt(ctx.tokens, i - back, ctx.fieldText);
    if (m && (m.last === i - 1 || (m.last === i - 2 && ctx.tokens[i - 1]?.text === '.'))) return m;
  }
  return null;
}

/** ", the mayor" / ", a spokesman for" right after the name. */
function titleAfter(ctx: SentenceContext, first: number, last: number): boolean {
  if (ctx.tokens[last + 1]?.text !== ',') return false;
  const k = /^(?:the|a|an)$/.test(ctx.tokens[last + 2]?.lower ?? '') ? last + 3 : last + 2;
  const m = ctx.res.titles.matchAt(ctx.tokens, k, ctx.fieldText);
  // "arrested in Manta, the Attorney General's Office said": an office, and a place before it.
  if (!m || m.kind === 'HONORIFIC' || /^['’]s$/.test(ctx.tokens[m.last + 1]?.text ?? '')) return false;
  return !isLocative(ctx, first);
}

/** "KOSTI, Sudan —" / "BERLIN —": an all-caps place name opening a body line. */
function isDateline(ctx: SentenceContext, seg: Run): boolean {
  const words = ctx.tokens.slice(seg.first, seg.last + 1).filter((t) => t.isWord);
  const next = ctx.tokens[seg.last + 1]?.text ?? '';
  return seg.first === 0 && words.every((t) => t.isUpper) && [',', '—', '–', '-'].includes(next);
}

function pushTyped(ctx: SentenceContext, seg: Run, title: TitleMatch | null): void {
  if (isDateline(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'LOCATION', ref: null, confidence: 0.5, weak: false, title: null });
    return;
  }
  const personTitle = title !== null || titleAfter(ctx, seg.first, seg.last);
  const typing = typeRun(ctx.tokens.slice(seg.first, seg.last + 1), {
    lexicon: ctx.res.lexicon, patterns: ctx.res.patterns, personTitleBefore: personTitle,
    sentenceInitial: isSentenceInitial(ctx.tokens, seg.first), lowercaseWords: ctx.lowercaseWords,
    determinerBefore: !personTitle && determinerBefore(ctx, seg.first),
  });
  if (typing.drop || attributiveAdjective(ctx, seg, typing.type) || indefiniteAcronym(ctx, seg) || currencyPrefix(ctx, seg)) return;
  // Name-shape evidence for a person (a given name, an unknown word pair) yields to context.
  const guessed = typing.type === null || (typing.type === 'PERSON' && !personTitle && typing.confidence <= 0.75);
  if (guessed && companyNounBefore(ctx, seg.first)) {
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.55, weak: false, title: null });
    return;
  }
  if ((guessed || typing.type === null) && orgNounAfter(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.55, weak: false, title: null });
    return;
  }
  if (guessed && placeContext(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'LOCATION', ref: null, confidence: 0.6, weak: false, title: null });
    const next = ctx.tokens[seg.last + 1];
    if (next?.isWord && PLACE_CLASS_AFTER.has(next.lower)) (ctx.out[ctx.out.length - 1] as RawMention).placeClass = next.lower;
    return;
  }
  if (guessed && groupContext(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'GROUP', ref: null, confidence: 0.55, weak: false, title: null });
    return;
  }
  if (guessed && personContext(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'PERSON', ref: null, confidence: 0.7, weak: false, title });
    (ctx.out[ctx.out.length - 1] as RawMention).personCue = true;
    return;
  }
  const nonPerson = !personTitle && determinerBefore(ctx, seg.first);
  if (nonPerson && typing.type === null && seg.last > seg.first && attributiveUse(ctx, seg)) {
    // "the Nord Stream gas pipelines": a name-shaped modifier with no evidence of what it names.
    push(ctx, seg.first, seg.last, { type: null, ref: null, confidence: 0.35, weak: true, title: null });
    (ctx.out[ctx.out.length - 1] as RawMention).nonPerson = true;
    return;
  }
  if ((typing.type === null || (typing.type === 'PERSON' && typing.weak && !personTitle)) && orgContext(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.45, weak: false, title });
    return;
  }
  push(ctx, seg.first, seg.last, { type: typing.type, ref: null, confidence: typing.confidence, weak: typing.weak, title });
  if (nonPerson) (ctx.out[ctx.out.length - 1] as RawMention).nonPerson = true;
}

/** Kinds of company or body written in lowercase before its name: "cable maker Elbwerk", "the charity SOS Vexo". */
const COMPANY_NOUNS_BEFORE = new Set([
  'maker', 'makers', 'manufacturer', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'company', 'firm', 'conglomerate', 'retailer',
  'lender', 'insurer', 'carrier', 'airline', 'operator', 'developer', 'producer', 'supplier', 'shipbuilder', 'miner', 'utility',
  'startup', 'start-up', 'bank', 'broker', 'brokerage', 'exporter', 'importer', 'distributor', 'refiner', 'telecoms', 'outfit',
  // other bodies: "the charity SOS Vexo", "news agency BelTA", "rights group Vexo Watch"
  'charity', 'ngo', 'broadcaster', 'newspaper', 'agency', 'watchdog', 'regulator', 'union', 'nonprofit', 'think-tank',
]);

/** "German cable maker Elbwerk Kabel", "wind developer Vexo": the name after a lowercase kind of company is the company's. */
function companyNounBefore(ctx: SentenceContext, first: number): boolean {
  const prev = ctx.tokens[first - 1];
  return !!prev && prev.isWord && !prev.isCap && COMPANY_NOUNS_BEFORE.has(prev.lower);
}

/** Kinds of political body written in lowercase after their name: "the Vexo party", "the Vexo (Revival) party". */
const ORG_NOUNS_AFTER = new Set(['party', 'alliance', 'coalition', 'bloc']);

/** "the nationalist Vazrazhdane (Revival) party": a name, maybe with a glossed translation, then "party". */
function orgNounAfter(ctx: SentenceContext, seg: Run): boolean {
  const { tokens } = ctx;
  let k = seg.last + 1;
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, i) => i > k && i <= k + 5 && t.text === ')');
    if (close < 0) return false;
    k = close + 1;
  }
  const next = tokens[k];
  return !!next && next.isWord && !next.isCap && ORG_NOUNS_AFTER.has(next.lower);
}

/** "an ICBM", "a GPS": an acronym after an indefinite article is a common noun, not an organization. */
function indefiniteAcronym(ctx: SentenceContext, seg: Run): boolean {
  const t = ctx.tokens[seg.first] as Token;
  const prev = ctx.tokens[seg.first - 1];
  return seg.first === seg.last && t.isUpper && !!prev && (prev.lower === 'a' || prev.lower === 'an');
}

/** "NZ$612 million", "HK$3 billion": letters written against a dollar sign are a currency's prefix. */
function currencyPrefix(ctx: SentenceContext, seg: Run): boolean {
  const t = ctx.tokens[seg.last] as Token;
  const next = ctx.tokens[seg.last + 1];
  return seg.first === seg.last && t.isUpper && !!next && next.text === '$' && next.start === t.end;
}

/** "a Russian-speaking gang", "French-speaking regions": a language, not the country. */
function languageCompound(ctx: SentenceContext, first: number, last: number): boolean {
  const hyphen = ctx.tokens[last + 1];
  const word = ctx.tokens[last + 2];
  return !!hyphen && !!word && hyphen.text === '-' && hyphen.start === (ctx.tokens[last] as Token).end
    && /^speak(?:ing|ers?)$/.test(word.lower) && first <= last;
}

/** Followed by a lowercase noun it modifies: "the Nord Stream gas pipelines". */
function attributiveUse(ctx: SentenceContext, seg: Run): boolean {
  const next = ctx.tokens[seg.last + 1];
  return !!next && next.isWord && !next.isCap && !next.isNumber && !isVerbWord(ctx, next)
    && !ctx.res.events.locatives.has(next.lower) && !/^(?:and|or|of|for|on|as|but|who|which|that|than)$/.test(next.lower);
}

/** Nouns for armed groups written after their name: "Wazalendo militias", "Houthi rebels". */
const GROUP_NOUNS_AFTER = new Set(['militia', 'militias', 'rebels', 'rebel', 'fighters', 'insurgents', 'guerrillas', 'guerrilla', 'jihadists', 'gunmen', 'paramilitaries', 'paramilitary']);

/** "pro-government Wazalendo militias": the name of an armed group. */
function groupContext(ctx: SentenceContext, seg: Run): boolean {
  const next = ctx.tokens[seg.last + 1];
  return !!next && next.isWord && !next.isCap && GROUP_NOUNS_AFTER.has(next.lower);
}

/** "Habimana, who led the delegation", "Habimana, 54,": what follows reads as said of a person. */
function personContext(ctx: SentenceContext, seg: Run): boolean {
  const { tokens } = ctx;
  if (tokens[seg.last + 1]?.text !== ',') return false;
  const after = tokens[seg.last + 2];
  if (after?.lower === 'who' || after?.lower === 'whose') return true;
  return !!after && after.isNumber && /^\d{1,2}$/.test(after.text) && tokens[seg.last + 3]?.text === ',';
}

/** "the Nord Stream pipelines", "his Roland Garros title": people's names take no determiner. */
function determinerBefore(ctx: SentenceContext, first: number): boolean {
  const prev = ctx.tokens[first - 1];
  return !!prev && /^(?:the|a|an|his|her|its|their|our|my|your)$/.test(prev.lower);
}

/** Kinds of place that introduce a name with "of": "the island of Lampedusa", "the town of Kosti". */
const PLACE_CLASS_BEFORE_OF = new Set([
  'island', 'islands', 'city', 'town', 'village', 'settlement', 'province', 'region', 'district', 'state', 'port', 'county',
  'municipality', 'capital', 'suburb', 'neighbourhood', 'neighborhood', 'enclave', 'territory', 'commune', 'township',
  'prefecture', 'governorate', 'oblast', 'hamlet', 'resort', 'outskirts', 'archipelago',
]);
/** Kinds of place written after a name in lowercase: "Kutupalong camp", "Ikeja district". */
const PLACE_CLASS_AFTER = new Set([
  'camp', 'camps', 'district', 'province', 'village', 'town', 'county', 'region', 'governorate', 'municipality', 'prefecture',
  'township', 'river', 'island', 'valley', 'neighbourhood', 'neighborhood', 'suburb', 'settlement', 'oblast',
  'state', 'states', 'districts', 'provinces', 'regions', 'counties',
]);

function isCapitalisedWord(t: Token | undefined): boolean {
  return !!t && t.isWord && t.isCap && !t.isNumber;
}

/** "the island settlement of Bhasan Char", "Kutupalong (refugee) camp": the text says it is a place. */
function placeContext(ctx: SentenceContext, seg: Run): boolean {
  const { tokens } = ctx;
  const prev = tokens[seg.first - 1];
  if (prev?.lower === 'of' && PLACE_CLASS_BEFORE_OF.has(tokens[seg.first - 2]?.lower ?? '')) return true;
  const next = tokens[seg.last + 1];
  const after = next?.lower === 'refugee' ? tokens[seg.last + 2] : next;
  if (next?.lower === 'and' && isCapitalisedWord(tokens[seg.last + 2])) {
    // "the Temerloh and Pekan districts": a plural kind of place after the second name covers both.
    const plural = tokens[seg.last + 3];
    return !!plural && plural.isWord && !plural.isCap && PLACE_CLASS_AFTER.has(plural.lower) && plural.lower.endsWith('s');
  }
  return !!after && after.isWord && !after.isCap && PLACE_CLASS_AFTER.has(after.lower);
}

/**
 * "European economies", "Arab states": a lone capitalised adjective or demonym the gazetteer does
 * not know, used before a lowercase noun, modifies it and names nothing.
 */
function attributiveAdjective(ctx: SentenceContext, seg: Run, type: EntityType | null): boolean {
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
function orgContext(ctx: SentenceContext, seg: Run): boolean {
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

/** Ends in an org/place head word, or contains a connector kept after one ("Gulf of Aden"). */
function hasHeadWord(ctx: SentenceContext, seg: Run): boolean {
  const { orgHeads, placeHeads, connectors } = ctx.res.patterns;
  const isHead = (k: number) => {
    const w = (ctx.tokens[k] as Token).lower;
    return orgHeads.has(w) || placeHeads.has(w);
  };
  if (seg.last === seg.first) return false;
  if (isHead(seg.last)) return true;
  for (let k = seg.first + 1; k < seg.last; k += 1) {
    const t = ctx.tokens[k] as Token;
    if (!t.isCap && connectors.has(t.lower) && isHead(k - 1)) return true;
  }
  return false;
}

/** "American Coco Gauff": what follows the demonym reads as a person's name. */
function demonymBeforePerson(ctx: SentenceContext, first: number, last: number): boolean {
  const typing = typeRun(ctx.tokens.slice(first, last + 1), {
    lexicon: ctx.res.lexicon, patterns: ctx.res.patterns, personTitleBefore: false, sentenceInitial: false, lowercaseWords: ctx.lowercaseWords,
  });
  return typing.type === 'PERSON' && last > first;
}

/**
 * "Port Sudan", "Kuwait City", "Guatemala City": a multi-word segment that is the name of a sizeable
 * GeoNames city and contains a country (or other gazetteer phrase) is the city, not the country.
 */
function isCityContainingPhrase(ctx: SentenceContext, seg: Run): boolean {
  if (seg.last === seg.first) return false;
  let inner = false;
  for (let k = seg.first; k <= seg.last && !inner; k += 1) inner = ctx.dictAt[k] !== null;
  if (!inner) return false;
  const { cities } = ctx.res.gazetteer;
  const text = ctx.fieldText.slice((ctx.tokens[seg.first] as Token).start, (ctx.tokens[seg.last] as Token).end);
  return cities.byName(text).some((i) => {
    const c = cities.get(i);
    return c.population >= 50_000 || c.featureCode === 'PPLC';
  });
}

/** A segment without titles: dictionary phrases inside it, heuristics for the rest. */
function resolveSegment(ctx: SentenceContext, seg: Run, title: TitleMatch | null): void {
  const whole = ctx.dictAt[seg.first];
  if (whole && whole.value.kind === 'demonym' && whole.last === seg.last && languageCompound(ctx, seg.first, seg.last)) return;
  if (whole && whole.last >= seg.last && !(title && whole.value.kind !== 'org')) {
    pushDictionary(ctx, whole, title);
    return;
  }
  const possessive = ctx.tokens.slice(seg.first, seg.last + 1).some((t) => /^['’]s$/.test(t.text));
  if (!title && (isCityContainingPhrase(ctx, seg) || (possessive && isCityName(ctx, spanText(ctx, seg.first, seg.last))))) {
    push(ctx, seg.first, seg.last, { type: 'LOCATION', ref: null, confidence: 0.8, weak: false, title: null });
    return;
  }
  if (hasHeadWord(ctx, seg) || title || featureBeforePhrase(ctx, seg)) {
    pushTyped(ctx, seg, title);
    return;
  }
  if (whole?.value.kind === 'demonym' && whole.last < seg.last && !demonymBeforePerson(ctx, whole.last + 1, seg.last)) {
    // "French Open", "American Airlines": the demonym is part of the name.
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.5, weak: false, title: null });
    return;
  }
  if (bodyNameBeforePlace(ctx, seg.first, seg.last)) {
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.55, weak: false, title: null });
    return;
  }
  let pieceStart = seg.first;
  for (let k = seg.first; k <= seg.last; k += 1) {
    const m = ctx.dictAt[k];
    if (!m || m.last > seg.last) continue;
    if (k > pieceStart) pushTyped(ctx, { first: pieceStart, last: k - 1 }, null);
    pushDictionary(ctx, m, null);
    pieceStart = m.last + 1;
    k = m.last;
  }
  if (pieceStart <= seg.last) pushTyped(ctx, { first: pieceStart, last: seg.last }, pieceStart === seg.first ? titleBefore(ctx, seg.first, null) : null);
}

/** Capitalised words before a place name that make a part of the place, not a body: "Northern Canada", "Communist China". */
const PLACE_MODIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast',
  'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central', 'upper', 'lower', 'greater', 'new',
  'old', 'mainland', 'continental', 'inner', 'outer', 'rural', 'coastal', 'whole', 'entire', 'modern', 'ancient', 'imperial',
  'colonial', 'communist', 'nazi', 'soviet', 'red', 'free', 'occupied', 'metropolitan', 'greater', 'tropical', 'equatorial',
  'great', 'little', 'all', 'sub', 'pre', 'post', 'trans', 'pan', 'outback', 'deep', 'far', 'middle', 'high', 'mid',
]);
/** Function words and sentence adverbs that may open a sentence before a country: "Across Canada, ...", "Unlike Russia". */
const OPENING_FUNCTION_WORDS = new Set([
  'in', 'across', 'inside', 'outside', 'within', 'from', 'for', 'with', 'without', 'after', 'before', 'against', 'beyond',
  'throughout', 'despite', 'both', 'like', 'unlike', 'meanwhile', 'also', 'only', 'even', 'and', 'but', 'or', 'so', 'as', 'at',
  'by', 'to', 'into', 'onto', 'over', 'under', 'between', 'among', 'amid', 'near', 'around', 'through', 'toward', 'towards', 'via',
  'since', 'until', 'while', 'when', 'where', 'whereas', 'if', 'because', 'although', 'though', 'then', 'now', 'today', 'here',
  'there', 'about', 'above', 'below', 'behind', 'beside', 'besides', 'during', 'except', 'per', 'plus', 'than', 'upon', 'once',
  'perhaps', 'still', 'yet', 'already', 'indeed', 'however', 'nor', 'neither', 'either', 'every', 'each', 'some', 'many', 'most',
  'several', 'such', 'that', 'this', 'these', 'those', 'what', 'which', 'who', 'why', 'how', 'not', 'no', 'yes', 'welcome',
  'visit', 'beat', 'beats', 'host', 'hosts', 'champions', 'holders', 'neighbouring', 'neighboring', 'nearby', 'off', 'out', 'up',
  'down', 'back', 'against', 'along', 'alongside', 'beneath', 'past', 'versus', 'vs', 'then', 'together', 'rather', 'instead',
]);

/** Endings of abstract and plural common nouns the lexicon may not list: "Health", "Elections", "Environment". */
const NOUN_SUFFIX = /(?:lth|ics|ies|ment|tion|sion|ions|ance|ence|ity|ure|ism|ship|ness)$/;

/**
 * "Transport Canada", "Health Canada", "Marine Atlantic": one or two capitalised common nouns
 * before a country or other gazetteer place that ends the name make a body named after the place
 * (a government department, a state company), not a mention of the place. Not place modifiers
 * ("Northern Canada"), function words opening a sentence ("Across Canada"), given names
 * ("Michael Jordan"), titles, or participles ("Visiting Japan"); body text only (headlines
 * capitalise every word).
 */
function bodyNameBeforePlace(ctx: SentenceContext, first: number, last: number): boolean {
  if (ctx.sentence.field !== 'BODY' || last === first) return false;
  let k = first;
  for (; k <= last && k - first < 2 && !ctx.dictAt[k]; k += 1) {
    const t = ctx.tokens[k] as Token;
    const w = t.lower;
    const nounLike = ctx.res.lexicon.isCommonWord(w) || ctx.lowercaseWords.has(w) || (NOUN_SUFFIX.test(w) && !ctx.res.lexicon.isSurname(w));
    if (!t.isWord || !t.isCap || t.isUpper || w.length < 4 || !nounLike || ctx.res.lexicon.isGivenName(w)) return false;
    if (PLACE_MODIFIERS.has(w) || OPENING_FUNCTION_WORDS.has(w) || ctx.res.patterns.placePrefixes.has(w) || /(?:ing|ed)$/.test(w)) return false;
    if (ctx.res.lexicon.isCalendarWord(w) || ctx.res.patterns.nonEntities.has(w) || ctx.res.titles.matchAt(ctx.tokens, k, ctx.fieldText)) return false;
  }
  const m = ctx.dictAt[k];
  return k > first && !!m && m.last === last && (m.value.kind === 'country' || m.value.kind === 'curated');
}

/** Words of natural features written before a name: "Lake Malawi", "Mount Lebanon". */
const FEATURE_PREFIXES = new Set(['lake', 'mount', 'mt', 'cape', 'isle', 'isla', 'lac', 'wadi', 'jebel', 'jabal']);

/** "Lake Malawi": a feature word and a country (or other gazetteer) name that fills the rest name one place. */
function featureBeforePhrase(ctx: SentenceContext, seg: Run): boolean {
  if (!FEATURE_PREFIXES.has((ctx.tokens[seg.first] as Token).lower)) return false;
  const m = ctx.dictAt[seg.first + 1];
  return !!m && m.last === seg.last;
}

/** Bare office words that take a portfolio before them: "Labour Minister", "Trade Secretary". */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'commissioner', 'ministers', 'secretaries']);

/** Token k lies inside a gazetteer place phrase (country, demonym, place) starting at or after `from`. */
function inPlacePhrase(ctx: SentenceContext, from: number, k: number): boolean {
  for (let i = from; i <= k; i += 1) {
    const m = ctx.dictAt[i];
    if (m && m.last >= k && m.value.kind !== 'org' && m.value.kind !== 'lexicon-org' && m.value.kind !== 'lexicon-person') return true;
  }
  return false;
}

/**
 * "Labour Minister", "South Korean Trade Minister": up to two capitalised words right before a
 * bare "Minister"/"Secretary" are its portfolio (part of the title), unless they are a gazetteer
 * phrase (country, demonym, known organization) or start with a given name.
 */
function withPortfolio(ctx: SentenceContext, title: TitleMatch, segStart: number): TitleMatch {
  if (title.first !== title.last || !PORTFOLIO_HEADS.has((ctx.tokens[title.first] as Token).lower)) return title;
  let first = title.first;
  for (let j = title.first - 1; j >= segStart && j >= title.first - 2; j -= 1) {
    const t = ctx.tokens[j] as Token;
    if (!t.isWord || !t.isCap || t.isUpper || inPlacePhrase(ctx, segStart, j)) break;
    if (ctx.res.lexicon.isGivenName(t.lower) || ctx.res.titles.matchAt(ctx.tokens, j, ctx.fieldText)) break;
    first = j;
  }
  if (first === title.first) return title;
  const start = (ctx.tokens[first] as Token).start;
  return { ...title, first, text: ctx.fieldText.slice(start, (ctx.tokens[title.last] as Token).end) };
}

/**
 * "Office of the Privacy Commissioner", "Ministry of Justice", "Office of the President": a title
 * word after a body's head word and "of (the)"/"for (the)" is part of the body's name, not a
 * person's title.
 */
function titleInsideBodyName(ctx: SentenceContext, titleFirst: number, segStart: number): boolean {
  let k = titleFirst - 1;
  if (ctx.tokens[k]?.lower === 'the') k -= 1;
  const conn = ctx.tokens[k];
  if (!conn || conn.isCap || (conn.lower !== 'of' && conn.lower !== 'for') || k - 1 < segStart) return false;
  return ctx.res.patterns.orgHeads.has((ctx.tokens[k - 1] as Token).lower);
}

/** Split a run at job titles/honorifics; the name after a title gets it as context. */
function resolveRun(ctx: SentenceContext, run: Run): void {
  const lastWord = (ctx.tokens[run.last] as Token).lower;
  const endsInOrgHead = ctx.res.patterns.orgHeads.has(lastWord);
  let segStart = run.first;
  let pendingTitle: TitleMatch | null = null;
  for (let k = run.first; k <= run.last && !endsInOrgHead; k += 1) {
    const found = ctx.res.titles.matchAt(ctx.tokens, k, ctx.fieldText);
    if (!found) continue;
    const title = withPortfolio(ctx, found, segStart);
    if (titleInsideBodyName(ctx, title.first, segStart)) {
      k = title.last;
      continue;
    }
    k = title.first;
    if (k > segStart) resolveSegment(ctx, { first: segStart, last: k - 1 }, pendingTitle);
    pendingTitle = title;
    segStart = title.last + 1;
    if (ctx.tokens[segStart]?.text === '.') segStart += 1;
    k = segStart - 1;
  }
  if (segStart <= run.last) resolveSegment(ctx, { first: segStart, last: run.last }, pendingTitle);
}

const TIME_WORDS = /^(?:gmt|utc|cet|cest|est|edt|bst|pst|pdt|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;

/** "The Pentagon" → "Pentagon"; at sentence start also "On Saturday", "Both Alcaraz", "At Wimbledon". */
function stripLeadingWords(ctx: SentenceContext, run: Run): Run {
  let first = run.first;
  const initial = isSentenceInitial(ctx.tokens, run.first);
  while (first < run.last) {
    const t = ctx.tokens[first] as Token;
    const common = ctx.res.lexicon.isCommonWord(t.lower) || ctx.res.patterns.nonEntities.has(t.lower) || ctx.lowercaseWords.has(t.lower);
    // A title is kept for resolveRun to split off: "Foreign Minister Park Ji-won said".
    // "at 0600 GMT Thursday": a clock zone or weekday opening a run is no part of a name.
    const clockWord = TIME_WORDS.test(t.lower);
    if (t.lower !== 'the' && bodyNameBeforePlace(ctx, first, run.last)) break;
    if (t.lower !== 'the' && !clockWord && !(initial && common && !ctx.dictAt[first] && !ctx.res.titles.matchAt(ctx.tokens, first, ctx.fieldText))) break;
    first += 1;
    // "The United Federation of ...": what follows an initial "The" is the name, common words and all.
    if (t.lower === 'the' && first < run.last) break;
    while (first < run.last && !(ctx.tokens[first] as Token).isWord) first += 1;
  }
  return { first, last: run.last };
}

function spanText(ctx: SentenceContext, first: number, last: number): string {
  return ctx.fieldText.slice((ctx.tokens[first] as Token).start, (ctx.tokens[last] as Token).end);
}

/** A GeoNames populated place is named exactly so ("Cox's Bazar", "St John's"). */
function isCityName(ctx: SentenceContext, text: string): boolean {
  return ctx.res.gazetteer.cities.byName(text).length > 0;
}

/**
 * "Cox's Bazar", "King's Lynn": two capitalised runs joined by a possessive "'s" that together
 * name a GeoNames place are one name, not an owner and a thing.
 */
function joinPossessivePlaceNames(ctx: SentenceContext, runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const apostrophe = ctx.tokens[run.first - 1];
    if (prev && prev.last === run.first - 2 && apostrophe && /^['’]s$/.test(apostrophe.text)
      && isCityName(ctx, spanText(ctx, prev.last, run.first))) {
      prev.last = run.last;
      continue;
    }
    out.push({ ...run });
  }
  return out;
}

/** A country name or a continent/multi-country region starts at token k ("in Iraq", "in Europe"). */
function countryStartsAt(ctx: SentenceContext, k: number): boolean {
  const m = ctx.dictAt[k];
  if (!m) return false;
  if (m.value.kind === 'country') return true;
  if (m.value.kind !== 'curated') return false;
  const place = ctx.res.gazetteer.curated.get(m.value.slug);
  return !!place && (place.featureType === 'CONTINENT' || (place.featureType === 'GEO_REGION' && place.countryCode === null));
}

export function detectMentions(res: Resources, fieldText: string, sentence: Sentence, tokens: Token[], lowercaseWords: Set<string>): RawMention[] {
  const dictAt = tokens.map((_, i) => res.gazetteer.dictionary.matchAt(tokens, i));
  const ctx: SentenceContext = { res, fieldText, sentence, tokens, dictAt, lowercaseWords, out: [] };
  const runs = joinPossessivePlaceNames(ctx, findCapitalisedRuns(tokens, res.patterns));
  let runIdx = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const run = runs[runIdx];
    const dm = dictAt[i];
    if (run && run.first === i) {
      const pieces = splitAtConnectors(run, tokens, res.patterns, {
        countryAt: (k) => countryStartsAt(ctx, k),
        phraseAcross: (k) => ctx.dictAt.some((m, j) => j >= run.first && j < k && !!m && m.last > k),
      }).map((r) => stripLeadingWords(ctx, r));
      for (const piece of pieces) resolveRun(ctx, piece);
      i = Math.max(run.last, ...ctx.out.map((m) => m.last)); // a dictionary phrase may reach past the run
      runIdx += 1;
      while (runs[runIdx] && (runs[runIdx] as Run).first <= i) runIdx += 1;
    } else if (dm && tokens.slice(i, dm.last + 1).some((t) => t.isCap)) {
      // A phrase starting lowercase ("al-Shabaab") or with a code-like word no run takes ("G7", "MI6").
      pushDictionary(ctx, dm, null);
      i = dm.last;
      while (runs[runIdx] && (runs[runIdx] as Run).first <= i) runIdx += 1;
    }
  }
  joinAppositiveNames(ctx);
  linkFacilitySites(ctx);
  return ctx.out;
}

/**
 * "Gavi, the Vaccine Alliance": a lone unknown name, ", the" and a capitalised body name (not a
 * gazetteer one) ending the clause is one organization's full name, as some bodies style themselves.
 */
function joinAppositiveNames(ctx: SentenceContext): void {
  const { tokens, out } = ctx;
  for (let i = 0; i < out.length; i += 1) {
    const a = out[i] as RawMention;
    if (a.first !== a.last || a.ref || a.title || tokens[a.last + 1]?.text !== ',' || tokens[a.last + 2]?.lower !== 'the') continue;
    const b = out.find((x) => x.first === a.last + 3);
    if (!b || b.ref || b.type !== 'ORGANIZATION' || !ctx.res.patterns.orgHeads.has((tokens[b.last] as Token).lower)) continue;
    const after = tokens[b.last + 1];
    if (after && !/^[.;)]$/.test(after.text)) continue;
    out.splice(out.indexOf(b), 1);
    out[i] = { ...a, last: b.last, end: b.end, text: ctx.fieldText.slice(a.start, b.end), type: 'ORGANIZATION', confidence: 0.6, weak: false };
  }
}

/** Head words of facilities that lie at one spot of a city: "... Airport", "... Palace", "... Stadium". */
const FACILITY_HEADS = new Set([
  'airport', 'palace', 'stadium', 'arena', 'prison', 'base', 'airbase', 'port', 'terminal', 'station', 'refinery', 'dam',
  'bridge', 'tower', 'cathedral', 'mosque', 'temple', 'square', 'hospital', 'pier', 'wharf',
]);

/**
 * "Kamuzu International Airport in Lilongwe", "the National Palace, in Port-au-Prince": a facility
 * name followed by "in"/"at"/"," and another capitalised name records that name as its site
 * (entity-builder places the facility there if the site is a geocoded city).
 */
function linkFacilitySites(ctx: SentenceContext): void {
  const { tokens, out } = ctx;
  for (const m of out) {
    if (m.type !== 'LOCATION' || m.ref || m.last === m.first || !FACILITY_HEADS.has((tokens[m.last] as Token).lower)) continue;
    let k = m.last + 1;
    if (tokens[k]?.text === ',') k += 1;
    if (/^(?:in|at)$/.test(tokens[k]?.lower ?? '')) k += 1;
    if (k === m.last + 1) continue;
    const site = out.find((x) => x.first === k && x !== m && (x.type === 'LOCATION' || x.type === null));
    if (site) m.site = site;
  }
}
