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

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

export function normalizeName(text: string): string {
  if (PLAIN_WORD.test(text)) return text.toLowerCase();
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
