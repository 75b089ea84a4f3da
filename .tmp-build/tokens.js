"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokenize = tokenize;
/**
 * Word tokenization with offsets. Tokens are words (letters/digits with inner apostrophes),
 * dotted acronyms ("U.S."), numbers ("1,200", "3.5") and single punctuation characters.
 * A trailing possessive "'s" is split off ("Syria's" → "Syria", "'s").
 */
const name_normalization_1 = require("./name-normalization");
const TOKEN = /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE = /['’]s$/i;
function makeToken(text, start) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    const isPossessive = /^['’]s$/i.test(text);
    const isWord = !isPossessive && (letters.length > 0 || /^\p{N}/u.test(text));
    return {
        text,
        start,
        end: start + text.length,
        lower: text.toLowerCase(),
        norm: isWord ? (0, name_normalization_1.normalizeName)(text) : '',
        isWord,
        isNumber: /^\p{N}+(?:[.,]\p{N}+)*$/u.test(text),
        isCap: /^\p{Lu}/u.test(text),
        isUpper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    };
}
/** Tokenize `text` (a slice of a field starting at `offset`); token offsets are field offsets. */
function tokenize(text, offset = 0) {
    const tokens = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
        const raw = m[0];
        const start = offset + m.index;
        if (raw.length > 2 && POSSESSIVE.test(raw)) {
            tokens.push(makeToken(raw.slice(0, -2), start));
            tokens.push(makeToken(raw.slice(-2), start + raw.length - 2));
        }
        else {
            tokens.push(makeToken(raw, start));
        }
    }
    return tokens;
}
