"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.participantsFor = participantsFor;
exports.locationFor = locationFor;
const clauses_1 = require("./clauses");
const SELF_DIRECTED = new Set(['MOBILIZE', 'RETREAT']);
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'at', 'targeting']);
const SPECIFICITY = {
    FACILITY: 7, CITY: 6, REGION: 5, WATER_BODY: 4, COUNTRY: 3, GEO_REGION: 2, CONTINENT: 1, OTHER: 0,
};
function entityOf(env, m) {
    const key = env.built.keyOf.get(m);
    return key ? env.built.byKey.get(key) : undefined;
}
function previousMention(env, m) {
    const before = env.s.mentions.filter((x) => x.last < m.first);
    return before[before.length - 1];
}
function locative(env, m) {
    return (0, clauses_1.isLocativeMention)(m, env.s.tokens, env.lex, previousMention(env, m));
}
function eligible(env, m, asTarget) {
    const e = entityOf(env, m);
    if (!e)
        return false;
    const a = env.attribution;
    if (a && m.start >= a.start && m.end <= a.end)
        return false;
    if ((0, clauses_1.isModifierMention)(m, env.s.tokens) || locative(env, m))
        return false;
    if (e.type !== 'LOCATION' || e.place?.featureType === 'COUNTRY')
        return true;
    return asTarget && TARGET_PREPOSITIONS.has(env.s.tokens[m.first - 1]?.lower ?? '');
}
/** Mentions coordinated with m ("US and UK", "Iraq, Syria"), in both directions. */
function coordinated(env, m) {
    const out = [m];
    const joined = (a, b) => {
        const between = env.s.tokens.slice(a.last + 1, b.first).map((t) => t.lower).join(' ');
        return ['and', ',', ', and', 'or', 'and "', 'and “'].includes(between);
    };
    const ms = env.s.mentions;
    const idx = ms.indexOf(m);
    for (let k = idx - 1; k >= 0 && joined(ms[k], ms[k + 1]); k -= 1)
        out.unshift(ms[k]);
    for (let k = idx + 1; k < ms.length && joined(ms[k - 1], ms[k]); k += 1)
        out.push(ms[k]);
    return out.filter((x) => entityOf(env, x) && !locative(env, x));
}
function agentAfterBy(env, hit) {
    const { tokens } = env.s;
    for (let k = hit.last + 1; k < tokens.length && k <= hit.last + 8; k += 1) {
        if (tokens[k].lower !== 'by')
            continue;
        const m = env.s.mentions.find((x) => x.first > k && x.first <= k + 3);
        return m && eligible(env, m, false) ? m : null;
    }
    return null;
}
function nearestBefore(env, hit) {
    const clause = env.clauses[hit.first];
    const before = env.s.mentions.filter((m) => m.last < hit.first && eligible(env, m, false)).reverse();
    const sameClause = before.find((m) => env.clauses[m.first] === clause);
    if (sameClause)
        return sameClause;
    return before.find((m) => !(0, clauses_1.isPossessiveMention)(m, env.s.tokens)) ?? null;
}
function firstAfter(env, hit, exclude) {
    const clause = env.clauses[hit.last];
    const m = env.s.mentions.find((x) => x.first > hit.last && env.clauses[x.first] === clause
        && eligible(env, x, true) && !exclude.has(env.built.keyOf.get(x) ?? ''));
    return m ?? null;
}
/** Partners of an actor in a COOPERATES_WITH relation stated in this sentence before the trigger. */
function partnersOf(env, hit, actors) {
    const out = [];
    const triggerStart = env.s.tokens[hit.first].start;
    const { sentence } = env.s;
    for (const r of env.relations) {
        const ev = r.evidence;
        if (r.predicate !== 'COOPERATES_WITH' || !ev || ev.field !== sentence.field)
            continue;
        if (ev.start < sentence.start || ev.end > triggerStart)
            continue;
        if (actors.has(r.subjectKey))
            out.push(r.objectKey);
        if (actors.has(r.objectKey))
            out.push(r.subjectKey);
    }
    return out;
}
function keysOf(env, ms) {
    return [...new Set(ms.map((m) => env.built.keyOf.get(m)).filter((k) => !!k))];
}
function participantsFor(env, hit) {
    const agent = agentAfterBy(env, hit);
    const before = nearestBefore(env, hit);
    const selfDirected = SELF_DIRECTED.has(hit.type);
    const actorMention = agent ?? (hit.passive && !selfDirected ? null : before);
    const actorMentions = actorMention ? coordinated(env, actorMention) : [];
    const actors = new Set(keysOf(env, actorMentions));
    for (const k of partnersOf(env, hit, actors))
        actors.add(k);
    let targets = [];
    if (!selfDirected) {
        const patient = hit.passive ? (before && before !== agent ? before : null) : firstAfter(env, hit, actors);
        targets = patient ? keysOf(env, coordinated(env, patient)).filter((k) => !actors.has(k)) : [];
    }
    return [
        ...[...actors].map((entityKey) => ({ entityKey, role: 'ACTOR' })),
        ...targets.map((entityKey) => ({ entityKey, role: 'TARGET' })),
    ];
}
/**
 * Where it happened: a place in the trigger's clause, a locative place anywhere in the
 * sentence ("in Syria"), or a place that is the target ("aggressions on Yemen"); the
 * same clause first, then locatives, then the most specific. Actors are never the location.
 */
function locationFor(env, hit, participants) {
    const actors = new Set(participants.filter((p) => p.role === 'ACTOR').map((p) => p.entityKey));
    const targets = new Set(participants.filter((p) => p.role === 'TARGET').map((p) => p.entityKey));
    let best = null;
    for (const m of env.s.mentions) {
        const e = entityOf(env, m);
        const a = env.attribution;
        if (!e?.place || actors.has(e.key) || (a && m.start >= a.start && m.end <= a.end) || (0, clauses_1.isModifierMention)(m, env.s.tokens))
            continue;
        const sameClause = env.clauses[m.first] === env.clauses[hit.first];
        const isLocative = locative(env, m);
        const isObject = targets.has(e.key) && m.first > hit.last;
        if (targets.has(e.key) && !isObject && !isLocative)
            continue;
        const isCountry = e.place.featureType === 'COUNTRY';
        if (!isLocative && !isObject && (!sameClause || isCountry))
            continue;
        const score = (sameClause ? 100 : 0) + (isLocative ? 25 : 0) + SPECIFICITY[e.place.featureType] * 10
            - (m.ref?.kind === 'demonym' ? 15 : 0) - (targets.has(e.key) ? 10 : 0);
        if (!best || score > best.score)
            best = { key: e.key, score };
    }
    return best?.key ?? null;
}
