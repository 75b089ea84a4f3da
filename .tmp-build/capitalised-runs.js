"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findCapitalisedRuns = findCapitalisedRuns;
exports.splitAtConnectors = splitAtConnectors;
const JOINERS = new Set(['-', '&', '.']);
const HEAD_BEFORE_CONNECTOR = new Set(['republic', 'kingdom', 'state', 'states', 'emirate', 'emirates', 'people']);
function isCapWord(t) {
    return !!t && t.isWord && t.isCap && !t.isNumber;
}
function adjacent(a, b) {
    return a.end === b.start;
}
/** Number of tokens a particle/joiner/connector extension consumes at j+1, or 0. */
function extensionAt(tokens, j, p) {
    const cur = tokens[j];
    const next = tokens[j + 1];
    if (!next)
        return 0;
    if (isCapWord(next))
        return 1;
    const after = tokens[j + 2];
    if (JOINERS.has(next.text) && isCapWord(after) && adjacent(cur, next) && adjacent(next, after))
        return 2;
    const particles = particleRun(tokens, j + 1, p);
    if (particles > 0)
        return particles + 1;
    if (next.isWord && p.connectors.has(next.lower) && next.lower !== 'the') {
        if (isCapWord(after))
            return 2;
        if (after?.lower === 'the' && isCapWord(tokens[j + 3]))
            return 3;
    }
    return 0;
}
/**
 * Lowercase name particles starting at i and leading to a capitalised word: "al-", "de la ",
 * "bin ", "van der ". Returns the number of tokens up to (not including) that word, or 0.
 */
function particleRun(tokens, i, p) {
    let k = i;
    while (k < i + 4) {
        const t = tokens[k];
        if (!t || !t.isWord || t.isCap || !(p.particles.has(t.lower) || (k > i && t.lower === 'la')))
            break;
        k += 1;
        if (tokens[k]?.text === '-')
            k += 1;
    }
    return k > i && isCapWord(tokens[k]) ? k - i : 0;
}
function startsRun(tokens, i, p) {
    return isCapWord(tokens[i]) || particleRun(tokens, i, p) > 0;
}
/** Runs of capitalised words in one sentence's tokens (before connector splitting). */
function findCapitalisedRuns(tokens, p) {
    const runs = [];
    let i = 0;
    while (i < tokens.length) {
        if (!startsRun(tokens, i, p)) {
            i += 1;
            continue;
        }
        let j = i;
        if (!isCapWord(tokens[i]))
            j = i + particleRun(tokens, i, p); // "al" "-" "Hol"
        for (let step = extensionAt(tokens, j, p); step > 0; step = extensionAt(tokens, j, p))
            j += step;
        runs.push({ first: i, last: j });
        i = j + 1;
    }
    return runs;
}
function endsInHead(tokens, first, last, p) {
    const w = tokens[last].lower;
    return last >= first && (p.orgHeads.has(w) || p.placeHeads.has(w) || HEAD_BEFORE_CONNECTOR.has(w));
}
/**
 * Split a run at connectors ("Biden in Paris" → "Biden", "Paris") unless the part before the
 * connector ends in a head word ("Gulf of Aden", "Islamic Resistance in Iraq").
 */
function splitAtConnectors(run, tokens, p) {
    const out = [];
    let segStart = run.first;
    for (let k = run.first + 1; k < run.last; k += 1) {
        const t = tokens[k];
        if (!t.isWord || t.isCap || !p.connectors.has(t.lower) || t.lower === 'the')
            continue;
        const keep = t.lower !== 'and' && endsInHead(tokens, segStart, k - 1, p);
        if (keep)
            continue;
        out.push({ first: segStart, last: k - 1 });
        segStart = tokens[k + 1].lower === 'the' ? k + 2 : k + 1;
    }
    out.push({ first: segStart, last: run.last });
    return out.filter((r) => r.first <= r.last);
}
