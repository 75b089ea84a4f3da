/**
 * Name normalization used for entity keys and gazetteer matching.
 * - `normalizeName`: lowercase, no diacritics, no punctuation, single spaces ("Al Ḩasakah" → "al hasakah").
 * - `nameSkeleton`: a looser form for spelling variants: drops a leading Arabic article and
 *   doubled letters and a final "h" after a vowel ("al-Hassakah", "Al-Hasakah" → "hasaka";
 *   "Basra" = "Basrah").
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘ʼʻ`´ʿʾ]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|at|an|ash|az|ath)\s+/;
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd',
};

export function foldDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(/[ßæœøđłıþð]/g, (c) => SPECIAL_LETTERS[c] ?? c);
}

const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
/** Printable ASCII: nothing to fold, and the only apostrophes are ' and `. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

export function normalizeName(text: string): string {
  // fast paths for the common cases; the Unicode regexes below are the slow part of this function
  if (PLAIN_NAME.test(text)) return text.toLowerCase();
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(ASCII_APOSTROPHES, '').replace(ASCII_NON_WORD, ' ').trim();
  return normalizeUnicodeName(text);
}

/** normalizeName without its fast paths (exported so tests can hold the fast paths to it). */
export function normalizeUnicodeName(text: string): string {
  return foldDiacritics(text.toLowerCase())
    .replace(APOSTROPHES, '')
    .replace(NON_WORD, ' ')
    .trim();
}

export function nameSkeleton(text: string): string {
  return skeletonOfNormalized(normalizeName(text));
}

export function skeletonOfNormalized(norm: string): string {
  return norm
    .replace(ARTICLE_PREFIX, '')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/([aeiou])h\b/g, '$1')
    .replace(/\s+/g, ' ');
}

/** Words of a normalized name (for token-sequence lookups). */
export function nameWords(text: string): string[] {
  const norm = normalizeName(text);
  return norm ? norm.split(' ') : [];
}

/** An English plural noun's singular, for matching descriptions: "ministries" → "ministry", "villages" → "village". */
export function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Records indexed by each distinct normalized name `namesOf` gives them (a record appears once per name). */
export function indexByNames<T>(records: readonly T[], namesOf: (record: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const r of records) {
    for (const n of new Set(namesOf(r).map((x) => normalizeName(x)))) {
      if (!n) continue;
      const list = index.get(n);
      if (list) list.push(r);
      else index.set(n, [r]);
    }
  }
  return index;
}
