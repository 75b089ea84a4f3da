"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findAttribution = findAttribution;
const ACCORDING = /\baccording to ((?:[^,.;:"“”()]|\.(?=\w)){2,80})/i;
const SOURCES_TOLD = /\b[Ss]ources? (?:told|tell|tells|speaking to|cited by) [\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3}/u;
const AS_PER = /\bas per [^,.;:"“”]{1,60}?\b(?:claims?|reports?|statements?|sources|figures|data|officials)\b/i;
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'also', 'later', 'previously', 'earlier']);
const DETERMINERS = new Set(['the', 'a', 'an', 'two', 'three', 'several', 'some', 'many', 'other']);
function regexAttribution(text, offset) {
    for (const [re, group] of [[ACCORDING, 1], [SOURCES_TOLD, 0], [AS_PER, 0]]) {
        const m = re.exec(text);
        const matched = m?.[group];
        if (m && matched) {
            const trimmed = matched.replace(/\s+$/, '');
            const start = m.index + m[0].indexOf(matched);
            return { text: trimmed, start: offset + start, end: offset + start + trimmed.length };
        }
    }
    return null;
}
/** Start token of the speaker phrase ending at token `k` ("the sources", a mention), or -1. */
function speakerStart(tokens, k, mentions, lex) {
    const mention = mentions.find((m) => m.last === k);
    if (mention)
        return mention.first;
    const t = tokens[k];
    if (!t || !lex.speakerNouns.has(t.lower))
        return -1;
    let s = k;
    while (s - 1 >= 0 && s > k - 3 && tokens[s - 1].isWord && !lex.attributionVerbs.has(tokens[s - 1].lower)) {
        const prev = tokens[s - 1];
        if (!DETERMINERS.has(prev.lower) && !/(?:ed|al|an|ic|ish|ior|ary)$/.test(prev.lower) && !prev.isCap)
            break;
        s -= 1;
    }
    return s;
}
/** "X said", "X had reported", "the sources said". */
function subjectVerbAttribution(tokens, mentions, lex, fieldText) {
    for (let i = 1; i < tokens.length; i += 1) {
        if (!lex.attributionVerbs.has(tokens[i].lower))
            continue;
        let k = i - 1;
        while (k > 0 && AUXILIARIES.has(tokens[k].lower))
            k -= 1;
        const s = speakerStart(tokens, k, mentions, lex);
        if (s < 0)
            continue;
        const start = tokens[s].start;
        const end = tokens[i].end;
        return { text: fieldText.slice(start, end), start, end };
    }
    return null;
}
function findAttribution(sentenceText, sentenceStart, tokens, mentions, lex, fieldText) {
    return regexAttribution(sentenceText, sentenceStart) ?? subjectVerbAttribution(tokens, mentions, lex, fieldText);
}
