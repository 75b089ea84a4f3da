/**
 * Turns mention clusters into `ExtractedEntity` records with stable keys:
 * countries "LOCATION:country:<ISO2>", curated places "LOCATION:curated:<slug>", GeoNames
 * cities "LOCATION:geonames:<id>", everything else "<TYPE>:<normalized name>". Places get
 * `containedInKey` → their country, whose entity is added (with zero mentions if the article
 * never names it) together with a LOCATED_IN relation without evidence.
 */
import type { EntityType, ExtractedEntity, ExtractedMention, ExtractedRelation, FeatureType, PlaceInfo } from './types';
import type { Cluster } from './coreference';
import { placeKeyOf, type CityRecord } from './city-index';
import type { Gazetteer } from './gazetteer';
import { cityPlace, countryKey, curatedKey, refPlace } from './geocoding';
import type { RawMention } from './mention-detection';
import { normalizeName } from './name-normalization';
import { AIRPORT_NAME, airportNamed } from './airports';
import { countryWordCodes, type CountryInfo } from './country-gazetteer';
import { ministryFormalNames, ministryName } from './state-organs';

export interface BuiltEntities {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** Entity key of every kept mention. */
  keyOf: Map<RawMention, string>;
  byKey: Map<string, ExtractedEntity>;
}

interface Identity {
  key: string;
  name: string;
  type: EntityType;
  wikidataId: string | null;
  place: PlaceInfo | null;
  extraAliases: string[];
}

function identify(c: Cluster, gaz: Gazetteer, orgHeads: ReadonlySet<string>): Identity | null {
  const ref = c.ref;
  if (ref && (ref.kind === 'country' || ref.kind === 'demonym' || ref.kind === 'metonym')) {
    const country = gaz.countries.get(ref.code);
    const name = country?.name ?? ref.code;
    return { key: countryKey(ref.code), name, type: 'LOCATION', wikidataId: country?.wikidataId ?? null, place: refPlace(ref, gaz), extraAliases: [] };
  }
  if (ref?.kind === 'curated') {
    const p = gaz.curated.get(ref.slug);
    const key = curatedKey(ref.slug, gaz);
    return { key, name: p?.name ?? ref.slug, type: 'LOCATION', wikidataId: p?.wikidataId ?? null, place: refPlace(ref, gaz), extraAliases: [] };
  }
  if (ref?.kind === 'org') {
    const o = gaz.organizations.get(ref.id);
    const name = o?.name ?? c.canonical.text;
    const type = o?.type ?? 'ORGANIZATION';
    return { key: `${type}:${normalizeName(name)}`, name, type, wikidataId: o?.wikidataId ?? null, place: null, extraAliases: [] };
  }
  if (c.city) {
    return { key: `LOCATION:${placeKeyOf(c.city)}`, name: c.city.name, type: 'LOCATION', wikidataId: null, place: cityPlace(c.city, gaz), extraAliases: [] };
  }
  const isWeak = c.mentions.every((m) => m.weak);
  if (isWeak && c.mentions.length < 2 && c.mentions.every((m) => m.confidence < 0.4)) return null;
  // A lone capitalised word of unknown type ("Meteorologists", "Shinkansen") with no evidence of
  // being an organization: not enough to call it one.
  if (isWeak && c.type === null && c.mentions.length < 2) return null;
  const type: EntityType = c.type ?? (untypedPlace(c, orgHeads) ? 'LOCATION' : 'ORGANIZATION');
  const name = c.canonical.organ?.name ?? c.canonical.text;
  const norm = normalizeName(name);
  if (!norm) return null;
  return { key: `${type}:${norm}`, name, type, wikidataId: null, place: null, extraAliases: [] };
}

/**
 * "struck Largu, Drodro and Lopa", "towards Fataki", "fled to Rhoe": an unknown one-word name that
 * the text puts places before ("in", "near", "towards"...) and never has act, own or speak is a
 * place the gazetteer lacks, not a body ("in Parliament", a body's head word, stays a body).
 */
function untypedPlace(c: Cluster, orgHeads: ReadonlySet<string>): boolean {
  return c.mentions.every((m) => m.first === m.last && !m.agentive && !m.ref && !orgHeads.has(m.text.toLowerCase())) && c.mentions.some((m) => m.locative);
}

function toMention(m: RawMention): ExtractedMention {
  return { field: m.field, start: m.start, end: m.end, text: m.text, sentenceIndex: m.sentenceIndex, confidence: m.confidence };
}

function clusterConfidence(c: Cluster): number {
  const best = Math.max(...c.mentions.map((m) => (m.weak ? m.confidence * 0.8 : m.confidence)));
  return Math.min(0.99, Math.round((best + 0.03 * (c.mentions.length - 1)) * 100) / 100);
}

/** Kinds of administrative area written after a name ("Batken region"), kept with it as an alias. */
const AREA_CLASSES = new Set(['region', 'district', 'province', 'county', 'oblast', 'governorate', 'prefecture', 'municipality']);

/**
 * "the US Federal Trade Commission", "the U.S. State Department", "the Kyrgyz Security Council": a body's name written
 * after its country's word is also known without it ("Federal Trade Commission", "State Department"). Returns that
 * shorter name when the rest has two words or more and ends in a body's head word, else null.
 */
function unqualifiedBodyName(text: string, gaz: Gazetteer, orgHeads: ReadonlySet<string>): string | null {
  const m = /^(\S+)\s+(\S+(?:\s+\S+)+)$/.exec(text);
  if (!m || !countryWordCodes(gaz.countries).has(normalizeName(m[1] as string))) return null;
  const rest = m[2] as string;
  const words = rest.split(/\s+/);
  const last = (words[words.length - 1] as string).toLowerCase();
  if (words.every((w) => /^\p{Lu}/u.test(w))) return orgHeads.has(last) ? rest : null;
  // "the U.S. Court of International Trade": a head word before "of"/"for"/"on" and capitalised words after it
  const cut = words.findIndex((w) => !/^\p{Lu}/u.test(w));
  const connector = (words[cut] as string).toLowerCase();
  const head = (words[cut - 1] ?? '').toLowerCase();
  const after = words.slice(cut + 1);
  return cut >= 1 && /^(?:of|for|on)$/.test(connector) && orgHeads.has(head) && words.slice(0, cut).every((w) => /^\p{Lu}/u.test(w))
    && after.length > 0 && after.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|and|of)$/.test(w)) && /^\p{Lu}/u.test(after[after.length - 1] as string) ? rest : null;
}

function addCluster(out: BuiltEntities, id: Identity, c: Cluster, gaz: Gazetteer, orgHeads: ReadonlySet<string>): void {
  let e = out.byKey.get(id.key);
  if (!e) {
    e = { key: id.key, name: id.name, type: id.type, aliases: [], wikidataId: id.wikidataId, place: id.place, mentions: [], confidence: 0 };
    out.byKey.set(id.key, e);
    out.entities.push(e);
  }
  for (const m of c.mentions) {
    e.mentions.push(toMention(m));
    out.keyOf.set(m, id.key);
    if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    // "the Batken region", "Leilek district": the name with its kind of area is a name of the area too
    const withClass = id.type === 'LOCATION' && m.placeClass && AREA_CLASSES.has(m.placeClass) ? `${m.text} ${m.placeClass}` : null;
    if (withClass && !e.aliases.includes(withClass)) e.aliases.push(withClass);
    // "the Pra river", "the Ankobra and Pra rivers": a river is also known by its name and "River"
    const river = id.type === 'LOCATION' && m.placeClass === 'river' && m.first === m.last ? `${m.text} River` : null;
    if (river && river !== e.name && !e.aliases.includes(river)) e.aliases.push(river);
    // "Greece's foreign ministry", "Dutch police": the organ's whole phrase names it as well as its bare words do
    const surface = m.organ?.surface;
    if (surface && surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
    for (const formal of m.organ?.formal ?? []) if (!e.aliases.includes(formal)) e.aliases.push(formal);
    const bare = id.type === 'ORGANIZATION' && !m.organ ? unqualifiedBodyName(m.text, gaz, orgHeads) : null;
    if (bare && bare !== e.name && !e.aliases.includes(bare)) e.aliases.push(bare);
  }
  const floor = c.city ? 0.7 : 0; // a GeoNames match is evidence of its own
  e.confidence = Math.max(e.confidence, clusterConfidence(c), floor);
}

/**
 * "The interior ministry imposed a curfew": a state's ministry the article names only by its portfolio, once
 * discourse has found its state (discourse.ts), is that state's organ as "Niger's interior ministry" would be:
 * the same key, name and formal names (state-organs.ts), made on first use, PART_OF its state. The mention
 * `m` ("interior ministry") becomes one of its mentions. Returns the organ's key.
 */
export function stateMinistry(built: BuiltEntities, relations: ExtractedRelation[], country: CountryInfo, portfolio: string, m: RawMention): string {
  const name = ministryName(country.demonyms[0] ?? country.name, portfolio);
  const key = `ORGANIZATION:${normalizeName(name)}`;
  let e = built.byKey.get(key);
  if (!e) {
    e = { key, name, type: 'ORGANIZATION', aliases: ministryFormalNames(portfolio, country.name, country.code), wikidataId: null, place: null, mentions: [], confidence: 0.6 };
    built.byKey.set(key, e);
    built.entities.push(e);
    relations.push({ subjectKey: key, predicate: 'PART_OF', objectKey: countryKey(country.code), evidence: null, role: null, confidence: 0.6 });
  }
  if (!e.mentions.some((x) => x.field === m.field && x.start === m.start)) e.mentions.push(toMention(m));
  if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
  return key;
}

/**
 * A place with no point of its own, put at the point of the place it lies in: no GeoNames id,
 * contained in `containedInKey` (so its point is visibly that of its container).
 */
export function pointAt(at: PlaceInfo, featureType: FeatureType, containedInKey: string | null): PlaceInfo {
  return { latitude: at.latitude, longitude: at.longitude, countryCode: at.countryCode, featureType, geonamesId: null, containedInKey };
}

const FACILITY_OF = /^(?:the\s+)?(?:port|airport|harbou?r|seaport)\s+of\s+(.+)$/i;
const FACILITY_AFTER = /^(.+?)\s+(?:international\s+)?(?:airport|seaport|harbou?r|port|air\s+base|airbase|naval\s+base)$/i;

/**
 * "Port of Savannah", "Savannah Airport": a facility named after a city lies at that city. The
 * city is the article's own place of that name, else the most populous GeoNames city of that name
 * in a country the article mentions (else one of at least 100,000 people).
 */
function placeFacilities(out: BuiltEntities, gaz: Gazetteer, clusters: Cluster[], countries: Set<string>): void {
  // "Nnamdi Azikiwe International Airport", "Komodo Airport": an airport the gazetteer knows is at its own point
  for (const e of out.entities) {
    if (e.type !== 'LOCATION' || e.place || !gaz.airports || ![e.name, ...e.aliases].some((n) => AIRPORT_NAME.test(n))) continue;
    const airport = airportNamed(gaz.airports, [e.name, ...e.aliases], countries);
    if (!airport) continue;
    e.place = {
      latitude: airport.lat, longitude: airport.lon, countryCode: airport.countryCode, featureType: 'FACILITY', geonamesId: null,
      containedInKey: countryKey(airport.countryCode),
    };
  }
  placeFacilitiesAtSites(out, clusters);
  for (const e of out.entities) {
    if (e.type !== 'LOCATION' || e.place) continue;
    const m = FACILITY_OF.exec(e.name) ?? FACILITY_AFTER.exec(e.name);
    const cityName = m?.[1];
    if (!cityName) continue;
    // "Bacolod-Silay Airport", "Dallas-Fort Worth": an airport named after two towns lies by the first the gazetteer knows
    const names = [cityName, ...(/-/.test(cityName) ? cityName.split('-') : [])];
    const place = names.map((n) => cityPointNamed(out, gaz, countries, n.trim(), bigOrInArticle)).find((p) => p !== null) ?? null;
    if (!place) continue;
    e.place = pointAt(place, 'FACILITY', place.countryCode ? countryKey(place.countryCode) : null);
  }
}

/** A facility's city is in a country the article mentions, or a city of at least 100,000 people. */
const bigOrInArticle = (c: CityRecord, inArticle: boolean) => inArticle || c.population >= 100_000;

/** "Mandera County", "Coyllurqui District", "Cotabambas Province": a second-level unit named with its kind. */
const ADMIN_UNIT = /^(.+?)\s+(?:county|district|province|regency|municipality|prefecture|governorate|department|division|oblast|raion|rayon|tehsil|upazila|sub-?county)$/i;

/**
 * An administrative unit the gazetteer lacks (it has only first-level regions) is put at its seat
 * town of the same name, which lies inside it: the article's own place of that name, else a GeoNames
 * administrative seat (PPLA*, PPLC) of that name in a country the article mentions. It stays a REGION
 * with no GeoNames id, contained in its country.
 */
function placeAdminUnits(out: BuiltEntities, gaz: Gazetteer, countries: Set<string>): void {
  const seat = (c: CityRecord, inArticle: boolean) => inArticle && (c.featureCode.startsWith('PPLA') || c.featureCode === 'PPLC');
  for (const e of out.entities) {
    if (e.type !== 'LOCATION' || e.place) continue;
    const seatName = ADMIN_UNIT.exec(e.name.trim())?.[1];
    const place = seatName ? cityPointNamed(out, gaz, countries, seatName, seat) : null;
    if (place) e.place = pointAt(place, 'REGION', place.countryCode ? countryKey(place.countryCode) : null);
  }
}

/**
 * The point of the city named `cityName`: the article's own city of that name, else the most populous
 * GeoNames city of that name that `accept`s, one in a country the article mentions first.
 */
function cityPointNamed(out: BuiltEntities, gaz: Gazetteer, countries: Set<string>, cityName: string,
  accept: (c: CityRecord, inArticle: boolean) => boolean): PlaceInfo | null {
  if (!cityName) return null;
  const norm = normalizeName(cityName);
  const own = out.entities.find((o) => o.place?.featureType === 'CITY' && [o.name, ...o.aliases].some((n) => normalizeName(n) === norm));
  if (own?.place) return own.place;
  let best: CityRecord | null = null;
  const score = (c: CityRecord) => (countries.has(c.countryCode) ? 1e10 : 0) + c.population;
  for (const i of gaz.cities.byName(cityName)) {
    const c = gaz.cities.get(i);
    if (accept(c, countries.has(c.countryCode)) && (!best || score(c) > score(best))) best = c;
  }
  return best ? cityPlace(best) : null;
}

/**
 * "Kamuzu International Airport in Lilongwe": a facility with no place of its own whose mention
 * names its site (mention-detection's `site`) lies at that city, contained in it.
 */
function placeFacilitiesAtSites(out: BuiltEntities, clusters: Cluster[]): void {
  for (const c of clusters) {
    for (const m of c.mentions) {
      const key = out.keyOf.get(m);
      const e = key ? out.byKey.get(key) : undefined;
      const siteKey = m.site ? out.keyOf.get(m.site) : undefined;
      const site = siteKey ? out.byKey.get(siteKey) : undefined;
      if (!e || e.place || e.type !== 'LOCATION' || !site?.place || site.place.featureType !== 'CITY' || site === e) continue;
      e.place = pointAt(site.place, 'FACILITY', site.key);
    }
  }
}

const regionSlugCache = new WeakMap<Gazetteer, Map<string, string>>();

/** Entity key → curated slug of the regions cities are placed in (built once per gazetteer). */
function regionSlugsOf(gaz: Gazetteer): Map<string, string> {
  let out = regionSlugCache.get(gaz);
  if (out) return out;
  out = new Map();
  if (gaz.cityRegions) for (const slug of new Set(gaz.cityRegions.values())) if (gaz.curated.has(slug)) out.set(curatedKey(slug, gaz), slug);
  regionSlugCache.set(gaz, out);
  return out;
}

/**
 * Add missing containers with zero mentions (a city's region, a place's country) and the
 * LOCATED_IN relations: city → region, region → country and city → country.
 */
function addContainers(out: BuiltEntities, gaz: Gazetteer): void {
  const regionSlugs = regionSlugsOf(gaz);
  for (const e of [...out.entities]) {
    const region = e.place?.regionKey;
    const slug = region ? regionSlugs.get(region) : undefined;
    if (!region || !slug || region === e.key) continue;
    if (!out.byKey.has(region)) {
      const p = gaz.curated.get(slug);
      const r: ExtractedEntity = {
        key: region, name: p?.name ?? slug, type: 'LOCATION', aliases: [], wikidataId: p?.wikidataId ?? null,
        place: refPlace({ kind: 'curated', slug }, gaz), mentions: [], confidence: 0.9,
      };
      out.byKey.set(region, r);
      out.entities.push(r);
    }
    out.relations.push({ subjectKey: e.key, predicate: 'LOCATED_IN', objectKey: region, evidence: null, role: null, confidence: 0.9 });
  }
  for (const e of [...out.entities]) {
    const container = e.place?.containedInKey;
    const code = e.place?.countryCode;
    if (!container || !code) continue;
    if (!out.byKey.has(container)) {
      const place = refPlace({ kind: 'country', code }, gaz);
      const country = gaz.countries.get(code);
      const name = country?.name ?? code;
      const c: ExtractedEntity = { key: container, name, type: 'LOCATION', aliases: [], wikidataId: country?.wikidataId ?? null, place, mentions: [], confidence: 0.9 };
      out.byKey.set(container, c);
      out.entities.push(c);
    }
    out.relations.push({ subjectKey: e.key, predicate: 'LOCATED_IN', objectKey: container, evidence: null, role: null, confidence: 0.9 });
  }
}

function clusterCountry(c: Cluster, gaz: Gazetteer): string | null {
  const ref = c.ref;
  if (ref && (ref.kind === 'country' || ref.kind === 'demonym' || ref.kind === 'metonym')) return ref.code;
  if (ref?.kind === 'curated') return gaz.curated.get(ref.slug)?.countryCode ?? null;
  return c.city?.countryCode ?? null;
}

function containsWords(long: string, short: string): boolean {
  return long !== short && ` ${long} `.includes(` ${short} `);
}

/**
 * "Congo" is a short form of one country's full name ("Republic of the Congo") and of another's
 * ("Democratic Republic of the Congo"). A country cluster named only by such a short form goes to
 * whichever of them the rest of the article points to more (its demonym, its cities and regions,
 * its full name).
 */
function disambiguateShortCountryNames(clusters: Cluster[], gaz: Gazetteer): void {
  const evidence = new Map<string, number>();
  for (const c of clusters) {
    const code = clusterCountry(c, gaz);
    if (code) evidence.set(code, (evidence.get(code) ?? 0) + c.mentions.length);
  }
  for (const c of clusters) {
    if (c.ref?.kind !== 'country') continue;
    const own = c.ref.code;
    const texts = new Set(c.mentions.map((m) => normalizeName(m.text)));
    if (texts.size !== 1) continue;
    const short = [...texts][0] as string;
    // Only a short form of its own country's name is ambiguous: "Congo" (Republic of the Congo),
    // not "Sudan" or "Guinea", which are the countries' own names.
    const ownName = normalizeName(gaz.countries.get(own)?.name ?? '');
    if (!short || !containsWords(ownName, short)) continue;
    const othersOwn = (evidence.get(own) ?? 0) - c.mentions.length;
    let best: string | null = null;
    let bestScore = othersOwn;
    for (const [code, score] of evidence) {
      if (code === own || score <= bestScore) continue;
      const info = gaz.countries.get(code);
      if (!info || ![info.name, ...info.aliases].some((n) => containsWords(normalizeName(n), short))) continue;
      best = code;
      bestScore = score;
    }
    if (best) c.ref = { kind: 'country', code: best };
  }
}

/** Head words of a named facility or site that lies within one city. */
const FACILITY_HEADS = new Set([
  'airport', 'university', 'square', 'hospital', 'stadium', 'stade', 'arena', 'court', 'station', 'terminal',
  'market', 'palace', 'prison', 'cathedral', 'mosque', 'church', 'temple', 'campus', 'college', 'bridge',
  'plaza', 'park', 'hotel', 'embassy', 'courthouse',
]);

/**
 * The dateline's city, when its country is the one the article is mostly about (the country most
 * of its geocoded mentions lie in); else null.
 */
export function datelineCity(out: BuiltEntities, datelineEnd: number, whateverCountry = false): ExtractedEntity | null {
  if (datelineEnd <= 0) return null;
  const city = out.entities.find((e) => e.place?.featureType === 'CITY'
    && e.mentions.some((m) => m.field === 'BODY' && m.end <= datelineEnd));
  const cc = city?.place?.countryCode;
  if (!city?.place || !cc) return null;
  if (whateverCountry) return city;
  const weight = new Map<string, number>();
  for (const e of out.entities) {
    const code = e.place?.countryCode;
    if (code) weight.set(code, (weight.get(code) ?? 0) + e.mentions.length);
  }
  const own = weight.get(cc) ?? 0;
  return [...weight].some(([code, w]) => code !== cc && w >= own) ? null : city;
}

/** A named facility: "Bolívar Square", "El Tari Airport". */
export function facilityName(name: string): boolean {
  const words = normalizeName(name).split(' ');
  return words.length >= 2 && words.some((w) => FACILITY_HEADS.has(w));
}

/**
 * `orgHeads`: head words of bodies' names (name-patterns.json), which a lone unknown word
 * ("in Parliament") is not taken as a place for.
 */
export function buildEntities(clusters: Cluster[], gaz: Gazetteer, orgHeads: ReadonlySet<string> = new Set()): BuiltEntities {
  const out: BuiltEntities = { entities: [], relations: [], keyOf: new Map(), byKey: new Map() };
  disambiguateShortCountryNames(clusters, gaz);
  for (const c of clusters) {
    const id = identify(c, gaz, orgHeads);
    if (id) addCluster(out, id, c, gaz, orgHeads);
  }
  for (const e of out.entities) e.mentions.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'TITLE' ? -1 : 1));
  const countries = new Set<string>();
  for (const e of out.entities) if (e.place?.countryCode) countries.add(e.place.countryCode);
  placeFacilities(out, gaz, clusters, countries);
  placeAdminUnits(out, gaz, countries);
  addContainers(out, gaz);
  return out;
}
