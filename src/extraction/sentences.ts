/**
 * Sentence splitting with offsets. Line breaks always end a sentence (news bodies put
 * title/standfirst/caption/paragraphs on separate lines); inside a line, `.`, `!`, `?`
 * (optionally followed by closing quotes/brackets) end a sentence when the next word starts
 * with an uppercase letter, digit or opening quote, unless the word before is a known
 * abbreviation or an initial.
 */
import type { TextField } from './types';

export interface Sentence {
  field: TextField;
  /** Index of the sentence within its field. */
  index: number;
  /** Offsets into the field text; `text === fieldText.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'brig',
  'st', 'jr', 'sr', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'gov', 'sen', 'rep', 'rev',
  'mt', 'ft', 'approx', 'est', 'dept', 'univ', 'fig', 'al', 'op', 'vol',
]);

/** Abbreviations that may end a sentence ("... Acme Inc. The company said"), unlike titles. */
const ENDING_ABBREVIATIONS = new Set(['etc', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr']);
/** Capitalised words that open a sentence and hardly ever follow "U.S." or "a.m." inside one. */
const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'I', 'But', 'And', 'This', 'That', 'These',
  'Those', 'His', 'Her', 'Its', 'Their', 'After', 'When', 'While', 'Some', 'Many', 'Police', 'Officials', 'There', 'By', 'As', 'Since', 'Earlier',
  'Later', 'Meanwhile', 'However', 'Separately', 'Also', 'Two', 'Three', 'Four', 'Five', 'Several', 'No', 'Most', 'If', 'For', 'From', 'With']);

const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s|$)/g;

function previousWord(text: string, end: number): string {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, end - 20), end));
  return m?.[1] ?? '';
}

function isBoundary(line: string, punctStart: number, after: number): boolean {
  const rest = line.slice(after).trimStart();
  if (rest.length === 0) return true;
  const next = rest.charAt(0);
  if (!/[\p{Lu}\p{N}"“‘'(\[]/u.test(next)) return false;
  if (line.charAt(punctStart) !== '.') return true;
  const word = previousWord(line, punctStart);
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^nos?$/i.test(word) && /^\d/.test(rest)) return false; // "No. 5"
  // "U.S." / "a.m." / "Inc." end a sentence only before a word that opens one ("from 9 p.m. to 5 a.m. In Mahajanga, ...")
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || ENDING_ABBREVIATIONS.has(word.toLowerCase())) return SENTENCE_OPENERS.has(/^[\p{L}']+/u.exec(rest)?.[0] ?? '');
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(out: Sentence[], text: string, field: TextField, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s += 1;
  while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1;
  if (e > s) out.push({ field, index: out.length, start: s, end: e, text: text.slice(s, e) });
}

function splitLine(text: string, field: TextField, lineStart: number, lineEnd: number, out: Sentence[]): void {
  const line = text.slice(lineStart, lineEnd);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const after = m.index + m[0].length;
    if (isBoundary(line, m.index, after)) {
      pushTrimmed(out, text, field, lineStart + sentenceStart, lineStart + after);
      sentenceStart = after;
    }
  }
  pushTrimmed(out, text, field, lineStart + sentenceStart, lineEnd);
}

export function splitSentences(text: string, field: TextField): Sentence[] {
  const out: Sentence[] = [];
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    splitLine(text, field, lineStart, m.index, out);
    lineStart = m.index + m[0].length;
  }
  splitLine(text, field, lineStart, text.length, out);
  return out;
}
