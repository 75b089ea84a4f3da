/**
 * Geocoding of place names that are not countries or curated places: GeoNames cities from
 * the city index, matched by exact normalized name, then by spelling skeleton
 * ("al-Hassakah" → Al Ḩasakah). Candidates are ranked by population, with bonuses for a country
 * the article names, a country whose regions it names, a region written right after the name
 * ("Paris, Texas") and capitals; weakly evidenced names need a bigger population.
 */
import type { FeatureType, PlaceInfo, TextField } from './types';
import type { CityRecord } from './city-index';
import type { Gazetteer, GazetteerRef } from './gazetteer';
import type { RawMention } from './mention-detection';
import { normalizeName } from './name-normalization';

/** ISO2 codes of the countries an article refers to (directly, by demonym, or via a place). */
export function articleCountries(mentions: RawMention[], gaz: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const ref = m.ref;
    if (!ref) continue;
    if (ref.kind === 'country' || ref.kind === 'demonym' || ref.kind === 'metonym') out.add(ref.code);
    if (ref.kind === 'curated') {
      const cc = gaz.curated.get(ref.slug)?.countryCode;
      if (cc) out.add(cc);
    }
  }
  return out;
}

/** Minimum population for a city match, by how much the text says it is a place. */
function minPopulation(m: RawMention): number {
  if (m.type === 'LOCATION' || m.locative) return 1000;
  if (m.type === 'PERSON') return 200_000;
  return 100_000;
}

/** Smallest town of a country the article never names that a name may stand for, when the article names other countries. */
const FOREIGN_TOWN_MIN = 15_000;
/** A town of a country the story names only in passing needs this many people, unless that country is named where the town is. */
const MINOR_COUNTRY_TOWN_MIN = 50_000;

/** Weight, in orders of magnitude of population, of a candidate's country being named in the article. */
const IN_ARTICLE_BONUS = 1.5;

/** What the article says around the places it names, beyond their countries. */
export interface PlaceContext {
  /** ISO2 codes of countries whose regions (states, provinces) the article names. */
  regionCountries: Set<string>;
  /** Curated slugs of the regions the article names ("us-state-illinois"). */
  regions?: Set<string>;
  /** "Paris, Texas", "KOSTI, Sudan": the country of the region or country written right after this mention. */
  qualifiedBy: Map<RawMention, string>;
  /** Mentions in the body's dateline ("GENEVA —"): bureaus sit in well-known cities. */
  dateline: Set<RawMention>;
  /**
   * Countries the article names as places (by name, capital or region), not only by a demonym: "a French
   * doctor" says who someone is, not where the story is (so a small French town is no place of it).
   */
  namedCountries?: Set<string>;
  /** An ordinary lowercase English word ("line", "court"): as a place name it needs strong evidence. */
  isCommonWord?: (lower: string) => boolean;
  /**
   * Countries the article names only in passing: as places (by name, metonym or region) at most a quarter as often as
   * the one it names most ("Haiti" and "Artibonite" nine times, "France" once), and not in its dateline.
   */
  minorCountries?: Set<string>;
  /**
   * Normalized name → the countries named as places in the sentences where that name occurs (a demonym only as
   * "the Russian port of Ust-Luga").
   */
  localCountries?: Map<string, Set<string>>;
}

const NO_CONTEXT: PlaceContext = { regionCountries: new Set(), qualifiedBy: new Map(), dateline: new Set() };

/** Length of a dateline at the start of the body ("ABUJA —", "KOSTI, Sudan —"), or 0. */
export function datelineLength(body: string): number {
  const m = /^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]*(?:,[^—–\n]{1,40})?\s+[—–]/.exec(body.slice(0, 80));
  return m ? m[0].length : 0;
}

/** Between a demonym and a place name: the kind of place ("port of", "border town of", "village called"). */
const PLACE_OF = /^\s+(?:[a-z]+\s+)?(?:port|town|city|village|hamlet|island|district|region|province|commune|municipality|settlement|enclave|exclave|outpost)\s+(?:of|called|named)\s+(?:the\s+)?$/;

/** Regions named in the article and "City, Region" pairs, from the gazetteer references of the mentions. */
/**
 * `dateline`: length of the body's dateline (datelineLength), 0 when it has none. `texts`: the title and body, to read
 * "the Russian port of Ust-Luga" (a demonym that says which country a town is in).
 */
export function placeContext(mentions: RawMention[], gaz: Gazetteer, dateline = 0, texts?: Record<TextField, string>): PlaceContext {
  const out: PlaceContext = { regionCountries: new Set(), qualifiedBy: new Map(), dateline: new Set(), regions: new Set() };
  const regionCountry = (m: RawMention): string | null => {
    if (m.ref?.kind !== 'curated') return null;
    const p = gaz.curated.get(m.ref.slug);
    return p && p.featureType === 'REGION' && p.countryCode ? p.countryCode : null;
  };
  let countries: Set<string> | null = null;
  // "in Khovd" left to the city, the region's seat: the region of that name still says where the article is.
  const seatRegionCountry = (m: RawMention): string | null => {
    if (m.ref || (m.type !== 'LOCATION' && m.type !== null) || !gaz.adminRegions) return null;
    const slugs = gaz.adminRegions.get(normalizeName(m.text));
    if (!slugs) return null;
    countries ??= articleCountries(mentions, gaz);
    const codes = new Set(slugs.map((s) => gaz.curated.get(s)?.countryCode).filter((c): c is string => !!c && (countries as Set<string>).has(c)));
    return codes.size === 1 ? [...codes][0] as string : null;
  };
  out.namedCountries = articleCountries(mentions.filter((m) => m.ref?.kind !== 'demonym'), gaz);
  // how often each country is named as a place, and which countries each sentence names so
  const placeCountry = (m: RawMention): string | null => {
    const ref = m.ref;
    if (ref?.kind === 'country' || ref?.kind === 'metonym') return ref.code;
    return ref?.kind === 'curated' ? gaz.curated.get(ref.slug)?.countryCode ?? null : null;
  };
  const counts = new Map<string, number>();
  const bySentence = new Map<string, Set<string>>();
  for (const m of mentions) {
    const cc = placeCountry(m);
    if (!cc) continue;
    counts.set(cc, (counts.get(cc) ?? 0) + 1);
    const k = `${m.field}:${m.sentenceIndex}`;
    bySentence.set(k, (bySentence.get(k) ?? new Set()).add(cc));
  }
  const most = Math.max(0, ...counts.values());
  const datelined = new Set(mentions.filter((m) => m.field === 'BODY' && m.end <= dateline).map(placeCountry));
  out.minorCountries = new Set([...counts].filter(([cc, n]) => 4 * n <= most && !datelined.has(cc)).map(([cc]) => cc));
  out.localCountries = new Map();
  mentions.forEach((m, i) => {
    const here = [...bySentence.get(`${m.field}:${m.sentenceIndex}`) ?? []];
    // "the Russian port of Ust-Luga", "a Kazakh village called Buran": a demonym before the kind of place names its country
    const prev = mentions[i - 1];
    if (prev?.ref?.kind === 'demonym' && prev.field === m.field && prev.sentenceIndex === m.sentenceIndex && texts
      && PLACE_OF.test(texts[m.field].slice(prev.end, m.start))) here.push(prev.ref.code);
    if (here.length === 0) return;
    const name = normalizeName(m.text);
    const local = out.localCountries?.get(name) ?? new Set<string>();
    for (const cc of here) local.add(cc);
    out.localCountries?.set(name, local);
  });
  mentions.forEach((m, i) => {
    const cc = regionCountry(m);
    if (cc) out.regionCountries.add(cc);
    if (cc && m.ref?.kind === 'curated') out.regions?.add(m.ref.slug);
    const seat = seatRegionCountry(m);
    if (seat) out.regionCountries.add(seat);
    if (m.field === 'BODY' && m.end <= dateline) out.dateline.add(m);
    const qualifier = cc ?? (m.ref?.kind === 'country' ? m.ref.code : null);
    const prev = mentions[i - 1];
    if (qualifier && prev && prev.field === m.field && prev.sentenceIndex === m.sentenceIndex && m.start - prev.end <= 2 && m.start > prev.end) out.qualifiedBy.set(prev, qualifier);
  });
  return out;
}

function pick(candidates: readonly number[], gaz: Gazetteer, countries: Set<string>, minPop: number, m: RawMention, ctx: PlaceContext): CityRecord | null {
  let best: CityRecord | null = null;
  let bestScore = -1;
  const qualifier = ctx.qualifiedBy.get(m);
  // a dateline names a city a news bureau sits in: the article's countries say less about it
  const articleBonus = ctx.dateline.has(m) ? 0 : IN_ARTICLE_BONUS;
  // "the Line of Control" is no Czech "Líně": a capitalised common English word is a town only in
  // a country the article names, after "<Town>, <Region>", or in its exact spelling as a big city.
  const common = !ctx.dateline.has(m) && !/\s/.test(m.text.trim()) && (ctx.isCommonWord?.(m.text.toLowerCase()) ?? false);
  for (const idx of candidates) {
    const c = gaz.cities.get(idx);
    const inArticle = countries.has(c.countryCode);
    if (!inArticle && c.population < minPop && c.featureCode !== 'PPLC') continue;
    // "North Sydney" in a story about Nova Scotia is no Australian suburb: a small town of a country
    // the article never names, while it names others, is a namesake of the place meant
    // (a country known only from a demonym, "a French doctor", does not make its small towns the article's)
    const named = ctx.namedCountries && ctx.namedCountries.size > 0 ? ctx.namedCountries : countries;
    if (!named.has(c.countryCode) && countries.size > 0 && c.population < FOREIGN_TOWN_MIN && c.featureCode !== 'PPLC' && qualifier !== c.countryCode && !ctx.dateline.has(m)) continue;
    // "Liancourt" in a Haitian story that names France once, for the hostages' government, is no French village: a small town
    // of a country the story names only in passing needs that country (or a region of it) named where the town is
    if (ctx.minorCountries?.has(c.countryCode) && c.population < MINOR_COUNTRY_TOWN_MIN && c.featureCode !== 'PPLC'
      && qualifier !== c.countryCode && !ctx.dateline.has(m) && !ctx.localCountries?.get(normalizeName(m.text))?.has(c.countryCode)) continue;
    if (common && !inArticle && qualifier !== c.countryCode && (c.population < 100_000 || c.name.toLowerCase() !== m.text.toLowerCase())) continue;
    // A country the article names counts for a thirtyfold population, one whose regions it names
    // tenfold more, and "Paris, Texas" a hundredfold: "Moscow" in a story that also names the
    // United States is still Russia's capital, while "Santarém" in a Portuguese story is not Brazil's.
    // "Geneva" written for Genève: a city the English-speaking press names by its own exonym is the one meant, over a
    // town of that name in a country (and region) the article names ("a WTO spokesperson in Geneva" in a story naming
    // Louisiana and New York is not in Geneva, Illinois)
    const exonym = gaz.cities.isExonym(m.text, idx) ? 1 : 0;
    // ("Geneva, a suburb of Chicago in Illinois": the town's own region named counts once more)
    const ownRegion = ctx.regions && ctx.regions.size > 0 && c.adminCode ? gaz.cityRegions?.get(`${c.countryCode}.${c.adminCode}`) : undefined;
    const score = Math.log10(Math.max(c.population, 1000)) + (inArticle ? articleBonus : 0) + (c.featureCode === 'PPLC' ? 1 : 0)
      + (ctx.regionCountries.has(c.countryCode) ? 1 : 0) + (ownRegion && ctx.regions?.has(ownRegion) ? 1 : 0) + (qualifier === c.countryCode ? 2 : 0) + 2 * exonym;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

export function geocodeCity(m: RawMention, gaz: Gazetteer, countries: Set<string>, ctx: PlaceContext = NO_CONTEXT): CityRecord | null {
  if (m.ref || ((m.type === 'ORGANIZATION' || m.type === 'GROUP') && m.confidence > 0.45)) return null;
  if (m.type === 'PERSON' && m.confidence > 0.5) return null;
  const minPop = minPopulation(m);
  return pick(gaz.cities.byName(m.text), gaz, countries, minPop, m, ctx)
    // a spelling variant names a town of a country the article is about, or a big city ("Kasbah" in Tunis is no "Kasba" in Bihar)
    ?? pick(gaz.cities.bySkeleton(m.text), gaz, countries, Math.max(minPop, 200_000), m, ctx)
    // another spelling GeoNames records ("Birgunj" for Birgañj), only for a city of a country the article names
    ?? pick(gaz.cities.byAltName(m.text).filter((i) => countries.has(gaz.cities.get(i).countryCode)), gaz, countries, minPop, m, ctx);
}

export function countryKey(code: string): string {
  return `LOCATION:country:${code}`;
}

/** Entity key of a curated place: its own `key` (admin-1 regions: "LOCATION:admin1:<code>"), else "LOCATION:curated:<slug>". */
export function curatedKey(slug: string, gaz: Gazetteer): string {
  return gaz.curated.get(slug)?.key ?? `LOCATION:curated:${slug}`;
}

/**
 * A city's place: contained in its country; `regionKey` names its first-level region when the
 * gazetteer (given as `gaz`) maps the city's GeoNames admin1 code to one.
 */
export function cityPlace(c: CityRecord, gaz?: Gazetteer): PlaceInfo {
  const place: PlaceInfo = {
    latitude: c.latitude, longitude: c.longitude, countryCode: c.countryCode || null,
    featureType: 'CITY', geonamesId: c.geonamesId || null, containedInKey: c.countryCode ? countryKey(c.countryCode) : null,
  };
  const slug = gaz && c.adminCode ? gaz.cityRegions?.get(`${c.countryCode}.${c.adminCode}`) : undefined;
  if (gaz && slug && gaz.curated.has(slug)) place.regionKey = curatedKey(slug, gaz);
  return place;
}

/** Place info for a gazetteer reference that denotes a place, else null. */
export function refPlace(ref: GazetteerRef, gaz: Gazetteer): PlaceInfo | null {
  if (ref.kind === 'country' || ref.kind === 'demonym' || ref.kind === 'metonym') {
    const c = gaz.countries.get(ref.code);
    if (!c || c.latitude === null || c.longitude === null) return null;
    const featureType: FeatureType = 'COUNTRY';
    return { latitude: c.latitude, longitude: c.longitude, countryCode: c.code, featureType, geonamesId: c.geonamesId, containedInKey: null };
  }
  if (ref.kind === 'curated') {
    const p = gaz.curated.get(ref.slug);
    if (!p) return null;
    return {
      latitude: p.lat, longitude: p.lon, countryCode: p.countryCode, featureType: p.featureType,
      geonamesId: p.geonamesId, containedInKey: p.countryCode ? countryKey(p.countryCode) : null,
    };
  }
  return null;
}
