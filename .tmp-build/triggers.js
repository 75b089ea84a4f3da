"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findTriggers = findTriggers;
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Match `words` starting at token i; returns the last token index or -1. '...' skips up to two words. */
function matchWords(tokens, i, words) {
    let j = i;
    for (let w = 0; w < words.length; w += 1) {
        const word = words[w];
        if (word === '...') {
            const next = words[w + 1];
            let skipped = 0;
            while (skipped < 3 && tokens[j]?.lower !== next) {
                j += 1;
                skipped += 1;
            }
            continue;
        }
        while (tokens[j]?.text === '-' && w > 0)
            j += 1;
        if (tokens[j]?.lower !== word)
            return -1;
        j += 1;
    }
    return j - 1;
}
function isPassive(tokens, hit) {
    const head = tokens[hit.first];
    if (hit.form.pos !== 'verb' || /ing$/.test(head.lower) || head.lower === hit.form.lemma.split(' ')[0])
        return false;
    for (let k = hit.first - 1; k >= 0 && k >= hit.first - 3; k -= 1) {
        if (BE_FORMS.has(tokens[k].lower))
            return true;
    }
    return false;
}
function insideName(mentions, i) {
    return mentions.some((m) => m.first <= i && i <= m.last);
}
function findTriggers(tokens, mentions, lex) {
    const hits = [];
    for (let i = 0; i < tokens.length; i += 1) {
        const t = tokens[i];
        const forms = t.isWord ? lex.triggersByFirstWord.get(t.lower) : undefined;
        if (!forms || tokens[i - 1]?.text === '-' || insideName(mentions, i))
            continue;
        for (const form of forms) {
            const last = matchWords(tokens, i, form.words);
            if (last < 0)
                continue;
            hits.push({ type: form.type, form, first: i, last, passive: isPassive(tokens, { first: i, form }) });
            i = last;
            break;
        }
    }
    return hits;
}
