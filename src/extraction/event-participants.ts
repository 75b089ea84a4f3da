/**
 * Actors, targets and location of an event trigger. Actor = the entity before the trigger
 * (or after "by"; see event-subjects.ts), target = the entity after it (or the subject of a
 * passive). MOBILIZE and RETREAT are self-directed: their grammatical object is the actor's own
 * forces, so a passive subject is the actor and there is no target. Entities in the attribution
 * phrase, modifiers ("US-backed") and locatives ("in Syria") are not participants.
 */
import { countryKey } from './geocoding';
import type { ExtractedParticipant, FeatureType, ParticipantRole, PloverType } from './types';
import type { RawMention } from './mention-detection';
import { QUOTE_MARKS } from './trigger-constructions';
import type { TriggerHit } from './triggers';
import type { Token } from './tokens';
import { closingSpeaker, coordinated, describedName, eligible, entityOf, keyOf, keysOf, locative, prepositionBefore, type SentenceEnv } from './sentence-env';
import { accusedOfSubject, agentAfterBy, agentAfterFrom, causedSubject, isPassiveSubject, passiveFollows, complementSubject, coordinatedPredicateSubject, nearestBefore, messageSender, participleClauseSubject, permittingSubject, purposeSubject, relativeObject, possessivePronounOwner, relativeClauseSubject, speakerAsSubject, speakerOfObjectNoun, speakerOfOwnVerb, speakerOfSpeechAct } from './event-subjects';
import { isModifierMention, isPossessiveMention } from './clauses';

export type { SentenceEnv } from './sentence-env';

const SELF_DIRECTED = new Set<PloverType>(['MOBILIZE', 'RETREAT']);

const SPECIFICITY: Record<FeatureType, number> = {
  FACILITY: 7, CITY: 6, REGION: 5, WATER_BODY: 4, COUNTRY: 3, GEO_REGION: 2, CONTINENT: 1, OTHER: 0,
};

const WAR_NOUN_PREPOSITIONS = new Set(['in', 'on', 'against', 'into']);

/** "Russia's war in Ukraine", "the invasion of Ukraine": a country right after a violent noun. */
function warTarget(env: SentenceEnv, hit: TriggerHit, exclude: Set<string>): RawMention | null {
  if (hit.form.pos !== 'noun' || (hit.type !== 'FIGHT' && hit.type !== 'ASSAULT')) return null;
  const prep = env.s.tokens[hit.last + 1];
  const m = env.s.mentions.find((x) => x.first === hit.last + 2);
  if (!prep || !m || !(WAR_NOUN_PREPOSITIONS.has(prep.lower) || prep.lower === 'of')) return null;
  const e = entityOf(env, m);
  return e && e.place?.featureType === 'COUNTRY' && !exclude.has(e.key) ? m : null;
}

/** Conjunctions that open a subordinate clause: what follows is not the trigger's object. */
const SUBORDINATORS = new Set(['once', 'if', 'unless', 'because', 'although', 'though', 'whereas', 'while', 'when']);

/** Index of the first subordinating conjunction after token `from`, or Infinity. */
function firstSubordinator(tokens: Token[], from: number): number {
  for (let k = from + 1; k < tokens.length; k += 1) if (SUBORDINATORS.has((tokens[k] as Token).lower)) return k;
  return Infinity;
}

/** Words after a subject that show it is one: a past tense or an auxiliary ("and Uganda closed", "and Kenya has said"). */
const FINITE_AFTER_SUBJECT = /^(?:\w+ed|said|says|sent|sends|took|takes|made|told|gave|met|led|held|kept|won|lost|began|struck|hit|shot|fled|put|set|cut|sought|brought|went|came|will|would|could|can|may|might|must|should|shall|has|have|had|is|was|are|were|also|later|then|too)$/;

/**
 * "... and Uganda closed its border", "... but the army said": the index of the "and"/"but" that opens a coordinated clause
 * with a subject of its own after `from` (a name or a definite agent, then a finite verb), or Infinity.
 */
function coordinatedClauseAt(env: SentenceEnv, from: number): number {
  const { tokens } = env.s;
  for (const x of env.s.mentions) {
    if (x.first <= from + 1) continue;
    let k = x.first - 1;
    if (/^(?:the|its|their)$/.test(tokens[k]?.lower ?? '')) k -= 1;
    if (k <= from || !/^(?:and|but)$/.test(tokens[k]?.lower ?? '')) continue;
    const next = tokens[x.last + 1];
    if (next?.isWord && !next.isCap && FINITE_AFTER_SUBJECT.test(next.lower)) return k;
  }
  return Infinity;
}

/** A state's representatives abroad: "North Korea's embassy", "Belgium's chargé d'affaires". */
const ENVOYS = new Set(['embassy', 'ambassador', 'envoy', 'chargé', 'charge', 'consul', 'consulate', 'mission', 'diplomats', 'diplomat', 'representative']);

/** What a state owns as ground: "Estonian airspace", "the Polish border". */
const SOVEREIGN_GROUND = new Set(['airspace', 'waters', 'border', 'borders', 'territory', 'soil', 'frontier']);

function firstAfter(env: SentenceEnv, hit: TriggerHit, exclude: Set<string>): RawMention | null {
  // 'called the ruling "a dark day for Tunisian journalism"': what the label names is no target; only the object before it
  if (hit.labelFirst !== undefined) {
    const label = QUOTE_MARKS.has(env.s.tokens[hit.labelFirst - 1]?.text ?? '') ? hit.labelFirst - 1 : hit.labelFirst;
    const object = env.s.mentions.find((x) => x.first > hit.last && x.last < label && eligible(env, x, true) && !exclude.has(keyOf(env, x) ?? ''));
    return object ?? null;
  }
  const war = warTarget(env, hit, exclude);
  if (war) return war;
  // "activated the European Union's civil protection mechanism": a trigger spanning its object names its owner inside
  const owner = env.s.mentions.find((x) => x.first > hit.first && x.last < hit.last && isPossessiveMention(x, env.s.tokens)
    && eligible(env, x, true) && !exclude.has(keyOf(env, x) ?? ''));
  if (owner) return owner;
  // "entered Estonian airspace", "closed the Polish border": a country's word inside the trigger's span is whose it is
  // ("imposed US tariffs": a name before the act's own noun only qualifies it)
  const whose = env.s.mentions.find((x) => x.first > hit.first && x.last < hit.last && (x.ref?.kind === 'demonym' || x.ref?.kind === 'country')
    && SOVEREIGN_GROUND.has(env.s.tokens[x.last + 1]?.lower ?? '') && eligible(env, x, true) && !exclude.has(keyOf(env, x) ?? ''));
  if (whose) return whose;
  // "remove President Elena Quispe from office", "found Kevin Doyle guilty": the object inside a phrase's gap
  if (hit.form.pos === 'phrase' && hit.form.words.includes('...')) {
    // "grounded the ATR fleet of Sinar Timur Airlines": the owner after "of" is whose thing it is, not the maker that qualifies it
    const at = env.s.tokens[hit.last + 2]?.lower === 'the' ? hit.last + 3 : hit.last + 2;
    const ofOwner = env.s.tokens[hit.last + 1]?.lower === 'of' && (hit.type === 'SANCTION' || hit.type === 'COERCE')
      ? env.s.mentions.find((x) => x.first === at && eligible(env, x, true) && !exclude.has(keyOf(env, x) ?? '')) : undefined;
    if (ofOwner) return ofOwner;
    // ("imposed US tariffs": a country's word right before the phrase's noun only qualifies it)
    const inGap = env.s.mentions.find((x) => x.first > hit.first && x.last < hit.last && !isPossessiveMention(x, env.s.tokens)
      && !(x.last === hit.last - 1 && (x.ref?.kind === 'country' || x.ref?.kind === 'demonym'))
      && eligible(env, x, true) && !exclude.has(keyOf(env, x) ?? ''));
    if (inGap) return inGap;
  }
  // "deducted 12 points from Royal Excelsior Fleurus", "confiscated the boats from the crews": a body or person a penalty
  // is taken from is its target (a place after "from" stays where it happened)
  if (hit.type === 'SANCTION' || hit.type === 'COERCE') {
    const from = env.s.mentions.find((x) => x.first > hit.last && x.first <= hit.last + 4 && prepositionBefore(env.s.tokens, x.first) === 'from'
      && (entityOf(env, x)?.type === 'ORGANIZATION' || entityOf(env, x)?.type === 'PERSON') && !exclude.has(keyOf(env, x) ?? '')
      && env.s.tokens.slice(hit.last + 1, x.first).every((t) => t.isWord || t.text === '-'));
    if (from) return from;
  }
  // "rejected a request from Uganda", "accepted an offer from Qatar": whose request or offer is answered
  const requester = requestAuthor(env, hit, exclude);
  if (requester) return requester;
  const clause = env.clauses[hit.last];
  // "marched from the campus of X towards the Ministry of Justice": where a protest goes, not where it starts
  const seat = protestedAt(env, hit, exclude);
  if (seat) return seat;
  // "lodged a protest through North Korea's embassy in Beijing", "summoned Pakistan's ambassador": the state whose envoy it is
  const envoyOwner = env.s.mentions.find((x) => x.first > hit.last && x.first <= hit.last + 4 && env.clauses[x.first] === clause && isPossessiveMention(x, env.s.tokens)
    && ENVOYS.has(env.s.tokens[x.last + 2]?.lower ?? '') && entityOf(env, x)?.place?.featureType === 'COUNTRY' && !exclude.has(keyOf(env, x) ?? ''));
  if (envoyOwner) return envoyOwner;
  // ("would provide budget support once the IMF board approves": a name in a subordinate clause is no object; a threat's
  // condition, "threatened to kill the hostages if police did not pull back", names whom it is aimed at)
  // ("France condemned the attack and Germany summoned the ambassador": the subject of a coordinated clause is no object)
  const subAt = Math.min(hit.type === 'THREATEN' ? Infinity : firstSubordinator(env.s.tokens, hit.last), coordinatedClauseAt(env, hit.last));
  const m = env.s.mentions.find((x) => x.first > hit.last && env.clauses[x.first] === clause && x.first < subAt
    && eligible(env, x, true) && !exclude.has(keyOf(env, x) ?? '') && !afterBy(env.s.tokens, x.first) && !insidePseudo(env, x));
  // "broke with Dimitrov's GERB": the possessor qualifies the name that follows, which is the object
  const owned = m && isPossessiveMention(m, env.s.tokens) ? env.s.mentions.find((x) => x.first === m.last + 2 && !env.pseudoKeys?.has(x)) : undefined;
  if (owned && eligible(env, owned, true) && !exclude.has(keyOf(env, owned) ?? '')) return owned;
  // "detained the airline's maintenance manager, Hendra Wijaya": the person a possessor's post names in apposition
  const postHolder = m && isPossessiveMention(m, env.s.tokens) ? env.s.mentions.find((x) => x.first > m.last + 2 && x.first <= m.last + 6
    && env.s.tokens[x.first - 1]?.text === ',' && entityOf(env, x)?.type === 'PERSON'
    && env.s.tokens.slice(m.last + 2, x.first - 1).every((t) => t.isWord && !t.isCap)) : undefined;
  if (postHolder && eligible(env, postHolder, true) && !exclude.has(keyOf(env, postHolder) ?? '')) return postHolder;
  // "opened an investigation into whether Pawcare had overcharged": what is investigated is the whether-clause's subject
  if (!m && hit.type === 'INVESTIGATE') {
    const w = env.s.tokens.findIndex((t, i) => i > hit.last && i <= hit.last + 2 && t.lower === 'whether');
    const subject = w < 0 ? undefined : env.s.mentions.find((x) => x.first > w && x.first <= w + 5 && eligible(env, x, true) && !exclude.has(keyOf(env, x) ?? ''));
    if (subject) return subject;
  }
  // "sanctions on a Yemeni businessman, Abdulkarim al-Haddad": the person the demonym describes
  const described = m ? describedName(env, m) : null;
  if (described && !exclude.has(keyOf(env, described) ?? '')) return described;
  return m ?? appositionObject(env, hit, exclude) ?? recipient(env, hit, exclude) ?? postedTo(env, hit, exclude);
}

/** People who strike against their employer. */
const STRIKING_STAFF = /^(?:workers|employees|staff|pilots|miners|dockers|drivers|nurses|doctors|teachers|crew|crews|engineers|controllers|attendants)$/;

/**
 * "Workers at the carmaker Brandtwerk's plant", "pilots at the Scandinavian airline Nordavia", "employees of Harbour Rail":
 * the organization a sentence's striking staff work at, or null.
 */
function employerOfStrikers(env: SentenceEnv): string | null {
  const { tokens } = env.s;
  for (let i = 0; i < tokens.length - 2; i += 1) {
    if (!STRIKING_STAFF.test((tokens[i] as Token).lower) || !/^(?:at|of)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    let k = i + 2;
    if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k += 1;
    // ("the Scandinavian airline Nordavia": a demonym may qualify the employer)
    const qualifier = (j: number) => env.s.mentions.some((x) => x.first <= j && x.last >= j && (x.ref?.kind === 'demonym' || x.ref?.kind === 'country'));
    const m = env.s.mentions.find((x) => x.first >= k && x.first <= k + 3 && entityOf(env, x)?.type === 'ORGANIZATION'
      && tokens.slice(k, x.first).every((t, j) => t.isWord && (!t.isCap || qualifier(k + j) || /(?:an|ese|ish|i)$/.test(t.lower))));
    if (m) return (entityOf(env, m) as { key: string }).key;
  }
  return null;
}

/** What one party asks or offers and another answers: "a request from Uganda", "the offer by Qatar". */
const REQUEST_NOUNS = new Set(['request', 'requests', 'demand', 'demands', 'complaint', 'complaints', 'proposal', 'proposals', 'offer', 'offers',
  'call', 'calls', 'appeal', 'appeals', 'bid', 'bids', 'plea', 'pleas', 'application', 'applications', 'petition', 'petitions', 'invitation', 'ultimatum']);
const ANSWERS = new Set<PloverType>(['REJECT', 'SUPPORT', 'CONCEDE', 'DISAPPROVE', 'AGREE']);

/** The author of a request an answering verb takes as its object: "rejected a request from Uganda" → Uganda, or null. */
function requestAuthor(env: SentenceEnv, hit: TriggerHit, exclude: Set<string>): RawMention | null {
  if (hit.form.pos !== 'verb' || hit.passive || !ANSWERS.has(hit.type)) return null;
  const { tokens } = env.s;
  if (!/^(?:a|an|the|its|their)$/.test(tokens[hit.last + 1]?.lower ?? '')) return null;
  let k = hit.last + 2;
  while (k <= hit.last + 4 && tokens[k]?.isWord && !tokens[k]?.isCap && !REQUEST_NOUNS.has((tokens[k] as Token).lower)) k += 1;
  if (!REQUEST_NOUNS.has(tokens[k]?.lower ?? '') || !/^(?:from|by)$/.test(tokens[k + 1]?.lower ?? '')) return null;
  const m = env.s.mentions.find((x) => x.first >= k + 2 && x.first <= k + 3 && tokens.slice(k + 2, x.first).every((t) => /^(?:the|a|an)$/.test(t.lower)));
  return m && entityOf(env, m) && !exclude.has(keyOf(env, m) ?? '') && !isModifierMention(m, tokens) ? m : null;
}

/** Buildings a body owns that protesters gather at: "outside the commission's offices". */
const PREMISES = new Set(['offices', 'office', 'headquarters', 'building', 'buildings', 'compound', 'premises', 'plant', 'factory', 'mine', 'embassy', 'consulate', 'residence', 'gates']);

/**
 * "marched towards the Ministry of Justice", "rallied outside the commission's offices": a protest is
 * aimed at the body whose seat it gathers at (a place name there is only where it happened).
 */
function protestedAt(env: SentenceEnv, hit: TriggerHit, exclude: Set<string>): RawMention | null {
  if (hit.type !== 'PROTEST') return null;
  const { tokens } = env.s;
  const clause = env.clauses[hit.last];
  for (const x of env.s.mentions) {
    if (x.first <= hit.last || x.first > hit.last + 14 || env.clauses[x.first] !== clause) continue;
    const e = entityOf(env, x);
    if (!e || e.type !== 'ORGANIZATION' || exclude.has(e.key)) continue;
    if (!/^(?:outside|towards|toward|to|at|on|near)$/.test(prepositionBefore(tokens, x.first))) continue;
    // "outside the commission's offices" names the owner; "outside the ministry" the body itself
    if (isPossessiveMention(x, tokens) && !PREMISES.has(tokens[x.last + 2]?.lower ?? '')) continue;
    return x;
  }
  return null;
}

/**
 * "detained two opposition MPs, Ronald Kasirye and Patrick Oboi,", "arrested the site's founder,
 * Rodrigo Ajcip,": an object described in lowercase words and then named after a comma.
 */
function appositionObject(env: SentenceEnv, hit: TriggerHit, exclude: Set<string>): RawMention | null {
  const { tokens } = env.s;
  if (hit.form.pos === 'noun' || hit.passive) return null;
  let k = hit.last + 1;
  while (k < tokens.length && k - hit.last <= 6 && tokens[k]?.text !== ',') {
    const t = tokens[k] as Token;
    if (!(t.isWord && (!t.isCap || t.isNumber || /^[A-Z]{2,}s$/.test(t.text))) && !/^['’]s$/.test(t.text)) return null;
    k += 1;
  }
  if (tokens[k]?.text !== ',' || k === hit.last + 1) return null;
  const named = env.s.mentions.find((x) => x.first === k + 1);
  const e = named ? entityOf(env, named) : undefined;
  // ("helped evacuate residents, the defence ministry said": a closing speaker is no apposition)
  return named && e && (e.type === 'PERSON' || e.type === 'ORGANIZATION') && !exclude.has(e.key) && !closingSpeaker(env, named) ? named : null;
}

/** "recalled its ambassador to the Dominican Republic", "closed its embassy in Kabul": where the envoy is posted is the target. */
function postedTo(env: SentenceEnv, hit: TriggerHit, exclude: Set<string>): RawMention | null {
  const { tokens } = env.s;
  for (let k = hit.first + 1; k < tokens.length - 1 && k <= hit.last + 5; k += 1) {
    if (!/^(?:ambassador|ambassadors|envoy|envoys|embassy|embassies|consulate|mission)$/.test((tokens[k] as Token).lower) || !/^(?:to|in|from)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const at = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const m = env.s.mentions.find((x) => x.first === at);
    const e = m ? entityOf(env, m) : undefined;
    if (!m || !e?.place || exclude.has(e.key)) return null;
    // "its embassy in Kabul": the city's country
    if (e.place.featureType !== 'COUNTRY') {
      // the city's country, as a mention of the sentence or, failing that, as a pseudo-mention of the container entity
      const country = e.place.countryCode ? env.s.mentions.find((x) => entityOf(env, x)?.place?.featureType === 'COUNTRY' && entityOf(env, x)?.place?.countryCode === e.place?.countryCode) : undefined;
      if (country) return country;
      const container = env.built.entities.find((x) => x.place?.featureType === 'COUNTRY' && x.place.countryCode === e.place?.countryCode);
      if (!container || exclude.has(container.key)) return null;
      env.pseudoKeys?.set(m, [container.key]);
      return m;
    }
    return m;
  }
  return null;
}

/** "Feldhofer was arrested in Isfahan ... and was later sentenced by a court": the subject of the passive the trigger continues. */
function passiveSubjectBefore(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  // "Russia's ambassador was summoned": the possessor of a passive subject stands for it
  const ownedPassive = (x: RawMention) => isPossessiveMention(x, tokens) && !!tokens[x.last + 2]?.isWord && !tokens[x.last + 2]?.isCap && passiveFollows(tokens, x.last + 2);
  const m = env.s.mentions.find((x) => x.last < hit.first && (isPassiveSubject(tokens, x) || ownedPassive(x)) && entityOf(env, x) && !locative(env, x));
  if (!m) return null;
  // only when nothing but the passive's own clause and "and" lies between: no second subject, no full stop of a clause
  const between = tokens.slice(m.last + 1, hit.first);
  return between.some((t) => t.text === ';' || /^(?:but|whereas|which|who)$/.test(t.lower)) ? null : m;
}

/** "The ambassador was summoned to the foreign ministry": whoever summons is where the envoy is summoned to. */
function summonedTo(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  if (!(hit.passive && hit.form.lemma === 'summon') && !/ summoned$/.test(hit.form.lemma)) return null;
  if (tokens[hit.last + 1]?.lower !== 'to') return null;
  const at = tokens[hit.last + 2]?.lower === 'the' ? hit.last + 3 : hit.last + 2;
  const m = env.s.mentions.find((x) => x.first <= at && x.last >= at);
  // "to the ministry" reads as a destination, but the ministry is who summons
  const e = m && entityOf(env, m);
  return m && e && e.type !== 'PERSON' ? m : null;
}

/** "Giorgia Meloni's government": a name inside a longer phrase that stands for a state is not itself a participant. */
function insidePseudo(env: SentenceEnv, x: RawMention): boolean {
  if (!env.pseudoKeys || env.pseudoKeys.has(x)) return false;
  for (const p of env.pseudoKeys.keys()) if (p.first <= x.first && p.last > x.last) return true;
  return false;
}

/**
 * "a statement carried by the official KCNA": the agent of a participle is no one the trigger acts
 * on ("use of force by the police" may still name a target).
 */
function afterBy(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k -= 1) {
    const t = tokens[k] as Token;
    if (t.lower === 'by') return /^[a-z]{3,}(?:ed|en|wn)$/.test(tokens[k - 1]?.text ?? '');
    if (!t.isWord || t.isCap || /^(?:to|on|against|at|with|from|of|in|for|into|over|and|or)$/.test(t.lower)) return false;
  }
  return false;
}

const GIVING = new Set<PloverType>(['AID', 'CONCEDE', 'SUPPORT']);

/** "send Patriot missiles to Ukraine", "a loan to Kenya": who receives is the target, though "to" also locates. */
function recipient(env: SentenceEnv, hit: TriggerHit, exclude: Set<string>): RawMention | null {
  // "suspended lending to Uganda", "cut aid to Malawi": whom the withheld support was for is the sanction's target
  const withheld = hit.type === 'SANCTION' && env.s.tokens.slice(hit.last + 1, hit.last + 4).some((t) => /^(?:aid|lending|loans|funding|support|assistance|payments|disbursements)$/.test(t.lower));
  if (!GIVING.has(hit.type) && !withheld) return null;
  const { tokens } = env.s;
  const m = env.s.mentions.find((x) => x.first > hit.last && x.first <= hit.last + 16 && prepositionBefore(tokens, x.first) === 'to');
  const e = m ? entityOf(env, m) : undefined;
  if (!m || !e || exclude.has(e.key) || (e.type === 'LOCATION' && e.place?.featureType !== 'COUNTRY')) return null;
  return tokens.slice(hit.last + 1, m.first).some((t) => t.text === ',' || t.text === ';') ? null : m;
}

/** Partners of an actor in a COOPERATES_WITH relation stated in this sentence before the trigger. */
function partnersOf(env: SentenceEnv, hit: TriggerHit, actors: Set<string>): string[] {
  const out: string[] = [];
  const triggerStart = (env.s.tokens[hit.first] as Token).start;
  const { sentence } = env.s;
  for (const r of env.relations) {
    const ev = r.evidence;
    if (r.predicate !== 'COOPERATES_WITH' || !ev || ev.field !== sentence.field) continue;
    if (ev.start < sentence.start || ev.end > triggerStart) continue;
    if (actors.has(r.subjectKey)) out.push(r.objectKey);
    if (actors.has(r.objectKey)) out.push(r.subjectKey);
  }
  return out;
}

/** "demanded that Kinshasa disarm": who is to act on a demand is its target. */
function demandedOf(env: SentenceEnv, hit: TriggerHit, actors: Set<string>): RawMention | null {
  const { tokens } = env.s;
  if (hit.type !== 'DEMAND' || hit.form.pos === 'noun' || tokens[hit.last + 1]?.lower !== 'that') return null;
  const m = env.s.mentions.find((x) => x.first > hit.last + 1 && x.first <= hit.last + 3);
  if (!m || !tokens.slice(hit.last + 2, m.first).every((t) => /^(?:the|a|an)$/.test(t.lower))) return null;
  return eligible(env, m, true) && !actors.has(keyOf(env, m) ?? '') ? m : null;
}

/**
 * "supplying the RSF with drones", "asked the Senate to review": a name inside the gap of a
 * discontinuous trigger phrase is its indirect object, the target; a name right before the phrase's
 * next word modifies it ("imposed US tariffs") and is none.
 */
function gapObject(env: SentenceEnv, hit: TriggerHit, actors: Set<string>): RawMention | null {
  const gap = hit.form.words.indexOf('...');
  if (gap < 0 || hit.last - hit.first + 1 <= hit.form.words.length - 1) return null;
  const { tokens } = env.s;
  const m = env.s.mentions.find((x) => x.first > hit.first && x.last < hit.last);
  const next = hit.form.words[gap + 1] ?? '';
  // "summoned the Afghan envoy": an envoy's nationality is whom the summons is aimed at; "imposed US tariffs" names no target
  const envoy = /^(?:envoy|ambassador|diplomat|diplomats|charg[ée]|consul|attach[ée])$/.test(next);
  if (!m || (isPossessiveMention(m, tokens) && !envoy) || (tokens[m.last + 1]?.lower === next && !/^(?:to|with|that|for|of)$/.test(next) && !envoy)) return null;
  if (tokens[m.last + 1]?.lower === '-' || actors.has(keyOf(env, m) ?? '')) return null;
  return eligible(env, m, true) ? m : null;
}

const CAUSING = new Set(['drawing', 'drew', 'prompting', 'prompted', 'sparking', 'sparked', 'triggering', 'triggered', 'provoking', 'provoked', 'attracting', 'earning']);

/**
 * "X fired a missile ..., drawing condemnation from Y": a reaction noun that the main clause
 * brings about (drawing, prompting, sparking ...) reacts to the subject of that clause, not to
 * the last name before it. Returns that subject, or null.
 */
function causedBySubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  if (hit.form.pos !== 'noun') return null;
  const { tokens } = env.s;
  let k = hit.first - 1;
  while (k >= 0 && k >= hit.first - 3 && (tokens[k] as Token).isWord && !(tokens[k] as Token).isCap && !CAUSING.has((tokens[k] as Token).lower)) k -= 1;
  if (k < 0 || !CAUSING.has((tokens[k] as Token).lower)) return null;
  // "The arrest of X by Ugandan security forces drew condemnation": when the subject is an act ("The arrest ..."), its agent
  // is what is reacted to ("Peru tested a missile built by Andes Corp., drawing criticism" keeps Peru)
  const actSubject = /^(?:the|a|an)$/.test(tokens[0]?.lower ?? '') && !!tokens[1]?.isWord && !tokens[1]?.isCap;
  const agent = actSubject ? env.s.mentions.find((m) => m.last < k && prepositionBefore(tokens, m.first) === 'by' && eligible(env, m, true)) : undefined;
  if (agent) return agent;
  const subject = env.s.mentions.find((m) => m.last < k && eligible(env, m, false) && !isPossessiveMention(m, tokens)
    && !/^(?:in|at|on|from|to|into|of|off|near|with|by|for|over)$/.test(prepositionBefore(tokens, m.first)));
  return subject ?? null;
}

const MUTUAL = new Set<PloverType>(['FIGHT', 'CONSULT', 'AGREE', 'COOPERATE']);

/** "Sudan's army": the possessed name rather than its possessor. */
function widest(env: SentenceEnv, m: RawMention | undefined): RawMention | undefined {
  if (!m || !isPossessiveMention(m, env.s.tokens)) return m;
  return env.s.mentions.find((x) => x.first === m.last + 2 && entityOf(env, x)) ?? m;
}

/**
 * "fighting between Kyrgyz and Tajik forces", "talks between Kinshasa and the M23": the parties
 * of a mutual act named after "between"; the first is coded the actor, the others its targets.
 */
function betweenParties(env: SentenceEnv, hit: TriggerHit, anyForm = false): RawMention[] | null {
  const { tokens } = env.s;
  // a noun, a gerund ("fighting"), or a verb form opening the sentence ("Clashes in Darfur between ...")
  if (!MUTUAL.has(hit.type) || (!anyForm && hit.form.pos !== 'noun' && hit.first > 0 && !/ing$/.test((tokens[hit.last] as Token).lower))) return null;
  let k = hit.last + 1;
  // "fighting in Rakhine State between ...": a short locative or time phrase may come first
  for (let j = k; j < tokens.length && j <= hit.last + 6; j += 1) {
    if ((tokens[j] as Token).lower === 'between') {
      k = j;
      break;
    }
    if (!(tokens[j] as Token).isWord || /^(?:and|or|but|that|which|who)$/.test((tokens[j] as Token).lower)) return null;
  }
  if (tokens[k]?.lower !== 'between') return null;
  const head = env.s.mentions.find((m) => m.first > k && m.first <= k + 3 && entityOf(env, m));
  if (!head || !tokens.slice(k + 1, head.first).every((t) => /^(?:the|a|an)$/.test(t.lower))) return null;
  const first = widest(env, head) as RawMention;
  // "Myanmar's military and the Arakan Army": each party may be a name with its head noun
  let and = first.last + 1;
  while (and < tokens.length && and <= first.last + 4 && (tokens[and] as Token).lower !== 'and'
    && ((tokens[and] as Token).isWord && !(tokens[and] as Token).isCap || /^['’]s$/.test((tokens[and] as Token).text))) and += 1;
  if (tokens[and]?.lower !== 'and') return null;
  const second = env.s.mentions.find((m) => m.first > and && m.first <= and + 2 && entityOf(env, m));
  if (!second || !tokens.slice(and + 1, second.first).every((t) => /^(?:the|a|an)$/.test(t.lower))) return null;
  return [first, widest(env, second) as RawMention];
}

/** Verbs that give their second object to their first: "handed the ambassador a protest note". */
const GIVING_VERBS = /^(?:hand|hands|handed|handing|deliver|delivers|delivered|delivering|give|gives|gave|giving|given|send|sends|sent|sending|serve|serves|served|serving|present|presents|presented|presenting)$/;

/**
 * "Kazakhstan's foreign ministry handed the Chinese ambassador a protest note", "served the company a
 * closure notice": an act noun that is the second object of a giving verb is done by the verb's
 * subject to the first object. The first object (the recipient) and the giving verb's index, or null.
 */
function givenTo(env: SentenceEnv, hit: TriggerHit): { recipient: RawMention; verb: number } | null {
  if (hit.form.pos !== 'noun') return null;
  const { tokens } = env.s;
  // back over the noun's determiner and modifiers ("a formal protest note", "a strongly worded")
  let k = hit.first - 1;
  while (k >= 0 && hit.first - k <= 4 && (tokens[k] as Token).isWord && !(tokens[k] as Token).isCap && !GIVING_VERBS.test((tokens[k] as Token).lower)
    && !/^(?:and|or|but|that|which|who|to|of|by|for|with|from|in|on|at)$/.test((tokens[k] as Token).lower)) k -= 1;
  const recipient = env.s.mentions.find((m) => m.last <= k && m.last >= k - 2 && !!keyOf(env, m)
    && tokens.slice(m.last + 1, k + 1).every((t) => t.isWord && !t.isCap && !GIVING_VERBS.test(t.lower)));
  // ("handing the Justice Department its first conviction": a thing the recipient owns is no act done to it)
  if (!recipient || tokens.slice(recipient.last + 1, hit.first).some((t) => /^(?:its|their|his|her|our)$/.test(t.lower))) return null;
  let v = recipient.first - 1;
  while (v >= 0 && /^(?:the|a|an|its|their|his|her)$/.test((tokens[v] as Token).lower)) v -= 1;
  return v >= 0 && GIVING_VERBS.test((tokens[v] as Token).lower) ? { recipient, verb: v } : null;
}

/** Third parties between two sides: "offered to mediate between Thailand and Cambodia", "brokered talks between". */
const GO_BETWEEN = /^(?:mediat\w*|broker\w*|facilitat\w*)$/;

/** participantsFor's answers by sentence environment and trigger: the same trigger is asked for several times per sentence. */
const participantsMemo = new WeakMap<SentenceEnv, WeakMap<TriggerHit, ExtractedParticipant[]>>();

/** The actors and targets of a trigger in its sentence (a fresh copy each call; computed once per environment and trigger). */
export function participantsFor(env: SentenceEnv, hit: TriggerHit): ExtractedParticipant[] {
  let byHit = participantsMemo.get(env);
  if (!byHit) {
    byHit = new WeakMap();
    participantsMemo.set(env, byHit);
  }
  let found = byHit.get(hit);
  if (!found) {
    found = computeParticipants(env, hit);
    byHit.set(hit, found);
  }
  return found.map((p) => ({ ...p }));
}

/** Prepositions that set a happening as the background of the sentence's act: "resigned after protests", "amid demonstrations". */
const BACKGROUND_OPENERS = /^(?:after|amid|amidst|following|during|despite|since)$/;

/** "after a week of protests", "amid mass demonstrations", "following anti-government protests": a protest in such a phrase. */
function backgroundProtest(env: SentenceEnv, hit: TriggerHit): boolean {
  // (the noun, or its plural the lexicon reads as a verb: "a week of protests"; not a gerund, "resigned after protesting the decision")
  if (hit.type !== 'PROTEST' || /ing$/.test((env.s.tokens[hit.first] as Token).lower)) return false;
  const { tokens } = env.s;
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - 5; k -= 1) {
    const t = tokens[k] as Token;
    if (BACKGROUND_OPENERS.test(t.lower)) return true;
    if ((!t.isWord && t.text !== '-') || t.isCap) return false;
  }
  return false;
}

function computeParticipants(env: SentenceEnv, hit: TriggerHit): ExtractedParticipant[] {
  // "Turkey offered to mediate between Somalia and Ethiopia": the mediator acts, the two sides are its targets
  const mediated = GO_BETWEEN.test((env.s.tokens[hit.first] as Token).lower) && hit.form.pos !== 'noun' ? betweenParties(env, hit, true) : null;
  const mutual = mediated ? null : betweenParties(env, hit);
  if (mutual) {
    const [actor, ...others] = keysOf(env, mutual);
    return [
      ...(actor ? [{ entityKey: actor, role: 'ACTOR' as const }] : []),
      ...others.map((entityKey) => ({ entityKey, role: 'TARGET' as const })),
    ];
  }
  const fromAgent = agentAfterFrom(env, hit);
  if (fromAgent) {
    // "from Britain and France": "from" is no place here, so neither is what is coordinated with it
    const actorKeys = new Set(keysOf(env, coordinated(env, fromAgent, true)));
    const patient = causedBySubject(env, hit) ?? nearestBefore(env, hit);
    const targetKeys = patient ? keysOf(env, coordinated(env, patient)).filter((k) => !actorKeys.has(k)) : [];
    return [
      ...[...actorKeys].map((entityKey) => ({ entityKey, role: 'ACTOR' as const })),
      ...targetKeys.map((entityKey) => ({ entityKey, role: 'TARGET' as const })),
    ];
  }
  // "Russia's ambassador was summoned to the foreign ministry": the envoy's state is the target, the ministry the actor
  if (/ summoned$/.test(hit.form.lemma)) {
    const summoner = summonedTo(env, hit);
    const owner = env.s.mentions.find((m) => m.last === hit.first - 2 && isPossessiveMention(m, env.s.tokens) && entityOf(env, m))
      ?? env.s.mentions.find((m) => m.last === hit.first - 1 && m.ref?.kind === 'demonym');
    return [
      ...(summoner ? [{ entityKey: keyOf(env, summoner) as string, role: 'ACTOR' as const }] : []),
      ...(owner ? [{ entityKey: keyOf(env, owner) as string, role: 'TARGET' as const }] : []),
    ];
  }
  // "handed the Chinese ambassador a protest note": the giver protests to the recipient
  const given = givenTo(env, hit);
  if (given) {
    const giver = nearestBefore(env, { ...hit, first: given.verb, last: given.verb, form: { ...hit.form, pos: 'verb' } });
    const actorKeys = new Set(giver ? keysOf(env, coordinated(env, giver)) : []);
    return [
      ...[...actorKeys].map((entityKey) => ({ entityKey, role: 'ACTOR' as const })),
      ...keysOf(env, [given.recipient]).filter((k) => !actorKeys.has(k)).map((entityKey) => ({ entityKey, role: 'TARGET' as const })),
    ];
  }
  const agent = accusedOfSubject(env, hit) ?? agentAfterBy(env, hit) ?? permittingSubject(env, hit) ?? causedSubject(env, hit) ?? purposeSubject(env, hit) ?? complementSubject(env, hit) ?? relativeClauseSubject(env, hit) ?? possessivePronounOwner(env, hit);
  const before = speakerOfOwnVerb(env, hit) ?? messageSender(env, hit) ?? participleClauseSubject(env, hit) ?? coordinatedPredicateSubject(env, hit) ?? nearestBefore(env, hit) ?? speakerAsSubject(env, hit) ?? speakerOfObjectNoun(env, hit) ?? speakerOfSpeechAct(env, hit);
  const selfDirected = SELF_DIRECTED.has(hit.type);
  // "Police detained 14 people who tried to march": the police do not march
  // "Thousands of Serbians protested against the government": people named by their nationality are no state protesting
  const policing = (m: RawMention | null) => !!m && hit.type === 'PROTEST' && ((!!env.pseudoKeys?.has(m) && /\b(?:police|policemen|troops|soldiers|gendarmes|forces)$/i.test(m.text))
    || (m.ref?.kind === 'demonym' && /s$/.test(m.text)));
  // '"Those responsible must be brought to justice," said Sow': a demand or threat in the passive is the speaker's
  const spoken = hit.passive ? speakerOfSpeechAct(env, hit) : null;
  // "Thousands of Dutch farmers filed a lawsuit against the Netherlands": private people named by their nationality are no state acting
  const civilians = (m: RawMention | null) => !!m && m.ref?.kind === 'demonym' && CIVILIAN_NOUNS.has(env.s.tokens[m.last + 1]?.lower ?? '');
  // "interdicted a strike by municipal workers": a noun whose agent "by" names is no act of the sentence's subject
  const agentNamedBy = hit.form.pos === 'noun' && env.s.tokens[hit.last + 1]?.lower === 'by';
  // "Prime Minister X resigned after a week of protests": a person or state the sentence has act against protests did not protest
  const protestedAgainst = (m: RawMention | null) => !!m && backgroundProtest(env, hit) && /^(?:PERSON|LOCATION)$/.test(entityOf(env, m)?.type ?? '');
  const actorMention = agent ?? spoken ?? ((hit.passive && !selfDirected) || agentNamedBy ? null : policing(before) || civilians(before) || protestedAgainst(before) ? null : before);
  const actorMentions = actorMention ? coordinated(env, actorMention, !eligible(env, actorMention, false)) : [];
  const actors = new Set(keysOf(env, actorMentions));
  for (const k of partnersOf(env, hit, actors)) actors.add(k);
  let targets: string[] = [];
  if (!selfDirected) {
    const patient = hit.passive ? (passiveSubjectBefore(env, hit) ?? (before && before !== agent && !pronounSubjectBetween(env, before, hit) ? before : null)) : relativeObject(env, hit) ?? gapObject(env, hit, actors) ?? demandedOf(env, hit, actors) ?? firstAfter(env, hit, actors);
    targets = patient ? keysOf(env, coordinated(env, patient)).filter((k) => !actors.has(k)) : [];
    // '"This judgment steals the votes of 3.4 million Malawians"': those harmed are no target; the act's author is (reaction-targets.ts)
    if (hit.form.lemma === 'harm') targets = [];
    // "detained the airline's maintenance manager, Hendra Wijaya": the body whose officer is held is acted against too
    if (patient && (hit.type === 'COERCE' || hit.type === 'SANCTION') && hit.form.pos !== 'noun' && !hit.passive) {
      for (const k of employersBefore(env, hit, patient)) if (!actors.has(k) && !targets.includes(k)) targets.push(k);
    }
    // "rallied on Place Bellecour", "marched in Lyon": where a protest is held is no one it is against
    if (hit.type === 'PROTEST') targets = targets.filter((k) => !isSubnationalPlace(env, k));
  }
  if (mediated) targets = keysOf(env, mediated).filter((k) => !actors.has(k));
  // "Baghdad demanded an explanation from Ankara", "demanded compensation from China": whom a demand is made of
  if (hit.type === 'DEMAND' && targets.length === 0) {
    const { tokens } = env.s;
    for (let k = hit.last + 1; k < tokens.length && k <= hit.last + 7; k += 1) {
      const t = tokens[k] as Token;
      if (!t.isWord || /^(?:to|that|and|but|for|after|because|if)$/.test(t.lower)) break;
      if (t.lower !== 'from') continue;
      const of = env.s.mentions.find((m) => m.first > k && m.first <= k + 2 && tokens.slice(k + 1, m.first).every((x) => /^(?:the|a|an)$/.test(x.lower)));
      const key = of ? keyOf(env, of) : undefined;
      const e = key ? env.built.byKey.get(key) : undefined;
      // ("from Ankara": a city a demand is made of stands for its government)
      const state = e?.place?.featureType === 'CITY' && e.place.containedInKey && env.built.byKey.get(e.place.containedInKey)?.place?.featureType === 'COUNTRY'
        ? e.place.containedInKey : key;
      if (key && e && state && !actors.has(state) && (e.type !== 'LOCATION' || e.place?.featureType === 'COUNTRY' || state !== key)) targets = [state];
      break;
    }
  }
  // "arrested 475 workers, most of them South Korean nationals": the state of the people acted on, named in apposition
  if (targets.length === 0 && !selfDirected && hit.form.pos !== 'noun') {
    const nationals = nationalsInApposition(env, hit);
    if (nationals && !actors.has(nationals)) targets = [nationals];
  }
  // "Workers at the carmaker Brandtwerk's plant downed tools", "Pilots at the airline Nordavia voted to strike": a strike
  // by a company's workers is against the company, which does not strike itself
  if (hit.type === 'PROTEST') {
    const employer = employerOfStrikers(env);
    if (employer) {
      actors.delete(employer);
      if (!targets.includes(employer)) targets = [employer, ...targets];
    }
  }
  // "Both countries face US tariffs", "Kerem faces a four-match ban": who faces a penalty is its target
  const faced = facingSubject(env, hit);
  if (faced) {
    targets = keysOf(env, coordinated(env, faced));
    for (const k of targets) actors.delete(k);
  }
  // "completed their withdrawal from Chad", "withdrew its troops from Kherson": the state a force leaves
  if (hit.type === 'RETREAT' && targets.length === 0) targets = placeState(env, hit, actors, FROM);
  // "captured the village of Kurakhove in Ukraine's Donetsk region": the state whose ground is taken
  if (hit.type === 'FIGHT' && targets.length === 0 && TAKING.test((env.s.tokens[hit.first] as Token).lower)) targets = placeState(env, hit, actors, ANY_PLACE);
  return [
    ...[...actors].map((entityKey) => ({ entityKey, role: 'ACTOR' as const })),
    ...targets.map((entityKey) => ({ entityKey, role: 'TARGET' as const })),
  ];
}

/**
 * "told the IOM that they had been rounded up": a subject pronoun after the name and before a passive
 * trigger is the passive's subject; the name is no patient of it.
 */
function pronounSubjectBetween(env: SentenceEnv, m: RawMention, hit: TriggerHit): boolean {
  return env.s.tokens.slice(m.last + 1, hit.first).some((t) => /^(?:they|he|she|we|i)$/.test(t.lower));
}

/** Role nouns of a body's people: "the company's owner", "the airline's maintenance manager", "the plant's deputy director". */
const STAFF_ROLES = /^(?:owner|owners|manager|managers|director|directors|chief|executive|executives|chairman|president|employee|employees|staff|supervisor|supervisors|officer|officers|official|officials|head|founder|editor|correspondent|correspondents|reporter|reporters|secretary-general|treasurer|spokesman|spokeswoman|spokesperson|captain|master|pilot|pilots|crew)$/;

/**
 * "detained the airline's maintenance manager, Hendra Wijaya", "arrested the company's owner": the organization
 * named as possessor of a staff role between the act and the one it is done to. Their keys.
 */
function employersBefore(env: SentenceEnv, hit: TriggerHit, patient: RawMention): string[] {
  const { tokens } = env.s;
  const out: string[] = [];
  for (const m of env.s.mentions) {
    if (m.first <= hit.last || m.last > patient.first || m.first > hit.last + 4 || !isPossessiveMention(m, tokens)) continue;
    // the role noun within three lowercase words after the possessive
    const words = tokens.slice(m.last + 2, m.last + 5);
    const role = words.findIndex((t) => STAFF_ROLES.test(t.lower));
    if (role < 0 || !words.slice(0, role + 1).every((t) => t.isWord && !t.isCap)) continue;
    const key = keyOf(env, m);
    if (key && entityOf(env, m)?.type === 'ORGANIZATION') out.push(key);
  }
  return out;
}

const FROM = /^(?:from|of)$/;

/**
 * "arrested 475 workers, most of them South Korean nationals": the country of a demonym before "nationals" or "citizens"
 * in an apposition (", most of them ...", ", all ...") within twelve tokens after the trigger; its key, or null.
 */
function nationalsInApposition(env: SentenceEnv, hit: TriggerHit): string | null {
  const { tokens } = env.s;
  for (let k = hit.last + 1; k < tokens.length && k <= hit.last + 12; k += 1) {
    if (tokens[k]?.text !== ',') continue;
    let j = k + 1;
    while (j < tokens.length && j <= k + 4 && /^(?:most|many|all|some|several|both|half|of|them|whom|including|mostly|mainly|\d+)$/.test((tokens[j] as Token).lower)) j += 1;
    const m = env.s.mentions.find((x) => x.first === j && x.ref?.kind === 'demonym');
    if (!m || !/^(?:nationals|citizens)$/.test(tokens[m.last + 1]?.lower ?? '')) return null;
    return keyOf(env, m) ?? null;
  }
  return null;
}

/** Private people a nationality may qualify, who do not act for their state: "Dutch farmers", "Indian fishermen". */
const CIVILIAN_NOUNS = new Set(['farmers', 'workers', 'fishermen', 'students', 'residents', 'villagers', 'families', 'drivers', 'truckers', 'miners',
  'doctors', 'nurses', 'teachers', 'traders', 'shopkeepers', 'merchants', 'herders', 'pilgrims', 'tourists', 'migrants', 'refugees', 'fans', 'supporters',
  'businessmen', 'investors', 'consumers', 'voters', 'taxpayers', 'parents', 'relatives', 'lawyers', 'journalists', 'reporters', 'artists', 'athletes', 'pensioners', 'veterans']);

/** The subject of "face(s)" right before a penalty noun ("Both countries face US tariffs"), or null. */
function facingSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  if (hit.form.pos !== 'noun' || (hit.type !== 'SANCTION' && hit.type !== 'COERCE')) return null;
  const { tokens } = env.s;
  let k = hit.first - 1;
  // past the determiner, numbers, modifiers and a name qualifying the noun ("a four-match", "US", "new")
  while (k >= 0 && hit.first - k <= 5 && !/^fac(?:e|es|ed|ing)$/.test((tokens[k] as Token).lower)
    && ((tokens[k] as Token).isWord || (tokens[k] as Token).text === '-') && !/^(?:and|or|but|that|which|who|to|of|by)$/.test((tokens[k] as Token).lower)) k -= 1;
  if (k < 1 || !/^fac(?:e|es|ed|ing)$/.test((tokens[k] as Token).lower)) return null;
  let b = k - 1;
  while (b >= 0 && /^(?:could|may|might|would|will|now|also|still|already|must|can)$/.test((tokens[b] as Token).lower)) b -= 1;
  return env.s.mentions.find((m) => m.last === b && !!keyOf(env, m)) ?? null;
}
const ANY_PLACE = /^/;
const TAKING = /^(?:captur|seiz|took|tak|overr)/;

/**
 * The state of the first place after the trigger (in its clause, within six tokens, after a preposition
 * `preposition` accepts: "withdrawal from Chad"), when the article names that state and it is no actor.
 */
function placeState(env: SentenceEnv, hit: TriggerHit, actors: Set<string>, preposition: RegExp): string[] {
  const clause = env.clauses[hit.last];
  const place = env.s.mentions.filter((x) => x.first > hit.last && x.first <= hit.last + 6 && env.clauses[x.first] === clause
    && preposition.test(prepositionBefore(env.s.tokens, x.first))).map((x) => entityOf(env, x)?.place).find((p) => !!p);
  const code = place?.countryCode;
  const key = code ? countryKey(code) : null;
  return key && env.built.byKey.has(key) && !actors.has(key) ? [key] : [];
}

/** A city, region, facility or landmark: a place that is no state. */
function isSubnationalPlace(env: SentenceEnv, key: string): boolean {
  const e = env.built.byKey.get(key);
  return e?.type === 'LOCATION' && e.place?.featureType !== 'COUNTRY';
}

/** Entity keys of the participants in one role. */
export function keysInRole(participants: ExtractedParticipant[], role: ParticipantRole): string[] {
  return participants.filter((p) => p.role === role).map((p) => p.entityKey);
}

/**
 * Where it happened: a place in the trigger's clause, a locative place anywhere in the
 * sentence ("in Syria"), or a place that is the target ("aggressions on Yemen"); the
 * same clause first, then locatives, then the most specific. Actors are never the location.
 */
export function locationFor(env: SentenceEnv, hit: TriggerHit, participants: ExtractedParticipant[]): string | null {
  const actors = new Set(keysInRole(participants, 'ACTOR'));
  const targets = new Set(keysInRole(participants, 'TARGET'));
  let best: { key: string; score: number } | null = null;
  for (const m of env.s.mentions) {
    const e = entityOf(env, m);
    const a = env.attribution;
    if (!e?.place || actors.has(e.key) || (a && m.start >= a.start && m.end <= a.end) || isModifierMention(m, env.s.tokens)) continue;
    const sameClause = env.clauses[m.first] === env.clauses[hit.first];
    const isLocative = locative(env, m);
    const isObject = targets.has(e.key) && m.first > hit.last;
    if (targets.has(e.key) && !isObject && !isLocative) continue;
    const isCountry = e.place.featureType === 'COUNTRY';
    if (!isLocative && !isObject && (!sameClause || isCountry)) continue;
    const score = (sameClause ? 100 : 0) + (isLocative ? 25 : 0) + SPECIFICITY[e.place.featureType] * 10
      - (m.ref?.kind === 'demonym' ? 15 : 0) - (targets.has(e.key) ? 10 : 0);
    if (!best || score > best.score) best = { key: e.key, score };
  }
  return best?.key ?? null;
}
