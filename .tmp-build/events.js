"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.extractEvents = extractEvents;
const attribution_1 = require("./attribution");
const clauses_1 = require("./clauses");
const dates_1 = require("./dates");
const event_participants_1 = require("./event-participants");
const modality_1 = require("./modality");
const quantities_1 = require("./quantities");
const triggers_1 = require("./triggers");
const VIOLENT = new Set(['ASSAULT', 'FIGHT']);
/** "An earthquake killed 12": natural hazards and accidents are not PLOVER events. */
function suppressed(tokens, hit, res) {
    if (!VIOLENT.has(hit.type))
        return false;
    for (let k = hit.first - 1; k >= 0 && k >= hit.first - 4; k -= 1) {
        if (res.events.suppressors.has(tokens[k].lower))
            return true;
    }
    return false;
}
function nearestDate(dates, env, hit, single) {
    const clause = env.clauses[hit.first];
    const tokenAt = (offset) => env.s.tokens.findIndex((t) => t.start >= offset);
    const inClause = dates.filter((d) => env.clauses[tokenAt(d.start)] === clause);
    const pool = inClause.length > 0 ? inClause : single ? dates : [];
    const at = env.s.tokens[hit.first].start;
    return pool.reduce((best, d) => (!best || Math.abs(d.start - at) < Math.abs(best.start - at) ? d : best), null);
}
function countFor(env, hit, dates, res) {
    const inDate = (t) => dates.some((d) => t.start >= d.start && t.end <= d.end) || env.s.tokens[env.s.tokens.indexOf(t) + 1]?.text === '-';
    const clause = env.clauses[hit.first];
    const counts = (0, quantities_1.findCounts)(env.s.tokens, res.events, inDate).filter((c) => env.clauses[c.tokenIndex] === clause);
    return counts.reduce((best, c) => (!best || Math.abs(c.tokenIndex - hit.first) < Math.abs(best.tokenIndex - hit.first) ? c : best), null);
}
function nameOf(env, key) {
    return env.built.byKey.get(key)?.name ?? key;
}
function summaryFor(env, hit, participants, locationKey) {
    const names = (role) => participants.filter((p) => p.role === role).map((p) => nameOf(env, p.entityKey)).join(' and ');
    const trigger = env.s.tokens.slice(hit.first, hit.last + 1).map((t) => t.text).join(' ').replace(/ - /g, '-');
    const parts = [names('ACTOR'), trigger, names('TARGET')].filter((p) => p.length > 0);
    if (locationKey)
        parts.push(`in ${nameOf(env, locationKey)}`);
    return `${hit.type}: ${parts.join(' ')}`;
}
function buildEvent(env, hits, dates, single, res) {
    const withActor = hits.map((h) => ({ h, p: (0, event_participants_1.participantsFor)(env, h) })).find((x) => x.p.some((p) => p.role === 'ACTOR'));
    const hit = withActor?.h ?? hits[0];
    const participants = withActor?.p ?? (0, event_participants_1.participantsFor)(env, hit);
    const locationKey = (0, event_participants_1.locationFor)(env, hit, participants);
    const count = countFor(env, hit, dates, res);
    const date = nearestDate(dates, env, hit, single);
    const { killed, injured } = (0, quantities_1.casualties)(env.s.sentence.text);
    const s = env.s.sentence;
    const confidence = 0.45 + (participants.some((p) => p.role === 'ACTOR') ? 0.2 : 0) + (participants.some((p) => p.role === 'TARGET') ? 0.1 : 0)
        + (locationKey ? 0.05 : 0) + (hit.form.pos === 'noun' ? 0 : 0.05);
    return {
        type: hit.type,
        summary: summaryFor(env, hit, participants, locationKey),
        evidence: { field: s.field, start: s.start, end: s.end, text: s.text },
        date: date?.date ?? null,
        datePrecision: date?.precision ?? null,
        count: count?.value ?? null,
        countQualifier: count?.qualifier ?? null,
        killed,
        injured,
        modality: (0, modality_1.modalityAt)(env.s.tokens, hit.first, env.clauses, res.events),
        attribution: env.attribution?.text ?? null,
        locationKey,
        participants,
        confidence: Math.round(Math.min(0.9, confidence) * 100) / 100,
    };
}
function sentenceEvents(s, built, relations, res, ctx) {
    const hits = (0, triggers_1.findTriggers)(s.tokens, s.mentions, res.events).filter((h) => !suppressed(s.tokens, h, res));
    if (hits.length === 0)
        return [];
    const attribution = (0, attribution_1.findAttribution)(s.sentence.text, s.sentence.start, s.tokens, s.mentions, res.events, ctx.text);
    const env = { s, clauses: (0, clauses_1.clauseIds)(s.tokens), built, relations, lex: res.events, attribution };
    const dates = (0, dates_1.findDates)(s.sentence.text, ctx.publishedAt).map((d) => ({ ...d, start: d.start + s.sentence.start, end: d.end + s.sentence.start }));
    const byType = new Map();
    for (const h of hits)
        byType.set(h.type, [...(byType.get(h.type) ?? []), h]);
    return [...byType.values()].map((group) => buildEvent(env, group, dates, byType.size === 1, res));
}
function extractEvents(sentences, built, relations, res, ctx) {
    return sentences.flatMap((s) => sentenceEvents(s, built, relations, res, ctx));
}
