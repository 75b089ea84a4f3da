"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadNameLexicon = loadNameLexicon;
exports.conjugateVerb = conjugateVerb;
/**
 * Word knowledge borrowed from compromise's built-in lexicon (given names, surnames, weekdays,
 * months, common words, known multi-word organization and person names) and its verb
 * conjugation model. Compromise's full document tagger costs ~30 ms per 3 KB article, over
 * this pipeline's budget, so only its lexicon and conjugator are used, once, at load time.
 */
const compromise_1 = __importDefault(require("compromise"));
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_OR_ORG_TAGS = new Set(['Organization', 'City', 'Country', 'Place', 'Region', 'ProperNoun', 'SportsTeam', 'Demonym', 'Acronym', 'Abbreviation']);
const CALENDAR_TAGS = new Set(['WeekDay', 'Month', 'Date', 'Holiday']);
function tagsOf(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
function loadNameLexicon() {
    const world = compromise_1.default.world();
    const lexicon = world.model.one.lexicon;
    const has = (lower, tags) => tagsOf(lexicon[lower]).some((t) => tags.has(t));
    const organizationNames = [];
    const personNames = [];
    for (const [word, value] of Object.entries(lexicon)) {
        const tags = tagsOf(value);
        if (tags.includes('Organization') && word.length > 2)
            organizationNames.push(word);
        else if (tags.includes('Person') && word.includes(' '))
            personNames.push(word);
    }
    return {
        isGivenName: (w) => has(w, new Set(['FirstName', 'MaleName', 'FemaleName'])),
        isSurname: (w) => has(w, new Set(['LastName'])),
        isCalendarWord: (w) => has(w, CALENDAR_TAGS),
        isCommonWord: (w) => {
            const tags = tagsOf(lexicon[w]);
            return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t) || PLACE_OR_ORG_TAGS.has(t));
        },
        organizationNames,
        personNames,
    };
}
/** All inflected forms of a (possibly phrasal) verb, using compromise's conjugator. */
function conjugateVerb(infinitive) {
    const world = compromise_1.default.world();
    const forms = new Set([infinitive]);
    const result = world.methods.two.transform.verb.conjugate(infinitive, world.model);
    for (const [tense, form] of Object.entries(result)) {
        if (tense !== 'FutureTense' && form)
            forms.add(form.toLowerCase());
    }
    return [...forms];
}
