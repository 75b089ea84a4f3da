/**
 * Places the gazetteer does not know, placed by what their sentence says about where they are:
 * "Buimo Correctional Institution in Lae", "Lusaka's Matero township", "the Kyrgyz village of
 * Ak-Sai, the Batken regional administration said". Such a place takes the point of the city or
 * region it is said to lie in (or, failing that, of the only city or region its sentence names)
 * and is contained in it: an approximation to that place's size, better than no point at all,
 * and visible as such (`containedInKey` names the anchor, `geonamesId` stays null).
 *
 * Runs after entity-builder's own facility rules (named after a city, "X Airport in Y", the
 * dateline's city), on what they left unplaced. Organizations are placed only when their name
 * is that of a building or site that lies in one city ("Civil Hospital", "Cheikh Anta Diop
 * University"): a hospital is both the body and the place; with no cue in the text, such a site
 * lies in the dateline's city when the article is mostly about that city's country.
 */
import { datelineCity, facilityName, pointAt, type BuiltEntities } from './entity-builder';
import { countryKey } from './geocoding';
import type { AnalyzedSentence, RawMention } from './mention-detection';
import { normalizeName } from './name-normalization';
import type { Token } from './tokens';
import type { ExtractedEntity, FeatureType } from './types';

/** Kinds of place a point-like anchor can stand in for: not countries, continents, seas or multi-country regions. */
const ANCHORS = new Set<FeatureType>(['CITY', 'REGION', 'FACILITY']);

/** Last words of an organization's name that make it a building or site in one city as well. */
const SITE_HEADS = new Set([
  'hospital', 'university', 'prison', 'stadium', 'airport', 'college', 'campus', 'jail', 'penitentiary',
  'courthouse', 'cathedral', 'mosque', 'terminal', 'barracks',
]);

/** Prepositions after which a place names where the one before it lies: "X in Lae", "X near Pekan". */
const WHERE = new Set(['in', 'at', 'near', 'outside']);

/** Kinds of area larger than a town: a region or river is not where a city it is named with lies. */
const AREAS = new Set([
  'region', 'regions', 'province', 'provinces', 'state', 'states', 'territory', 'county', 'counties', 'governorate', 'oblast',
  'river', 'valley', 'basin', 'mountains', 'range', 'coast', 'highway', 'island', 'islands', 'peninsula', 'desert', 'plateau',
]);

type Locate = (m: RawMention) => ExtractedEntity | undefined;

/** Words for a quarter of a city: "the Farcha district", "the Kibera neighbourhood", "the Soweto township". */
const QUARTERS = new Set(['neighbourhood', 'neighborhood', 'suburb', 'quarter', 'township']);

/** The text calls the mention a quarter of a city: a neighbourhood, suburb... or "the <name> district". */
function cityQuarter(s: AnalyzedSentence, m: RawMention): boolean {
  if (m.placeClass) return QUARTERS.has(m.placeClass) || (m.placeClass === 'district' && s.tokens[m.first - 1]?.lower === 'the');
  // "Ettadhamen, a working-class district on the edge of the capital": an apposition calling it a quarter of the city
  const { tokens } = s;
  if (tokens[m.last + 1]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[m.last + 2]?.lower ?? '')) return false;
  const window = tokens.slice(m.last + 3, m.last + 16).map((t) => t.lower);
  const kind = window.findIndex((w) => QUARTERS.has(w) || w === 'district');
  return kind >= 0 && kind <= 5 && window.slice(kind + 1).some((w) => w === 'capital' || w === 'city');
}

/** Two-word heads of the same kind: "Buimo Correctional Institution". */
const SITE_HEADS_2 = /\bcorrectional (?:institution|facility|centre|center)$/;

function siteName(name: string): boolean {
  const norm = normalizeName(name);
  const words = norm.split(' ');
  return words.length >= 2 && (SITE_HEADS.has(words[words.length - 1] as string) || SITE_HEADS_2.test(norm));
}

/** Last and first words of the names of landmarks that lie at one spot of a city: "Élysée Palace", "State House", "Place de la République". */
const LANDMARK_LAST = new Set(['palace', 'square', 'bridge', 'house', 'stadium', 'plaza', 'market', 'park', 'avenue', 'boulevard', 'street',
  'hall', 'tower', 'monument', 'enclave', 'embassy', 'consulate', 'parliament']);
const LANDMARK_FIRST = new Set(['place', 'plaza', 'pont', 'avenue', 'boulevard', 'rue', 'piazza', 'praca', 'stade', 'estadio', 'palais', 'palacio']);

function landmarkName(name: string): boolean {
  const words = normalizeName(name).split(' ');
  return words.length >= 2 && (LANDMARK_LAST.has(words[words.length - 1] as string) || LANDMARK_FIRST.has(words[0] as string));
}

/** Prepositions before a body's name that make it its building: "outside the Presidential Secretariat", "at State House". */
const SPOT_PREPOSITIONS = new Set(['at', 'outside', 'inside', 'near']);

function usedAsSpot(s: AnalyzedSentence, m: RawMention): boolean {
  const k = s.tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  return SPOT_PREPOSITIONS.has(s.tokens[k]?.lower ?? '');
}

function unplaced(e: ExtractedEntity): boolean {
  return !e.place && e.mentions.length > 0 && (e.type === 'LOCATION' || e.type === 'ORGANIZATION');
}

/**
 * A place, or a body that is also a building: one named as a site ("Civil Hospital"), or an unknown
 * body a mention puts someone at ("marchers outside the Presidential Secretariat in Colombo").
 */
function placeable(e: ExtractedEntity, ms: RawMention[], where: Map<RawMention, AnalyzedSentence>): boolean {
  if (e.type === 'LOCATION' || siteName(e.name) || ms.some((m) => siteKindAfter(where.get(m) as AnalyzedSentence, m) > 0)) return true;
  return e.wikidataId === null && ms.some((m) => usedAsSpot(where.get(m) as AnalyzedSentence, m));
}

/** "in Dakar, where students marched from the campus of X": a mention inside a "where" clause lies in the place the clause is about. */
function whereClause(s: AnalyzedSentence, m: RawMention, locate: Locate, self: ExtractedEntity): ExtractedEntity | null {
  for (let k = m.first - 1; k >= 2; k -= 1) {
    const t = s.tokens[k] as Token;
    if (t.text === ';' || (t.isCap && s.mentions.some((x) => x.first <= k && x.last >= k && locate(x)?.type === 'LOCATION'))) return null;
    if (t.lower !== 'where' || s.tokens[k - 1]?.text !== ',') continue;
    const place = s.mentions.find((x) => x.last === k - 2);
    return place ? anchor(locate(place), self) : null;
  }
  return null;
}

/** Prepositions of a journey's ends: a facility after them is not where the sentence's other city is. */
const MOTION = new Set(['from', 'to', 'for', 'towards', 'toward', 'between']);

/** The cities a sentence names (`placing`: only those it puts something in: "in Kupang", "near Farafenni"). */
function citiesIn(s: AnalyzedSentence, locate: Locate, placing = false): Set<ExtractedEntity> {
  const out = new Set<ExtractedEntity>();
  for (const x of s.mentions) {
    const e = locate(x);
    if (e?.place?.featureType !== 'CITY') continue;
    if (!placing || (x.locative && !MOTION.has(s.tokens[x.first - 1]?.lower ?? ''))) out.add(e);
  }
  return out;
}

function anchor(e: ExtractedEntity | undefined, self: ExtractedEntity): ExtractedEntity | null {
  return e && e !== self && e.place && ANCHORS.has(e.place.featureType) ? e : null;
}

/** Kinds of place that stretch along or across the country around a town: a river, a district. */
const STRETCHES = new Set(['river', 'rivers', 'district', 'districts']);

/** "the Meghna river", "Bajali district", "the Ibar River": the place is a river or a district. */
function stretchOf(e: ExtractedEntity, ms: RawMention[]): boolean {
  return ms.some((m) => STRETCHES.has(m.placeClass ?? '')) || [e.name, ...e.aliases].some((n) => STRETCHES.has(normalizeName(n).split(' ').pop() ?? ''));
}

/** Kinds of point a river or district can be placed near: not a country's, a sea's or a continent's. */
const NEAR = new Set<FeatureType>(['CITY', 'REGION', 'FACILITY', 'OTHER']);

/**
 * "the Ankobra and Pra rivers", "Barpeta, Bajali and Nalbari districts": a placed place coordinated with the mention
 * (joined to it by commas, "and" or "the" alone).
 */
function coordinatedPlace(s: AnalyzedSentence, m: RawMention, locate: Locate, self: ExtractedEntity): ExtractedEntity | null {
  for (const x of s.mentions) {
    if (x === m) continue;
    const [a, b] = x.last < m.first ? [x, m] : [m, x];
    if (a.last >= b.first) continue;
    const gap = s.tokens.slice(a.last + 1, b.first);
    if (gap.length === 0 || gap.length > 3 || !gap.every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'the')) continue;
    const e = locate(x);
    if (e && e !== self && e.place && NEAR.has(e.place.featureType)) return e;
  }
  return null;
}

/** The one city, region or site its sentence names besides the mention, a city too (unlike onlyOtherPlace for an area). */
function onlyPlaceNear(s: AnalyzedSentence, locate: Locate, self: ExtractedEntity): ExtractedEntity | null {
  const others = new Set<ExtractedEntity>();
  for (const x of s.mentions) {
    const e = locate(x);
    if (e && e !== self && e.place && NEAR.has(e.place.featureType)) others.add(e);
  }
  // ("GUWAHATI — ... in western Assam ... after the Beki and Manas rivers burst their banks": the one region the others lie in)
  return others.size === 1 ? [...others][0] as ExtractedEntity : containingRegion(others);
}

/** The one region among `places` that all the others (those with a point) lie in, or null. */
function containingRegion(places: Set<ExtractedEntity>): ExtractedEntity | null {
  const regions = [...places].filter((e) => e.place?.featureType === 'REGION');
  const region = regions.length === 1 ? regions[0] as ExtractedEntity : null;
  return region && [...places].every((e) => e === region || !e.place || e.place.regionKey === region.key) ? region : null;
}

/**
 * "Kitwe Teaching Hospital", "Lusaka Central Police Station": a name that opens with the name of one
 * of the article's cities. A place's name may also end with it: "Vieux Lyon", "Old Delhi", a quarter of that city.
 */
function namedAfterCity(e: ExtractedEntity, cities: Map<string, ExtractedEntity>): ExtractedEntity | null {
  const words = normalizeName(e.name).split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n -= 1) {
    const city = cities.get(words.slice(0, n).join(' ')) ?? (e.type === 'LOCATION' ? cities.get(words.slice(-n).join(' ')) : undefined);
    if (city && city !== e) return city;
  }
  return null;
}

/**
 * "La Roca maximum-security prison", "Evin prison": the lowercase kind of site written after a name (up to three
 * lowercase words or hyphens ending in a site word); the index of the token after it, or -1.
 */
function siteKindAfter(s: AnalyzedSentence, m: RawMention): number {
  for (let k = m.last + 1; k <= m.last + 5; k += 1) {
    const t = s.tokens[k];
    if (!t || t.isCap || (!t.isWord && t.text !== '-')) return -1;
    if (SITE_HEADS.has(t.lower)) return k + 1;
  }
  return -1;
}

/** "X in Lae", "X, in the town of Lae", "X, Lae", "X prison in Lae": the place named right after the mention. */
function placeAfter(s: AnalyzedSentence, m: RawMention, locate: Locate, self: ExtractedEntity): ExtractedEntity | null {
  const t = s.tokens;
  const kind = siteKindAfter(s, m);
  let k = kind > 0 && WHERE.has(t[kind]?.lower ?? '') ? kind : m.last + 1;
  if (t[k]?.text === ',') k += 1;
  if (WHERE.has(t[k]?.lower ?? '')) k += 1;
  if (k === m.last + 1 || k === kind) return null;
  if (t[k]?.lower === 'the') k += 1;
  const next = s.mentions.find((x) => x.first === k);
  return next ? anchor(locate(next), self) : null;
}

/** "Lusaka's Matero township": a place whose possessor is a place. */
function possessor(s: AnalyzedSentence, m: RawMention, locate: Locate, self: ExtractedEntity): ExtractedEntity | null {
  if (!/^['’]s$/.test(s.tokens[m.first - 1]?.text ?? '')) return null;
  const before = s.mentions.find((x) => x.last === m.first - 2);
  return before ? anchor(locate(before), self) : null;
}

/**
 * The one city, region or facility its sentence names besides it, when there is exactly one (or the one region
 * it names, when the others lie in that region). Only a mention by the place's own name counts ("the Papuan diaspora" names no spot), and the
 * sentence may name no other country than that place's.
 */
function onlyOtherPlace(s: AnalyzedSentence, locate: Locate, self: ExtractedEntity): ExtractedEntity | null {
  const others = new Set<ExtractedEntity>();
  const countries = new Set<string>();
  for (const x of s.mentions) {
    const e = locate(x);
    if (!e || e === self || e.type !== 'LOCATION') continue;
    if (e.place?.featureType === 'COUNTRY') countries.add(e.place.countryCode ?? '');
    else if (normalizeName(x.text) === normalizeName(e.name)) others.add(e);
  }
  // "five communes of the lower Artibonite, including Saint-Marc, X and Y": a sentence that names a region and, besides, only
  // places inside it puts the place in that region
  const only = others.size === 1 ? anchor([...others][0], self) : anchor(containingRegion(others) ?? undefined, self);
  // "rallied at the Place de la République ... abuses in Papua", in a sentence that names France: not in Papua
  return only && [...countries].every((c) => c === only.place?.countryCode) ? only : null;
}

export function placeByContext(sentences: AnalyzedSentence[], built: BuiltEntities, datelineEnd = 0): void {
  if (!built.entities.some(unplaced)) return;
  const dateline = datelineCity(built, datelineEnd);
  const datelineAny = datelineCity(built, datelineEnd, true);
  const locate: Locate = (m) => {
    const key = built.keyOf.get(m);
    return key ? built.byKey.get(key) : undefined;
  };
  const where = new Map<RawMention, AnalyzedSentence>();
  for (const s of sentences) for (const m of s.mentions) where.set(m, s);
  const mentionsOf = new Map<ExtractedEntity, RawMention[]>();
  for (const [m] of where) {
    const e = locate(m);
    if (e && unplaced(e)) mentionsOf.set(e, [...(mentionsOf.get(e) ?? []), m]);
  }
  for (const [e, ms] of mentionsOf) if (!placeable(e, ms, where)) mentionsOf.delete(e);
  const cities = new Map<string, ExtractedEntity>();
  for (const c of built.entities) if (c.place?.featureType === 'CITY') for (const n of [c.name, ...c.aliases]) cities.set(normalizeName(n), c);
  for (const [e, ms] of mentionsOf) {
    // the explicit cues first, in any of its mentions; the sentence's only other place last
    let at: ExtractedEntity | null = namedAfterCity(e, cities);
    for (const m of at ? [] : ms) {
      const s = where.get(m) as AnalyzedSentence;
      at = placeAfter(s, m, locate, e) ?? possessor(s, m, locate, e) ?? whereClause(s, m, locate, e);
      if (at) break;
    }
    const area = ms.some((m) => AREAS.has(m.placeClass ?? '')) || AREAS.has(normalizeName(e.name).split(' ').pop() ?? '');
    // (a named facility, "El Tari Airport", is placed by a city below, not by a region's or a facility's point)
    if (!at && e.type === 'LOCATION' && !facilityName(e.name)) {
      for (const m of ms) {
        at = onlyOtherPlace(where.get(m) as AnalyzedSentence, locate, e);
        // "the Casamance region ... Ziguinchor": an area does not lie in a city it is named with
        if (at && area && at.place?.featureType === 'CITY') at = null;
        if (at) break;
      }
    }
    // "detained him in Kupang and searched its hangar at El Tari Airport": a facility or site lies in the one city its sentence names
    const spot = e.type === 'ORGANIZATION' || siteName(e.name) || landmarkName(e.name) || facilityName(e.name);
    // (a city the sentence puts something in, "in Kupang"; not "flew from Kupang to Komodo Airport")
    if (!at && spot) {
      for (const m of ms) {
        const s = where.get(m) as AnalyzedSentence;
        if (MOTION.has(s.tokens[m.first - 1]?.lower ?? '') || MOTION.has(s.tokens[m.first - 2]?.lower ?? '')) continue;
        const placing = citiesIn(s, locate, true);
        placing.delete(e);
        at = placing.size === 1 ? anchor([...placing][0], e) : null;
        if (at) break;
      }
    }
    const onlyDateline = (city: ExtractedEntity, placing = false) => ms.every((m) => [...citiesIn(where.get(m) as AnalyzedSentence, locate, placing)].every((c) => c === city));
    // "BOGOTÁ — ... protesters filled Bolívar Square": a named facility nothing else places is in the dateline's city
    // of the article's country (not when its sentence puts something in another city: that may be where it is)
    if (!at && e.type === 'LOCATION' && facilityName(e.name) && dateline && onlyDateline(dateline, true)) at = dateline;
    // "QUETTA — ... taken to the Civil Hospital": a hospital, prison or university nothing else places is in the dateline's city
    // (not when its sentence names another city: that may be where it is)
    if (!at && e.type === 'ORGANIZATION' && dateline && onlyDateline(dateline)) at = dateline;
    // "PARIS — ... rallied at the Place de la République": a landmark nothing else places is in the dateline's city,
    // whatever country the story is about (a reporter names the landmarks of the city they write from)
    // (so is a name the text calls a palace: "the Iavoloha presidential palace")
    const landmark = landmarkName(e.name) || ms.some((m) => m.placeClass === 'palace');
    if (!at && e.type === 'LOCATION' && landmark && datelineAny && onlyDateline(datelineAny)) at = datelineAny;
    // "N'DJAMENA — ... sealed the federation's headquarters in the Farcha district": a quarter of a city nothing else places
    // is one of the dateline city's
    if (!at && e.type === 'LOCATION' && dateline && ms.some((m) => cityQuarter(where.get(m) as AnalyzedSentence, m)) && onlyDateline(dateline)) at = dateline;
    // "CHANDPUR — ... pulled more bodies from the Meghna river", "by the main bridge over the Ibar River" (in Mitrovica),
    // "Barpeta, Bajali and Nalbari districts": a river or district the gazetteer lacks is near the place it is named with,
    // else its sentence's only other place, else the dateline's city; contained in what that place is contained in
    if (!at && e.type === 'LOCATION' && stretchOf(e, ms)) {
      let near: ExtractedEntity | null = null;
      let sibling = false;
      for (const m of ms) {
        const s = where.get(m) as AnalyzedSentence;
        near = coordinatedPlace(s, m, locate, e);
        sibling = !!near;
        near ??= onlyPlaceNear(s, locate, e);
        if (near) break;
      }
      near ??= dateline;
      if (near?.place) {
        // (a region it is named in contains it; a district it is listed with, or a town, only shares their container)
        const container = near.place.featureType === 'REGION' && !sibling ? near.key
          : near.place.featureType === 'CITY' || near.place.featureType === 'REGION' ? near.place.containedInKey
            : near.place.countryCode ? countryKey(near.place.countryCode) : null;
        e.place = pointAt(near.place, 'OTHER', container);
        if (container) built.relations.push({ subjectKey: e.key, predicate: 'LOCATED_IN', objectKey: container, evidence: null, role: null, confidence: 0.5 });
        continue;
      }
    }
    if (!at?.place) continue;
    e.place = pointAt(at.place, spot ? 'FACILITY' : 'OTHER', at.key);
    built.relations.push({ subjectKey: e.key, predicate: 'LOCATED_IN', objectKey: at.key, evidence: null, role: null, confidence: 0.6 });
  }
}
