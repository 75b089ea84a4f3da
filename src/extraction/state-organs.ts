/**
 * Organs of a state named through their country: "the Polish army", "Estonia's navy", "the
 * Libyan coast guard", "Tanzania's health ministry", "US border police". Each is an organization
 * of its own (PART_OF its country, relations.ts) that acts in events, rather than the country
 * itself, as an analyst records "the Polish army deployed 6,000 soldiers". The mention covers the
 * organ's words; the country's word before it stays a mention of the country. The organ is named
 * "<demonym> <Organ>" ("Estonian Navy"), or "<country> <Organ>" when the text uses the country's
 * name attributively ("US army" → "United States Army"), so the same organ meets under one name in
 * every article. A bare "police" or "the army" with no country word is left to discourse.ts.
 */
import type { SentenceContext } from './mention-context';
import { push } from './mention-context';
import type { RawMention } from './mention-detection';
import type { Token } from './tokens';
import type { TextField } from './types';
import type { EventLexicon } from './event-lexicon';

/** Organ phrases (lowercase words) → the organ's name. Longer phrases first. */
const ORGANS: [string[], string][] = [
  [['armed', 'forces'], 'Armed Forces'], [['air', 'force'], 'Air Force'], [['coast', 'guard'], 'Coast Guard'],
  [['border', 'guards'], 'Border Guard'], [['border', 'guard'], 'Border Guard'], [['border', 'police'], 'Border Police'],
  [['maritime', 'militia'], 'Maritime Militia'], [['national', 'guard'], 'National Guard'], [['national', 'police'], 'National Police'], [['federal', 'police'], 'Federal Police'],
  [['intelligence', 'service'], 'Intelligence Service'], [['intelligence', 'services'], 'Intelligence Service'],
  [['central', 'bank'], 'Central Bank'], [['police'], 'Police'], [['army'], 'Army'], [['navy'], 'Navy'], [['military'], 'Armed Forces'],
  [['gendarmerie'], 'Gendarmerie'], [['consulate', 'general'], 'Consulate General'], [['embassy'], 'Embassy'], [['consulate'], 'Consulate'],
];
/** Organs a state keeps abroad, named "Embassy of <state> in <host>": their words may be capitalised ("the US Embassy"). */
const MISSIONS = new Set(['Embassy', 'Consulate', 'Consulate General']);
/** What a mission's word may qualify: "embassy staff", "embassy building". */
const QUALIFIED_AFTER_MISSION = new Set(['staff', 'staffers', 'official', 'officials', 'employee', 'employees', 'personnel', 'diplomat', 'diplomats',
  'worker', 'workers', 'building', 'buildings', 'compound', 'premises', 'grounds', 'gates', 'gate', 'car', 'cars', 'vehicle', 'vehicles']);
/** Premises any organ's word may qualify: "a police post", "an army base" (its craft act for it: "a coast guard vessel fired"). */
const QUALIFIED_AFTER_ORGAN = new Set(['post', 'posts', 'station', 'stations', 'base', 'bases', 'camp', 'camps', 'barracks', 'checkpoint', 'checkpoints',
  'building', 'buildings', 'compound', 'premises']);
/** Countries whose names take "the" in running text ("Embassy of the United States in the Philippines"). */
const THE_COUNTRIES = new Set(['US', 'GB', 'PH', 'NL', 'GM', 'BS', 'CD', 'CF', 'AE', 'MV', 'KM', 'MH', 'SB', 'DO', 'CZ', 'VA']);

/** A country's name as written after "of" or "in" ("the United States", "Kenya"). */
export function countryInText(code: string, name: string): string {
  return THE_COUNTRIES.has(code) ? `the ${name}` : name;
}
/** "<word> ministry": the portfolios a ministry is named by. */
const PORTFOLIOS = new Set(['foreign', 'defence', 'defense', 'interior', 'health', 'finance', 'justice', 'economy', 'trade', 'energy',
  'education', 'agriculture', 'environment', 'transport', 'labour', 'labor', 'home', 'industry', 'culture', 'information']);
/** Verbs in the past that do not end in -ed: "Myanmar's military struck", "the Malian military took". */
const IRREGULAR_PASTS = new Set(['took', 'began', 'struck', 'shot', 'sent', 'drove', 'fought', 'hit', 'led', 'held', 'made', 'won', 'lost', 'said', 'told', 'gave', 'went', 'came', 'left', 'kept', 'put', 'set', 'threw', 'withdrew', 'overran', 'ran', 'seized']);
/** Words that may follow "military" acting as a body rather than qualifying a noun ("the military, which", "the military has"). */
const AFTER_ACTING_MILITARY = /^(?:has|had|have|is|was|were|are|will|would|could|may|might|must|should|can|also|then|later|again|itself|says|denies|claims)$/;

/**
 * "Myanmar's military launched airstrikes", "the Malian military said": "military" is the state's armed forces
 * only when a verb (or punctuation) follows; before a noun it qualifies it ("military aircraft", "military junta").
 * `lex` also admits the -s forms of the event lexicon's verbs ("the military denies").
 */
export function actsAsBody(next: Token | undefined, lex?: EventLexicon): boolean {
  if (!next || !next.isWord) return true;
  if (next.isCap) return false;
  const w = next.lower;
  return /ed$/.test(w) || IRREGULAR_PASTS.has(w) || AFTER_ACTING_MILITARY.test(w)
    || (!!lex && /s$/.test(w) && (lex.triggersByFirstWord.get(w) ?? []).some((f) => f.pos === 'verb' && f.words.length === 1));
}

/** Words that may stand between the country and the organ: "Kenyan riot police", "Estonia's own navy". */
const BETWEEN = new Set(['riot', 'own']);

export interface StateOrgan {
  /** ISO2 code of the state. */
  code: string;
  /** "Estonian Navy". */
  name: string;
  /** The mention of the state the organ is named through ("Estonia" in "Estonia's navy"). */
  country: RawMention;
  /** The whole phrase as written, from the state's word to the organ's ("Estonia's navy"): a name of the organ too. */
  surface?: string;
  /** A ministry's formal names ("Ministry of Foreign Affairs of Estonia"), aliases of the organ. */
  formal?: string[];
  /** An embassy or consulate: its kind ("Embassy") and whether its name has its host ("Embassy of Russia in Finland"). */
  mission?: { kind: string; hosted: boolean };
  /** "Peru's Congress": the known body of another state ("Congress", the United States') the organ's words name elsewhere. */
  displaces?: { id: string; code: string };
}

/** How a ministry's portfolio word reads in its formal name ("foreign" → "Foreign Affairs"); the word itself otherwise. */
const FORMAL_PORTFOLIOS: Record<string, string[]> = {
  foreign: ['Foreign Affairs'], interior: ['the Interior', 'Interior'], home: ['Home Affairs'], defense: ['Defense'], labor: ['Labor'],
};

/**
 * "Estonia's foreign ministry" is the "Ministry of Foreign Affairs of Estonia", "Niger's interior ministry" the
 * "Ministry of the Interior of Niger": the formal names a ministry goes by in other texts (and in gazetteers), so
 * that one ministry meets under one name whichever way an article writes it. Empty for organs that are no ministry.
 */
export function ministryFormalNames(portfolio: string, countryName: string, code = ''): string[] {
  const words = FORMAL_PORTFOLIOS[portfolio] ?? [capitalise(portfolio)];
  return words.map((w) => `Ministry of ${w} of ${countryInText(code, countryName)}`);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A state's ministry of a portfolio ("interior"), named as an organ named through its country is ("Nigerien Interior Ministry"). */
export function ministryName(countryWordOrName: string, portfolio: string): string {
  return `${countryWordOrName} ${capitalise(portfolio)} Ministry`;
}

/** The organ phrase starting at token k: [last token index, organ name, a ministry's portfolio word], or null. */
function organAt(tokens: Token[], k: number): [number, string, string | null] | null {
  const word = (j: number) => {
    const t = tokens[j];
    // ("the US Embassy", "the Russian Consulate General": a mission's words may be capitalised)
    return t && t.isWord && (!t.isCap || /^(?:embassy|consulate|general)$/.test(t.lower)) ? t.lower : '';
  };
  const ministry = word(k + 1) === 'ministry' && PORTFOLIOS.has(word(k)) ? k + 1 : -1;
  if (ministry > 0) return [ministry, ministryName('', word(k)).trim(), word(k)];
  // "Australia's defence department", "Vietnam's customs department": a department of a portfolio
  if (word(k + 1) === 'department' && (PORTFOLIOS.has(word(k)) || word(k) === 'customs')) return [k + 1, `${capitalise(word(k))} Department`, null];
  for (const [words, name] of ORGANS) {
    if (words.every((w, j) => word(k + j) === w)) return [k + words.length - 1, name, null];
  }
  return null;
}

/** The adjective a country's organs are named with: its first demonym, else its name. */
export function countryWord(ctx: SentenceContext, m: RawMention, code: string, possessive: boolean): string | null {
  const country = ctx.res.gazetteer.countries.get(code);
  if (!country) return null;
  if (m.ref?.kind === 'demonym') return m.text;
  return possessive ? (country.demonyms[0] ?? country.name) : country.name;
}

/**
 * The country a mission is in, from "in <place>" right after it: a country named there, or the country of the most
 * populous city of that name (embassies sit in capitals and big cities). Null when no place follows.
 */
function hostCountry(ctx: SentenceContext, k: number): { code: string; name: string } | null {
  const { tokens } = ctx;
  if (tokens[k]?.lower !== 'in') return null;
  const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const dm = ctx.dictAt[at];
  const countries = ctx.res.gazetteer.countries;
  if (dm && (dm.value.kind === 'country' || dm.value.kind === 'metonym')) {
    const c = countries.get(dm.value.code);
    return c ? { code: c.code, name: c.name } : null;
  }
  // the capitalised words of the place's name, longest first
  if (!tokens[at]?.isCap) return null;
  let end = at;
  while (tokens[end + 1]?.isCap && end - at < 3) end += 1;
  for (let e = end; e >= at; e -= 1) {
    const name = ctx.fieldText.slice((tokens[at] as Token).start, (tokens[e] as Token).end);
    const best = ctx.res.gazetteer.cities.byName(name).map((i) => ctx.res.gazetteer.cities.get(i)).sort((a, b) => b.population - a.population)[0];
    const c = best ? countries.get(best.countryCode) : undefined;
    if (c) return { code: c.code, name: c.name };
  }
  return null;
}

/** Push a mention for each state organ after a country or demonym mention of the sentence. */
export function findStateOrgans(ctx: SentenceContext): void {
  const { tokens } = ctx;
  for (const m of [...ctx.out]) {
    const ref = m.ref;
    if (ref?.kind !== 'country' && ref?.kind !== 'demonym') continue;
    let k = m.last + 1;
    const possessive = /^['’]s$/.test(tokens[k]?.text ?? '');
    if (possessive) k += 1;
    if (possessive && ref.kind !== 'country') continue;
    while (BETWEEN.has(tokens[k]?.lower ?? '') && !(tokens[k] as Token).isCap) k += 1;
    const organ = organAt(tokens, k);
    if (!organ) continue;
    const [last, organName, portfolio] = organ;
    // "15 Russian embassy staff", "the US embassy building", "a Kenyan police post": the organ's word only qualifies
    // people or premises of its state
    if ((MISSIONS.has(organName) && QUALIFIED_AFTER_MISSION.has(tokens[last + 1]?.lower ?? '')) || QUALIFIED_AFTER_ORGAN.has(tokens[last + 1]?.lower ?? '')) continue;
    if (tokens[last]?.lower === 'military' && !actsAsBody(tokens[last + 1], ctx.res.events)) continue;
    // "army-backed", "police-run": a modifier, not the organ acting
    // ("the US Embassy": the capitalised organ word alone, a name of nothing known, gives way to the organ)
    const overlapping = ctx.out.filter((o) => o.first <= last && o.last >= k);
    const bareWord = overlapping.length > 0 && overlapping.every((o) => o.first >= k && o.last <= last && !o.ref);
    if (tokens[last + 1]?.text === '-' || (overlapping.length > 0 && !bareWord)) continue;
    if (bareWord) ctx.out.splice(0, ctx.out.length, ...ctx.out.filter((o) => !overlapping.includes(o)));
    const word = countryWord(ctx, m, ref.code, possessive);
    if (!word) continue;
    const countryName = ctx.res.gazetteer.countries.get(ref.code)?.name;
    // "the Russian embassy in Helsinki" is the "Embassy of Russia in Finland": one per host country, named so
    const host = MISSIONS.has(organName) && countryName ? hostCountry(ctx, last + 1) : null;
    const mission = host && host.code !== ref.code ? `${organName} of ${countryInText(ref.code, countryName as string)} in ${countryInText(host.code, host.name)}` : null;
    push(ctx, k, last, {
      type: 'ORGANIZATION', ref: null, confidence: 0.7, weak: false, title: null,
      organ: {
        code: ref.code, name: mission ?? `${word} ${organName}`, country: m, surface: ctx.fieldText.slice(m.start, (tokens[last] as Token).end),
        ...(portfolio && countryName ? { formal: ministryFormalNames(portfolio, countryName, ref.code) } : {}),
        ...(mission ? { formal: [`${word} ${organName}`] } : {}),
        ...(MISSIONS.has(organName) ? { mission: { kind: organName, hosted: !!mission } } : {}),
      },
    });
  }
  ctx.out.sort((a, b) => a.first - b.first);
}

/**
 * "The Senate observed a minute's silence", "marched to Parliament in Cape Town": a legislature named by its kind alone,
 * known as no body of any country, is the legislature of the country of the place right after it ("in Cape Town"), else of
 * the dateline's place, else of the country the article names most: its organ, "Nigerian Senate", also "Senate of Nigeria".
 * `countryOf` gives a place mention's country code. Runs after geocoding.
 */
export function homeLegislatures(mentions: RawMention[], res: SentenceContext['res'], texts: Record<TextField, string>, dateline: number, countryOf: (m: RawMention) => string | null): void {
  const bodies = mentions.filter((m) => !m.ref && !m.organ && !m.title && (m.type === null || m.type === 'ORGANIZATION') && LEGISLATURES.has(m.text.trim().toLowerCase()));
  if (bodies.length === 0) return;
  const datelined = mentions.find((m) => m.field === 'BODY' && m.end <= dateline && countryOf(m));
  const home = (datelined ? countryOf(datelined) : null) ?? mostNamed(countryMentions(mentions))?.[0] ?? null;
  for (const m of bodies) {
    const next = mentions.find((x) => x.field === m.field && x.sentenceIndex === m.sentenceIndex && x.start > m.end);
    const placed = next && /^\s+in\s+$/.test(texts[m.field].slice(m.end, next.start)) ? countryOf(next) : null;
    const code = placed ?? home;
    const country = code ? res.gazetteer.countries.get(code) : undefined;
    if (!code || !country) continue;
    const text = m.text.trim();
    m.type = 'ORGANIZATION';
    m.weak = false;
    m.organ = { code, name: `${country.demonyms[0] ?? country.name} ${text}`, country: m, surface: text, formal: [`${text} of ${countryInText(code, country.name)}`] };
  }
}

/** How often the article names each country (by name, demonym or capital), with its first mention, in order of first mention. */
function countryMentions(mentions: RawMention[]): Map<string, { n: number; first: RawMention }> {
  const counts = new Map<string, { n: number; first: RawMention }>();
  for (const m of mentions) {
    if (m.ref?.kind !== 'country' && m.ref?.kind !== 'demonym' && m.ref?.kind !== 'metonym') continue;
    const c = counts.get(m.ref.code);
    if (c) c.n += 1;
    else counts.set(m.ref.code, { n: 1, first: m });
  }
  return counts;
}

/** The country named most often (the first named of those tied), or undefined. */
function mostNamed(counts: Map<string, { n: number; first: RawMention }>): [string, { n: number; first: RawMention }] | undefined {
  return [...counts].sort((a, b) => b[1].n - a[1].n)[0];
}

/** A legislature's name by its kind alone, written capitalised ("the Senate", "Parliament"). */
const LEGISLATURES = new Set(['senate', 'parliament', 'national assembly', 'house of representatives', 'chamber of deputies', 'congress', 'national congress']);

/** Bare words of a legislature that a known body of one country goes by ("Congress", "Senate"). */
const GENERIC_BODIES = new Set(['congress', 'senate']);

/**
 * "Thousands marched on Congress in Buenos Aires": a known body of one country named by a bare generic word ("Congress"
 * is the United States Congress) in an article about another country, which never names the known body's own, is the
 * article's country's body of that kind: an organ of the country the article names most ("Argentine Congress").
 */
export function homeCountryBodies(mentions: RawMention[], res: SentenceContext['res']): void {
  const counts = countryMentions(mentions);
  const home = mostNamed(counts);
  if (!home) return;
  const [code, { first }] = home;
  for (const m of mentions) {
    if (m.ref?.kind !== 'org' || m.organ || !GENERIC_BODIES.has(m.text.trim().toLowerCase())) continue;
    const known = res.gazetteer.organizations.get(m.ref.id);
    if (!known?.countryCode || known.countryCode === code || counts.has(known.countryCode)) continue;
    const country = res.gazetteer.countries.get(code);
    if (!country) continue;
    const word = country.demonyms[0] ?? country.name;
    m.ref = null;
    m.type = 'ORGANIZATION';
    m.organ = { code, name: `${word} ${m.text}`, country: first, surface: m.text };
  }
}

