"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clauseIds = clauseIds;
exports.isLocativeMention = isLocativeMention;
exports.isModifierMention = isModifierMention;
exports.modifierWord = modifierWord;
exports.isPossessiveMention = isPossessiveMention;
const BOUNDARY_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')']);
const BOUNDARY_WORDS = new Set(['which', 'who', 'while', 'whereas', 'after', 'since', 'because', 'although', 'though', 'when', 'where', 'whom', 'before', 'until']);
/** Determiners and place adjectives between a preposition and a place: "into eastern and northeastern Syria". */
const SKIPPABLE_BEFORE_PLACE = /^(?:the|a|an|and|or|occupied|(?:north|south)?(?:east|west)(?:ern)?|(?:north|south)(?:ern)?|central|\w+ern|upper|lower|greater|rural|coastal|war-torn|besieged)$/;
const MODIFIER_SUFFIXES = new Set(['backed', 'funded', 'supported', 'sponsored', 'allied', 'aligned', 'affiliated', 'based', 'led', 'linked', 'armed', 'bound', 'made', 'owned', 'run']);
/** Clause number of every token (increments at each boundary). */
function clauseIds(tokens) {
    let id = 0;
    return tokens.map((t) => {
        if (BOUNDARY_PUNCT.has(t.text) || (t.isWord && BOUNDARY_WORDS.has(t.lower)))
            id += 1;
        return id;
    });
}
/** "in X", "inside the X", "into eastern and northeastern X", and "in X and Y" for Y. */
function isLocativeMention(m, tokens, lex, previous) {
    if (m.locative)
        return true;
    for (let k = m.first - 1, steps = 0; k >= 0 && steps < 4; k -= 1, steps += 1) {
        const t = tokens[k];
        if (!t.isWord || t.isCap || t.isNumber)
            break;
        if (lex.locatives.has(t.lower) || (t.lower === 'of' && tokens[k - 1]?.lower === 'out'))
            return true;
        if (!SKIPPABLE_BEFORE_PLACE.test(t.lower))
            break;
    }
    const between = previous ? tokens.slice(previous.last + 1, m.first).map((t) => t.lower).join(' ') : '';
    return !!previous && (between === 'and' || between === 'or' || between === ',') && isLocativeMention(previous, tokens, lex);
}
/** "US-backed", "Iran-aligned": the mention modifies a noun and is not a participant itself. */
function isModifierMention(m, tokens) {
    const dash = tokens[m.last + 1];
    const word = tokens[m.last + 2];
    return dash?.text === '-' && !!word && MODIFIER_SUFFIXES.has(word.lower);
}
function modifierWord(m, tokens) {
    return isModifierMention(m, tokens) ? tokens[m.last + 2].lower : null;
}
function isPossessiveMention(m, tokens) {
    return /^['’]s$/i.test(tokens[m.last + 1]?.text ?? '');
}
