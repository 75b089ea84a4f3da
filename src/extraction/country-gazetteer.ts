/**
 * Countries: ISO 3166-1 names from i18n-iso-countries (English, all variants) extended with
 * `data/gazetteer/countries.json` (centroids, common short names, aliases, demonyms, metonyms,
 * GeoNames and Wikidata ids).
 * A country without a centroid in the data file falls back to its capital (GeoNames PPLC) from
 * the city index.
 */
import * as isoCountries from 'i18n-iso-countries';
import type { CityIndex } from './city-index';
import { readDataJson } from './data-files';
import { normalizeName } from './name-normalization';

export interface CountryInfo {
  code: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  /** Surface names for the country itself ("United States", "US", "America"). */
  aliases: string[];
  /** Adjectives/people ("Syrian", "Syrians"): linked to the country as LOCATION mentions. */
  demonyms: string[];
  /** Metonyms for the government ("Washington"). */
  metonyms: string[];
  /** GeoNames country geonameId (countryInfo.txt), null where unknown. */
  geonamesId: number | null;
  /** Wikidata QID ("Q142"), null where unknown. */
  wikidataId: string | null;
}

interface CountryDataEntry {
  centroid?: [number, number];
  name?: string;
  aliases?: string[];
  demonyms?: string[];
  metonyms?: string[];
  geonamesId?: number | null;
  wikidataId?: string | null;
}

interface CountryDataFile {
  countries: Record<string, CountryDataEntry>;
}

/** Official names with commas/parentheses ("Korea, Republic of") are not how news writes them. */
function usableAlias(name: string): boolean {
  return !/[,()]/.test(name);
}

type Capitals = Map<string, { lat: number; lon: number }>;

/** Capital (GeoNames PPLC) of every country, for countries without a centroid in the data file. */
function capitals(cities: CityIndex): Capitals {
  const out: Capitals = new Map();
  for (let i = 0; i < cities.size; i += 1) {
    const c = cities.get(i);
    if (c.featureCode === 'PPLC' && !out.has(c.countryCode)) out.set(c.countryCode, { lat: c.latitude, lon: c.longitude });
  }
  return out;
}

function buildCountry(code: string, isoNames: string[], entry: CountryDataEntry | undefined, caps: Capitals): CountryInfo {
  const aliases = new Set<string>();
  for (const n of isoNames) if (usableAlias(n)) aliases.add(n);
  for (const a of entry?.aliases ?? []) aliases.add(a);
  const readable = isoNames.filter((a) => usableAlias(a) && a !== a.toUpperCase()).sort((a, b) => a.length - b.length);
  const name = entry?.name ?? readable[0] ?? isoNames[0] ?? code;
  aliases.add(name);
  let lat: number | null = entry?.centroid?.[0] ?? null;
  let lon: number | null = entry?.centroid?.[1] ?? null;
  if (lat === null || lon === null) {
    const cap = caps.get(code);
    lat = cap?.lat ?? null;
    lon = cap?.lon ?? null;
  }
  return {
    code, name, latitude: lat, longitude: lon, aliases: [...aliases],
    demonyms: entry?.demonyms ?? [], metonyms: entry?.metonyms ?? [],
    geonamesId: entry?.geonamesId ?? null, wikidataId: entry?.wikidataId ?? null,
  };
}

const countryWordCache = new WeakMap<Map<string, CountryInfo>, Map<string, string>>();

/**
 * Normalized one-word names, aliases and demonyms of countries → ISO code ("polish" → PL, "us" → US),
 * the first country to claim a word keeping it; built once per country table.
 */
export function countryWordCodes(countries: Map<string, CountryInfo>): Map<string, string> {
  let out = countryWordCache.get(countries);
  if (out) return out;
  out = new Map();
  for (const c of countries.values()) {
    for (const n of [c.name, ...c.aliases, ...c.demonyms]) if (!/\s/.test(n) && !out.has(normalizeName(n))) out.set(normalizeName(n), c.code);
  }
  countryWordCache.set(countries, out);
  return out;
}

export function loadCountries(cities: CityIndex): Map<string, CountryInfo> {
  const data = readDataJson<CountryDataFile>('gazetteer/countries.json');
  const names = isoCountries.getNames('en', { select: 'all' });
  const out = new Map<string, CountryInfo>();
  const caps = capitals(cities);
  for (const [code, isoNames] of Object.entries(names)) {
    out.set(code, buildCountry(code, isoNames, data.countries[code], caps));
  }
  return out;
}
