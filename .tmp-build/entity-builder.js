"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildEntities = buildEntities;
const geocoding_1 = require("./geocoding");
const name_normalization_1 = require("./name-normalization");
function identify(c, gaz) {
    const ref = c.ref;
    if (ref && (ref.kind === 'country' || ref.kind === 'demonym' || ref.kind === 'metonym')) {
        const country = gaz.countries.get(ref.code);
        const name = country?.name ?? ref.code;
        return { key: (0, geocoding_1.countryKey)(ref.code), name, type: 'LOCATION', wikidataId: null, place: (0, geocoding_1.refPlace)(ref, gaz), extraAliases: [] };
    }
    if (ref?.kind === 'curated') {
        const p = gaz.curated.get(ref.slug);
        return { key: `LOCATION:curated:${ref.slug}`, name: p?.name ?? ref.slug, type: 'LOCATION', wikidataId: null, place: (0, geocoding_1.refPlace)(ref, gaz), extraAliases: [] };
    }
    if (ref?.kind === 'org') {
        const o = gaz.organizations.get(ref.id);
        const name = o?.name ?? c.canonical.text;
        const type = o?.type ?? 'ORGANIZATION';
        return { key: `${type}:${(0, name_normalization_1.normalizeName)(name)}`, name, type, wikidataId: o?.wikidataId ?? null, place: null, extraAliases: [] };
    }
    if (c.city) {
        return { key: `LOCATION:geonames:${c.city.geonamesId}`, name: c.city.name, type: 'LOCATION', wikidataId: null, place: (0, geocoding_1.cityPlace)(c.city), extraAliases: [] };
    }
    const isWeak = c.mentions.every((m) => m.weak);
    if (isWeak && c.mentions.length < 2 && c.mentions.every((m) => m.confidence < 0.4))
        return null;
    const type = c.type ?? 'ORGANIZATION';
    const name = c.canonical.text;
    const norm = (0, name_normalization_1.normalizeName)(name);
    if (!norm)
        return null;
    return { key: `${type}:${norm}`, name, type, wikidataId: null, place: null, extraAliases: [] };
}
function toMention(m) {
    return { field: m.field, start: m.start, end: m.end, text: m.text, sentenceIndex: m.sentenceIndex, confidence: m.confidence };
}
function clusterConfidence(c) {
    const best = Math.max(...c.mentions.map((m) => (m.weak ? m.confidence * 0.8 : m.confidence)));
    return Math.min(0.99, Math.round((best + 0.03 * (c.mentions.length - 1)) * 100) / 100);
}
function addCluster(out, id, c) {
    let e = out.byKey.get(id.key);
    if (!e) {
        e = { key: id.key, name: id.name, type: id.type, aliases: [], wikidataId: id.wikidataId, place: id.place, mentions: [], confidence: 0 };
        out.byKey.set(id.key, e);
        out.entities.push(e);
    }
    for (const m of c.mentions) {
        e.mentions.push(toMention(m));
        out.keyOf.set(m, id.key);
        if (m.text !== e.name && !e.aliases.includes(m.text))
            e.aliases.push(m.text);
    }
    const floor = c.city ? 0.7 : 0; // a GeoNames match is evidence of its own
    e.confidence = Math.max(e.confidence, clusterConfidence(c), floor);
}
/** Add missing container countries (zero mentions) and LOCATED_IN relations. */
function addContainers(out, gaz) {
    for (const e of [...out.entities]) {
        const container = e.place?.containedInKey;
        const code = e.place?.countryCode;
        if (!container || !code)
            continue;
        if (!out.byKey.has(container)) {
            const place = (0, geocoding_1.refPlace)({ kind: 'country', code }, gaz);
            const name = gaz.countries.get(code)?.name ?? code;
            const c = { key: container, name, type: 'LOCATION', aliases: [], wikidataId: null, place, mentions: [], confidence: 0.9 };
            out.byKey.set(container, c);
            out.entities.push(c);
        }
        out.relations.push({ subjectKey: e.key, predicate: 'LOCATED_IN', objectKey: container, evidence: null, role: null, confidence: 0.9 });
    }
}
function buildEntities(clusters, gaz) {
    const out = { entities: [], relations: [], keyOf: new Map(), byKey: new Map() };
    for (const c of clusters) {
        const id = identify(c, gaz);
        if (id)
            addCluster(out, id, c);
    }
    for (const e of out.entities)
        e.mentions.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'TITLE' ? -1 : 1));
    addContainers(out, gaz);
    return out;
}
