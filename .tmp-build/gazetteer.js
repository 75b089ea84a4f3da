"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadGazetteer = loadGazetteer;
const country_gazetteer_1 = require("./country-gazetteer");
const data_files_1 = require("./data-files");
const phrase_dictionary_1 = require("./phrase-dictionary");
function slugify(name) {
    return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
function loadCurated() {
    const data = (0, data_files_1.readDataJson)('gazetteer/curated-places.json');
    return new Map(data.places.map((p) => [p.slug, p]));
}
function loadOrganizations() {
    const data = (0, data_files_1.readDataJson)('gazetteer/organizations.json');
    return new Map(data.organizations.map((o) => [slugify(o.name), { ...o, id: slugify(o.name) }]));
}
/** Dictionary entries are added in priority order: the first entry for a phrase wins. */
function buildDictionary(countries, curated, orgs, lexicon) {
    const dict = new phrase_dictionary_1.PhraseDictionary();
    for (const o of orgs.values()) {
        for (const alias of [o.name, ...o.aliases])
            dict.add(alias, { kind: 'org', id: o.id });
    }
    for (const p of curated.values()) {
        for (const alias of [p.name, ...p.aliases])
            dict.add(alias, { kind: 'curated', slug: p.slug });
    }
    for (const c of countries.values()) {
        for (const alias of c.aliases)
            dict.add(alias, { kind: 'country', code: c.code });
    }
    for (const c of countries.values()) {
        for (const m of c.metonyms)
            dict.add(m, { kind: 'metonym', code: c.code });
        for (const d of c.demonyms)
            dict.add(d, { kind: 'demonym', code: c.code });
    }
    for (const name of lexicon.organizationNames)
        dict.add(name, { kind: 'lexicon-org', name }, true);
    for (const name of lexicon.personNames)
        dict.add(name, { kind: 'lexicon-person', name }, true);
    return dict;
}
/** English names of cities whose GeoNames name differs ("Frankfurt" → "Frankfurt am Main"). */
function addCityAliases(cities) {
    const data = (0, data_files_1.readDataJson)('gazetteer/city-aliases.json');
    for (const a of data.aliases) {
        const index = cities.byName(a.name).find((i) => cities.get(i).countryCode === a.country);
        if (index !== undefined)
            cities.addAlias(a.alias, index);
    }
}
function loadGazetteer(cities, lexicon) {
    addCityAliases(cities);
    const countries = (0, country_gazetteer_1.loadCountries)(cities);
    const curated = loadCurated();
    const organizations = loadOrganizations();
    const dictionary = buildDictionary(countries, curated, organizations, lexicon);
    return { countries, curated, organizations, dictionary, cities };
}
