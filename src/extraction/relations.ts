/**
 * Relations between entities with evidence spans:
 * - SUPPORTS: "X-backed Y", "Y (is) backed by X" (also funded/supported/sponsored/armed);
 * - COOPERATES_WITH: "X, in cooperation with Y", "X alongside Y", "X together with Y";
 * - LEADS / HOLDS_ROLE_IN / SPOKESPERSON_FOR: "<Org> CEO <Person>", "<Org> spokesman <Person>",
 *   "<Person>, the <title> of <Org>";
 * - PART_OF: a state organ and its country ("the Polish army", "Estonia's navy"; state-organs.ts).
 * LOCATED_IN comes from the gazetteer (entity-builder.ts).
 */
import type { ExtractedRelation, RelationPredicate, Span, TextField } from './types';
import { isModifierMention, modifierWord } from './clauses';
import type { BuiltEntities } from './entity-builder';
import type { AnalyzedSentence, RawMention } from './mention-detection';
import type { Resources } from './resources';
import type { TitleMatch } from './titles';
import type { Token } from './tokens';
import { countryKeyOf, homeCountry } from './referring-expressions';

type Fields = Record<TextField, string>;

const SUPPORT_WORDS = new Set(['backed', 'funded', 'supported', 'sponsored', 'armed']);
const COOPERATION_CUES = [['in', 'cooperation', 'with'], ['in', 'coordination', 'with'], ['in', 'partnership', 'with'], ['together', 'with'], ['alongside'], ['jointly', 'with']];
const COOPERATION_OPENERS = new Set(COOPERATION_CUES.map((c) => c[0] as string));

interface Ctx {
  s: AnalyzedSentence;
  built: BuiltEntities;
  fields: Fields;
  out: ExtractedRelation[];
  /** The story's home country (referring-expressions.ts homeCountry), for a state's unnamed government. */
  home: string | null;
}

function span(ctx: Ctx, start: number, end: number): Span {
  const field = ctx.s.sentence.field;
  return { field, start, end, text: ctx.fields[field].slice(start, end) };
}

function add(ctx: Ctx, subj: RawMention, pred: RelationPredicate, obj: RawMention, evidence: Span, role: string | null, confidence: number): void {
  addByKey(ctx, subj, pred, ctx.built.keyOf.get(obj), evidence, role, confidence);
}

/** add() for an object known only by its key ("government spokesman X": the state he speaks for has no mention). */
function addByKey(ctx: Ctx, subj: RawMention, pred: RelationPredicate, objectKey: string | undefined, evidence: Span, role: string | null, confidence: number): void {
  const subjectKey = ctx.built.keyOf.get(subj);
  if (!subjectKey || !objectKey || subjectKey === objectKey) return;
  if (ctx.out.some((r) => r.subjectKey === subjectKey && r.predicate === pred && r.objectKey === objectKey && r.evidence?.start === evidence.start)) return;
  ctx.out.push({ subjectKey, predicate: pred, objectKey, evidence, role, confidence });
}

function mentionsAfter(ctx: Ctx, tokenIndex: number, maxGap: number): RawMention | null {
  return ctx.s.mentions.find((m) => m.first > tokenIndex && m.first <= tokenIndex + maxGap && !isModifierMention(m, ctx.s.tokens) && ctx.built.keyOf.has(m)) ?? null;
}

function mentionBefore(ctx: Ctx, tokenIndex: number, maxGap: number): RawMention | null {
  const before = ctx.s.mentions.filter((m) => m.last < tokenIndex && m.last >= tokenIndex - maxGap && !isModifierMention(m, ctx.s.tokens) && ctx.built.keyOf.has(m));
  return before[before.length - 1] ?? null;
}

function supports(ctx: Ctx): void {
  const { tokens, mentions } = ctx.s;
  for (const x of mentions) {
    const word = modifierWord(x, tokens);
    if (!word || !SUPPORT_WORDS.has(word)) continue;
    const y = mentionsAfter(ctx, x.last + 2, 5);
    if (y) add(ctx, x, 'SUPPORTS', y, span(ctx, x.start, y.end), null, 0.75);
  }
  tokens.forEach((t, i) => {
    if (!SUPPORT_WORDS.has(t.lower) || tokens[i - 1]?.text === '-' || tokens[i + 1]?.lower !== 'by') return;
    const x = mentionsAfter(ctx, i + 1, 3);
    const y = mentionBefore(ctx, i, 4);
    if (x && y) add(ctx, x, 'SUPPORTS', y, span(ctx, y.start, x.end), null, 0.7);
  });
}

function cooperation(ctx: Ctx): void {
  const { tokens } = ctx.s;
  for (let i = 0; i < tokens.length; i += 1) {
    const cue = COOPERATION_OPENERS.has((tokens[i] as Token).lower) ? COOPERATION_CUES.find((c) => c.every((w, k) => tokens[i + k]?.lower === w)) : undefined;
    if (!cue) continue;
    const x = mentionBefore(ctx, i, 4);
    const y = mentionsAfter(ctx, i + cue.length - 1, 5);
    if (x && y) add(ctx, x, 'COOPERATES_WITH', y, span(ctx, x.start, y.end), null, 0.7);
  }
}

function predicateFor(title: TitleMatch): RelationPredicate | null {
  if (title.kind === 'LEADER') return 'LEADS';
  if (title.kind === 'SPOKESPERSON') return 'SPOKESPERSON_FOR';
  return title.kind === 'ROLE' ? 'HOLDS_ROLE_IN' : null;
}

/** "<Org> CEO <Person>", "<Org>'s spokesman <Person>". */
function titledNames(ctx: Ctx): void {
  const { tokens, mentions } = ctx.s;
  for (const p of mentions) {
    const title = p.title;
    const pred = title ? predicateFor(title) : null;
    if (!title || !pred || ctx.built.byKey.get(ctx.built.keyOf.get(p) ?? '')?.type !== 'PERSON') continue;
    // "Malawi Electoral Commission (MEC) chairperson Yamikani Nkhoma": the body before its acronym in brackets
    const bracketed = tokens[title.first - 1]?.text === ')' && tokens[title.first - 3]?.text === '(' ? 3 : 0;
    const gap = /^['’]s$/i.test(tokens[title.first - 1]?.text ?? '') ? 2 : bracketed + 1;
    const org = mentions.find((m) => m.last === title.first - gap);
    if (org) add(ctx, p, pred, org, span(ctx, org.start, p.end), title.text, 0.75);
    // "In Kinshasa, government spokesman Désiré Mukendi accused Rwanda": no body named, the government is the state's,
    // the one of a place the sentence names before, else the story's home country
    else if (ctx.home && pred === 'SPOKESPERSON_FOR' && (/^government\b/i.test(title.text) || tokens[title.first - 1]?.lower === 'government')) {
      const place = mentions.filter((m) => m.last < title.first).map((m) => countryKeyOf(ctx.built, ctx.built.keyOf.get(m) ?? '')).find((k) => !!k);
      const from = tokens[title.first - 1]?.lower === 'government' ? title.first - 1 : title.first;
      addByKey(ctx, p, pred, place ?? ctx.home, span(ctx, (tokens[from] as Token).start, p.end), title.text, 0.6);
    }
  }
}

/** "<Person>, the <title> of <Org>", "<Person>, a spokesman for <Org>". */
function appositions(ctx: Ctx, res: Resources): void {
  const { tokens, mentions } = ctx.s;
  for (const p of mentions) {
    if (tokens[p.last + 1]?.text !== ',' || ctx.built.byKey.get(ctx.built.keyOf.get(p) ?? '')?.type !== 'PERSON') continue;
    for (let k = p.last + 2; k <= p.last + 5 && k < tokens.length; k += 1) {
      const title = res.titles.matchAt(tokens, k, ctx.fields[ctx.s.sentence.field]);
      const pred = title ? predicateFor(title) : null;
      if (!title || !pred) continue;
      const prep = (tokens[title.last + 1] as Token | undefined)?.lower ?? '';
      const org = ['of', 'for', 'at'].includes(prep) ? mentionsAfter(ctx, title.last + 1, 2) : null;
      if (org) add(ctx, p, pred, org, span(ctx, p.start, org.end), title.text, 0.7);
      break;
    }
  }
}

function stateOrgans(ctx: Ctx): void {
  for (const o of ctx.s.mentions) {
    const country = o.organ?.country;
    // "Istanbul police": a city's force is located in the city, a state's organ is part of the state
    const city = country && !(country.ref?.kind === 'country' || country.ref?.kind === 'demonym');
    // ("Congress" in a story about Argentina: the country named elsewhere in the article, so no evidence span)
    const elsewhere = country && (country.field !== o.field || country.sentenceIndex !== o.sentenceIndex);
    if (country && elsewhere) {
      const subjectKey = ctx.built.keyOf.get(o);
      const objectKey = ctx.built.keyOf.get(country);
      if (subjectKey && objectKey && subjectKey !== objectKey && !ctx.out.some((r) => r.subjectKey === subjectKey && r.predicate === 'PART_OF' && r.objectKey === objectKey)) {
        ctx.out.push({ subjectKey, predicate: 'PART_OF', objectKey, evidence: null, role: null, confidence: 0.6 });
      }
    } else if (country) add(ctx, o, city ? 'LOCATED_IN' : 'PART_OF', country, span(ctx, country.start, o.end), null, 0.8);
  }
}

export function extractRelations(sentences: AnalyzedSentence[], built: BuiltEntities, res: Resources, fields: Fields, dateline = 0): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const home = homeCountry(built, dateline);
  for (const s of sentences) {
    const ctx: Ctx = { s, built, fields, out, home };
    supports(ctx);
    cooperation(ctx);
    titledNames(ctx);
    appositions(ctx, res);
    stateOrgans(ctx);
  }
  return out;
}
