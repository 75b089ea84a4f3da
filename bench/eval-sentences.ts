/**
 * Who did what to whom, sentence by sentence: the built-in pipeline against the sentence banks
 * (test/fixtures/sentences/*.json), standalone news sentences each annotated with the PLOVER events
 * a careful coder would record and their actors and targets as they are written in the sentence.
 *
 *   npm run eval:sentences                 tables on stdout
 *   npm run eval:sentences -- --json       machine-readable summary on stdout
 *   npm run eval:sentences -- --errors     also list the DEV half's misses and spurious events
 *   npm run eval:sentences -- --bank NAME  only the bank files whose name contains NAME ("discourse")
 *
 * The banks were written by annotators who had not seen the pipeline. Items with an odd number are
 * the dev half, items with an even number the test half: tune on dev only, report test.
 *
 * Matching: a gold participant is a string of the sentence ("Kenyan police", "Beijing"); only
 * named ones count (a capitalised word other than the sentence's first: not "villagers"); a
 * predicted participant matches it when one of the predicted entity's mentions overlaps one of the
 * string's occurrences. A gold event is found (by type) when an unused predicted event has its type
 * or one of its acceptableTypes; with the actor, when also some gold actor is among the predicted
 * actors (gold without actors needs none); fully, when also some gold target is among the predicted
 * targets (likewise). Each predicted event serves at most one gold event, taken best match first.
 * Spurious: predicted events that no gold event (optional ones included) accounts for by type.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createExtractor, type ExtractedEvent, type ExtractionResult } from '../src/extraction';

const DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'sentences');
const PUBLISHED = new Date('2025-06-14T10:00:00Z');

interface GoldEvent { type: string; actors?: string[]; targets?: string[]; acceptableTypes?: string[]; optional?: boolean; note?: string }
interface Item { id: string; text: string; events: GoldEvent[] }
type Split = 'dev' | 'test';

export function splitOf(id: string): Split {
  const n = Number(/\d+/.exec(id)?.[0] ?? '0');
  return n % 2 === 1 ? 'dev' : 'test';
}

/** Character ranges where `surface` occurs in `text` (case-insensitive). */
function occurrences(text: string, surface: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const hay = text.toLowerCase();
  const needle = surface.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0 && needle; at = hay.indexOf(needle, at + 1)) out.push([at, at + needle.length]);
  return out;
}

/** Does the predicted entity `key` stand for the gold participant written `surface`? */
function stands(r: ExtractionResult, text: string, key: string, surface: string): boolean {
  const e = r.entities.find((x) => x.key === key);
  if (!e) return false;
  const spans = occurrences(text, surface);
  return e.mentions.some((m) => m.field === 'BODY' && spans.some(([s, t]) => m.start < t && s < m.end));
}

const keysIn = (ev: ExtractedEvent, role: 'ACTOR' | 'TARGET') => ev.participants.filter((p) => p.role === role).map((p) => p.entityKey);

interface Outcome { typeOk: boolean; actorOk: boolean; full: boolean }

/**
 * A participant the extractor can name: one with a capitalised word ("Kenyan police", "Beijing",
 * "Daniel Kisekka"), not counting the capital of the sentence's first word. Common nouns
 * ("villagers", "three men", "a former minister", "police") are no entities, in the sentence banks
 * as in the annotated articles, where an event with no named participant in a role needs none.
 */
export function named(text: string, surface: string): boolean {
  return occurrences(text, surface).some(([s, t]) => {
    const words = text.slice(s, t).split(/\s+/);
    return words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && s === 0));
  });
}

function judge(r: ExtractionResult, text: string, g: GoldEvent, ev: ExtractedEvent): Outcome {
  const types = new Set([g.type, ...(g.acceptableTypes ?? [])]);
  if (!types.has(ev.type)) return { typeOk: false, actorOk: false, full: false };
  const hits = (all: string[] | undefined, role: 'ACTOR' | 'TARGET') => {
    const want = (all ?? []).filter((s) => named(text, s));
    return want.length === 0 || keysIn(ev, role).some((k) => want.some((s) => stands(r, text, k, s)));
  };
  const actorOk = hits(g.actors, 'ACTOR');
  return { typeOk: true, actorOk, full: actorOk && hits(g.targets, 'TARGET') };
}

const score = (o: Outcome) => (o.full ? 3 : o.actorOk ? 2 : o.typeOk ? 1 : 0);

interface ItemResult {
  item: Item; split: Split; result: ExtractionResult;
  outcomes: Array<{ gold: GoldEvent; best: Outcome; pred: number | null }>;
  spurious: number[];
}

function evaluate(item: Item, result: ExtractionResult): ItemResult {
  const used = new Set<number>();
  // best matches first: every (gold, predicted) pair ranked by how much of the gold event it gets right
  const pairs: Array<{ gi: number; pi: number; o: Outcome }> = [];
  item.events.forEach((g, gi) => result.events.forEach((ev, pi) => {
    const o = judge(result, item.text, g, ev);
    if (o.typeOk) pairs.push({ gi, pi, o });
  }));
  pairs.sort((a, b) => score(b.o) - score(a.o) || Number(!!item.events[a.gi]!.optional) - Number(!!item.events[b.gi]!.optional));
  const taken = new Map<number, { o: Outcome; pi: number }>();
  for (const p of pairs) {
    if (taken.has(p.gi) || used.has(p.pi)) continue;
    taken.set(p.gi, { o: p.o, pi: p.pi });
    used.add(p.pi);
  }
  const none: Outcome = { typeOk: false, actorOk: false, full: false };
  return {
    item, split: splitOf(item.id), result,
    outcomes: item.events.map((gold, gi) => ({ gold, best: taken.get(gi)?.o ?? none, pred: taken.get(gi)?.pi ?? null })),
    spurious: result.events.map((_, pi) => pi).filter((pi) => !used.has(pi)),
  };
}

interface Summary { sentences: number; gold: number; type: number; typeActor: number; full: number; predicted: number; spurious: number; noEventSentences: number; noEventClean: number }

function summarize(rs: ItemResult[]): Summary {
  const s: Summary = { sentences: rs.length, gold: 0, type: 0, typeActor: 0, full: 0, predicted: 0, spurious: 0, noEventSentences: 0, noEventClean: 0 };
  for (const r of rs) {
    for (const o of r.outcomes) {
      if (o.gold.optional) continue;
      s.gold += 1;
      if (o.best.typeOk) s.type += 1;
      if (o.best.actorOk) s.typeActor += 1;
      if (o.best.full) s.full += 1;
    }
    s.predicted += r.result.events.length;
    s.spurious += r.spurious.length;
    if (r.item.events.length === 0) {
      s.noEventSentences += 1;
      if (r.result.events.length === 0) s.noEventClean += 1;
    }
  }
  return s;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

function print(title: string, s: Summary): void {
  console.log(`\n=== ${title}: ${s.sentences} sentences, ${s.gold} non-optional gold events, ${s.predicted} predicted`);
  console.log(`  type                    ${pct(s.type, s.gold).padStart(7)}  (${s.type}/${s.gold})`);
  console.log(`  type + actor            ${pct(s.typeActor, s.gold).padStart(7)}  (${s.typeActor}/${s.gold})`);
  console.log(`  type + actor + target   ${pct(s.full, s.gold).padStart(7)}  (${s.full}/${s.gold})`);
  console.log(`  spurious predicted events: ${s.spurious} of ${s.predicted}; sentences with no event left clean: ${s.noEventClean}/${s.noEventSentences}`);
}

function describe(r: ExtractionResult, ev: ExtractedEvent): string {
  const name = (k: string) => r.entities.find((e) => e.key === k)?.name ?? k;
  return `${ev.type} {${ev.participants.map((p) => `${p.role[0]}:${name(p.entityKey)}`).join(', ')}}`;
}

function printDevErrors(rs: ItemResult[]): void {
  for (const r of rs) {
    if (r.split !== 'dev') continue; // never print the test half's errors
    const misses = r.outcomes.filter((o) => !o.gold.optional && !o.best.full);
    if (!misses.length && !r.spurious.length) continue;
    console.log(`\n--- ${r.item.id} ${r.item.text}`);
    for (const o of misses) {
      const why = !o.best.typeOk ? 'type' : !o.best.actorOk ? 'actor' : 'target';
      console.log(`  MISS(${why}) ${o.gold.type} a=[${(o.gold.actors ?? []).join(', ')}] t=[${(o.gold.targets ?? []).join(', ')}]${o.pred === null ? '' : `  ~ ${describe(r.result, r.result.events[o.pred]!)}`}`);
    }
    for (const pi of r.spurious) console.log(`  SPURIOUS ${describe(r.result, r.result.events[pi]!)}  «${r.result.events[pi]!.evidence.text.slice(0, 80)}»`);
  }
}

/** The banks' items; `bank` keeps only the files whose name contains it. */
export function loadItems(bank?: string): Item[] {
  if (!fs.existsSync(DIR)) return [];
  return fs.readdirSync(DIR).filter((f) => f.endsWith('.json') && (!bank || f.includes(bank))).sort()
    .flatMap((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Item[]);
}

function main(): void {
  const extractor = createExtractor();
  const bankAt = process.argv.indexOf('--bank');
  const results = loadItems(bankAt >= 0 ? process.argv[bankAt + 1] : undefined).map((item) => evaluate(item, extractor.extract({ title: '', body: item.text, publishedAt: PUBLISHED })));
  const dev = summarize(results.filter((r) => r.split === 'dev'));
  const test = summarize(results.filter((r) => r.split === 'test'));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ pipelineVersion: extractor.version, dev, test }, null, 2));
    return;
  }
  console.log(`Sentence-bank evaluation, pipeline ${extractor.version} (odd items dev, even items test; report test)`);
  print('DEV half (for error analysis)', dev);
  print('TEST half (the reported figure; never tune on it)', test);
  if (process.argv.includes('--errors')) printDevErrors(results);
}

if (require.main === module) main();
