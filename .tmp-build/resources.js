"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.getResources = getResources;
/**
 * All data the pipeline needs (gazetteer, lexicons), loaded once per process on first use
 * and cached at module level.
 */
const city_index_1 = require("./city-index");
const event_lexicon_1 = require("./event-lexicon");
const gazetteer_1 = require("./gazetteer");
const name_lexicon_1 = require("./name-lexicon");
const name_patterns_1 = require("./name-patterns");
const titles_1 = require("./titles");
let cached = null;
function getResources() {
    if (cached)
        return cached;
    const lexicon = (0, name_lexicon_1.loadNameLexicon)();
    const cities = (0, city_index_1.loadCityIndex)();
    cached = {
        gazetteer: (0, gazetteer_1.loadGazetteer)(cities, lexicon),
        lexicon,
        patterns: (0, name_patterns_1.loadNamePatterns)(),
        titles: (0, titles_1.loadTitleLexicon)(),
        events: (0, event_lexicon_1.loadEventLexicon)(),
    };
    return cached;
}
