/**
 * The gazetteer: countries, curated places (seas, regions, camps...), well-known organizations,
 * and the phrase dictionary built from all their names, aliases, demonyms and metonyms.
 */
import type { EntityType, FeatureType } from './types';
import { loadAirports, type AirportIndex } from './airports';
import { addAdminRegions, addCityAltNames, addCityExonyms, loadAdmin2, loadCityRegions, type Admin2Index, type AdminRegionIndex } from './admin-regions';
import type { CityIndex } from './city-index';
import { loadCountries, type CountryInfo } from './country-gazetteer';
import { readDataJson } from './data-files';
import type { NameLexicon } from './name-lexicon';
import { PhraseDictionary } from './phrase-dictionary';

export interface CuratedPlace {
  slug: string;
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  countryCode: string | null;
  featureType: FeatureType;
  geonamesId: number | null;
  source: string;
  /** Not in the phrase dictionary: only reached by a context rule (e.g. Georgia, the US state). */
  contextOnly?: boolean;
  /** Entity key when not `LOCATION:curated:<slug>` (admin-1 regions: `LOCATION:admin1:<code>`). */
  key?: string;
  wikidataId?: string | null;
}

export interface KnownOrganization {
  id: string;
  name: string;
  aliases: string[];
  type: EntityType;
  wikidataId: string | null;
  countryCode: string | null;
}

/** What a dictionary phrase refers to. */
export type GazetteerRef =
  | { kind: 'country'; code: string }
  | { kind: 'demonym'; code: string }
  | { kind: 'metonym'; code: string }
  | { kind: 'curated'; slug: string }
  | { kind: 'org'; id: string }
  | { kind: 'lexicon-org'; name: string }
  | { kind: 'lexicon-person'; name: string };

export interface Gazetteer {
  countries: Map<string, CountryInfo>;
  curated: Map<string, CuratedPlace>;
  organizations: Map<string, KnownOrganization>;
  dictionary: PhraseDictionary<GazetteerRef>;
  cities: CityIndex;
  /** Names of first-level administrative regions (admin-regions.ts). */
  adminRegions?: AdminRegionIndex;
  /** GeoNames admin1 code of a city ("NG.23") → slug of its first-level region in `curated` (admin-regions.ts). */
  cityRegions?: Map<string, string>;
  /** Names of second-level divisions: districts, counties (admin-regions.ts). */
  admin2?: Admin2Index;
  /** Airports with scheduled service, by name (airports.ts). */
  airports?: AirportIndex;
}

function slugify(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function loadCurated(): Map<string, CuratedPlace> {
  const data = readDataJson<{ places: CuratedPlace[] }>('gazetteer/curated-places.json');
  return new Map(data.places.map((p) => [p.slug, p]));
}

function loadOrganizations(): Map<string, KnownOrganization> {
  type Raw = Omit<KnownOrganization, 'id'>;
  const data = readDataJson<{ organizations: Raw[] }>('gazetteer/organizations.json');
  return new Map(data.organizations.map((o) => [slugify(o.name), { ...o, id: slugify(o.name) }]));
}

/** Dictionary entries are added in priority order: the first entry for a phrase wins. */
function buildDictionary(
  countries: Map<string, CountryInfo>,
  curated: Map<string, CuratedPlace>,
  orgs: Map<string, KnownOrganization>,
  lexicon: NameLexicon,
): PhraseDictionary<GazetteerRef> {
  const dict = new PhraseDictionary<GazetteerRef>();
  for (const o of orgs.values()) {
    for (const alias of [o.name, ...o.aliases]) dict.add(alias, { kind: 'org', id: o.id });
  }
  for (const p of curated.values()) {
    if (p.contextOnly) continue;
    for (const alias of [p.name, ...p.aliases]) dict.add(alias, { kind: 'curated', slug: p.slug });
  }
  for (const c of countries.values()) {
    for (const alias of c.aliases) dict.add(alias, { kind: 'country', code: c.code });
  }
  for (const c of countries.values()) {
    for (const m of c.metonyms) dict.add(m, { kind: 'metonym', code: c.code });
    for (const d of c.demonyms) dict.add(d, { kind: 'demonym', code: c.code });
  }
  for (const name of lexicon.organizationNames) dict.add(name, { kind: 'lexicon-org', name }, true);
  for (const name of lexicon.personNames) dict.add(name, { kind: 'lexicon-person', name }, true);
  return dict;
}

interface CityAlias {
  alias: string;
  name: string;
  country: string;
}

/** English names of cities whose GeoNames name differs ("Frankfurt" → "Frankfurt am Main"). */
function addCityAliases(cities: CityIndex): void {
  const data = readDataJson<{ aliases: CityAlias[] }>('gazetteer/city-aliases.json');
  for (const a of data.aliases) {
    // (the most populous of that name in the country: "Avdiivka" is the Donetsk town, not a village of Chernihiv)
    let index: number | undefined;
    for (const i of cities.byName(a.name)) {
      if (cities.get(i).countryCode === a.country && (index === undefined || cities.get(i).population > cities.get(index).population)) index = i;
    }
    if (index !== undefined) cities.addAlias(a.alias, index);
  }
}

export function loadGazetteer(cities: CityIndex, lexicon: NameLexicon): Gazetteer {
  addCityAliases(cities);
  addCityExonyms(cities);
  addCityAltNames(cities);
  const countries = loadCountries(cities);
  const curated = loadCurated();
  const slugByCode = new Map<string, string>();
  const adminRegions = addAdminRegions(curated, slugByCode);
  const cityRegions = loadCityRegions(slugByCode);
  const admin2 = loadAdmin2();
  const airports = loadAirports();
  const organizations = loadOrganizations();
  const dictionary = buildDictionary(countries, curated, organizations, lexicon);
  return { countries, curated, organizations, dictionary, cities, adminRegions, cityRegions, admin2, airports };
}
