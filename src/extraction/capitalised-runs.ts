/**
 * Capitalised sequences: maximal runs of capitalised words, joined by in-word hyphens/dots
 * ("Al-Hasakah", "Saint-Germain"), lowercase name particles ("al-Hol", "bin Salman") and,
 * provisionally, connectors ("Gulf of Aden", "Islamic Resistance in Iraq"). A run is split at
 * a connector unless the part before it ends in an organization/place head word.
 */
import type { NamePatterns } from './name-patterns';
import type { Token } from './tokens';

export interface Run {
  /** Token index range [first, last] inclusive. */
  first: number;
  last: number;
}

const JOINERS = new Set(['-', '&', '.', '/']);
/** Particles that are also English words only count when hyphenated ("at-Tanf", not "at Wimbledon"). */
const HYPHEN_ONLY = new Set(['at', 'as', 'an', 'ad', 'ar', 'az', 'ash', 'y']);
const HEAD_BEFORE_CONNECTOR = new Set(['republic', 'kingdom', 'state', 'states', 'emirate', 'emirates', 'people', 'cup']);

/** Weekdays and months: "the Commission on Tuesday" is no "Commission on Human Rights". */
const CALENDAR = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
/** Head words of bodies whose names join two subjects with "and": "Competition and Consumer Authority". */
const AND_NAME_HEADS = new Set([
  'authority', 'commission', 'agency', 'ministry', 'council', 'department', 'office', 'board', 'committee', 'institute',
  'service', 'directorate', 'administration', 'bureau', 'inspectorate', 'regulator', 'tribunal', 'foundation', 'centre', 'center',
  // "Justice and Development Party", "Security and Civilian Protection Secretariat"
  'party', 'secretariat', 'front', 'movement', 'alliance', 'federation', 'association', 'congress',
]);

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.isWord && t.isCap && !t.isNumber && t.text !== 'I';
}

function adjacent(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** English words that follow a hyphen after a name: "Russia-backed", "Trump-era", "Paris-based". */
const COMPOUND_SUFFIXES = new Set([
  'led', 'backed', 'based', 'era', 'run', 'owned', 'style', 'born', 'made', 'like', 'wide', 'linked', 'held', 'free',
  'type', 'class', 'bound', 'level', 'area', 'zone', 'only', 'long', 'day', 'year', 'old', 'plus', 'esque', 'ish',
]);

/**
 * "Yeo Han-koo", "Kang Min-seo", "Ma Ying-jeou": a hyphenated romanised given name whose second
 * syllable is lowercase. Only after a first capitalised word of the run (the family name), for a
 * short syllable pair, and not for English compounds ("Russia-backed", "Trump-era").
 */
function lowercaseSyllableAt(tokens: Token[], j: number, runFirst: number): boolean {
  const cur = tokens[j] as Token;
  const hyphen = tokens[j + 1];
  const syl = tokens[j + 2];
  const prev = tokens[j - 1];
  if (!hyphen || !syl || hyphen.text !== '-' || !adjacent(cur, hyphen) || !adjacent(hyphen, syl)) return false;
  if (!syl.isWord || syl.isCap || syl.isNumber || !/^\p{Ll}{2,5}$/u.test(syl.text) || COMPOUND_SUFFIXES.has(syl.lower)) return false;
  if (j === runFirst || !isCapWord(prev) || !/^\p{Lu}\p{Ll}{1,4}$/u.test(cur.text)) return false;
  const after = tokens[j + 3];
  return !(after && after.text === '-' && adjacent(syl, after));
}

/** Religious bodies' head words, which keep an "of" inside their name. */
export const RELIGIOUS_BODIES = new Set(['church', 'churches', 'diocese', 'archdiocese', 'synod', 'patriarchate']);

/** Words whose possessive opens a body's name: "People's Party", "Children's Fund", "Attorney General's Office". */
const POSSESSIVE_NAME_WORDS = new Set(['people', 'peoples', 'workers', 'women', 'children', 'general', 'prosecutor', 'president', 'ombudsman', 'auditor', 'solicitor', 'governor', 'mayor',
  // "Information Commissioner's Office", "Prime Minister's Office", "Inspector's Office"
  'commissioner', 'minister', 'secretary', 'chancellor', 'inspector', 'comptroller', 'controller', 'registrar']);

/**
 * "Mongolian People's Party", "Attorney General's Office": a possessive "'s" after such a word,
 * followed by one to three capitalised words that end in an organization head word, stays inside the name.
 */
function possessiveInName(tokens: Token[], j: number, p: NamePatterns): boolean {
  const cur = tokens[j] as Token;
  const poss = tokens[j + 1];
  if (!poss || !/^['’]s$/.test(poss.text) || !adjacent(cur, poss) || !POSSESSIVE_NAME_WORDS.has(cur.lower)) return false;
  for (let k = j + 2; k <= j + 4; k += 1) {
    const t = tokens[k];
    if (!isCapWord(t)) return false;
    if (p.orgHeads.has((t as Token).lower) && !isCapWord(tokens[k + 1])) return true;
  }
  return false;
}

/**
 * "the Interior Ministry of the Tripoli-based Government ...": a name written as "Tripoli-based",
 * "Russia-backed" modifies what follows it and does not continue the name before the connector.
 */
function compoundModifierAt(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const hyphen = tokens[i + 1];
  const suffix = tokens[i + 2];
  return !!hyphen && !!suffix && hyphen.text === '-' && adjacent(t, hyphen) && adjacent(hyphen, suffix) && COMPOUND_SUFFIXES.has(suffix.lower);
}

/**
 * "Department of Trade, Industry and Competition": after a body's head, its connector and a portfolio,
 * a comma list of portfolios that ends in "and" and a capitalised word stays inside the name.
 * Only subject words qualify, so "the Ministry of Health, Oxfam and UNICEF" stays three names.
 */
function portfolioListAt(tokens: Token[], j: number, p: NamePatterns, runFirst: number): boolean {
  if (tokens[j + 1]?.text !== ',' || !p.portfolios.has((tokens[j] as Token).lower)) return false;
  let headed = false;
  for (let k = runFirst + 1; k < j; k += 1) {
    if (/^(?:of|for)$/.test((tokens[k] as Token).lower) && AND_NAME_HEADS.has((tokens[k - 1] as Token).lower)) headed = true;
  }
  if (!headed) return false;
  let k = j + 1;
  while (tokens[k]?.text === ',' && isCapWord(tokens[k + 1]) && p.portfolios.has((tokens[k + 1] as Token).lower)) k += 2;
  if (tokens[k]?.text === ',') k += 1;
  return k > j + 1 && tokens[k]?.lower === 'and' && isCapWord(tokens[k + 1]);
}

/** Token k is a word written between two hyphens, all in one word: the "on" of "Rostov-on-Don". */
function betweenHyphens(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return !!t && !!before && !!after && t.isWord && before.text === '-' && after.text === '-' && adjacent(before, t) && adjacent(t, after);
}

/** Number of tokens a particle/joiner/connector extension consumes at j+1, or 0. */
function extensionAt(tokens: Token[], j: number, p: NamePatterns, runFirst: number): number {
  const cur = tokens[j] as Token;
  const next = tokens[j + 1];
  if (!next) return 0;
  if (isCapWord(next)) return inCode(tokens, j + 1) ? 0 : 1;
  const after = tokens[j + 2];
  // "St. Petersburg", "ST. JOHN'S", "Mt. Kenya": an abbreviated saint's or mountain's word and its full stop open a name
  if (next.text === '.' && /^(?:st|ste|mt|ft)$/i.test(cur.text) && adjacent(cur, next) && isCapWord(after)) return 2;
  if (JOINERS.has(next.text) && isCapWord(after) && adjacent(cur, next) && adjacent(next, after as Token)) return 2;
  if (portfolioListAt(tokens, j, p, runFirst)) return 2;
  // "Consumers' Association", "Citrus Growers' Association", "Workers' Party": a plural possessive inside a body's name
  // (people's plurals only, "Peoples' Rights" too: "the Philippines' Department of ..." is a country's possessive)
  if (/^['’]$/.test(next.text) && /(?:ers|ors|ists|ans|men|ents|ees|ples)$/.test(cur.text) && adjacent(cur, next) && isCapWord(after)) return 2;
  // "Port-au-Prince", "Aix-en-Provence", "Stratford-upon-Avon": a lowercase particle between hyphens inside one word
  const particle = tokens[j + 2];
  const rest = tokens[j + 4];
  if (betweenHyphens(tokens, j + 2) && !particle?.isCap && (particle?.text.length ?? 0) <= 5 && isCapWord(rest) && adjacent(cur, next)
    && adjacent(tokens[j + 3] as Token, rest as Token)) return 4;
  if (lowercaseSyllableAt(tokens, j, runFirst)) return 2;
  if (possessiveInName(tokens, j, p)) return 2;
  const dated = datedStreetAt(tokens, j, runFirst);
  if (dated > 0) return dated;
  const particles = particleRun(tokens, j + 1, p);
  if (particles > 0) return particles + 1;
  if (next.isWord && next.lower === 'on' && isCapWord(after) && !CALENDAR.test((after as Token).lower)) return 2;
  if (next.isWord && p.connectors.has(next.lower) && next.lower !== 'the' && !CALENDAR.test(after?.lower ?? '')) {
    if (isCapWord(after)) return compoundModifierAt(tokens, j + 2) ? 0 : 2;
    // ("Committee to Protect Journalists" joins; "resistance to the US" names no body)
    if (after?.lower === 'the' && isCapWord(tokens[j + 3]) && !/^(?:to|against)$/.test(next.lower)) return compoundModifierAt(tokens, j + 3) ? 0 : 3;
  }
  return 0;
}

/** Words opening the name of a square or street that may be named after a date ("Place du 13 Mai", "Avenida 9 de Julio"). */
const DATED_STREETS = new Set(['place', 'plaza', 'praça', 'praca', 'piazza', 'avenue', 'avenida', 'rue', 'boulevard', 'calle', 'square']);

/**
 * "Place du 13 Mai", "Avenida 9 de Julio", "Plaza 25 de Mayo": after a square's or street's word, an optional
 * "du"/"de", a day's number, an optional "de" and a capitalised month continue the name. Returns the tokens added, or 0.
 */
function datedStreetAt(tokens: Token[], j: number, runFirst: number): number {
  if (j !== runFirst || !DATED_STREETS.has((tokens[j] as Token).lower)) return 0;
  let k = j + 1;
  if (/^(?:du|de|del|do|da)$/.test(tokens[k]?.text ?? '')) k += 1;
  if (!tokens[k]?.isNumber || !/^\d{1,2}$/.test(tokens[k]?.text ?? '')) return 0;
  k += 1;
  if (/^(?:de|di)$/.test(tokens[k]?.text ?? '')) k += 1;
  return isCapWord(tokens[k]) ? k - j : 0;
}

/**
 * Lowercase name particles starting at i and leading to a capitalised word: "al-", "de la ",
 * "bin ", "van der ". Returns the number of tokens up to (not including) that word, or 0.
 */
function particleRun(tokens: Token[], i: number, p: NamePatterns): number {
  let k = i;
  while (k < i + 4) {
    const t = tokens[k];
    if (!t || !t.isWord || t.isCap || !(p.particles.has(t.lower) || (k > i && t.lower === 'la'))) break;
    if (HYPHEN_ONLY.has(t.lower) && tokens[k + 1]?.text !== '-') break;
    k += 1;
    if (tokens[k]?.text === '-') k += 1;
  }
  return k > i && isCapWord(tokens[k]) ? k - i : 0;
}

/**
 * A letter group written against a number is part of a code, not a name: "F-15K", "Su-35", "3F",
 * "G7". Such words neither start nor extend a capitalised run.
 */
function inCode(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.isNumber && adjacent(prev, t)) return true;
  if (next && next.isNumber && adjacent(t, next)) return true;
  const num = tokens[i + 2];
  // ("Hwasong-19", "Covid-19": a longer word against a number of two or more digits is a model or a code too)
  return !!next && !!num && next.text === '-' && num.isNumber && adjacent(t, next) && adjacent(next, num) && (t.text.length <= 3 || /^\d{2,}$/.test(num.text));
}

function startsRun(tokens: Token[], i: number, p: NamePatterns): boolean {
  return (isCapWord(tokens[i]) && !inCode(tokens, i)) || particleRun(tokens, i, p) > 0;
}

/** Runs of capitalised words in one sentence's tokens (before connector splitting). */
export function findCapitalisedRuns(tokens: Token[], p: NamePatterns): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsRun(tokens, i, p)) {
      i += 1;
      continue;
    }
    let j = i;
    if (!isCapWord(tokens[i])) j = i + particleRun(tokens, i, p); // "al" "-" "Hol"
    for (let step = extensionAt(tokens, j, p, i); step > 0; step = extensionAt(tokens, j, p, i)) j += step;
    runs.push({ first: i, last: j });
    i = j + 1;
  }
  return runs;
}

function endsInHead(tokens: Token[], first: number, last: number, p: NamePatterns): boolean {
  const w = (tokens[last] as Token).lower;
  return last >= first && (p.orgHeads.has(w) || p.placeHeads.has(w) || HEAD_BEFORE_CONNECTOR.has(w));
}

/**
 * Split a run at connectors ("Biden in Paris" → "Biden", "Paris") unless the part before the
 * connector ends in a head word ("Gulf of Aden", "Islamic Resistance in Iraq").
 */
export interface SplitHints {
  /** A country or continent name starts at token k. */
  countryAt(k: number): boolean;
  /** A known (gazetteer) phrase covers the connector at token k ("Organization for Security and Co-operation in Europe"). */
  phraseAcross(k: number): boolean;
  /** A job title ends at token k ("Minister" in "Minister for Foreign Affairs Penny Wong"). */
  titleEndsAt?(k: number): boolean;
  /** A known organization's name (gazetteer) starts at token k ("Lockheed Martin"). */
  knownOrgAt?(k: number): boolean;
  /** Token k is a demonym on its own ("Kazakh"). */
  demonymAt?(k: number): boolean;
}

const NO_HINTS: SplitHints = { countryAt: () => false, phraseAcross: () => false };

/**
 * "Danish Competition and Consumer Authority": capitalised words on both sides of "and" (no
 * connector before it, no head word or country just before it) and one to three capitalised words
 * after it ending the run in a body's head word.
 */
function andBeforeHead(tokens: Token[], segStart: number, k: number, runLast: number, p: NamePatterns, hints: SplitHints): boolean {
  // (a company's head word such as "Energy" may open such a name: "Energy and Natural Resources Ministry"; a body's own head may not)
  if (k - segStart > 3 || AND_NAME_HEADS.has((tokens[k - 1] as Token).lower) || p.placeHeads.has((tokens[k - 1] as Token).lower) || hints.countryAt(k - 1)) return false;
  for (let j = segStart; j < k; j += 1) if (!isCapWord(tokens[j])) return false;
  if (runLast - k > 3 || !AND_NAME_HEADS.has((tokens[runLast] as Token).lower)) return false;
  for (let j = k + 1; j <= runLast; j += 1) if (!isCapWord(tokens[j])) return false;
  return true;
}

/** "Agency for Toxic Substances and Disease Registry (ATSDR)": the bracketed acronym after the run spells its initials, so the run is one name. */
/** The letter a word gives an acronym: its first, upper-cased, accents folded ("Électricité" → "E"). */
export function initialOf(t: Token): string {
  return t.text.normalize('NFD').charAt(0).toUpperCase();
}

export function spelledByAcronym(run: Run, tokens: Token[]): boolean {
  if (tokens[run.last + 1]?.text !== '(' || tokens[run.last + 3]?.text !== ')') return false;
  const acronym = (tokens[run.last + 2] as Token).text;
  if (!/^[A-Z]{3,6}$/.test(acronym)) return false;
  const words = tokens.slice(run.first, run.last + 1).filter((t) => t.isWord);
  const all = words.map(initialOf).join('');
  const capsOnly = words.filter((t) => t.isCap).map(initialOf).join('');
  return acronym === all || acronym === capsOnly;
}

export function splitAtConnectors(run: Run, tokens: Token[], p: NamePatterns, hints: SplitHints = NO_HINTS): Run[] {
  if (spelledByAcronym(run, tokens)) return [run];
  const out: Run[] = [];
  let segStart = run.first;
  let insideName = false;
  for (let k = run.first + 1; k < run.last; k += 1) {
    const t = tokens[k] as Token;
    // "Rostov-on-Don", "Stratford-upon-Avon", "Aix-en-Provence": a particle between hyphens is inside one word
    if (betweenHyphens(tokens, k)) continue;
    if (t.isWord && !t.isCap && t.lower === 'on') {
      // "on" stays inside an organization's name after a head word or a kept connector
      // ("Commission on Human Rights", "Association for Juridical Studies on Immigration").
      const keepOn: boolean = (endsInHead(tokens, segStart, k - 1, p) || insideName) && !hints.countryAt(k + 1)
        && !CALENDAR.test((tokens[k + 1] as Token).lower);
      insideName = keepOn;
      if (keepOn) continue;
      out.push({ first: segStart, last: k - 1 });
      segStart = k + 1;
      continue;
    }
    if (!t.isWord || t.isCap || !p.connectors.has(t.lower) || t.lower === 'the') continue;
    // "and" stays inside a name only after a kept connector and before a non-head word:
    // "Organization for Security and Co-operation in Europe", not "Ministry of Health and Ministry ...".
    // ("... Transport and Communications" ending the run is one name: a head word after "and" opens a new body only when more follows)
    // ("Ministry of Fisheries and Maritime Infrastructure" is one: no body's own head word follows in the run)
    const newBody: boolean = p.orgHeads.has((tokens[k + 1] as Token).lower) && k + 1 < run.last
      && (!insideName || tokens.slice(k + 1, run.last + 1).some((w) => AND_NAME_HEADS.has(w.lower)));
    // "the Ministry of Defence and Lockheed Martin": a known organization after "and" is a second name, no portfolio
    // (but "Peace and Security Council" is one name: this holds only after a kept connector)
    const andInside: boolean = t.lower === 'and' && isCapWord(tokens[k + 1]) && !newBody
      && ((insideName && !hints.knownOrgAt?.(k + 1)) || andBeforeHead(tokens, segStart, k, run.last, p, hints));
    // "in" joins an organization to a country or continent ("Islamic Resistance in Iraq"), not a
    // body or facility to its city ("National Assembly in Abuja", "Lagos Airport in Ikeja").
    const inside: boolean = t.lower === 'in'
      ? (hints.countryAt(k + 1) || ((tokens[k + 1] as Token).lower === 'the' && hints.countryAt(k + 2))) && p.orgHeads.has((tokens[k - 1] as Token).lower)
      // ("House of Representatives", "House of Commons": a chamber's name, though "house" alone heads no body's)
      : endsInHead(tokens, segStart, k - 1, p) || insideName || (t.lower === 'of' && segStart === k - 1 && (tokens[k - 1] as Token).lower === 'house')
        // "Evangelical Lutheran Church of Papua New Guinea", "Diocese of Bunia" (a surname "Church" is no head, so only before "of")
        || (t.lower === 'of' && RELIGIOUS_BODIES.has((tokens[k - 1] as Token).lower));
    // "Minister for Foreign Affairs Penny Wong": a title's portfolio stays with it (mention-titles.ts splits the title off)
    const portfolio = (t.lower === 'for' || t.lower === 'of') && !!hints.titleEndsAt?.(k - 1);
    // "the Ertis Basin Coalition of Kazakh environmental groups": a demonym ending the run describes the lowercase noun after it
    const describes = k + 1 === run.last && !!hints.demonymAt?.(k + 1) && !!tokens[k + 2]?.isWord && !tokens[k + 2]?.isCap;
    // "Committee to Protect Journalists" is one name; "the Police Mobile Force to Plateau" sends a body to a place:
    // "to" stays inside only before two or more capitalised words
    const toPlace = t.lower === 'to' && !(isCapWord(tokens[k + 1]) && isCapWord(tokens[k + 2]) && k + 2 <= run.last);
    const keep: boolean = hints.phraseAcross(k) || andInside || portfolio || (t.lower !== 'and' && inside && !describes && !toPlace);
    insideName = keep;
    if (keep) continue;
    out.push({ first: segStart, last: k - 1 });
    segStart = (tokens[k + 1] as Token).lower === 'the' ? k + 2 : k + 1;
  }
  out.push({ first: segStart, last: run.last });
  return out.filter((r) => r.first <= r.last);
}
