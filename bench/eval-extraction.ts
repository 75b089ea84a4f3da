/**
 * Evaluation of the built-in extraction pipeline against the hand annotations
 * (test/fixtures/annotated/NN-*.expected.json, plus the seed article, counted as dev).
 *
 *   npm run eval:extraction                 tables on stdout
 *   npm run eval:extraction -- --json       machine-readable summary on stdout
 *   npm run eval:extraction -- --errors     also list the DEV half's misses and false positives
 *                                           (never the validation set's or the test half's)
 *                                           (PRED! marks a predicted event no gold event accounts for)
 *   npm run eval:extraction -- --only RE     only the fixtures whose id matches RE (aggregates only)
 *                                           (error analysis is allowed on dev only; the test
 *                                           half's errors are never printed)
 *
 * Only the TEST half is the reported figure. The pipeline must not be tuned on it: do not read
 * its failures, add its names to gazetteers, or special-case its phrasing. The VALIDATION set is
 * held out the same way (only its aggregates are printed); it is consulted while developing, to see
 * whether a rule written from dev errors also helps unseen text before the rule is kept.
 *
 * Matching rules (implemented in bench/eval-metrics.ts, which documents them in full):
 * - Names are compared case-, accent- and punctuation-insensitively; a gold name's parenthetical
 *   is optional ("Georgia (US state)" = "Georgia").
 * - Entities: a predicted entity matches a gold one when its type equals the gold type (or is in
 *   the gold `acceptableTypes`) and its name or any alias equals the gold name or any gold alias.
 *   One-to-one assignment (duplicates are false positives). Optional gold entities count neither
 *   as missed nor, when matched, as false positives. Predicted entities with zero mentions
 *   (container countries the pipeline adds) are ignored, as are predictions naming a
 *   `nonEntities` text unless its note says the predicted type is wrong ("not a PERSON").
 *   Per-type P/R/F1 (PERSON, ORGANIZATION, GROUP, LOCATION) and micro-averaged typed F1.
 * - Geocoding: of gold places with lat/lon that were found (matched), the share whose predicted
 *   coordinates lie within the place's own size: 500 km for a country (gold name is an English
 *   name of its countryCode), 300 km for a region/sea (no countryCode, or no populated place of
 *   that name within 25 km of the gold point in GeoNames cities1000), 25 km for a city, facility
 *   or camp. Also the share within 161 km (Mordecai3's figure). A match without coordinates is wrong.
 * - Events (non-optional gold): share with some predicted event of an accepted type (type or
 *   acceptableTypes) AND the right actor (a gold actor among the predicted ACTOR participants,
 *   resolved through entity matching; gold without actors needs none) AND the right target (same
 *   with TARGET; gold without targets needs none). Also type-only and type+actor rates. Each
 *   predicted event matches at most one gold event (maximum one-to-one assignment). Precision side:
 *   the share of predicted events that some gold event, optional ones included, accounts for by
 *   type (one to one); the rest are spurious or duplicates.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as isoCountries from 'i18n-iso-countries';
import { createExtractor, type ExtractionInput, type ExtractionResult } from '../src/extraction';
import { getResources } from '../src/extraction/resources';
import {
  EVAL_TYPES, type EntityScore, type EventScore, type GeoItem, type GoldEntity, type GoldEvent, type NonEntity,
  type GoldRelation, type PredEntity, creditingRoles, geoItem, haversineKm, participantResolver, prf, scoreEntities, scoreEvents, sizeClass,
  typePRF, type Counts, type EntityType,
} from './eval-metrics';

const ROOT = path.resolve(__dirname, '..');
type Split = 'dev' | 'validation' | 'test';

interface Annotation {
  split?: Split;
  article: { title: string; source?: string; publishedAt: string; bodyFile: string };
  entities: GoldEntity[];
  events: GoldEvent[];
  relations?: GoldRelation[];
  nonEntities?: NonEntity[];
}

interface Fixture { id: string; split: Split; input: ExtractionInput; gold: Annotation }

function loadFixtures(only: RegExp | null): Fixture[] {
  const out: Fixture[] = [];
  const seedDir = path.join(ROOT, 'test', 'fixtures', 'seed');
  const seed = JSON.parse(fs.readFileSync(path.join(seedDir, 'seed-article.expected.json'), 'utf8')) as Annotation;
  const raw = fs.readFileSync(path.join(seedDir, 'seed-article.txt'), 'utf8');
  const nl = raw.indexOf('\n');
  if (!only || only.test('seed')) out.push({
    id: 'seed', split: 'dev', gold: seed,
    input: { title: raw.slice(0, nl).trim(), body: raw.slice(nl + 1).trim(), publishedAt: new Date(seed.article.publishedAt), source: seed.article.source ?? null },
  });
  const dir = path.join(ROOT, 'test', 'fixtures', 'annotated');
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.expected.json') && (!only || only.test(n.replace('.expected.json', '')))).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Annotation;
    if (gold.split !== 'dev' && gold.split !== 'validation' && gold.split !== 'test') throw new Error(`${f}: split must be dev, validation or test`);
    const article = JSON.parse(fs.readFileSync(path.join(ROOT, gold.article.bodyFile), 'utf8')) as { title: string; body: string; publishedAt: string; source?: string };
    out.push({
      id: f.replace('.expected.json', ''), split: gold.split, gold,
      input: { title: article.title, body: article.body, publishedAt: new Date(article.publishedAt ?? gold.article.publishedAt), source: article.source ?? null },
    });
  }
  return out;
}

function countryNames(cc: string): string[] {
  const names = isoCountries.getNames('en', { select: 'all' })[cc.toUpperCase()] ?? [];
  return Array.isArray(names) ? names : [names];
}

function populatedPlaceNear(name: string, cc: string, lat: number, lon: number, km: number): boolean {
  const cities = getResources().gazetteer.cities;
  return cities.byName(name).some((i) => {
    const c = cities.get(i);
    return c.countryCode === cc && haversineKm(lat, lon, c.latitude, c.longitude) <= km;
  });
}

interface ArticleResult {
  id: string;
  split: Split;
  entities: EntityScore;
  geo: GeoItem[];
  events: EventScore;
  /** The same events scored crediting a person's organisation or country (creditingRoles). */
  credited: EventScore;
  predEvents: ExtractionResult['events'];
  predEntities: PredEntity[];
}

function evaluate(fx: Fixture, result: ExtractionResult): ArticleResult {
  const pred = result.entities as unknown as PredEntity[];
  const ents = scoreEntities(fx.gold.entities, pred, fx.gold.nonEntities ?? []);
  const geo: GeoItem[] = [];
  fx.gold.entities.forEach((g, gi) => {
    const j = ents.assignment[gi]!;
    if (j < 0 || g.lat === undefined || g.lon === undefined) return;
    geo.push(geoItem(g, pred[j]!, sizeClass(g, countryNames, populatedPlaceNear)));
  });
  const resolve = participantResolver(fx.gold.entities, pred, ents.candidates);
  const events = scoreEvents(fx.gold.events, result.events, resolve);
  const credited = scoreEvents(fx.gold.events, result.events, creditingRoles(resolve, fx.gold.relations ?? []));
  return { id: fx.id, split: fx.split, entities: ents, geo, events, credited, predEvents: result.events, predEntities: pred };
}

interface SplitSummary {
  split: Split;
  articles: string[];
  entities: {
    byType: Record<EntityType, { precision: number; recall: number; f1: number; gold: number; predicted: number }>;
    micro: Counts & { precision: number; recall: number; f1: number };
  };
  geocoding: { found: number; withinSize: number; within161: number; accuracySize: number; accuracy161: number };
  events: {
    gold: number; predicted: number; supported: number; typeOnly: number; typeActor: number; full: number; rateType: number; rateTypeActor: number; rateFull: number; precision: number;
    /** type + actor + target crediting a person's organisation or country through the gold LEADS/HOLDS_ROLE_IN/SPOKESPERSON_FOR relations. */
    fullCredited: number; rateFullCredited: number;
  };
}

function summarize(split: Split, rs: ArticleResult[]): SplitSummary {
  const byType = {} as SplitSummary['entities']['byType'];
  for (const t of EVAL_TYPES) {
    const c = { tpGold: 0, tpPred: 0, fp: 0, fn: 0 };
    for (const r of rs) {
      const x = r.entities.byType[t];
      c.tpGold += x.tpGold; c.tpPred += x.tpPred; c.fp += x.fp; c.fn += x.fn;
    }
    byType[t] = { ...typePRF(c), gold: c.tpGold + c.fn, predicted: c.tpPred + c.fp };
  }
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const r of rs) { micro.tp += r.entities.micro.tp; micro.fp += r.entities.micro.fp; micro.fn += r.entities.micro.fn; }
  const geo = rs.flatMap((r) => r.geo);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const ev = { gold: 0, predicted: 0, supported: 0, typeOnly: 0, typeActor: 0, full: 0, fullCredited: 0 };
  for (const r of rs) {
    ev.fullCredited += r.credited.full;
    ev.gold += r.events.gold; ev.predicted += r.events.predicted; ev.supported += r.events.supported;
    ev.typeOnly += r.events.typeOnly; ev.typeActor += r.events.typeActor; ev.full += r.events.full;
  }
  const withinSize = geo.filter((g) => g.withinSize).length;
  const within161 = geo.filter((g) => g.within161).length;
  return {
    split,
    articles: rs.map((r) => r.id),
    entities: { byType, micro: { ...micro, ...prf(micro) } },
    geocoding: { found: geo.length, withinSize, within161, accuracySize: ratio(withinSize, geo.length), accuracy161: ratio(within161, geo.length) },
    events: { ...ev, rateType: ratio(ev.typeOnly, ev.gold), rateTypeActor: ratio(ev.typeActor, ev.gold), rateFull: ratio(ev.full, ev.gold), precision: ratio(ev.supported, ev.predicted), rateFullCredited: ratio(ev.fullCredited, ev.gold) },
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '-' : `${(100 * x).toFixed(1)}%`);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function printSummary(s: SplitSummary): void {
  const title = s.split === 'test'
    ? 'TEST half (the reported figure; never tune the pipeline on it)'
    : s.split === 'validation'
      ? 'VALIDATION set (measures whether a dev-made rule transfers; its errors are never printed)'
      : 'DEV half (incl. seed; for development and error analysis)';
  console.log(`\n=== ${title}`);
  console.log(`articles: ${s.articles.join(', ')}`);
  console.log('\nEntities         precision   recall       F1   gold   pred');
  for (const t of EVAL_TYPES) {
    const x = s.entities.byType[t];
    console.log(`  ${pad(t, 14)} ${lpad(pct(x.precision), 9)} ${lpad(pct(x.recall), 8)} ${lpad(pct(x.f1), 8)} ${lpad(String(x.gold), 6)} ${lpad(String(x.predicted), 6)}`);
  }
  const m = s.entities.micro;
  console.log(`  ${pad('micro (typed)', 14)} ${lpad(pct(m.precision), 9)} ${lpad(pct(m.recall), 8)} ${lpad(pct(m.f1), 8)}   tp ${m.tp} fp ${m.fp} fn ${m.fn}`);
  const g = s.geocoding;
  console.log('\nGeocoding (gold places with lat/lon that were found)');
  console.log(`  within own size (country 500 / region,sea 300 / city,facility,camp 25 km): ${pct(g.accuracySize)}  (${g.withinSize}/${g.found})`);
  console.log(`  within 161 km (Mordecai3's figure):                                       ${pct(g.accuracy161)}  (${g.within161}/${g.found})`);
  const e = s.events;
  console.log(`\nEvents (${e.gold} non-optional gold, ${e.predicted} predicted)`);
  console.log(`  type                    ${lpad(pct(e.rateType), 7)}  (${e.typeOnly}/${e.gold})`);
  console.log(`  type + actor            ${lpad(pct(e.rateTypeActor), 7)}  (${e.typeActor}/${e.gold})`);
  console.log(`  type + actor + target   ${lpad(pct(e.rateFull), 7)}  (${e.full}/${e.gold})`);
  console.log(`    the same, crediting a person's organisation or country (annotation README): ${pct(e.rateFullCredited)}  (${e.fullCredited}/${e.gold})`);
  console.log(`  predicted events a gold event (optional ones included) accounts for, by type: ${pct(e.precision)}  (${e.supported}/${e.predicted})`);
}

function printDevErrors(rs: ArticleResult[]): void {
  for (const r of rs) {
    if (r.split !== 'dev') continue; // never print the test half's or the validation set's errors
    console.log(`\n--- ${r.id}`);
    for (const g of r.entities.missed) console.log(`  MISSED ${g.type} ${g.name}`);
    for (const p of r.entities.falsePositives) console.log(`  FP     ${p.type} ${p.name} [${p.aliases.join('|')}]`);
    for (const g of r.geo) if (!g.withinSize) console.log(`  GEO    ${g.gold} (${g.sizeClass}) off by ${g.distanceKm === null ? 'no coordinates' : `${g.distanceKm.toFixed(0)} km`}`);
    const name = (k: string) => r.predEntities.find((p) => p.key === k)?.name ?? k;
    r.events.missed.forEach((g, i) => {
      const why = r.events.missReasons[i]!;
      console.log(`  EVMISS ${g.type} a=[${(g.actors ?? []).join(', ')}] t=[${(g.targets ?? []).join(', ')}] (${why.reason}) ${g.summary ?? ''}`);
      for (const j of why.leftover) {
        const e = r.predEvents[j]!;
        console.log(`         ~ ${e.type} {${e.participants.map((p) => `${p.role[0]}:${name(p.entityKey)}`).join(', ')}} ${e.evidence.text.slice(0, 90)}`);
      }
    });
    const spurious = new Set(r.events.unsupported);
    r.predEvents.forEach((e, j) => {
      const parts = e.participants.map((p) => `${p.role[0]}:${name(p.entityKey)}`).join(', ');
      console.log(`  ${spurious.has(j) ? 'PRED!' : 'PRED '}  ${e.type} {${parts}} ${e.evidence.text.slice(0, 110)}`);
    });
  }
}

function main(): void {
  const json = process.argv.includes('--json');
  const errors = process.argv.includes('--errors');
  const extractor = createExtractor();
  // --only <regex>: evaluate only the fixtures whose id matches (e.g. '^(0|1[0-9]|20)' for the first 20)
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? new RegExp(process.argv[onlyAt + 1] ?? '') : null;
  const results = loadFixtures(only).map((fx) => evaluate(fx, extractor.extract(fx.input)));
  const dev = summarize('dev', results.filter((r) => r.split === 'dev'));
  const validation = summarize('validation', results.filter((r) => r.split === 'validation'));
  const test = summarize('test', results.filter((r) => r.split === 'test'));
  if (json) {
    console.log(JSON.stringify({
      pipelineVersion: extractor.version,
      note: 'Only the test half is the reported figure; the pipeline must not be tuned on it.',
      dev, validation, test,
    }, null, 2));
    return;
  }
  console.log(`Extraction evaluation, pipeline ${extractor.version}`);
  console.log('Only the TEST half is the reported figure. The pipeline must not be tuned on the test half: use the dev half (and the seed) for error analysis.');
  printSummary(dev);
  if (validation.articles.length > 0) printSummary(validation);
  printSummary(test);
  if (errors) printDevErrors(results);
}

main();
