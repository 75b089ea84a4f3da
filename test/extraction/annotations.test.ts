/**
 * The hand annotations (test/fixtures/annotated) are evaluation data: a wrong annotation silently
 * skews `npm run eval:extraction`. These checks keep each one consistent with its article and with
 * the format test/fixtures/annotated/README.md describes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENTITY_TYPES as EXTRACTION_ENTITY_TYPES, PLOVER_TYPES } from '../../src/extraction/types';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(ROOT, 'test', 'fixtures', 'annotated');

const ENTITY_TYPES = new Set<string>(EXTRACTION_ENTITY_TYPES);
const PLOVER = new Set<string>(PLOVER_TYPES);
const PREDICATES = new Set([
  'SUPPORTS', 'COOPERATES_WITH', 'OPPOSES', 'MEMBER_OF', 'PART_OF', 'LEADS', 'HOLDS_ROLE_IN', 'SPOKESPERSON_FOR', 'LOCATED_IN',
]);
const MODALITIES = new Set(['negated', 'hypothetical', 'future']);
const QUALIFIERS = new Set(['about', 'over', 'at_least', 'under', 'exact']);

interface Gold {
  split: string;
  article: { publishedAt: string; bodyFile: string };
  entities: Array<{ name: string; type: string; aliases?: string[]; lat?: number; lon?: number; acceptableTypes?: string[] }>;
  events: Array<{
    type: string; actors?: string[]; targets?: string[]; location?: string; locations?: string[]; date?: string;
    modality?: string; countQualifier?: string; killedQualifier?: string; injuredQualifier?: string;
    acceptableTypes?: string[]; attribution?: string;
  }>;
  relations?: Array<{ subject: string; predicate: string; object: string; evidence?: string; acceptablePredicates?: string[] }>;
  claims?: Array<{ source: string; text: string; direct?: boolean }>;
}

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.expected.json')).sort();

/** Compare as the scorer does for verbatim text: case-insensitive, typographic quotes and dashes folded. */
function fold(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ');
}

describe.each(files)('%s', (file) => {
  const gold = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Gold;
  const article = JSON.parse(fs.readFileSync(path.join(ROOT, gold.article.bodyFile), 'utf8')) as { title: string; body: string; publishedAt?: string };
  const text = fold(`${article.title}\n${article.body}`);
  const names = new Set(gold.entities.map((e) => e.name));

  it('has a split, a real publication date and well-formed entities', () => {
    expect(['dev', 'validation', 'test']).toContain(gold.split);
    expect(Number.isNaN(Date.parse(gold.article.publishedAt))).toBe(false);
    const problems: string[] = [];
    for (const e of gold.entities) {
      if (!ENTITY_TYPES.has(e.type)) problems.push(`${e.name}: type ${e.type}`);
      for (const t of e.acceptableTypes ?? []) if (!ENTITY_TYPES.has(t)) problems.push(`${e.name}: acceptable type ${t}`);
      for (const a of e.aliases ?? []) if (!text.includes(fold(a))) problems.push(`${e.name}: alias "${a}" is not in the text`);
      if (e.type === 'LOCATION' && (typeof e.lat !== 'number' || typeof e.lon !== 'number')) problems.push(`${e.name}: place without lat/lon`);
      if (e.lat !== undefined && (Math.abs(e.lat) > 90 || Math.abs(e.lon ?? 0) > 180)) problems.push(`${e.name}: coordinates out of range`);
    }
    const seen = new Set<string>();
    for (const e of gold.entities) {
      if (seen.has(e.name)) problems.push(`${e.name}: annotated twice`);
      seen.add(e.name);
    }
    expect(problems).toEqual([]);
  });

  it('codes events with PLOVER types and names only annotated entities', () => {
    const problems: string[] = [];
    for (const ev of gold.events) {
      const label = `${ev.type} event`;
      if (!PLOVER.has(ev.type)) problems.push(`${label}: not a PLOVER type`);
      for (const t of ev.acceptableTypes ?? []) if (!PLOVER.has(t)) problems.push(`${label}: acceptable type ${t}`);
      for (const n of [...(ev.actors ?? []), ...(ev.targets ?? []), ...(ev.location ? [ev.location] : []), ...(ev.locations ?? [])]) {
        if (!names.has(n)) problems.push(`${label}: "${n}" is not an annotated entity`);
      }
      if (ev.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(ev.date)) problems.push(`${label}: date ${ev.date}`);
      if (ev.modality !== undefined && !MODALITIES.has(ev.modality)) problems.push(`${label}: modality ${ev.modality}`);
      for (const q of [ev.countQualifier, ev.killedQualifier, ev.injuredQualifier]) {
        if (q !== undefined && !QUALIFIERS.has(q)) problems.push(`${label}: qualifier ${q}`);
      }
      if (ev.attribution !== undefined && !text.includes(fold(ev.attribution))) problems.push(`${label}: attribution "${ev.attribution}" is not in the text`);
    }
    expect(problems).toEqual([]);
  });

  it('has relations and claims that point at the text and at annotated entities', () => {
    const problems: string[] = [];
    for (const r of gold.relations ?? []) {
      const label = `${r.subject} ${r.predicate} ${r.object}`;
      if (!PREDICATES.has(r.predicate)) problems.push(`${label}: predicate`);
      for (const p of r.acceptablePredicates ?? []) if (!PREDICATES.has(p)) problems.push(`${label}: acceptable predicate ${p}`);
      if (!names.has(r.subject)) problems.push(`${label}: subject is not an annotated entity`);
      if (!names.has(r.object)) problems.push(`${label}: object is not an annotated entity`);
      if (r.evidence !== undefined && !text.includes(fold(r.evidence))) problems.push(`${label}: evidence is not in the text`);
    }
    for (const c of gold.claims ?? []) {
      if (c.direct && !text.includes(fold(c.text))) problems.push(`direct quote "${c.text.slice(0, 40)}…" is not in the text`);
    }
    expect(problems).toEqual([]);
  });
});
