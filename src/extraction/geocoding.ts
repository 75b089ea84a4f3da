/**
 * Geocoding of place names that are not countries or curated places: GeoNames cities from
 * the city index, matched by exact normalized name, then by spelling skeleton
 * ("al-Hassakah" → Al Ḩasakah). Candidates are ranked by whether their country is mentioned
 * in the article, then by population; weakly evidenced names need a bigger population.
 */
import type { FeatureType, PlaceInfo } from './types';
import type { CityRecord } from './city-index';
import type { Gazetteer, GazetteerRef } from './gazetteer';
import type { RawMention } from './mention-detection';

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

function pick(candidates: readonly number[], gaz: Gazetteer, countries: Set<string>, minPop: number): CityRecord | null {
  let best: CityRecord | null = null;
  let bestScore = -1;
  for (const idx of candidates) {
    const c = gaz.cities.get(idx);
    const inArticle = countries.has(c.countryCode);
    if (!inArticle && c.population < minPop && c.featureCode !== 'PPLC') continue;
    const score = (inArticle ? 1e10 : 0) + (c.featureCode === 'PPLC' ? 5e9 : 0) + c.population;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

export function geocodeCity(m: RawMention, gaz: Gazetteer, countries: Set<string>): CityRecord | null {
  if (m.ref || ((m.type === 'ORGANIZATION' || m.type === 'GROUP') && m.confidence > 0.45)) return null;
  if (m.type === 'PERSON' && m.confidence > 0.5) return null;
  const minPop = minPopulation(m);
  return pick(gaz.cities.byName(m.text), gaz, countries, minPop)
    ?? pick(gaz.cities.bySkeleton(m.text), gaz, countries, Math.max(minPop, 20_000));
}

export function countryKey(code: string): string {
  return `LOCATION:country:${code}`;
}

export function cityPlace(c: CityRecord): PlaceInfo {
  return {
    latitude: c.latitude, longitude: c.longitude, countryCode: c.countryCode || null,
    featureType: 'CITY', geonamesId: c.geonamesId, containedInKey: c.countryCode ? countryKey(c.countryCode) : null,
  };
}

/** Place info for a gazetteer reference that denotes a place, else null. */
export function refPlace(ref: GazetteerRef, gaz: Gazetteer): PlaceInfo | null {
  if (ref.kind === 'country' || ref.kind === 'demonym' || ref.kind === 'metonym') {
    const c = gaz.countries.get(ref.code);
    if (!c || c.latitude === null || c.longitude === null) return null;
    const featureType: FeatureType = 'COUNTRY';
    return { latitude: c.latitude, longitude: c.longitude, countryCode: c.code, featureType, geonamesId: null, containedInKey: null };
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
