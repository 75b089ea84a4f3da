"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadTitleLexicon = loadTitleLexicon;
/**
 * Honorifics and job titles ("Mr", "CEO", "Prime Minister"), loaded from
 * data/lexicons/titles.json. Used to strip titles off names and to find role relations.
 */
const data_files_1 = require("./data-files");
function keyOf(words) {
    return words.join(' ').toLowerCase();
}
function splitWords(title) {
    return title.split(/[\s-]+/).filter((w) => w.length > 0);
}
function loadTitleLexicon() {
    const data = (0, data_files_1.readDataJson)('lexicons/titles.json');
    const kinds = new Map();
    const leaders = new Set(data.leaderTitles.map((t) => keyOf(splitWords(t))));
    const spokes = new Set(data.spokespersonTitles.map((t) => keyOf(splitWords(t))));
    for (const h of data.honorifics)
        kinds.set(keyOf(splitWords(h)), 'HONORIFIC');
    for (const t of [...data.titles, ...data.spokespersonTitles]) {
        const key = keyOf(splitWords(t));
        const kind = spokes.has(key) ? 'SPOKESPERSON' : leaders.has(key) ? 'LEADER' : 'ROLE';
        if (!kinds.has(key))
            kinds.set(key, kind);
    }
    const words = new Set([...kinds.keys()].flatMap((k) => k.split(' ')));
    const maxLen = Math.max(...[...kinds.keys()].map((k) => k.split(' ').length));
    return {
        isTitleWord: (lower) => words.has(lower),
        matchAt(tokens, i, fieldText) {
            const parts = [];
            let best = null;
            for (let j = i; j < tokens.length && parts.length < maxLen; j += 1) {
                const t = tokens[j];
                if (t.text === '-' && j > i)
                    continue;
                if (!t.isWord)
                    break;
                parts.push(t.lower);
                const kind = kinds.get(parts.join(' '));
                if (kind)
                    best = { kind, first: i, last: j, text: fieldText.slice(tokens[i].start, t.end) };
            }
            return best;
        },
    };
}
