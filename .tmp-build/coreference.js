"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clusterMentions = clusterMentions;
const name_normalization_1 = require("./name-normalization");
function refKey(ref) {
    switch (ref.kind) {
        case 'country':
        case 'demonym':
        case 'metonym': return `country:${ref.code}`;
        case 'curated': return `curated:${ref.slug}`;
        case 'org': return `org:${ref.id}`;
        default: return `${ref.kind}:${ref.name}`;
    }
}
function wordsOf(m) {
    return (0, name_normalization_1.normalizeName)(m.text).split(' ').filter((w) => w.length > 0);
}
/** "Syrian Democratic Forces (SDF)": maps "SDF" to the mention it abbreviates. */
function acronymDefinitions(sentences) {
    const out = new Map();
    for (const s of sentences) {
        for (const m of s.mentions) {
            const open = s.tokens[m.last + 1];
            const acr = s.mentions.find((a) => a.first === m.last + 2 && a.last === a.first);
            const close = s.tokens[m.last + 3];
            if (!acr || open?.text !== '(' || close?.text !== ')')
                continue;
            const acrToken = s.tokens[acr.first];
            const initials = wordsOf(m).map((w) => w.charAt(0)).join('');
            const letters = acrToken.text.replace(/[^\p{L}]/gu, '').toLowerCase();
            if (acrToken.isUpper && wordsOf(m).length >= 2 && initials.includes(letters.charAt(0)) && letters.charAt(0) === initials.charAt(0)) {
                out.set(acrToken.text, m);
            }
        }
    }
    return out;
}
class Groups {
    parent = new Map();
    find(m) {
        let root = m;
        while (this.parent.get(root) && this.parent.get(root) !== root)
            root = this.parent.get(root);
        this.parent.set(m, root);
        return root;
    }
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra !== rb)
            this.parent.set(rb, ra);
    }
    groups(all) {
        const byRoot = new Map();
        for (const m of all) {
            const r = this.find(m);
            const list = byRoot.get(r) ?? [];
            list.push(m);
            byRoot.set(r, list);
        }
        return [...byRoot.values()];
    }
}
function strongKey(m, cityOf) {
    if (m.ref)
        return refKey(m.ref);
    const city = cityOf.get(m);
    if (city)
        return `city:${city.geonamesId}`;
    if (m.weak)
        return null;
    return `name:${m.type ?? ''}:${(0, name_normalization_1.normalizeName)(m.text)}`;
}
/** Join mentions with the same key; the first mention seen for a key is its representative. */
function joinByKey(all, g, key) {
    const first = new Map();
    for (const m of all) {
        const k = key(m);
        if (k === null)
            continue;
        const seen = first.get(k);
        if (seen)
            g.union(seen, m);
        else
            first.set(k, m);
    }
}
function headWord(m) {
    const words = wordsOf(m);
    const cut = words.findIndex((w, i) => i > 0 && ['of', 'in', 'for'].includes(w));
    return (cut > 0 ? words[cut - 1] : words[words.length - 1]) ?? '';
}
/** Single-word mentions → the only multi-word person/org they can abbreviate. */
function joinPartialNames(all, g) {
    const multi = all.filter((m) => !m.ref && !m.weak && wordsOf(m).length >= 2 && (m.type === 'PERSON' || m.type === 'ORGANIZATION'));
    for (const m of all) {
        const mw = wordsOf(m);
        if (m.ref || (m.type !== null && m.type !== 'PERSON' && m.type !== 'ORGANIZATION'))
            continue;
        const w = mw[0];
        const targets = new Set();
        for (const x of multi) {
            const xw = wordsOf(x);
            if (mw.length > 1) {
                const suffix = mw.length < xw.length && xw.slice(-mw.length).join(' ') === mw.join(' ');
                if (suffix && x.type === 'PERSON' && m.type !== 'ORGANIZATION')
                    targets.add(g.find(x));
                continue;
            }
            const isPersonPart = x.type === 'PERSON' && (xw[xw.length - 1] === w || xw[0] === w) && m.type !== 'ORGANIZATION';
            const isOrgHead = x.type === 'ORGANIZATION' && headWord(x) === w && m.type !== 'PERSON';
            if (isPersonPart || isOrgHead)
                targets.add(g.find(x));
        }
        const only = [...targets][0];
        if (targets.size === 1 && only)
            g.union(only, m);
    }
}
function pickCanonical(mentions) {
    const nonAcronym = mentions.filter((m) => !/^[\p{Lu}.]+$/u.test(m.text));
    const pool = nonAcronym.length > 0 ? nonAcronym : mentions;
    return pool.reduce((best, m) => (m.text.length > best.text.length ? m : best));
}
function clusterType(mentions) {
    const typed = mentions.filter((m) => m.type !== null).sort((a, b) => Number(a.weak) - Number(b.weak) || b.confidence - a.confidence);
    return typed[0]?.type ?? null;
}
function clusterMentions(sentences, cityOf) {
    const all = sentences.flatMap((s) => s.mentions);
    const acronyms = acronymDefinitions(sentences);
    const g = new Groups();
    for (const m of all) {
        const expansion = acronyms.get(m.text);
        if (expansion && expansion !== m)
            g.union(expansion, m);
    }
    joinByKey(all, g, (m) => strongKey(m, cityOf));
    joinByKey(all, g, (m) => (m.ref || cityOf.has(m) ? null : `skel:${(0, name_normalization_1.nameSkeleton)(m.text)}`));
    joinPartialNames(all, g);
    return g.groups(all).map((mentions) => {
        const withRef = mentions.find((m) => m.ref);
        const withCity = mentions.find((m) => cityOf.has(m));
        return {
            mentions,
            ref: withRef?.ref ?? null,
            city: withCity ? cityOf.get(withCity) : null,
            type: withRef || withCity ? (withRef ? clusterType([withRef]) : 'LOCATION') : clusterType(mentions),
            canonical: pickCanonical(mentions),
        };
    });
}
