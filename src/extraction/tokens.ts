/**
 * Word tokenization with offsets. Tokens are words (letters/digits with inner apostrophes),
 * dotted acronyms ("U.S."), numbers ("1,200", "3.5") and single punctuation characters.
 * A trailing possessive "'s" is split off ("Syria's" → "Syria", "'s").
 */
import { normalizeName } from './name-normalization';

export interface Token {
  text: string;
  /** Offsets into the field text. */
  start: number;
  end: number;
  lower: string;
  /** normalizeName(text): "" for punctuation. */
  norm: string;
  isWord: boolean;
  isNumber: boolean;
  /** First character is an uppercase letter. */
  isCap: boolean;
  /** Two or more letters, all uppercase ("US", "SDF", "U.S."). */
  isUpper: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE = /['’]s$/i;

type TokenShape = Omit<Token, 'text' | 'start' | 'end'>;

/** What a token's text says about it, computed once per distinct text (bounded: cleared past 50,000 texts). */
const shapes = new Map<string, TokenShape>();

function shapeOf(text: string): TokenShape {
  const known = shapes.get(text);
  if (known) return known;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const isPossessive = /^['’]s$/i.test(text);
  const isWord = !isPossessive && (letters.length > 0 || /^\p{N}/u.test(text));
  const shape: TokenShape = {
    lower: text.toLowerCase(),
    norm: isWord ? normalizeName(text) : '',
    isWord,
    isNumber: /^\p{N}+(?:[.,]\p{N}+)*$/u.test(text),
    isCap: /^\p{Lu}/u.test(text),
    isUpper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
  if (shapes.size >= 50_000) shapes.clear();
  shapes.set(text, shape);
  return shape;
}

function makeToken(text: string, start: number): Token {
  // fields written out, not spread: one object shape for every token, and no copying loop
  const s = shapeOf(text);
  return { text, start, end: start + text.length, lower: s.lower, norm: s.norm, isWord: s.isWord, isNumber: s.isNumber, isCap: s.isCap, isUpper: s.isUpper };
}

/** Tokenize `text` (a slice of a field starting at `offset`); token offsets are field offsets. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = offset + m.index;
    if (raw.length > 2 && POSSESSIVE.test(raw)) {
      tokens.push(makeToken(raw.slice(0, -2), start));
      tokens.push(makeToken(raw.slice(-2), start + raw.length - 2));
    } else {
      tokens.push(makeToken(raw, start));
    }
  }
  return tokens;
}
