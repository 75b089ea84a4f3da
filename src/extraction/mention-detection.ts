/**
 * Mention detection for one sentence: gazetteer phrases (countries, demonyms, curated places,
 * known organizations, compromise's known names) and capitalised sequences, with honorifics
 * and job titles split off ("CEO Darren Woods" → title "CEO" + PERSON "Darren Woods").
 * Every mention's `text` is `fieldText.slice(start, end)`.
 */
import type { EntityType, TextField } from './types';
import { findCapitalisedRuns, splitAtConnectors, type Run } from './capitalised-runs';
import type { GazetteerRef } from './gazetteer';
import type { Resources } from './resources';
import { typeRun } from './run-typing';
import type { Sentence } from './sentences';
import type { TitleMatch } from './titles';
import type { Token } from './tokens';
import type { PhraseMatch } from './phrase-dictionary';

export interface RawMention {
  field: TextField;
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  /** Token index range [first, last] within the sentence's tokens. */
  first: number;
  last: number;
  /** null: unknown yet (single capitalised word). */
  type: EntityType | null;
  ref: GazetteerRef | null;
  confidence: number;
  weak: boolean;
  /** The job title/honorific right before the name, if any. */
  title: TitleMatch | null;
  /** Preceded by a locative preposition ("in", "near", "inside the"). */
  locative: boolean;
}

export interface AnalyzedSentence {
  sentence: Sentence;
  tokens: Token[];
  mentions: RawMention[];
}

interface SentenceContext {
  res: Resources;
  fieldText: string;
  sentence: Sentence;
  tokens: Token[];
  dictAt: Array<PhraseMatch<GazetteerRef> | null>;
  lowercaseWords: Set<string>;
  out: RawMention[];
}

const DICTIONARY_CONFIDENCE: Record<GazetteerRef['kind'], number> = {
  country: 0.95, curated: 0.9, org: 0.9, metonym: 0.7, demonym: 0.7, 'lexicon-org': 0.6, 'lexicon-person': 0.6,
};

function refType(ref: GazetteerRef, ctx: SentenceContext): EntityType {
  if (ref.kind === 'org') return ctx.res.gazetteer.organizations.get(ref.id)?.type ?? 'ORGANIZATION';
  if (ref.kind === 'lexicon-org') return 'ORGANIZATION';
  if (ref.kind === 'lexicon-person') return 'PERSON';
  return 'LOCATION';
}

function isLocative(ctx: SentenceContext, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && /^(?:the|a|an)$/.test((ctx.tokens[k] as Token).lower)) k -= 1;
  const prev = ctx.tokens[k];
  return !!prev && ctx.res.events.locatives.has(prev.lower);
}

type MentionFields = Omit<RawMention, 'field' | 'sentenceIndex' | 'start' | 'end' | 'text' | 'first' | 'last' | 'locative'>;

function push(ctx: SentenceContext, first: number, last: number, m: MentionFields): void {
  const start = (ctx.tokens[first] as Token).start;
  const end = (ctx.tokens[last] as Token).end;
  ctx.out.push({
    field: ctx.sentence.field, sentenceIndex: ctx.sentence.index, start, end,
    text: ctx.fieldText.slice(start, end), first, last, locative: isLocative(ctx, first), ...m,
  });
}

function pushDictionary(ctx: SentenceContext, match: PhraseMatch<GazetteerRef>, title: TitleMatch | null): void {
  const type = refType(match.value, ctx);
  push(ctx, match.first, match.last, {
    type, ref: match.value, confidence: DICTIONARY_CONFIDENCE[match.value.kind], weak: false, title,
  });
}

/** A quote right after a word or punctuation is a closing one: `...positives," Sinner said`. */
function isClosingQuote(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  return t.text === '”' || t.text === '’' || (/^["']$/.test(t.text) && !!prev && prev.end === t.start);
}

function isSentenceInitial(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k -= 1) {
    const t = tokens[k] as Token;
    if (t.isWord) return false;
    if (/^[:"“‘'(\[—–|]$/.test(t.text)) return !isClosingQuote(tokens, k);
  }
  return true;
}

/** A title/honorific ending right before token `i`, in the run or as lowercase words ("spokesman"). */
function titleBefore(ctx: SentenceContext, i: number, runTitle: TitleMatch | null): TitleMatch | null {
  if (runTitle) return runTitle;
  for (let back = 1; back <= 3 && i - back >= 0; back += 1) {
    const m = ctx.res.titles.matchAt(ctx.tokens, i - back, ctx.fieldText);
    if (m && (m.last === i - 1 || (m.last === i - 2 && ctx.tokens[i - 1]?.text === '.'))) return m;
  }
  return null;
}

/** ", the mayor" / ", a spokesman for" right after the name. */
function titleAfter(ctx: SentenceContext, last: number): boolean {
  if (ctx.tokens[last + 1]?.text !== ',') return false;
  const k = /^(?:the|a|an)$/.test(ctx.tokens[last + 2]?.lower ?? '') ? last + 3 : last + 2;
  const m = ctx.res.titles.matchAt(ctx.tokens, k, ctx.fieldText);
  return !!m && m.kind !== 'HONORIFIC';
}

/** "KOSTI, Sudan —" / "BERLIN —": an all-caps place name opening a body line. */
function isDateline(ctx: SentenceContext, seg: Run): boolean {
  const words = ctx.tokens.slice(seg.first, seg.last + 1).filter((t) => t.isWord);
  const next = ctx.tokens[seg.last + 1]?.text ?? '';
  return seg.first === 0 && words.every((t) => t.isUpper) && [',', '—', '–', '-'].includes(next);
}

function pushTyped(ctx: SentenceContext, seg: Run, title: TitleMatch | null): void {
  if (isDateline(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'LOCATION', ref: null, confidence: 0.5, weak: false, title: null });
    return;
  }
  const personTitle = title !== null || titleAfter(ctx, seg.last);
  const typing = typeRun(ctx.tokens.slice(seg.first, seg.last + 1), {
    lexicon: ctx.res.lexicon, patterns: ctx.res.patterns, personTitleBefore: personTitle,
    sentenceInitial: isSentenceInitial(ctx.tokens, seg.first), lowercaseWords: ctx.lowercaseWords,
  });
  if (typing.drop) return;
  if (typing.type === null && orgContext(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.45, weak: false, title });
    return;
  }
  push(ctx, seg.first, seg.last, { type: typing.type, ref: null, confidence: typing.confidence, weak: typing.weak, title });
}

const ORG_CONTEXT_AFTER = new Set(['shares', 'stock', 'share', 'chief', 'ceo', 'board', 'executive', 'executives', 'shareholders', 'investors', 'spokesperson', 'spokesman', 'spokeswoman', 'subsidiary', 'unit', 'headquarters', 'revenue', 'profit', 'earnings']);
const ORG_SUFFIX = /^(?:inc|corp|co|ltd|llc|plc|ag|sa|nv|gmbh)$/;

/**
 * Evidence that an unknown name is an organization: "Procter & Gamble", "Acme Inc", "Vexo's
 * shares", "shares of Vexo", "Vexo, which owns ...".
 */
function orgContext(ctx: SentenceContext, seg: Run): boolean {
  const { tokens } = ctx;
  if (tokens.slice(seg.first, seg.last + 1).some((t) => t.text === '&')) return true;
  const next = tokens[seg.last + 1];
  const after = tokens[seg.last + 2];
  if (next && ORG_SUFFIX.test(next.lower.replace(/\.$/, ''))) return true;
  if (next && /^['’]s$/.test(next.text) && after && ORG_CONTEXT_AFTER.has(after.lower)) return true;
  if (next?.text === ',' && (after?.lower === 'which' || (after?.lower === 'the' && /^(?:company|firm|group|bank|lender|insurer|carrier|airline|retailer|maker|operator|manufacturer|developer|producer|agency|regulator)$/.test(tokens[seg.last + 3]?.lower ?? '')))) return true;
  const before = tokens[seg.first - 1];
  return !!before && /^(?:shares|stake|subsidiary|unit)$/.test(tokens[seg.first - 2]?.lower ?? '') && before.lower === 'of';
}

/** Ends in an org/place head word, or contains a connector kept after one ("Gulf of Aden"). */
function hasHeadWord(ctx: SentenceContext, seg: Run): boolean {
  const { orgHeads, placeHeads, connectors } = ctx.res.patterns;
  const isHead = (k: number) => {
    const w = (ctx.tokens[k] as Token).lower;
    return orgHeads.has(w) || placeHeads.has(w);
  };
  if (seg.last === seg.first) return false;
  if (isHead(seg.last)) return true;
  for (let k = seg.first + 1; k < seg.last; k += 1) {
    const t = ctx.tokens[k] as Token;
    if (!t.isCap && connectors.has(t.lower) && isHead(k - 1)) return true;
  }
  return false;
}

/** "American Coco Gauff": what follows the demonym reads as a person's name. */
function demonymBeforePerson(ctx: SentenceContext, first: number, last: number): boolean {
  const typing = typeRun(ctx.tokens.slice(first, last + 1), {
    lexicon: ctx.res.lexicon, patterns: ctx.res.patterns, personTitleBefore: false, sentenceInitial: false, lowercaseWords: ctx.lowercaseWords,
  });
  return typing.type === 'PERSON' && last > first;
}

/**
 * "Port Sudan", "Kuwait City", "Guatemala City": a multi-word segment that is the name of a sizeable
 * GeoNames city and contains a country (or other gazetteer phrase) is the city, not the country.
 */
function isCityContainingPhrase(ctx: SentenceContext, seg: Run): boolean {
  if (seg.last === seg.first) return false;
  let inner = false;
  for (let k = seg.first; k <= seg.last && !inner; k += 1) inner = ctx.dictAt[k] !== null;
  if (!inner) return false;
  const { cities } = ctx.res.gazetteer;
  const text = ctx.fieldText.slice((ctx.tokens[seg.first] as Token).start, (ctx.tokens[seg.last] as Token).end);
  return cities.byName(text).some((i) => {
    const c = cities.get(i);
    return c.population >= 50_000 || c.featureCode === 'PPLC';
  });
}

/** A segment without titles: dictionary phrases inside it, heuristics for the rest. */
function resolveSegment(ctx: SentenceContext, seg: Run, title: TitleMatch | null): void {
  const whole = ctx.dictAt[seg.first];
  if (whole && whole.last >= seg.last && !(title && whole.value.kind !== 'org')) {
    pushDictionary(ctx, whole, title);
    return;
  }
  if (!title && isCityContainingPhrase(ctx, seg)) {
    push(ctx, seg.first, seg.last, { type: 'LOCATION', ref: null, confidence: 0.8, weak: false, title: null });
    return;
  }
  if (hasHeadWord(ctx, seg) || title) {
    pushTyped(ctx, seg, title);
    return;
  }
  if (whole?.value.kind === 'demonym' && whole.last < seg.last && !demonymBeforePerson(ctx, whole.last + 1, seg.last)) {
    // "French Open", "American Airlines": the demonym is part of the name.
    push(ctx, seg.first, seg.last, { type: 'ORGANIZATION', ref: null, confidence: 0.5, weak: false, title: null });
    return;
  }
  let pieceStart = seg.first;
  for (let k = seg.first; k <= seg.last; k += 1) {
    const m = ctx.dictAt[k];
    if (!m || m.last > seg.last) continue;
    if (k > pieceStart) pushTyped(ctx, { first: pieceStart, last: k - 1 }, null);
    pushDictionary(ctx, m, null);
    pieceStart = m.last + 1;
    k = m.last;
  }
  if (pieceStart <= seg.last) pushTyped(ctx, { first: pieceStart, last: seg.last }, pieceStart === seg.first ? titleBefore(ctx, seg.first, null) : null);
}

/** Split a run at job titles/honorifics; the name after a title gets it as context. */
function resolveRun(ctx: SentenceContext, run: Run): void {
  const lastWord = (ctx.tokens[run.last] as Token).lower;
  const endsInOrgHead = ctx.res.patterns.orgHeads.has(lastWord);
  let segStart = run.first;
  let pendingTitle: TitleMatch | null = null;
  for (let k = run.first; k <= run.last && !endsInOrgHead; k += 1) {
    const title = ctx.res.titles.matchAt(ctx.tokens, k, ctx.fieldText);
    if (!title) continue;
    if (k > segStart) resolveSegment(ctx, { first: segStart, last: k - 1 }, pendingTitle);
    pendingTitle = title;
    segStart = title.last + 1;
    if (ctx.tokens[segStart]?.text === '.') segStart += 1;
    k = segStart - 1;
  }
  if (segStart <= run.last) resolveSegment(ctx, { first: segStart, last: run.last }, pendingTitle);
}

/** "The Pentagon" → "Pentagon"; at sentence start also "On Saturday", "Both Alcaraz", "At Wimbledon". */
function stripLeadingWords(ctx: SentenceContext, run: Run): Run {
  let first = run.first;
  const initial = isSentenceInitial(ctx.tokens, run.first);
  while (first < run.last) {
    const t = ctx.tokens[first] as Token;
    const common = ctx.res.lexicon.isCommonWord(t.lower) || ctx.res.patterns.nonEntities.has(t.lower) || ctx.lowercaseWords.has(t.lower);
    if (t.lower !== 'the' && !(initial && common && !ctx.dictAt[first])) break;
    first += 1;
    while (first < run.last && !(ctx.tokens[first] as Token).isWord) first += 1;
  }
  return { first, last: run.last };
}

export function detectMentions(res: Resources, fieldText: string, sentence: Sentence, tokens: Token[], lowercaseWords: Set<string>): RawMention[] {
  const dictAt = tokens.map((_, i) => res.gazetteer.dictionary.matchAt(tokens, i));
  const ctx: SentenceContext = { res, fieldText, sentence, tokens, dictAt, lowercaseWords, out: [] };
  const runs = findCapitalisedRuns(tokens, res.patterns);
  let runIdx = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const run = runs[runIdx];
    const dm = dictAt[i];
    if (run && run.first === i) {
      const pieces = splitAtConnectors(run, tokens, res.patterns).map((r) => stripLeadingWords(ctx, r));
      for (const piece of pieces) resolveRun(ctx, piece);
      i = run.last;
      runIdx += 1;
    } else if (dm && !(tokens[i] as Token).isCap && tokens.slice(i, dm.last + 1).some((t) => t.isCap)) {
      pushDictionary(ctx, dm, null);
      i = dm.last;
      while (runs[runIdx] && (runs[runIdx] as Run).first <= i) runIdx += 1;
    }
  }
  return ctx.out;
}
