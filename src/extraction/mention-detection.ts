/**
 * Mention detection for one sentence: gazetteer phrases (countries, demonyms, curated places,
 * known organizations, compromise's known names) and capitalised sequences, with honorifics
 * and job titles split off ("CEO Darren Woods" → title "CEO" + PERSON "Darren Woods").
 * Every mention's `text` is `fieldText.slice(start, end)`.
 *
 * This module holds the mention types and the pass over a sentence: it finds capitalised runs,
 * joins and splits them (possessive place names, connectors, leading common words), hands each
 * run to the title handling (mention-titles.ts) and the segment typing (segment-typing.ts), takes
 * gazetteer phrases no run covers, and finally joins appositive names and links facilities to
 * their sites.
 */
import type { EntityType, TextField } from './types';
import { findCapitalisedRuns, initialOf, splitAtConnectors, type Run } from './capitalised-runs';
import type { GazetteerRef } from './gazetteer';
import { isCityName, isSentenceInitial, push, pushDictionary, spanText, type SentenceContext } from './mention-context';
import { normalizeName } from './name-normalization';
import { splitAtTitles } from './mention-titles';
import type { Resources } from './resources';
import type { Sentence } from './sentences';
import { bodyNameBeforePlace, resolveSegment } from './segment-typing';
import type { TitleMatch } from './titles';
import type { Token } from './tokens';
import { countryWord, findStateOrgans, type StateOrgan } from './state-organs';
import { CURRENCY_NAME } from './currencies';

export interface RawMention {
  field: TextField;
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  /** Token index range [first, last] within the sentence's tokens. */
  first: number;
  last: number;
  /** null: unknown yet (single capitalised word). */
  type: EntityType | null;
  ref: GazetteerRef | null;
  confidence: number;
  weak: boolean;
  /** The job title/honorific right before the name, if any. */
  title: TitleMatch | null;
  /** Preceded by a locative preposition ("in", "near", "inside the"). */
  locative: boolean;
  /** Read as not a person's name ("the Nord Stream pipelines", "his Roland Garros title"). */
  nonPerson?: boolean;
  /** Said of a person by its context ("X, who ...", "X, 54,"). */
  personCue?: boolean;
  /**
   * Used the way a government is ("Seoul said", "Moscow's position", "an agreement with Tunis"),
   * not as a place: a capital city so used is a mention of its country (coreference.ts).
   */
  agentive?: boolean;
  /** "X International Airport in Lilongwe", "the National Palace, Port-au-Prince": the place the facility is at. */
  site?: RawMention;
  /** The lowercase kind of place written after the name ("Pahang state", "Kutupalong camp"). */
  placeClass?: string;
  /** An organ of a state named through its country ("the Polish army"), state-organs.ts. */
  organ?: StateOrgan;
  /** "Kosovo Serb(s)": the community (a people living in another state) the mention names, coreference.ts. */
  community?: string;
  /** The names of a list this one is coordinated in ("Nucor, Cleveland-Cliffs and the United Steelworkers"), itself included. */
  list?: RawMention[];
}

export interface AnalyzedSentence {
  sentence: Sentence;
  tokens: Token[];
  mentions: RawMention[];
}

export function detectMentions(res: Resources, fieldText: string, sentence: Sentence, tokens: Token[], lowercaseWords: Set<string>, vesselNames?: Set<string>): RawMention[] {
  const dictAt = tokens.map((_, i) => res.gazetteer.dictionary.matchAt(tokens, i));
  const ctx: SentenceContext = { res, fieldText, sentence, tokens, dictAt, lowercaseWords, vesselNames, out: [] };
  const runs = joinPossessivePlaceNames(ctx, findCapitalisedRuns(tokens, res.patterns));
  let runIdx = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const run = runs[runIdx];
    const dm = dictAt[i];
    if (run && run.first === i) {
      const pieces = splitAtConnectors(run, tokens, res.patterns, {
        countryAt: (k) => countryStartsAt(ctx, k),
        phraseAcross: (k) => ctx.dictAt.some((m, j) => j >= run.first && j < k && !!m && m.last > k) || regionAcross(ctx, run, k),
        titleEndsAt: (k) => [k - 2, k - 1, k].some((j) => j >= run.first && (res.titles.matchAt(tokens, j, fieldText)?.last ?? -1) >= k),
        knownOrgAt: (k) => ctx.dictAt[k]?.value.kind === 'org',
        demonymAt: (k) => ctx.dictAt[k]?.value.kind === 'demonym' && ctx.dictAt[k]?.last === k,
      }).map((r) => stripLeadingWords(ctx, r));
      for (const piece of pieces) {
        for (const { seg, title } of splitAtTitles(ctx, piece)) resolveSegment(ctx, seg, title);
      }
      i = Math.max(run.last, ...ctx.out.map((m) => m.last)); // a dictionary phrase may reach past the run
      runIdx += 1;
      while (runs[runIdx] && (runs[runIdx] as Run).first <= i) runIdx += 1;
    } else if (dm && tokens.slice(i, dm.last + 1).some((t) => t.isCap)) {
      // A phrase starting lowercase ("al-Shabaab") or with a code-like word no run takes ("G7", "MI6").
      pushDictionary(ctx, dm, null);
      i = dm.last;
      while (runs[runIdx] && (runs[runIdx] as Run).first <= i) runIdx += 1;
    }
  }
  joinAppositiveNames(ctx);
  acronymExpansions(ctx);
  branchOffices(ctx);
  localBodies(ctx);
  otherCountrysBody(ctx);
  linkFacilitySites(ctx);
  findStateOrgans(ctx);
  coordinatedLists(ctx);
  // "1.3 billion CFA francs": a currency's letters name no body
  return ctx.out.filter((m) => !(/^[A-Z]{2,5}$/.test(m.text) && !m.ref && CURRENCY_NAME.test(tokens[m.last + 1]?.lower ?? '')));
}

/** Currency words a currency's letters come before ("CFA francs"). */

/** Number words that open a sentence before a counted name. */
const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens|hundreds|thousands|several|many|some)$/;

const FAITHS = new Set(['christian', 'muslim', 'hindu', 'buddhist', 'jewish', 'sikh', 'catholic', 'protestant', 'sunni', 'shia', 'shiite', 'orthodox', 'evangelical']);
const QUALIFYING_ADVERBS = new Set(['mostly', 'predominantly', 'largely', 'mainly', 'overwhelmingly', 'majority', 'devout']);

const TIME_WORDS = /^(?:gmt|utc|cet|cest|est|edt|bst|pst|pdt|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;

/** "The Pentagon" → "Pentagon"; at sentence start also "On Saturday", "Both Alcaraz", "At Wimbledon". */
function stripLeadingWords(ctx: SentenceContext, run: Run): Run {
  // "The Hague", "The Gambia": a place whose name starts with "The" keeps it
  // ("SAINT-MARC, Haiti —", "Saint-Louis said": a city's whole name opening the sentence is not stripped of a common first word)
  // (asked only when the first word could be stripped: the lookup builds the run's text)
  const first0 = ctx.tokens[run.first] as Token;
  // ("East Nusa Tenggara regional police detained": so is a first-level region's whole name)
  if (run.last > run.first && (first0.lower === 'the' || isSentenceInitial(ctx.tokens, run.first) || TIME_WORDS.test(first0.lower))
    && (isCityName(ctx, spanText(ctx, run.first, run.last)) || !!ctx.res.gazetteer.adminRegions?.get(normalizeName(spanText(ctx, run.first, run.last))))) return run;
  let first = run.first;
  // "the mostly Christian Ron people", "mostly Muslim Fulani herders": a faith qualifying a people is no part of its name
  if (run.last > run.first && FAITHS.has((ctx.tokens[run.first] as Token).lower) && QUALIFYING_ADVERBS.has(ctx.tokens[run.first - 1]?.lower ?? '')) first += 1;
  const initial = isSentenceInitial(ctx.tokens, run.first);
  while (first < run.last) {
    const t = ctx.tokens[first] as Token;
    // ("Rose Ndegwa allowed", "Faith Kipyegon won": a given name that is also a word opens the name before another capitalised word)
    const givenName = ctx.res.patterns.givenNames.has(t.lower) && !!ctx.tokens[first + 1]?.isCap && first + 1 <= run.last;
    const common = !givenName && (ctx.res.lexicon.isCommonWord(t.lower) || ctx.res.patterns.nonEntities.has(t.lower) || ctx.lowercaseWords.has(t.lower));
    // A title is kept for splitAtTitles to split off: "Foreign Minister Park Ji-won said".
    // "at 0600 GMT Thursday": a clock zone or weekday opening a run is no part of a name.
    const clockWord = TIME_WORDS.test(t.lower);
    // "Three Kosovo police officers were wounded", "Two Nigeria Police officers": a number opening the sentence counts them
    // ("Seven Seas Shipping", "Four Seasons Hotels" keep theirs: only before a country's name)
    const nextRef = ctx.dictAt[first + 1]?.value.kind;
    if (initial && first === run.first && NUMBER_WORDS.test(t.lower) && (nextRef === 'country' || nextRef === 'demonym')) { first += 1; continue; }
    if (t.lower !== 'the' && bodyNameBeforePlace(ctx, first, run.last)) break;
    // "Jean-Pierre Moreau said": a word hyphenated to the next is part of one name, not a common word opening the sentence
    if (ctx.tokens[first + 1]?.text === '-' && ctx.tokens[first + 1]?.start === t.end) break;
    if (t.lower !== 'the' && !clockWord && !(initial && common && !ctx.dictAt[first] && !ctx.res.titles.matchAt(ctx.tokens, first, ctx.fieldText))) break;
    first += 1;
    // "The United Federation of ...": what follows an initial "The" is the name, common words and all.
    if (t.lower === 'the' && first < run.last) break;
    while (first < run.last && !(ctx.tokens[first] as Token).isWord) first += 1;
  }
  return { first, last: run.last };
}

/**
 * "Cox's Bazar", "King's Lynn": two capitalised runs joined by a possessive "'s" that together
 * name a GeoNames place are one name, not an owner and a thing.
 */
function joinPossessivePlaceNames(ctx: SentenceContext, runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const apostrophe = ctx.tokens[run.first - 1];
    // ("COX'S BAZAR, Bangladesh —": a dateline's capitals too)
    if (prev && prev.last === run.first - 2 && apostrophe && /^['’]s$/i.test(apostrophe.text)
      && isCityName(ctx, spanText(ctx, prev.last, run.first))) {
      prev.last = run.last;
      continue;
    }
    out.push({ ...run });
  }
  return out;
}

/** "Newfoundland and Labrador", "Trentino-Alto Adige": a first-level region's name within the run spans token k. */
function regionAcross(ctx: SentenceContext, run: Run, k: number): boolean {
  const regions = ctx.res.gazetteer.adminRegions;
  if (!regions) return false;
  for (let a = Math.max(run.first, k - 3); a < k; a += 1) {
    for (let b = k + 1; b <= Math.min(run.last, k + 3); b += 1) {
      if (regions.get(normalizeName(spanText(ctx, a, b)))) return true;
    }
  }
  return false;
}

/** A country name or a continent/multi-country region starts at token k ("in Iraq", "in Europe"). */
function countryStartsAt(ctx: SentenceContext, k: number): boolean {
  const m = ctx.dictAt[k];
  if (!m) return false;
  if (m.value.kind === 'country') return true;
  if (m.value.kind !== 'curated') return false;
  const place = ctx.res.gazetteer.curated.get(m.value.slug);
  return !!place && (place.featureType === 'CONTINENT' || (place.featureType === 'GEO_REGION' && place.countryCode === null));
}

/**
 * "Gavi, the Vaccine Alliance": a lone unknown name, ", the" and a capitalised body name (not a
 * gazetteer one) ending the clause is one organization's full name, as some bodies style themselves.
 */
function joinAppositiveNames(ctx: SentenceContext): void {
  const { tokens, out } = ctx;
  for (let i = 0; i < out.length; i += 1) {
    const a = out[i] as RawMention;
    if (a.first !== a.last || a.ref || a.title || tokens[a.last + 1]?.text !== ',' || tokens[a.last + 2]?.lower !== 'the') continue;
    const b = out.find((x) => x.first === a.last + 3);
    if (!b || b.ref || b.type !== 'ORGANIZATION' || !ctx.res.patterns.orgHeads.has((tokens[b.last] as Token).lower)) continue;
    const after = tokens[b.last + 1];
    if (after && !/^[.;)]$/.test(after.text)) continue;
    out.splice(out.indexOf(b), 1);
    out[i] = { ...a, last: b.last, end: b.end, text: ctx.fieldText.slice(a.start, b.end), type: 'ORGANIZATION', confidence: 0.6, weak: false };
  }
}

/** Lowercase words a body's full name may hold between its capitalised words ("Office of the ...", "Rights and Accountability"). */
const NAME_CONNECTORS = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'les', 'el', 'del', 'da', 'do', 'dos', 'das', 'y', 'et', 'und', 'für', 'van', 'von']);
/** Tokens that join the parts of a full name: "Prohibition, Excise and ...", "Slum/Informal ...", "S&P". */
const NAME_PUNCTUATION = new Set([',', '/', '&', '-']);

/** Capital letters of an acronym written in parentheses: "SERAP", "NDRRMC" (2-10 letters, digits allowed, not a roman numeral). */
function acronymLetters(t: Token | undefined): string | null {
  if (!t || !t.isUpper || !/^[A-Z][A-Z0-9&]{1,9}$/.test(t.text) || /^[IVXLC]+$/.test(t.text)) return null;
  return t.text.replace(/[^A-Z]/g, '');
}

/**
 * "The Socio-Economic Rights and Accountability Project (SERAP)", "Prohibition, Excise and Registration Department
 * (PERD)", "the Nigerian Slum/Informal Settlement Federation (NSISF)": a body's full name introduced with its acronym
 * is one name even where "and", a comma or a slash would split it. The span before "(" whose capitalised words'
 * initials spell the acronym (connector words left out, or counted as in "Organization of American States" = OAS) becomes
 * one ORGANIZATION mention, replacing the pieces inside it; a span already one mention, or a known phrase, is left.
 */
function acronymExpansions(ctx: SentenceContext): void {
  const { tokens, out } = ctx;
  for (let i = 2; i < tokens.length - 2; i += 1) {
    if (tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')') continue;
    const letters = acronymLetters(tokens[i + 1]);
    if (!letters) continue;
    const end = i - 1;
    if (!(tokens[end] as Token).isCap) continue;
    let withConnectors = '';
    let content = '';
    let first = -1;
    for (let k = end; k >= 0 && end - k < 20; k -= 1) {
      const t = tokens[k] as Token;
      if (NAME_PUNCTUATION.has(t.text)) continue;
      if (!t.isWord) break;
      if (t.isCap) {
        content = initialOf(t) + content;
        withConnectors = initialOf(t) + withConnectors;
        // the span must open on a capitalised word, right after what is no part of a name
        if ((content === letters || withConnectors === letters) && !(tokens[k - 1]?.text === '-' && tokens[k - 2]?.isCap)) { first = k; break; }
        if (content.length > letters.length) break;
      } else if (NAME_CONNECTORS.has(t.lower)) {
        withConnectors = initialOf(t) + withConnectors;
      } else break;
    }
    if (first < 0 || first === end) continue;
    const inside = out.filter((m) => m.first >= first && m.last <= end);
    const across = out.some((m) => (m.first < first && m.last >= first) || (m.first <= end && m.last > end));
    if (across || (inside.length === 1 && inside[0]!.first === first && inside[0]!.last === end)) continue;
    // a known body or place inside keeps its reading when it is the whole of what was found ("Democratic Republic of the Congo (DRC)")
    if (inside.some((m) => m.ref && m.ref.kind !== 'lexicon-org' && m.first === first && m.last === end)) continue;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    push(ctx, first, end, { type: 'ORGANIZATION', ref: null, confidence: 0.7, weak: false, title: null });
    out.sort((a, b) => a.first - b.first);
  }
}

/**
 * "Greenpeace Africa said", "UNICEF Ethiopia reported": an aid agency or NGO (name-patterns.json
 * branchedBodies) written right before a country or region names its office there, one organization
 * of its own, not the body and a place.
 */
function branchOffices(ctx: SentenceContext): void {
  const { out } = ctx;
  for (let i = 0; i < out.length - 1; i += 1) {
    const body = out[i] as RawMention;
    const place = out[i + 1] as RawMention;
    if (place.first !== body.last + 1 || (body.ref?.kind !== 'org' && body.ref?.kind !== 'lexicon-org')) continue;
    if (place.ref?.kind !== 'country' && place.ref?.kind !== 'curated') continue;
    if (!ctx.res.patterns.branchedBodies.has(normalizeName(body.text))) continue;
    out.splice(i, 2, { ...body, last: place.last, end: place.end, text: ctx.fieldText.slice(body.start, place.end), ref: null, type: 'ORGANIZATION', confidence: 0.7, weak: false });
  }
}

/**
 * "Peru's Congress", "the Peruvian Congress": a known body of one country ("Congress" is the United
 * States Congress) named through another country is that country's body of the same kind, an organ
 * of it (state-organs.ts), not the known one.
 */
function otherCountrysBody(ctx: SentenceContext): void {
  const { tokens, out } = ctx;
  for (let i = 0; i < out.length; i += 1) {
    const m = out[i] as RawMention;
    if (m.ref?.kind !== 'org') continue;
    const known = ctx.res.gazetteer.organizations.get(m.ref.id);
    if (!known?.countryCode) continue;
    const possessive = /^['’]s$/.test(tokens[m.first - 1]?.text ?? '');
    const owner = out.find((x) => x.last === (possessive ? m.first - 2 : m.first - 1) && (x.ref?.kind === 'country' || x.ref?.kind === 'demonym'));
    const code = owner?.ref && (owner.ref.kind === 'country' || owner.ref.kind === 'demonym') ? owner.ref.code : null;
    if (!owner || !code || code === known.countryCode) continue;
    const word = countryWord(ctx, owner, code, true) ?? owner.text;
    out[i] = { ...m, ref: null, type: 'ORGANIZATION', organ: { code, name: `${word} ${m.text}`, country: owner, surface: ctx.fieldText.slice(owner.start, m.end), displaces: { id: m.ref.id, code: known.countryCode } } };
  }
}

/** What may follow "<city> police" in the force's own name: "the Paris police prefecture". */
const POLICE_NAME_TAILS = new Set(['department', 'prefecture', 'force', 'service', 'command']);
/** The tier of a local body: "the Apurímac regional government", "Taxco municipal police". */
const LOCAL_TIERS = new Set(['regional', 'provincial', 'municipal', 'metropolitan', 'city', 'district', 'county', 'public']);
/** Heads of local bodies that need a tier word ("regional government"); police, prosecutors and councils do not. */
const TIERED_HEADS = new Set(['government', 'administration', 'board']);
/** A rank or post after "<place> police": "the Morobe provincial police commander" names a person's post, not the force. */
const POST_AFTER = /^(?:commander|chief|commissioner|director|spokesman|spokeswoman|spokesperson|officer|officers|station|post|headquarters)$/;

/**
 * "Istanbul police detained 34 people", "the Paris police prefecture said", "East Nusa Tenggara regional police",
 * "the Lyon prosecutor's office", "Apurímac's regional government", "the Canlaon City council": a city's or
 * region's name before a lowercase police, prosecutor's office, council or tiered government names that place's own
 * body, an organization of its own (annotation README: police actions go to the named force), as "the Polish army"
 * names an organ of its state (state-organs.ts): the place stays a mention of the place and the body becomes
 * "Istanbul Police", "Lyon Prosecutor's Office", "Apurímac Regional Government". "Lagos state police" and "Kenyan
 * police" name no place's own force.
 */
function localBodies(ctx: SentenceContext): void {
  const { tokens } = ctx;
  for (const m of [...ctx.out]) {
    if ((m.type !== null && m.type !== 'LOCATION') || (m.ref && m.ref.kind !== 'curated')) continue;
    let k = m.last + 1;
    const possessive = /^['’]s$/.test(tokens[k]?.text ?? '');
    if (possessive) k += 1;
    const tier = LOCAL_TIERS.has(tokens[k]?.text ?? '') ? k : -1;
    const h = tier >= 0 ? k + 1 : k;
    const head = tokens[h];
    if (!head || head.isCap || (possessive && tier < 0)) continue;
    let last = -1;
    if (head.text === 'police' && !POST_AFTER.test(tokens[h + 1]?.lower ?? '')) {
      last = POLICE_NAME_TAILS.has(tokens[h + 1]?.lower ?? '') ? h + 1 : h;
    } else if ((head.text === 'prosecutor' || head.text === 'prosecutors') && /^['’]s?$/.test(tokens[h + 1]?.text ?? '') && tokens[h + 2]?.text === 'office') {
      last = h + 2;
    } else if (head.text === 'council' || (TIERED_HEADS.has(head.text) && (tier >= 0 || (head.text === 'government' && regionNamed(ctx, m))))) {
      // ("the Lagos State government": a region's own government needs no tier word)
      last = h;
    }
    if (last < 0 || (tier >= 0 && tokens[tier]?.text === 'public' && head.text !== 'prosecutor')) continue;
    // the gazetteer only once a body's head follows the name
    const code = localCountry(ctx, m);
    if (!code) continue;
    const words = tokens.slice(possessive ? m.last + 2 : m.last + 1, last + 1).filter((t) => t.isWord || /^['’]s?$/.test(t.text));
    const name = [m.text, ...words.map((t) => (/^['’]/.test(t.text) ? t.text : t.text.charAt(0).toUpperCase() + t.text.slice(1)))].join(' ').replace(/ (['’])/g, '$1');
    push(ctx, possessive ? m.last + 2 : m.last + 1, last, { type: 'ORGANIZATION', ref: null, confidence: 0.7, weak: false, title: null, organ: { code, name, country: m, surface: ctx.fieldText.slice(m.start, (tokens[last] as Token).end) } });
  }
  ctx.out.sort((a, b) => a.first - b.first);
}

/** The kind of region a name may end with: "Lagos State", "Batken Region". */
const REGION_KIND_AFTER = /\s+(?:state|province|region|oblast|governorate|prefecture)$/i;

/** `m` names a first-level region ("Lagos State", "Kano State"), not only a city. */
function regionNamed(ctx: SentenceContext, m: RawMention): boolean {
  return REGION_KIND_AFTER.test(m.text) || (!!ctx.res.gazetteer.adminRegions?.get(normalizeName(m.text))
    && ctx.res.gazetteer.cities.byName(m.text).length === 0);
}

/** The country of a city or region named by `m`: the most populous city of the name, else the curated region's. */
function localCountry(ctx: SentenceContext, m: RawMention): string | null {
  const cities = ctx.res.gazetteer.cities.byName(m.text);
  if (cities.length > 0) return cities.map((i) => ctx.res.gazetteer.cities.get(i)).reduce((a, b) => (b.population > a.population ? b : a)).countryCode;
  const bare = normalizeName(m.text).replace(REGION_KIND_AFTER, '');
  const slugs = ctx.res.gazetteer.adminRegions?.get(normalizeName(m.text)) ?? ctx.res.gazetteer.adminRegions?.get(bare) ?? (m.ref?.kind === 'curated' ? [m.ref.slug] : []);
  for (const slug of slugs) {
    const place = ctx.res.gazetteer.curated.get(slug);
    if (place?.countryCode && place.featureType === 'REGION') return place.countryCode;
  }
  return null;
}

/** Head words of facilities that lie at one spot of a city: "... Airport", "... Palace", "... Stadium". */
const FACILITY_HEADS = new Set([
  'airport', 'palace', 'stadium', 'arena', 'prison', 'base', 'airbase', 'port', 'terminal', 'station', 'refinery', 'dam',
  'bridge', 'tower', 'cathedral', 'mosque', 'temple', 'square', 'hospital', 'pier', 'wharf',
]);

/**
 * "Kamuzu International Airport in Lilongwe", "the National Palace, in Port-au-Prince": a facility
 * name followed by "in"/"at"/"," and another capitalised name records that name as its site
 * (entity-builder places the facility there if the site is a geocoded city).
 */
function linkFacilitySites(ctx: SentenceContext): void {
  const { tokens, out } = ctx;
  for (const m of out) {
    if (m.type !== 'LOCATION' || m.ref || m.last === m.first || !FACILITY_HEADS.has((tokens[m.last] as Token).lower)) continue;
    let k = m.last + 1;
    if (tokens[k]?.text === ',') k += 1;
    if (/^(?:in|at)$/.test(tokens[k]?.lower ?? '')) k += 1;
    if (k === m.last + 1) continue;
    const site = out.find((x) => x.first === k && x !== m && (x.type === 'LOCATION' || x.type === null));
    if (site) m.site = site;
  }
}

/** What may stand between two names of a list: "A, B and C", "A, B, or the C". */
const LIST_JOINERS = new Set([',', 'and', 'or', 'the']);

/** The mention is a name-shape guess at a person's name: no title, nothing said of a person, no known name. */
export function guessedPerson(m: RawMention): boolean {
  return m.type === 'PERSON' && !m.title && !m.personCue && !m.ref && !m.organ && m.confidence <= 0.75;
}

/**
 * "by Nucor, Cleveland-Cliffs and the United Steelworkers", "Ash covered La Castellana, Moises Padilla and La Carlota":
 * names of three or more joined by commas and a final "and"/"or" make a list (`list` on each), whose names are of one
 * kind (coreference.ts, pipeline.ts).
 */
function coordinatedLists(ctx: SentenceContext): void {
  const { tokens, out } = ctx;
  const ms = [...out].sort((a, b) => a.first - b.first);
  let run: RawMention[] = [];
  const close = () => {
    const gaps = run.slice(1).map((m, i) => tokens.slice((run[i] as RawMention).last + 1, m.first).map((t) => t.lower));
    const last = gaps[gaps.length - 1] ?? [];
    if (run.length >= 3 && (last.includes('and') || last.includes('or')) && gaps.slice(0, -1).every((g) => g[0] === ',' && !g.includes('and') && !g.includes('or'))) {
      const list = run;
      for (const m of list) m.list = list;
    }
    run = [];
  };
  for (const m of ms) {
    const prev = run[run.length - 1];
    const gap = prev ? tokens.slice(prev.last + 1, m.first) : [];
    if (prev && gap.length > 0 && gap.length <= 3 && gap.every((t) => LIST_JOINERS.has(t.lower)) && gap.some((t) => t.lower !== 'the')) run.push(m);
    else {
      close();
      run = [m];
    }
  }
  close();
}
