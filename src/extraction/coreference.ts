/**
 * Within-article coreference: groups mentions into entity clusters by
 * - gazetteer reference or geocoded city (so "al-Hassakah" and "al-Hasakah" meet via GeoNames),
 * - normalized name, then spelling skeleton for names the gazetteer does not know,
 * - acronym definitions "Syrian Democratic Forces (SDF)" (SDF anywhere → the expansion),
 * - surnames: "Woods" → "Darren Woods" when exactly one person cluster ends (or starts) with it,
 * - organization head words: "the Resistance" → "Islamic Resistance in Iraq" when unambiguous.
 */
import type { EntityType } from './types';
import { placeKeyOf, type CityRecord } from './city-index';
import type { GazetteerRef } from './gazetteer';
import { guessedPerson, type AnalyzedSentence, type RawMention } from './mention-detection';
import { nameSkeleton, normalizeName } from './name-normalization';
import type { Token } from './tokens';

export interface Cluster {
  mentions: RawMention[];
  ref: GazetteerRef | null;
  city: CityRecord | null;
  type: EntityType | null;
  /** The mention whose text names the entity best (longest non-acronym form). */
  canonical: RawMention;
}

function refKey(ref: GazetteerRef): string {
  switch (ref.kind) {
    case 'country': case 'demonym': case 'metonym': return `country:${ref.code}`;
    case 'curated': return `curated:${ref.slug}`;
    case 'org': return `org:${ref.id}`;
    default: return `${ref.kind}:${ref.name}`;
  }
}

/**
 * Memoized: joinPartialNames compares every mention with every multi-word one. A Map (faster than a
 * WeakMap) that clusterMentions starts afresh for each article, so it holds one article's mentions.
 */
let wordCache = new Map<RawMention, string[]>();

function wordsOf(m: RawMention): string[] {
  let words = wordCache.get(m);
  if (!words) {
    words = normalizeName(m.text).split(' ').filter((w) => w.length > 0);
    wordCache.set(m, words);
  }
  return words;
}

function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (const ch of long) if (ch === short.charAt(k)) k += 1;
  return short.length >= 2 && k === short.length;
}

/** Function words an acronym may skip or keep: "Association for Juridical Studies on Immigration (ASGI)". */
const ACRONYM_FUNCTION_WORDS = new Set(['of', 'for', 'on', 'in', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'el', 'y', 'et', 'und', 'fur', 'für']);

/**
 * Looser match for a "Name (ACR)" definition, where the parenthesis already says what the letters
 * abbreviate: same first letter, and most letters are initials of content words in any order
 * ("French Tennis Federation (FFT)" from the French word order; "ASGI" from an Italian name).
 * Each initial is used at most once; at most one letter (of four or more) may be unexplained.
 */
function looseAcronym(letters: string, words: string[]): boolean {
  const content = words.filter((w) => !ACRONYM_FUNCTION_WORDS.has(w));
  if (letters.length < 2 || content.length < 2 || letters.charAt(0) !== (content[0] ?? '').charAt(0)) return false;
  if (Math.abs(letters.length - content.length) > 1) return false;
  const pool = content.map((w) => w.charAt(0));
  let missing = 0;
  for (const ch of letters) {
    const i = pool.indexOf(ch);
    if (i >= 0) pool.splice(i, 1);
    else missing += 1;
  }
  return missing === 0 || (missing === 1 && letters.length >= 4);
}

/**
 * "Judiciary Police (PJ)", "Republican National Guard (GNR)": an organization's English name with the
 * acronym of its name in its own language. The letters cannot be matched word for word, but a body's
 * name (two or more words, typed ORGANIZATION) directly before a parenthesised acronym of 2-7 capitals
 * is still what it abbreviates when the acronym's first letter and most of its letters are initials
 * of the name's content words.
 */
function translatedAcronym(letters: string, m: RawMention, words: string[]): boolean {
  if (m.type !== 'ORGANIZATION' || letters.length < 2 || letters.length > 7) return false;
  const initials = new Set(words.filter((w) => !ACRONYM_FUNCTION_WORDS.has(w)).map((w) => w.charAt(0)));
  if (initials.size < 2 || !initials.has(letters.charAt(0))) return false;
  let found = 0;
  for (const ch of letters) if (initials.has(ch)) found += 1;
  return found * 5 >= letters.length * 3;
}

/**
 * "Philippine Institute of Volcanology and Seismology (PHIVOLCS)", "National Agency for Food and Drug
 * Administration and Control (NAFDAC)": an acronym of syllables, its letters in order through the
 * name from its first letter, and the initials of at least half of the name's content words among them.
 */
function syllabicAcronym(letters: string, words: string[]): boolean {
  const content = words.filter((w) => !ACRONYM_FUNCTION_WORDS.has(w));
  if (letters.length < 4 || content.length < 2 || letters.charAt(0) !== content[0]?.charAt(0)) return false;
  if (!isSubsequence(letters, content.join(''))) return false;
  return content.filter((w) => letters.includes(w.charAt(0))).length * 2 >= content.length;
}

/** "Syrian Democratic Forces (SDF)": maps "SDF" to the mention it abbreviates. */
function acronymDefinitions(sentences: AnalyzedSentence[]): Map<string, RawMention> {
  const out = new Map<string, RawMention>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      const open = s.tokens[m.last + 1];
      const acr = s.mentions.find((a) => a.first === m.last + 2 && a.last === a.first);
      const close = s.tokens[m.last + 3];
      if (!acr || open?.text !== '(' || close?.text !== ')') continue;
      if (out.has((s.tokens[acr.first] as Token).text)) continue;
      const acrToken = s.tokens[acr.first] as Token;
      // ("African Development Bank (AfDB)", "UN Commission on Science (UNCSTD)": an acronym may keep a lowercase letter)
      const acronymLike = acrToken.isUpper || /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,7}$/.test(acrToken.text);
      const initials = wordsOf(m).map((w) => w.charAt(0)).join('');
      const letters = acrToken.text.replace(/[^\p{L}]/gu, '').toLowerCase();
      // "the Congolese army (FARDC)": the parenthesis names the organ, whatever its letters
      if (acronymLike && m.organ) out.set(acrToken.text, m);
      else if (acronymLike && wordsOf(m).length >= 2 && (isSubsequence(letters, initials) || looseAcronym(letters, wordsOf(m))
        || translatedAcronym(letters, m, wordsOf(m)) || syllabicAcronym(letters, wordsOf(m))
        // "Reporters Without Borders (RSF)": a body's bracketed acronym in its own language, whatever its letters
        || (m.type === 'ORGANIZATION' && (!m.ref || m.ref.kind === 'org') && letters.length >= 2 && letters.length <= 6))) {
        out.set(acrToken.text, m);
      }
    }
  }
  // "the DPC" for the article's "Data Protection Commission", defined or not: an all-capital word
  // spelling the initials of exactly one multi-word organization name the article uses
  const byInitials = new Map<string, RawMention[]>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.type !== 'ORGANIZATION' || m.ref || m.organ) continue;
      const words = m.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      if (words.length < 2 || words.length !== m.text.split(/\s+/).filter((w) => !/^(?:of|for|and|the|on|in|de|du|des)$/i.test(w)).length) continue;
      const key = words.map((w) => w.charAt(0)).join('').toUpperCase();
      const list = byInitials.get(key) ?? [];
      if (!list.some((x) => normalizeName(x.text) === normalizeName(m.text))) list.push(m);
      byInitials.set(key, list);
    }
  }
  for (const s of sentences) {
    for (const a of s.mentions) {
      const t = s.tokens[a.first] as Token;
      if (a.first !== a.last || !t.isUpper || t.text.length < 3 || out.has(t.text)) continue;
      const named = byInitials.get(t.text);
      if (named?.length === 1) out.set(t.text, named[0] as RawMention);
    }
  }
  return out;
}

class Groups {
  private readonly parent = new Map<RawMention, RawMention>();
  find(m: RawMention): RawMention {
    let root = m;
    while (this.parent.get(root) && this.parent.get(root) !== root) root = this.parent.get(root) as RawMention;
    this.parent.set(m, root);
    return root;
  }
  union(a: RawMention, b: RawMention): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
  groups(all: RawMention[]): RawMention[][] {
    const byRoot = new Map<RawMention, RawMention[]>();
    for (const m of all) {
      const r = this.find(m);
      const list = byRoot.get(r) ?? [];
      list.push(m);
      byRoot.set(r, list);
    }
    return [...byRoot.values()];
  }
}

function strongKey(m: RawMention, cityOf: Map<RawMention, CityRecord>): string | null {
  if (m.ref) return refKey(m.ref);
  if (m.organ) return `name:ORGANIZATION:${normalizeName(m.organ.name)}`;
  const city = cityOf.get(m);
  if (city) return `city:${placeKeyOf(city)}`;
  if (m.weak) return null;
  return `name:${m.type ?? ''}:${normalizeName(m.text)}`;
}

/** Join mentions with the same key; the first mention seen for a key is its representative. */
function joinByKey(all: RawMention[], g: Groups, key: (m: RawMention) => string | null): void {
  const first = new Map<string, RawMention>();
  for (const m of all) {
    const k = key(m);
    if (k === null) continue;
    const seen = first.get(k);
    if (seen) g.union(seen, m);
    else first.set(k, m);
  }
}

function headWord(m: RawMention): string {
  const words = wordsOf(m);
  const cut = words.findIndex((w, i) => i > 0 && ['of', 'in', 'for'].includes(w));
  return (cut > 0 ? words[cut - 1] : words[words.length - 1]) ?? '';
}

/** Single-word mentions → the only multi-word person/org they can abbreviate. */
function joinPartialNames(all: RawMention[], g: Groups): void {
  const multi = all.filter((m) => !m.ref && !m.weak && wordsOf(m).length >= 2 && m.type !== 'LOCATION' && m.type !== 'GROUP');
  // "the Commission" → "European Commission": a known organization's head word alone names it too.
  const knownOrgs = all.filter((m) => m.ref?.kind === 'org' && m.type === 'ORGANIZATION' && wordsOf(m).length >= 2);
  for (const m of all) {
    const mw = wordsOf(m);
    if (m.ref || (m.type !== null && m.type !== 'PERSON' && m.type !== 'ORGANIZATION')) continue;
    const maybeOrg = m.type !== 'PERSON' || m.confidence <= 0.45;
    const w = mw[0] as string;
    const targets = new Set<RawMention>();
    for (const x of multi) {
      const xw = wordsOf(x);
      if (mw.length > 1) {
        const suffix = mw.length < xw.length && xw.slice(-mw.length).join(' ') === mw.join(' ');
        const prefix = mw.length < xw.length && xw.slice(0, mw.length).join(' ') === mw.join(' ');
        if (suffix && x.type === 'PERSON' && m.type !== 'ORGANIZATION') targets.add(g.find(x));
        if (prefix && x.type !== 'PERSON' && maybeOrg) targets.add(g.find(x));
        continue;
      }
      const isOrgPrefix = x.type !== 'PERSON' && xw.length > mw.length && xw[0] === w && maybeOrg;
      if (isOrgPrefix) targets.add(g.find(x));
      // ("Castrejón" → "Lorena Castrejón Villa", "Zambrano" → "Jairo Andrés Zambrano Cedeño": a Spanish or Portuguese
      // name's first surname, the word before its last, stands for the person)
      const isPersonPart = x.type === 'PERSON' && (xw[xw.length - 1] === w || xw[0] === w || (xw.length >= 3 && xw[xw.length - 2] === w))
        && (m.type !== 'ORGANIZATION' || (m.confidence < 0.6 && m.first === m.last));
      const isOrgHead = x.type !== 'PERSON' && headWord(x) === w && maybeOrg;
      // "the Socialists" → "Bulgarian Socialist Party", "Republicans" → "Republican Party": a party's members.
      const isPartyMembers = x.type === 'ORGANIZATION' && maybeOrg && w.length > 4 && w.endsWith('s')
        && xw.some((v, i) => `${v}s` === w && xw[i + 1] === 'party');
      if (isPersonPart || isOrgHead || isPartyMembers) targets.add(g.find(x));
    }
    if (mw.length === 1 && maybeOrg) for (const x of knownOrgs) if (headWord(x) === w) targets.add(g.find(x));
    const only = [...targets][0];
    if (targets.size === 1 && only) g.union(only, m);
  }
}

/** Generic words of natural features, dropped in short forms: "the Baltic" for "the Baltic Sea". */
const FEATURE_HEADS = new Set(['sea', 'ocean', 'river', 'lake', 'desert', 'mountains', 'peninsula', 'basin', 'valley', 'plateau', 'delta', 'volcano', 'dam']);

/** A mention → the only place "<mention> Sea/River/Volcano/Dam..." of the article ("Kanlaon" for "Kanlaon Volcano", "Pak Khop" for "Pak Khop Dam"). */
function joinPlaceShortForms(all: RawMention[], g: Groups): void {
  const places = all.filter((x) => (x.type === 'LOCATION' || x.ref?.kind === 'curated') && wordsOf(x).length >= 2 && FEATURE_HEADS.has(wordsOf(x)[wordsOf(x).length - 1] as string));
  if (places.length === 0) return;
  for (const m of all) {
    const mw = wordsOf(m);
    // (a two-word short form may have been guessed a person's name: "Pak Khop", with no title or other cue)
    const guessedPerson = m.type === 'PERSON' && m.title === null && !m.personCue && mw.length >= 2;
    if (mw.length > 3 || (m.ref && m.ref.kind !== 'curated') || (m.type !== null && m.type !== 'LOCATION' && !guessedPerson)) continue;
    if (mw.length > 1 && !places.some((x) => wordsOf(x).length === mw.length + 1)) continue;
    // "Pahang state" is not "the Pahang River": a stated kind of place other than the feature's keeps it apart.
    // "Casamance" (the region) is not "the Casamance River": a gazetteer place of its own keeps it apart too.
    const own = (x: RawMention) => m.ref?.kind === 'curated' && x.ref?.kind === 'curated' && m.ref.slug !== x.ref.slug;
    const targets = new Set(places.filter((x) => wordsOf(x).length === mw.length + 1 && wordsOf(x).slice(0, -1).join(' ') === mw.join(' ')
      && (!m.placeClass || m.placeClass === wordsOf(x)[mw.length]) && !own(x)).map((x) => g.find(x)));
    const only = [...targets][0];
    if (targets.size === 1 && only) g.union(only, m);
  }
}

/** Words a state organ's own name may add to its kind: "National Police", "Royal Navy". */
const GENERIC_ORGAN_WORDS = new Set(['national', 'federal', 'royal', 'state', 'central', 'republican', 'people\'s', 'peoples', 'civil', 'judicial']);
/** Generic heads an organ's own name may add after the organ word ("Zambia Police Service"). */
const ORGAN_HEADS = new Set(['service', 'force', 'forces', 'department', 'agency', 'corps', 'command']);

/**
 * "Ecuadorian police" → the article's "National Police"; "Dutch police" → "Dutch National
 * Police": a state organ named through its country is the article's organization named with the
 * same kind ("Police") and, before it, only generic words or the organ's own country word. A
 * candidate that carries the country word wins; otherwise only a single generic one is taken.
 */
/** "Zambia" for the demonym "Zambian", "Kenya" for "Kenyan": the country's name where the organ has its demonym. */
function countryWord(w: string, countryWords: Set<string>): boolean {
  if (countryWords.has(w)) return true;
  for (const c of countryWords) {
    const short = Math.min(w.length, c.length);
    if (short >= 4 && w.slice(0, short) === c.slice(0, short) && Math.abs(w.length - c.length) <= 4) return true;
  }
  return false;
}

/**
 * "Uganda's army, the UPDF, said ...": a state organ in apposition with an acronym is the body the
 * acronym names.
 */
function joinAppositiveAcronyms(sentences: AnalyzedSentence[], g: Groups): void {
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (s.tokens[m.last + 1]?.text !== ',') continue;
      if (!m.organ) {
        // "The European Consumer Organisation, BEUC, said": an unknown acronym set off after a body's name and before its verb
        // (not a list: "the EU, NATO and the UN")
        const acr = s.mentions.find((a) => a.first === m.last + 2 && a.last === a.first && !a.ref && (s.tokens[a.first] as Token).isUpper);
        const verb = s.tokens[m.last + 4];
        if (acr && m.type === 'ORGANIZATION' && !m.ref && wordsOf(m).length >= 2 && s.tokens[m.last + 3]?.text === ','
          && verb?.isWord && !verb.isCap && !/^(?:and|or|the|a|an|as|which|who)$/.test(verb.lower)) g.union(g.find(acr), m);
        continue;
      }
      const at = s.tokens[m.last + 2]?.lower === 'the' ? m.last + 3 : m.last + 2;
      const acr = s.mentions.find((a) => a.first === at && a.last === at && (s.tokens[at] as Token).isUpper && (a.type === 'ORGANIZATION' || a.type === null));
      if (acr && /^[,.;]$/.test(s.tokens[at + 1]?.text ?? '')) g.union(g.find(acr), m);
    }
  }
}

/** Organ kinds that name a state's army, and the names an army's own name may end in. */
const ARMY_KINDS = new Set(['army', 'armed forces', 'military']);
const ARMY_NAMES = [['army'], ['armed', 'forces'], ['defence', 'force'], ['defense', 'force'], ['defence', 'forces'], ['defense', 'forces']];

/**
 * The countries an article is at home in: its dateline's ("LYON, France —") and the one it names most often (by name,
 * demonym or a city of it); empty without a dateline place.
 */
function homeCountries(all: RawMention[], cityOf: Map<RawMention, CityRecord>): Set<string> {
  const codeOf = (m: RawMention): string | null => cityOf.get(m)?.countryCode
    || (m.ref && (m.ref.kind === 'country' || m.ref.kind === 'demonym' || m.ref.kind === 'metonym') ? m.ref.code : null);
  const dateline = all.find((m) => m.field === 'BODY' && m.sentenceIndex === 0 && m.first === 0);
  const home = dateline ? codeOf(dateline) : null;
  if (!home) return new Set();
  const counts = new Map<string, number>();
  for (const m of all) {
    const code = codeOf(m);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return new Set(top ? [home, top] : [home]);
}

function joinOrgansToNames(all: RawMention[], g: Groups, home: Set<string>): void {
  const named = all.filter((m) => !m.organ && (!m.ref || m.ref.kind === 'org') && !m.weak && m.type === 'ORGANIZATION');
  for (const o of all) {
    if (!o.organ) continue;
    const nameWords = normalizeName(o.organ.name).split(' ');
    const kind = normalizeName(o.text).split(' ');
    const countryWords = new Set(nameWords.slice(0, nameWords.length - kind.length));
    const strong = new Set<RawMention>();
    const generic = new Set<RawMention>();
    // "Uganda's army" → the article's "Uganda People's Defence Force": a state's army goes by other names
    const kinds = ARMY_KINDS.has(kind.join(' ')) ? ARMY_NAMES : [kind];
    for (const x of named) {
      const words = wordsOf(x);
      const tail = kinds.find((k) => words.length > k.length && words.slice(-k.length).join(' ') === k.join(' ')) ?? kind;
      let xw = words;
      // "Zambia Police Service", "Nigeria Police Force": a generic head after the organ word
      if (xw.length > tail.length + 1 && ORGAN_HEADS.has(xw[xw.length - 1] as string) && tail === kind) xw = xw.slice(0, -1);
      if (xw.length <= tail.length || xw.slice(-tail.length).join(' ') !== tail.join(' ')) continue;
      const prefix = xw.slice(0, xw.length - tail.length);
      if (prefix.every((w) => GENERIC_ORGAN_WORDS.has(w))) generic.add(g.find(x));
      else if (prefix.some((w) => countryWord(w, countryWords)) && prefix.every((w) => GENERIC_ORGAN_WORDS.has(w) || countryWord(w, countryWords))) strong.add(g.find(x));
    }
    // ("LYON — ... Officers of the National Police ... Polish police said": a name with no country word is the body of
    // the country the article is at home in, not another state's)
    const foreign = home.size > 0 && !home.has(o.organ.code);
    const pick = strong.size === 1 ? [...strong][0] : strong.size === 0 && generic.size === 1 && !foreign ? [...generic][0] : undefined;
    if (pick) g.union(pick, o);
  }
}

/**
 * "Officers of the Finnish Border Guard ... the Border Guard seized": a body's name written without the country word
 * that opens its full name elsewhere in the article (a country or demonym the article names) is that body, when only
 * one such full name ends in it.
 */
function joinBodiesWithoutCountry(all: RawMention[], g: Groups): void {
  const countryWords = new Set(all.filter((m) => m.ref?.kind === 'country' || m.ref?.kind === 'demonym').map((m) => normalizeName(m.text)));
  const full = all.filter((m) => m.type === 'ORGANIZATION' && !m.organ && !m.weak && countryWords.has(wordsOf(m)[0] ?? ''));
  // ("Ecuadorian police ... the National Police ... the Dutch National Police": a short name already taken for a state's organ stays its)
  const organs = new Set(all.filter((m) => m.organ).map((m) => g.find(m)));
  for (const m of all) {
    const mw = wordsOf(m);
    if (m.type !== 'ORGANIZATION' || m.ref || m.organ || m.weak || mw.length < 2 || organs.has(g.find(m))) continue;
    const targets = new Set(full.filter((x) => wordsOf(x).length === mw.length + 1 && wordsOf(x).slice(1).join(' ') === mw.join(' ')).map((x) => g.find(x)));
    const only = [...targets][0];
    if (targets.size === 1 && only) g.union(only, m);
  }
}

/**
 * "Russian embassy protests" (title) ... "the Russian embassy in Helsinki": a state's mission named without its host is
 * the one mission of that state and kind the article names with its host.
 */
function joinMissions(all: RawMention[], g: Groups): void {
  const hosted = new Map<string, Set<string>>();
  const first = new Map<string, RawMention>();
  for (const m of all) {
    if (!m.organ?.mission?.hosted) continue;
    const key = `${m.organ.code}|${m.organ.mission.kind}`;
    hosted.set(key, (hosted.get(key) ?? new Set()).add(m.organ.name));
    if (!first.has(key)) first.set(key, m);
  }
  for (const m of all) {
    if (!m.organ?.mission || m.organ.mission.hosted) continue;
    const key = `${m.organ.code}|${m.organ.mission.kind}`;
    if (hosted.get(key)?.size === 1) g.union(first.get(key) as RawMention, m);
  }
}

function pickCanonical(mentions: RawMention[]): RawMention {
  // a state organ's own name beats its acronym ("Peruvian Army" for "army (EP)"), a written name beats both
  // (a mission named with its host beats one named without)
  const organ = mentions.find((m) => m.organ?.mission?.hosted) ?? mentions.find((m) => m.organ);
  const named = mentions.filter((m) => !m.organ);
  if (organ && !named.some((m) => !/^[\p{Lu}.]+$/u.test(m.text))) return organ;
  mentions = named;
  const nonAcronym = mentions.filter((m) => !/^[\p{Lu}.]+$/u.test(m.text));
  const pool = nonAcronym.length > 0 ? nonAcronym : mentions;
  return pool.reduce((best, m) => (m.text.length > best.text.length ? m : best));
}

function clusterType(mentions: RawMention[]): EntityType | null {
  // A name also used as no person's is ("his Roland Garros title") is not a person's unless a
  // title or a "who" clause says so.
  const vetoPerson = mentions.some((m) => m.nonPerson) && !mentions.some((m) => m.title !== null || m.personCue);
  const typed = mentions
    .filter((m) => m.type !== null && !(vetoPerson && m.type === 'PERSON'))
    .sort((a, b) => Number(a.weak) - Number(b.weak) || b.confidence - a.confidence);
  return typed[0]?.type ?? null;
}

/**
 * "LIMA — ... Peru's Congress ousts President Salcedo ... sworn in before Congress": where an article at home in a
 * state (homeCountries) names that state's body of a known body's kind, the known body's bare name is that state's
 * body, unless the article is at home in the known body's state too: the mentions join the organ and lose the known
 * body's reference.
 */
function joinDisplacedBodies(all: RawMention[], g: Groups, home: Set<string>): void {
  for (const o of all) {
    const d = o.organ?.displaces;
    if (!d || !home.has(o.organ?.code ?? '') || home.has(d.code)) continue;
    for (const m of all) {
      if (m.ref?.kind !== 'org' || m.ref.id !== d.id || normalizeName(m.text) !== normalizeName(o.text)) continue;
      m.ref = null;
      m.organ = o.organ;
      g.union(o, m);
    }
  }
}

/** ISO2 codes of the countries the article names (by name or demonym). */
function namedCountries(all: RawMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of all) if (m.ref && (m.ref.kind === 'country' || m.ref.kind === 'demonym')) out.add(m.ref.code);
  return out;
}

/**
 * Capital metonymy: "Seoul said", "Dhaka hosted", "an agreement with Tunis" name the government,
 * so such a mention of a capital (GeoNames PPLC, or PPLG seat of government) refers to its country, even where the
 * article never names that country ("Beijing and Moscow sent congratulations"); only "Brussels" needs Belgium named,
 * as it mostly stands for the EU. Literal uses ("in Seoul") stay the city.
 */
/** GeoNames feature codes of a capital (PPLC) and of a seat of government elsewhere (PPLG: Putrajaya). */
const SEATS_OF_GOVERNMENT = new Set(['PPLC', 'PPLG']);

/** Capitals that more often stand for an international body seated there than for their own country ("Brussels" for the EU). */
const SEATS_OF_UNIONS = new Set(['BE']);

/** "Beijing and Moscow sent ...": a capital coordinated before an agentive capital acts with it. */
function coordinatedAgents(sentences: AnalyzedSentence[], cityOf: Map<RawMention, CityRecord>): Set<RawMention> {
  const out = new Set<RawMention>();
  for (const s of sentences) {
    for (let i = s.mentions.length - 1; i > 0; i -= 1) {
      const a = s.mentions[i - 1] as RawMention;
      const b = s.mentions[i] as RawMention;
      const joined = b.first === a.last + 2 && /^(?:and|or)$/.test(s.tokens[a.last + 1]?.lower ?? '');
      if (joined && cityOf.has(a) && (b.agentive || out.has(b))) out.add(a);
      // "an exchange between Tehran and Belgium", "talks between Kinshasa and Kigali": the two sides between which
      // something passes are states, a capital among them too
      const between = joined && /^between$/.test(s.tokens[a.first - 1]?.lower ?? '');
      // ("flights between Paris and London": two cities are places; only a capital beside a state stands for its own)
      const state = (m: RawMention) => m.ref?.kind === 'country' || m.ref?.kind === 'metonym';
      if (between && cityOf.has(a) && state(b)) out.add(a);
      if (between && cityOf.has(b) && state(a)) out.add(b);
    }
  }
  return out;
}

function resolveCapitalMetonyms(sentences: AnalyzedSentence[], all: RawMention[], cityOf: Map<RawMention, CityRecord>): Map<RawMention, CityRecord> {
  const countries = namedCountries(all);
  const coordinated = coordinatedAgents(sentences, cityOf);
  const out = new Map(cityOf);
  for (const m of all) {
    const city = cityOf.get(m);
    if (!(m.agentive || coordinated.has(m)) || m.ref || !city || !SEATS_OF_GOVERNMENT.has(city.featureCode)) continue;
    if (SEATS_OF_UNIONS.has(city.countryCode) && !countries.has(city.countryCode)) continue;
    m.ref = { kind: 'metonym', code: city.countryCode };
    m.type = 'LOCATION';
    out.delete(m);
  }
  return out;
}

/**
 * "the Independent Miners' Union (Bağımsız Maden-İş)", "the Public Ministry (Ministerio Público)": a
 * body's name in its own language, in brackets right after its English name, is another name of
 * it, not a person or a place. Returns [name, bracketed name] pairs; the bracketed one is retyped.
 */
function bracketedOwnNames(sentences: AnalyzedSentence[]): Array<[RawMention, RawMention]> {
  const out: Array<[RawMention, RawMention]> = [];
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.type !== 'ORGANIZATION' || wordsOf(m).length < 2 || s.tokens[m.last + 1]?.text !== '(') continue;
      const n = s.mentions.find((x) => x.first === m.last + 2 && s.tokens[x.last + 1]?.text === ')');
      if (!n || n.ref || /^[\p{Lu}.&-]+$/u.test(n.text) || wordsOf(n).length < 2) continue;
      n.type = 'ORGANIZATION';
      out.push([m, n]);
    }
  }
  return out;
}

/** Words that introduce the name a person goes by: "known as", "alias", "nicknamed", "dubbed". */
const NICKNAME_CUES = /^(?:known as|alias|aka|nicknamed|dubbed)$/;
/** Adverbs between "known" and "as" that say where or by whom a name is used: "known locally as". */
const LOCAL_NAME_ADVERBS = new Set(['locally', 'popularly', 'widely', 'commonly', 'colloquially']);

/**
 * "Jairo Andrés Zambrano Cedeño, 41, known as "El Cuervo"", "José Adolfo Macías, alias "Fito"": the
 * name a person goes by, right after such a cue (its quotation mark optional) and within ten tokens of
 * the person's name in the same sentence, is another name of that person. Returns [person, nickname]
 * pairs; the nickname is retyped PERSON.
 */
function nicknames(sentences: AnalyzedSentence[]): Array<[RawMention, RawMention]> {
  const out: Array<[RawMention, RawMention]> = [];
  for (const s of sentences) {
    for (const n of s.mentions) {
      let k = n.first - 1;
      if (/^["“'‘]$/.test(s.tokens[k]?.text ?? '')) k -= 1;
      // ("the Syrian Civil Defence, known as the White Helmets": a body's popular name may take "the")
      const the = s.tokens[k]?.lower === 'the';
      if (the) k -= 1;
      // ("Islamic State Mozambique Province (ISMP), known locally as al-Shabaab": an adverb may qualify the cue)
      const adverb = s.tokens[k]?.lower === 'as' && LOCAL_NAME_ADVERBS.has(s.tokens[k - 1]?.lower ?? '') && s.tokens[k - 2]?.lower === 'known';
      const cue = adverb ? 'known as' : s.tokens[k]?.lower === 'as' ? `${s.tokens[k - 1]?.lower ?? ''} as` : s.tokens[k]?.lower ?? '';
      // (a known body's name another body goes by locally names that body here, not the known one)
      if (!NICKNAME_CUES.test(cue) || (n.ref && !(the && n.ref.kind === 'org') && !(adverb && n.ref.kind === 'org'))) continue;
      const cueStart = cue.includes(' ') ? k - (adverb ? 2 : 1) : k;
      const named = s.mentions.filter((p) => p.last < cueStart && p.last >= cueStart - 10 && wordsOf(p).length >= 2
        && (the || adverb ? p.type === 'ORGANIZATION' || p.type === 'GROUP' : p.type === 'PERSON' || p.type === 'ORGANIZATION')).pop();
      if (!named) continue;
      if (adverb && n.ref) n.ref = null;
      n.type = named.type;
      out.push([named, n]);
    }
  }
  return out;
}

/**
 * "The Serb List, the main Kosovo Serb party ... local Serbs parked trucks ... accused Pristina of provoking the Serbs": a
 * people's name written right after another state's (or place's) name names that people's community there, a GROUP
 * ("Kosovo Serb"), and the article's plural name of the people ("Serbs") is that community, not the people's state.
 */
function communities(sentences: AnalyzedSentence[]): void {
  const found = new Map<string, string>();
  for (const s of sentences) {
    for (let i = 0; i + 1 < s.mentions.length; i += 1) {
      const a = s.mentions[i] as RawMention;
      const b = s.mentions[i + 1] as RawMention;
      if (b.first !== a.last + 1 || b.ref?.kind !== 'demonym' || b.first !== b.last) continue;
      const place = a.ref?.kind === 'country' ? a.ref.code : a.ref?.kind === 'curated' ? a.ref.slug : null;
      if (!place || (a.ref?.kind === 'country' && a.ref.code === b.ref.code)) continue;
      const key = `${normalizeName(a.text)}|${b.ref.code}`;
      found.set(b.ref.code, key);
      s.mentions.splice(i, 2, { ...a, last: b.last, end: b.end, text: `${a.text}${' '.repeat(b.start - a.end)}${b.text}`, ref: null, type: 'GROUP', confidence: 0.7, weak: false, community: key });
    }
  }
  if (found.size === 0) return;
  for (const s of sentences) {
    for (const m of s.mentions) {
      const key = m.ref?.kind === 'demonym' ? found.get(m.ref.code) : undefined;
      // the people's plural noun only ("Serbs"), not its adjective ("Serbian-run", "a Serb official")
      if (!key || !/s$/.test(m.text) || m.first !== m.last || s.tokens[m.last + 1]?.isCap) continue;
      m.ref = null;
      m.type = 'GROUP';
      m.community = key;
    }
  }
}

export function clusterMentions(sentences: AnalyzedSentence[], geocoded: Map<RawMention, CityRecord>): Cluster[] {
  wordCache = new Map();
  communities(sentences);
  const all = sentences.flatMap((s) => s.mentions);
  const cityOf = resolveCapitalMetonyms(sentences, all, geocoded);
  const acronyms = acronymDefinitions(sentences);
  // "Coalition of Patriots for Change (CPC)": an acronym the article defines is not the known body it also spells (Communist Party of China)
  for (const m of all) {
    const expansion = acronyms.get(m.text);
    if (expansion && expansion !== m && m.ref?.kind === 'org' && (expansion.ref?.kind !== 'org' || expansion.ref.id !== m.ref.id)) m.ref = null;
  }
  const g = new Groups();
  const home = homeCountries(all, cityOf);
  joinDisplacedBodies(all, g, home);
  for (const m of all) {
    const expansion = acronyms.get(m.text);
    if (expansion && expansion !== m) g.union(expansion, m);
  }
  for (const [name, own] of bracketedOwnNames(sentences)) g.union(name, own);
  for (const [person, nickname] of nicknames(sentences)) g.union(person, nickname);
  joinByKey(all, g, (m) => strongKey(m, cityOf));
  joinByKey(all, g, (m) => (m.community ? `community:${m.community}` : null));
  // spelling variants join by skeleton, but acronyms only exactly ("SLP" is not "SLPP")
  joinByKey(all, g, (m) => (m.ref || m.organ || cityOf.has(m) || /^[\p{Lu}.&-]+$/u.test(m.text) ? null : `skel:${nameSkeleton(m.text)}`));
  // (a place the city index found, "Zonguldak's", is no short form of "Zonguldak Chief Public Prosecutor's Office")
  joinPartialNames(all.filter((m) => !m.organ && !cityOf.has(m)), g);
  joinOrgansToNames(all, g, home);
  joinBodiesWithoutCountry(all, g);
  joinMissions(all, g);
  joinAppositiveAcronyms(sentences, g);
  joinPlaceShortForms(all, g);
  const clusters = g.groups(all).map((mentions) => {
    const withRef = mentions.find((m) => m.ref);
    const withCity = mentions.find((m) => cityOf.has(m));
    return {
      mentions,
      ref: withRef?.ref ?? null,
      city: withCity ? (cityOf.get(withCity) as CityRecord) : null,
      type: withRef || withCity ? (withRef ? clusterType([withRef]) : 'LOCATION') : clusterType(mentions),
      canonical: pickCanonical(mentions),
    };
  });
  listedCompanies(clusters);
  return clusters;
}

/**
 * "The case was brought by Nucor, Cleveland-Cliffs and the United Steelworkers": a name only its shape made a person's
 * (a given name opening it, no title, nothing said of a person anywhere), listed among names that are all
 * organizations, is one too.
 */
function listedCompanies(clusters: Cluster[]): void {
  const clusterOf = new Map<RawMention, Cluster>();
  for (const c of clusters) for (const m of c.mentions) clusterOf.set(m, c);
  for (const c of clusters) {
    if (c.type !== 'PERSON' || c.ref || c.city || !c.mentions.every(guessedPerson)) continue;
    // (the others organizations, or names of no known kind: "Nucor")
    const listed = c.mentions.some((m) => {
      const others = (m.list ?? []).map((x) => clusterOf.get(x)).filter((x) => x !== c);
      return others.some((x) => x?.type === 'ORGANIZATION') && others.every((x) => x?.type === 'ORGANIZATION' || (x?.type === null && !x.city && !x.ref));
    });
    if (listed) c.type = 'ORGANIZATION';
  }
}
