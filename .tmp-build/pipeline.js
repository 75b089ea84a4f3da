"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BuiltinExtractor = exports.PIPELINE_VERSION = void 0;
exports.runPipeline = runPipeline;
const coreference_1 = require("./coreference");
const entity_builder_1 = require("./entity-builder");
const events_1 = require("./events");
const geocoding_1 = require("./geocoding");
const mention_detection_1 = require("./mention-detection");
const quotes_1 = require("./quotes");
const relations_1 = require("./relations");
const resources_1 = require("./resources");
const sentences_1 = require("./sentences");
const tokens_1 = require("./tokens");
exports.PIPELINE_VERSION = 'builtin-0.1.0';
function tokenizeField(text, field) {
    return (0, sentences_1.splitSentences)(text, field).map((sentence) => ({ sentence, tokens: (0, tokens_1.tokenize)(sentence.text, sentence.start) }));
}
function lowercaseWordSet(sentences) {
    const out = new Set();
    for (const s of sentences) {
        for (const t of s.tokens)
            if (t.isWord && t.text === t.lower && t.text.length > 2)
                out.add(t.lower);
    }
    return out;
}
function geocodeAll(res, mentions) {
    const countries = (0, geocoding_1.articleCountries)(mentions, res.gazetteer);
    const cityOf = new Map();
    for (const m of mentions) {
        const city = (0, geocoding_1.geocodeCity)(m, res.gazetteer, countries);
        if (city)
            cityOf.set(m, city);
    }
    return cityOf;
}
function runPipeline(input) {
    const res = (0, resources_1.getResources)();
    const title = typeof input.title === 'string' ? input.title : '';
    const body = typeof input.body === 'string' ? input.body : '';
    const publishedAt = input.publishedAt instanceof Date && !Number.isNaN(input.publishedAt.getTime()) ? input.publishedAt : new Date();
    const titleSentences = tokenizeField(title, 'TITLE');
    const bodySentences = tokenizeField(body, 'BODY');
    const lowercaseWords = lowercaseWordSet([...titleSentences, ...bodySentences]);
    const analyze = (text) => (s) => ({
        ...s, mentions: (0, mention_detection_1.detectMentions)(res, text, s.sentence, s.tokens, lowercaseWords),
    });
    const titleAnalyzed = titleSentences.map(analyze(title));
    const bodyAnalyzed = bodySentences.map(analyze(body));
    const all = [...titleAnalyzed, ...bodyAnalyzed];
    const cityOf = geocodeAll(res, all.flatMap((s) => s.mentions));
    const built = (0, entity_builder_1.buildEntities)((0, coreference_1.clusterMentions)(all, cityOf), res.gazetteer);
    const fields = { TITLE: title, BODY: body };
    const relations = [...built.relations, ...(0, relations_1.extractRelations)(all, built, res, fields)];
    const events = (0, events_1.extractEvents)(bodyAnalyzed, built, relations, res, { text: body, publishedAt });
    const quotes = (0, quotes_1.extractQuotes)(fields, all, built, res);
    return { pipelineVersion: exports.PIPELINE_VERSION, language: 'en', entities: built.entities, events, relations, quotes };
}
class BuiltinExtractor {
    version = exports.PIPELINE_VERSION;
    extract(input) {
        return runPipeline(input);
    }
}
exports.BuiltinExtractor = BuiltinExtractor;
