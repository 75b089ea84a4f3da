"use strict";
/**
 * Name normalization used for entity keys and gazetteer matching.
 * - `normalizeName`: lowercase, no diacritics, no punctuation, single spaces ("Al Ḩasakah" → "al hasakah").
 * - `nameSkeleton`: a looser form for spelling variants: drops a leading Arabic article and
 *   doubled letters and a final "h" after a vowel ("al-Hassakah", "Al-Hasakah" → "hasaka";
 *   "Basra" = "Basrah").
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.foldDiacritics = foldDiacritics;
exports.normalizeName = normalizeName;
exports.nameSkeleton = nameSkeleton;
exports.skeletonOfNormalized = skeletonOfNormalized;
exports.nameWords = nameWords;
const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘ʼʻ`´ʿʾ]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|at|an|ash|az|ath)\s+/;
const SPECIAL_LETTERS = {
    ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd',
};
function foldDiacritics(text) {
    return text
        .normalize('NFKD')
        .replace(DIACRITICS, '')
        .replace(/[ßæœøđłıþð]/g, (c) => SPECIAL_LETTERS[c] ?? c);
}
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
function normalizeName(text) {
    if (PLAIN_WORD.test(text))
        return text.toLowerCase();
    return foldDiacritics(text.toLowerCase())
        .replace(APOSTROPHES, '')
        .replace(NON_WORD, ' ')
        .trim();
}
function nameSkeleton(text) {
    return skeletonOfNormalized(normalizeName(text));
}
function skeletonOfNormalized(norm) {
    return norm
        .replace(ARTICLE_PREFIX, '')
        .replace(/(\p{L})\1+/gu, '$1')
        .replace(/([aeiou])h\b/g, '$1')
        .replace(/\s+/g, ' ');
}
/** Words of a normalized name (for token-sequence lookups). */
function nameWords(text) {
    const norm = normalizeName(text);
    return norm ? norm.split(' ') : [];
}
