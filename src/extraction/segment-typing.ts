/**
 * Typing one title-free segment of a capitalised run: gazetteer phrases inside it, names that are
 * wholly a city or a body named after a place ("Port Sudan", "Transport Canada"), and otherwise
 * the name's shape (run-typing.ts) weighed against the cues around it (mention-context.ts).
 */
import { RELIGIOUS_BODIES, spelledByAcronym, type Run } from './capitalised-runs';
import {
  attributiveAdjective, attributiveUse, companyNounBefore, orgApposition, currencyPrefix, determinerBefore, groupContext, indefiniteAcronym,
  isCityName, isSentenceInitial, orgContext, orgNounAfter, personContext, placeContext, push, pushDictionary, spanText,
  PLACE_CLASS_AFTER, type SentenceContext,
} from './mention-context';
import type { RawMention } from './mention-detection';
import { titleAfter, titleBefore } from './mention-titles';
import { typeRun } from './run-typing';
import type { TitleMatch } from './titles';
import type { Token } from './tokens';
import { normalizeName } from './name-normalization';

/** A segment without titles: dictionary phrases inside it, heuristics for the rest. */
export function resolveSegment(ctx: SentenceContext, seg: Run, title: TitleMatch | null): void {
  const whole = ctx.dictAt[seg.first];
  // "an Austrian-Iranian architect", "Sino-Russian": two demonyms joined by a hyphen are two mentions of their countries
  if (seg.last === seg.first + 2 && ctx.tokens[seg.first + 1]?.text === '-') {
    const a = ctx.dictAt[seg.first];
    const b = ctx.dictAt[seg.last];
    if (a && b && a.last === seg.first && b.last === seg.last && a.value.kind === 'demonym' && b.value.kind === 'demonym') {
      pushDictionary(ctx, a, null);
      pushDictionary(ctx, b, null);
      return;
    }
  }
  if (whole && whole.value.kind === 'demonym' && whole.last === seg.last && languageCompound(ctx, seg.first, seg.last)) return;
  // "the Africa Cup of Nations", "the Asian Cup", "the Gulf Cup": a place's name before "Cup" names a competition, not the place
  if (whole && whole.last < seg.last && (ctx.tokens[whole.last + 1] as Token).text === 'Cup' && whole.value.kind !== 'org') {
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.4, weak: true, title: null, nonPerson: true });
    return;
  }
  if (whole && whole.last >= seg.last && !(title && whole.value.kind !== 'org')) {
    pushDictionary(ctx, whole, title);
    return;
  }
  const possessive = ctx.tokens.slice(seg.first, seg.last + 1).some((t) => /^['’]s$/.test(t.text));
  // "Newfoundland and Labrador": a first-level region's full name is a place whatever its words
  const regionName = seg.last > seg.first && !!ctx.res.gazetteer.adminRegions?.get(normalizeName(spanText(ctx, seg.first, seg.last)));
  if (!title && (regionName || isCityContainingPhrase(ctx, seg) || (possessive && isCityName(ctx, spanText(ctx, seg.first, seg.last))))) {
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
  // "Wines of South Africa (WOSA)", "Électricité de France (EDF)": a bracketed acronym spelling the initials names one body
  if (bodyNameBeforePlace(ctx, seg.first, seg.last) || (seg.last > seg.first && spelledByAcronym(seg, ctx.tokens))) {
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.55, weak: false, title: null });
    return;
  }
  if (nationalBranch(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.6, weak: false, title: null });
    return;
  }
  // "the Hôtel Sahel Étoile", "state broadcaster Télé Sahel": a hotel's or a broadcaster's word opening the name keeps the
  // region or city inside it as part of the name
  const opener = (ctx.tokens[seg.first] as Token).lower;
  if (seg.last > seg.first && (NAMED_BUILDINGS.has(opener) || BROADCASTERS.has(opener)) && !(whole && whole.last >= seg.first + 1 && whole.value.kind !== 'demonym' && whole.value.kind !== 'country')) {
    push(ctx, seg.first, seg.last, { type: NAMED_BUILDINGS.has(opener) ? 'LOCATION' : 'ORGANIZATION', ref: null, confidence: 0.6, weak: false, title: null });
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

/**
 * "Transparency International Norway", "Greenpeace France", "Save the Children UK": a body's
 * national branch, its name followed by the country's, is one organization. The part before the
 * country is a known organization or ends in an organization head word.
 */
function nationalBranch(ctx: SentenceContext, seg: Run): boolean {
  for (let k = seg.first + 1; k <= seg.last; k += 1) {
    const m = ctx.dictAt[k];
    if (!m || m.value.kind !== 'country' || m.last !== seg.last) continue;
    const head = ctx.dictAt[seg.first];
    const knownOrg = !!head && head.value.kind === 'org' && head.last === k - 1;
    return knownOrg || ctx.res.patterns.orgHeads.has((ctx.tokens[k - 1] as Token).lower);
  }
  return false;
}

/** "KOSTI, Sudan —" / "BERLIN —": an all-caps place name opening a body line. */
function isDateline(ctx: SentenceContext, seg: Run): boolean {
  const words = ctx.tokens.slice(seg.first, seg.last + 1).filter((t) => t.isWord);
  const next = ctx.tokens[seg.last + 1]?.text ?? '';
  // only where a dateline can be: the body's first sentence ("ECOWAS, the bloc, said" later on is no dateline)
  return seg.first === 0 && ctx.sentence.index === 0 && ctx.sentence.field === 'BODY' && words.every((t) => t.isUpper) && [',', '—', '–', '-'].includes(next);
}

const lowercaseWordAt = (t: Token | undefined): boolean => !!t && t.isWord && t.text === t.lower;

/**
 * "Saint-Marc", "Sainte-Rose", "Port-Gentil": a hyphenated name opening with a saint's or a port's
 * word that GeoNames knows as a populated place is that place, not a given name ("Marc").
 */
function saintPlaceName(ctx: SentenceContext, seg: Run): boolean {
  const first = ctx.tokens[seg.first];
  return !!first && /^(?:saint|sainte|st|ste|san|santa|santo|sao|são|port|fort|mont|pont)$/i.test(first.text) && ctx.tokens[seg.first + 1]?.text === '-'
    && isCityName(ctx, spanText(ctx, seg.first, seg.last));
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
    lowercaseWordAfter: lowercaseWordAt(ctx.tokens[seg.last + 1]),
  });
  if (typing.drop || attributiveAdjective(ctx, seg, typing.type) || indefiniteAcronym(ctx, seg) || currencyPrefix(ctx, seg)) return;
  // "the bulk carrier Kalliope Star" ... "Kalliope Star was hit": a ship's name is no entity
  if (ctx.vesselNames?.size && ctx.vesselNames.has(normalizeName(spanText(ctx, seg.first, seg.last)))) return;
  // "Canlaon City", "La Carlota City": a GeoNames city called by its name and "City" (city-index.ts), unless a known
  // name covers the words ("Manchester City")
  if (seg.last > seg.first && (ctx.tokens[seg.last] as Token).lower === 'city' && (ctx.dictAt[seg.first]?.last ?? -1) < seg.last
    && isCityName(ctx, spanText(ctx, seg.first, seg.last))) {
    push(ctx, seg.first, seg.last, { type: 'LOCATION', ref: null, confidence: 0.7, weak: false, title: null });
    return;
  }
  // Name-shape evidence for a person (a given name, an unknown word pair) yields to context.
  const guessed = typing.type === null || (typing.type === 'PERSON' && !personTitle && typing.confidence <= 0.75);
  // "the website Plaza Abierta": the kind of body said before the name outweighs a place word in it
  // ("the lawyer and broadcaster Sonia Dahmani, who was sentenced": "who" or an age after the name says it is a person's)
  if ((guessed || typing.type === 'LOCATION') && companyNounBefore(ctx, seg.first) && !personContext(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.55, weak: false, title: null });
    return;
  }
  // "Ngarlem, who plays for Coton Sport in Garoua": what a player plays for is a club
  const clubBefore = ctx.tokens[seg.first - 1]?.lower === 'for' && /^(?:plays|played|playing|play|signed|signs|signing)$/.test(ctx.tokens[seg.first - 2]?.lower ?? '');
  if ((guessed || typing.type === null) && (orgNounAfter(ctx, seg) || orgApposition(ctx, seg) || clubBefore)) {
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.55, weak: false, title: null });
    return;
  }
  // "gained 2.1 percent on Euronext Lisbon", "Radio Kigali": a name no given name opens that ends in a big city's name is
  // a body of that city, not a person whose surname the city's name would be
  if (typing.type === 'PERSON' && typing.confidence < 0.75 && !personTitle && seg.last > seg.first && !personContext(ctx, seg)
    && bigCityName(ctx, (ctx.tokens[seg.last] as Token).text) && !isCityName(ctx, spanText(ctx, seg.first, seg.last))) {
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.5, weak: false, title: null });
    return;
  }
  // "the 1,400-megawatt Pak Khop dam", "the Nguéli bridge over the Logone": a name before the lowercase kind of a
  // structure names the structure, its kind and all (not a person, nor the town it may be named after)
  const kind = ctx.tokens[seg.last + 1];
  if (guessed && kind?.isWord && !kind.isCap && STRUCTURES_AFTER.has(kind.lower) && !personContext(ctx, seg)) {
    push(ctx, seg.first, seg.last + 1, { type: 'LOCATION', ref: null, confidence: 0.6, weak: false, title: null });
    return;
  }
  if (guessed && (placeContext(ctx, seg) || saintPlaceName(ctx, seg))) {
    push(ctx, seg.first, seg.last, { type: 'LOCATION', ref: null, confidence: 0.6, weak: false, title: null });
    const near = ctx.tokens[seg.last + 1];
    // ("the Iavoloha presidential palace": the kind after its qualifier)
    const next = near && /^(?:refugee|presidential|royal)$/.test(near.lower) ? ctx.tokens[seg.last + 2] : near;
    if (next?.isWord && PLACE_CLASS_AFTER.has(next.lower)) (ctx.out[ctx.out.length - 1] as RawMention).placeClass = next.lower;
    // ("the Ankobra and Pra rivers": both are rivers)
    const shared = next?.lower === 'and' ? ctx.tokens[seg.last + 3] : next;
    // ("Barpeta, Bajali and Nalbari districts": all three are districts)
    if (shared?.lower === 'rivers' || shared?.lower === 'districts') (ctx.out[ctx.out.length - 1] as RawMention).placeClass = shared.lower.slice(0, -1);
    return;
  }
  // "six villagers died in Intan Jaya": only a name-shape guess of a person, right after "in/near/outside", is a place
  if (guessed && typing.type === 'PERSON' && typing.confidence < 0.6 && /^(?:in|near|outside|around|across)$/.test(ctx.tokens[seg.first - 1]?.lower ?? '')) {
    push(ctx, seg.first, seg.last, { type: 'LOCATION', ref: null, confidence: 0.5, weak: false, title: null });
    return;
  }
  if (guessed && groupContext(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'GROUP', ref: null, confidence: 0.65, weak: false, title: null });
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

/** "a Russian-speaking gang", "French-speaking regions": a language, not the country. */
function languageCompound(ctx: SentenceContext, first: number, last: number): boolean {
  const hyphen = ctx.tokens[last + 1];
  const word = ctx.tokens[last + 2];
  return !!hyphen && !!word && hyphen.text === '-' && hyphen.start === (ctx.tokens[last] as Token).end
    && /^speak(?:ing|ers?)$/.test(word.lower) && first <= last;
}

/** A capital or a city of 500,000 people or more is named so. */
function bigCityName(ctx: SentenceContext, text: string): boolean {
  const { cities } = ctx.res.gazetteer;
  return cities.byName(text).some((i) => {
    const c = cities.get(i);
    return c.population >= 500_000 || c.featureCode === 'PPLC';
  });
}

/** Kinds of structure written in lowercase after their name: "the Pak Khop dam", "the Nguéli bridge". */
const STRUCTURES_AFTER = new Set(['dam', 'bridge']);

/** Words that open a building's name ("Hôtel Sahel Étoile", "Hotel Ivoire") and a broadcaster's ("Radio Okapi", "Télé Sahel"). */
const NAMED_BUILDINGS = new Set(['hotel', 'hôtel']);
const BROADCASTERS = new Set(['radio', 'rádio', 'télé', 'télévision', 'televisión', 'radiodiffusion']);

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
    if (!t.isCap && connectors.has(t.lower) && (isHead(k - 1) || (t.lower === 'of' && RELIGIOUS_BODIES.has((ctx.tokens[k - 1] as Token).lower)))) return true;
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
  // sentence adverbs: "Otherwise Chad would forfeit", "Separately, Kenya ..."
  'otherwise', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'likewise', 'similarly', 'separately', 'earlier', 'later',
  'afterwards', 'previously', 'currently', 'initially', 'eventually', 'finally', 'overall', 'additionally', 'consequently', 'thus',
  'hence', 'therefore', 'again', 'recently', 'elsewhere', 'notably', 'crucially', 'ultimately', 'officially', 'reportedly',
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
export function bodyNameBeforePlace(ctx: SentenceContext, first: number, last: number): boolean {
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
