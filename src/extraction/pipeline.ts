/**
 * The built-in extraction pipeline: sentences → tokens → mentions → geocoding →
 * coreference → entities → places known by their context → events, relations, quotes.
 * Pure and synchronous.
 */
import type { ExtractionInput, ExtractionResult, Extractor, TextField } from './types';
import { resolveAdmin2, resolveAdminRegions } from './admin-regions';
import { homeCountryBodies, homeLegislatures } from './state-organs';
import { placeKeyOf, type CityRecord } from './city-index';
import { clusterMentions } from './coreference';
import { buildEntities } from './entity-builder';
import { placeByContext } from './context-places';
import { extractEvents } from './events';
import { articleCountries, datelineLength, geocodeCity, placeContext } from './geocoding';
import { detectMentions, guessedPerson, type AnalyzedSentence, type RawMention } from './mention-detection';
import { vesselNames } from './mention-context';
import { extractQuotes } from './quotes';
import { extractRelations } from './relations';
import { normalizeName } from './name-normalization';
import { getResources, type Resources } from './resources';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';
import { resolveUsGeorgia } from './us-georgia';

export const PIPELINE_VERSION = 'builtin-0.16.0';

function tokenizeField(text: string, field: TextField): Array<Omit<AnalyzedSentence, 'mentions'>> {
  return splitSentences(text, field).map((sentence) => ({ sentence, tokens: tokenize(sentence.text, sentence.start) }));
}

function lowercaseWordSet(sentences: Array<Omit<AnalyzedSentence, 'mentions'>>): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const t of s.tokens) if (t.isWord && t.text === t.lower && t.text.length > 2) out.add(t.lower);
  }
  return out;
}

/** Words of the article's multi-word person names: "Alcaraz" after "Carlos Alcaraz" is not a town. */
function personNameWords(mentions: RawMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const words = normalizeName(m.text).split(' ');
    if (m.type === 'PERSON' && !m.ref && words.length >= 2) for (const w of words) out.add(w);
  }
  return out;
}

function geocodeAll(res: Resources, mentions: RawMention[], dateline: number, texts: Record<TextField, string>): Map<RawMention, CityRecord> {
  const countries = articleCountries(mentions, res.gazetteer);
  const context = { ...placeContext(mentions, res.gazetteer, dateline, texts), isCommonWord: (w: string) => res.lexicon.isCommonWord(w) };
  const personWords = personNameWords(mentions);
  // ("LYON — ... fought in the streets of Vieux Lyon": the dateline's city is that city wherever its name recurs)
  for (const m of context.dateline) personWords.delete(normalizeName(m.text));
  const cityOf = new Map<RawMention, CityRecord>();
  // ("Missiles hit Dnipro", "residents of Dnipro", against "crossed the Dnipro"): a river's bare name, with no "the" before it, is
  // the city of that name when one of 100,000 people or more lies in a country the article names
  for (const m of mentions) {
    if (m.ref?.kind !== 'curated' || res.gazetteer.curated.get(m.ref.slug)?.featureType !== 'WATER_BODY') continue;
    if (/\bthe\s+$/i.test(texts[m.field].slice(Math.max(0, m.start - 5), m.start)) || m.text.trim().includes(' ')) continue;
    const city = res.gazetteer.cities.byName(m.text).map((i) => res.gazetteer.cities.get(i))
      .find((c) => c.population >= 100_000 && countries.has(c.countryCode));
    if (!city) continue;
    m.ref = null;
    m.type = 'LOCATION';
    cityOf.set(m, city);
  }
  for (const m of mentions) {
    if (cityOf.has(m)) continue;
    if (m.first === m.last && m.type !== 'LOCATION' && personWords.has(normalizeName(m.text))) continue;
    // ("the Samara river" in a Ukrainian story is no Russian city: a name the text calls a river is no town of that name)
    if (m.placeClass === 'river') continue;
    const city = geocodeCity(m, res.gazetteer, countries, context);
    if (city) cityOf.set(m, city);
  }
  // One place per name in an article: "Geneva" in the text is the GENEVA of the dateline, and
  // otherwise every mention of a name takes the place its first geocoded mention found.
  const byName = new Map<string, CityRecord>();
  for (const m of [...context.dateline, ...mentions]) {
    const city = cityOf.get(m);
    const name = normalizeName(m.text);
    if (city && !byName.has(name)) byName.set(name, city);
  }
  for (const [m, city] of cityOf) {
    const first = byName.get(normalizeName(m.text));
    if (first && first !== city) cityOf.set(m, first);
  }
  // ("the Thai town of Mae Sai ... shells landed in Mae Sai": a later mention of a place's whole name that only the name's
  // shape took for a person's, with no title and nothing said of a person, is that place)
  for (const m of mentions) {
    if (cityOf.has(m) || m.type !== 'PERSON' || m.title || m.personCue || m.ref || m.confidence > 0.75) continue;
    const first = byName.get(normalizeName(m.text));
    if (!first) continue;
    cityOf.set(m, first);
    m.type = 'LOCATION';
  }
  // ("protests in Dera Ismail Khan", "marched in Bandar Abbas": a name of several words that only its shape took for a person's,
  // after a locative preposition, with no title and nothing said of a person, is a city of that very name: one of 100,000
  // people or more, or one in a country the article names)
  // ("... in Bandar Abbas and Rahim Yar Khan": a name coordinated with a place just found after such a preposition is placed too)
  let placedBefore: RawMention | null = null;
  for (const m of mentions) {
    const listed: boolean = !!placedBefore && placedBefore.field === m.field && placedBefore.sentenceIndex === m.sentenceIndex
      && /^(?:\s*,)?\s*(?:and|or)?\s*$/.test(texts[m.field].slice(placedBefore.end, m.start)) && placedBefore.end < m.start;
    if (cityOf.has(m)) placedBefore = m.locative || listed ? m : null;
    if (cityOf.has(m) || m.type !== 'PERSON' || !(m.locative || listed) || m.title || m.personCue || m.ref || m.first === m.last) continue;
    const city = geocodeCity({ ...m, type: 'LOCATION' }, res.gazetteer, countries, context);
    if (!city || (city.population < 100_000 && !countries.has(city.countryCode))) continue;
    if (!res.gazetteer.cities.byName(m.text).some((i) => placeKeyOf(res.gazetteer.cities.get(i)) === placeKeyOf(city))) continue;
    cityOf.set(m, city);
    m.type = 'LOCATION';
    placedBefore = m;
  }
  // ("Ash covered La Castellana, Moises Padilla and La Carlota": a name only its shape took for a person's, listed among
  // places the city index found, is a place too, if it finds one of that name)
  for (const m of mentions) {
    if (cityOf.has(m) || !guessedPerson(m) || !m.list) continue;
    const others = m.list.filter((x) => x !== m);
    if (!others.every((x) => cityOf.has(x) || x.ref?.kind === 'country' || x.ref?.kind === 'curated')) continue;
    const city = geocodeCity({ ...m, type: 'LOCATION' }, res.gazetteer, countries, context);
    if (!city) continue;
    cityOf.set(m, city);
    m.type = 'LOCATION';
  }
  return cityOf;
}

export function runPipeline(input: ExtractionInput): ExtractionResult {
  const res = getResources();
  const title = typeof input.title === 'string' ? input.title : '';
  const body = typeof input.body === 'string' ? input.body : '';
  const publishedAt = input.publishedAt instanceof Date && !Number.isNaN(input.publishedAt.getTime()) ? input.publishedAt : new Date();
  const titleSentences = tokenizeField(title, 'TITLE');
  const bodySentences = tokenizeField(body, 'BODY');
  const lowercaseWords = lowercaseWordSet([...titleSentences, ...bodySentences]);
  const ships = vesselNames([...titleSentences, ...bodySentences]);
  const analyze = (text: string) => (s: Omit<AnalyzedSentence, 'mentions'>): AnalyzedSentence => ({
    ...s, mentions: detectMentions(res, text, s.sentence, s.tokens, lowercaseWords, ships),
  });
  const titleAnalyzed = titleSentences.map(analyze(title));
  const bodyAnalyzed = bodySentences.map(analyze(body));
  const all = [...titleAnalyzed, ...bodyAnalyzed];
  const allMentions = all.flatMap((s) => s.mentions);
  homeCountryBodies(allMentions, res);
  resolveAdminRegions(allMentions, res.gazetteer, { TITLE: title, BODY: body });
  resolveAdmin2(allMentions, res.gazetteer, { TITLE: title, BODY: body });
  const dateline = datelineLength(body);
  const cityOf = geocodeAll(res, allMentions, dateline, { TITLE: title, BODY: body });
  homeLegislatures(allMentions, res, { TITLE: title, BODY: body }, dateline, (m) => cityOf.get(m)?.countryCode
    ?? (m.ref && (m.ref.kind === 'country' || m.ref.kind === 'demonym' || m.ref.kind === 'metonym') ? m.ref.code : null));
  resolveUsGeorgia(allMentions, cityOf, res.gazetteer);
  const built = buildEntities(clusterMentions(all, cityOf), res.gazetteer, res.patterns.orgHeads);
  placeByContext(all, built, dateline);
  const fields = { TITLE: title, BODY: body };
  const relations = [...built.relations, ...extractRelations(all, built, res, fields, dateline)];
  const events = extractEvents(bodyAnalyzed, built, relations, res, { text: body, publishedAt, dateline });
  const quotes = extractQuotes(fields, all, built, res);
  return { pipelineVersion: PIPELINE_VERSION, language: 'en', entities: built.entities, events, relations, quotes };
}

export class BuiltinExtractor implements Extractor {
  readonly version = PIPELINE_VERSION;
  extract(input: ExtractionInput): ExtractionResult {
    return runPipeline(input);
  }
}
