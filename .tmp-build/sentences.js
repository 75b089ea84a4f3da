"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitSentences = splitSentences;
const ABBREVIATIONS = new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'brig',
    'st', 'jr', 'sr', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
    'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'gov', 'sen', 'rep', 'rev',
    'mt', 'ft', 'approx', 'est', 'dept', 'univ', 'fig', 'al', 'op', 'vol',
]);
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s|$)/g;
function previousWord(text, end) {
    const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, end - 20), end));
    return m?.[1] ?? '';
}
function isBoundary(line, punctStart, after) {
    const rest = line.slice(after).trimStart();
    if (rest.length === 0)
        return true;
    const next = rest.charAt(0);
    if (!/[\p{Lu}\p{N}"“‘'(\[]/u.test(next))
        return false;
    if (line.charAt(punctStart) !== '.')
        return true;
    const word = previousWord(line, punctStart);
    if (/^\p{Lu}$/u.test(word))
        return false; // an initial: "J. Smith"
    if (/^nos?$/i.test(word) && /^\d/.test(rest))
        return false; // "No. 5"
    if (/^(?:\p{L}\.)+\p{L}$/u.test(word))
        return false; // "U.S." / "a.m."
    return !ABBREVIATIONS.has(word.toLowerCase());
}
function pushTrimmed(out, text, field, start, end) {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s)))
        s += 1;
    while (e > s && /\s/.test(text.charAt(e - 1)))
        e -= 1;
    if (e > s)
        out.push({ field, index: out.length, start: s, end: e, text: text.slice(s, e) });
}
function splitLine(text, field, lineStart, lineEnd, out) {
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
function splitSentences(text, field) {
    const out = [];
    const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g;
    let lineStart = 0;
    for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
        splitLine(text, field, lineStart, m.index, out);
        lineStart = m.index + m[0].length;
    }
    splitLine(text, field, lineStart, text.length, out);
    return out;
}
