"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pluralise = pluralise;
exports.loadEventLexicon = loadEventLexicon;
const data_files_1 = require("./data-files");
const name_lexicon_1 = require("./name-lexicon");
function words(phrase) {
    return phrase.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 0);
}
function pluralise(noun) {
    if (/(?:s|sh|ch|x|z)$/.test(noun))
        return `${noun}es`;
    if (/[^aeiou]y$/.test(noun))
        return `${noun.slice(0, -1)}ies`;
    return `${noun}s`;
}
function compileTriggers(file) {
    const forms = [];
    for (const [lemma, type] of Object.entries(file.verbs)) {
        const all = file.verbForms[lemma] ?? (0, name_lexicon_1.conjugateVerb)(lemma);
        for (const f of all)
            forms.push({ type, lemma, pos: 'verb', words: words(f) });
    }
    for (const [lemma, type] of Object.entries(file.nouns)) {
        const w = words(lemma);
        const last = w[w.length - 1] ?? '';
        forms.push({ type, lemma, pos: 'noun', words: w });
        if (!/s$/.test(last))
            forms.push({ type, lemma, pos: 'noun', words: [...w.slice(0, -1), pluralise(last)] });
    }
    for (const [phrase, type] of Object.entries(file.phrases))
        forms.push({ type, lemma: phrase, pos: 'phrase', words: words(phrase) });
    const byFirst = new Map();
    for (const f of forms) {
        const first = f.words[0];
        if (!first)
            continue;
        const list = byFirst.get(first) ?? [];
        list.push(f);
        byFirst.set(first, list);
    }
    for (const list of byFirst.values())
        list.sort((a, b) => b.words.length - a.words.length);
    return byFirst;
}
function cues(table) {
    const out = [];
    for (const [value, phrases] of Object.entries(table)) {
        for (const p of phrases)
            out.push({ words: p.toLowerCase().split(/\s+/), value });
    }
    return out.sort((a, b) => b.words.length - a.words.length);
}
function loadEventLexicon() {
    const triggers = (0, data_files_1.readDataJson)('lexicons/plover-triggers.json');
    const c = (0, data_files_1.readDataJson)('lexicons/event-cues.json');
    return {
        triggersByFirstWord: compileTriggers(triggers),
        suppressors: new Set(triggers.suppressors.words),
        modalityCues: cues(c.modality),
        locatives: new Set(c.locativePrepositions),
        countQualifiers: cues(c.countQualifiers),
        killedWords: new Set(c.killedWords),
        injuredWords: new Set(c.injuredWords),
        casualtyNouns: new Set(c.casualtyNouns),
        attributionVerbs: new Set(c.attributionVerbs),
        speakerNouns: new Set(c.speakerNouns),
    };
}
