/**
 * Actors, targets and location of an event trigger. Actor = the entity before the trigger
 * (or after "by"), target = the entity after it (or the subject of a passive). MOBILIZE and
 * RETREAT are self-directed: their grammatical object is the actor's own forces, so a
 * passive subject is the actor and there is no target. Entities in the attribution phrase,
 * modifiers ("US-backed") and locatives ("in Syria") are not participants.
 */
import type { ExtractedEntity, ExtractedParticipant, ExtractedRelation, FeatureType, PloverType } from './types';
import { speakerMention, type Attribution } from './attribution';
import type { BuiltEntities } from './entity-builder';
import { isLocativeMention, isModifierMention, isPossessiveMention } from './clauses';
import type { EventLexicon } from './event-lexicon';
import type { AnalyzedSentence, RawMention } from './mention-detection';
import type { TriggerHit } from './triggers';
import type { Token } from './tokens';

export interface SentenceEnv {
  s: AnalyzedSentence;
  clauses: number[];
  built: BuiltEntities;
  relations: ExtractedRelation[];
  lex: EventLexicon;
  /** The sentence's attribution phrase (field offsets), if any. */
  attribution: Attribution | null;
  /** Entity keys of pseudo-mentions ("he", "the army", "the two sides"); see discourse.ts. */
  pseudoKeys?: Map<RawMention, string[]>;
}

const SELF_DIRECTED = new Set<PloverType>(['MOBILIZE', 'RETREAT']);
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'at', 'targeting']);
const SPECIFICITY: Record<FeatureType, number> = {
  FACILITY: 7, CITY: 6, REGION: 5, WATER_BODY: 4, COUNTRY: 3, GEO_REGION: 2, CONTINENT: 1, OTHER: 0,
};

function keyOf(env: SentenceEnv, m: RawMention): string | undefined {
  return env.pseudoKeys?.get(m)?.[0] ?? env.built.keyOf.get(m);
}

function entityOf(env: SentenceEnv, m: RawMention): ExtractedEntity | undefined {
  const key = keyOf(env, m);
  return key ? env.built.byKey.get(key) : undefined;
}

/** "Chinese President Xi Jinping", "the Ukrainian leader": a demonym qualifying a person. */
function demonymOfPerson(env: SentenceEnv, m: RawMention): boolean {
  if (m.ref?.kind !== 'demonym') return false;
  const next = env.s.mentions.find((x) => x.first > m.last);
  if (!next || next.first - m.last > 4 || entityOf(env, next)?.type !== 'PERSON') return false;
  return env.s.tokens.slice(m.last + 1, next.first).every((t) => t.isWord && t.isCap);
}

function previousMention(env: SentenceEnv, m: RawMention): RawMention | undefined {
  const before = env.s.mentions.filter((x) => x.last < m.first);
  return before[before.length - 1];
}

function locative(env: SentenceEnv, m: RawMention): boolean {
  return isLocativeMention(m, env.s.tokens, env.lex, previousMention(env, m));
}

/** Token index of the dash ending a dateline ("KOSTI, Sudan —"), or -1. */
function datelineEnd(tokens: Token[]): number {
  const dash = tokens.findIndex((t, i) => i < 6 && (t.text === '—' || t.text === '–'));
  return dash > 0 && tokens.slice(0, dash).every((t) => !t.isWord || t.isCap) ? dash : -1;
}

/** The preposition before a mention, past "the" and place adjectives ("at northern Israel" → "at"). */
function prepositionBefore(tokens: Token[], first: number): string {
  let k = first - 1;
  while (k >= 0 && /^(?:the|northern|southern|eastern|western|central|north|south|east|west|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)$/.test((tokens[k] as Token).lower)) k -= 1;
  return tokens[k]?.lower ?? '';
}

function eligible(env: SentenceEnv, m: RawMention, asTarget: boolean): boolean {
  const e = entityOf(env, m);
  if (!e || m.last < datelineEnd(env.s.tokens)) return false;
  const a = env.attribution;
  if (a && m.start >= a.start && m.end <= a.end) return false;
  // "overlaps between the two companies": "between" locates only places.
  const relational = e.type !== 'LOCATION' && env.s.tokens[m.first - 1]?.lower === 'between';
  // "fired rockets at northern Israel": a country aimed at is a target, not where it happened
  const aimedAt = asTarget && e.place?.featureType === 'COUNTRY' && TARGET_PREPOSITIONS.has(prepositionBefore(env.s.tokens, m.first));
  if (isModifierMention(m, env.s.tokens) || (locative(env, m) && !relational && !aimedAt) || demonymOfPerson(env, m)) return false;
  if (e.type !== 'LOCATION' || e.place?.featureType === 'COUNTRY') return true;
  return asTarget && TARGET_PREPOSITIONS.has(env.s.tokens[m.first - 1]?.lower ?? '');
}

/** Mentions coordinated with m ("US and UK", "Iraq, Syria"), in both directions. */
function coordinated(env: SentenceEnv, m: RawMention, keepLocatives = false): RawMention[] {
  const out = [m];
  const joined = (a: RawMention, b: RawMention): boolean => {
    const between = env.s.tokens.slice(a.last + 1, b.first).map((t) => t.lower).join(' ');
    return ['and', ',', ', and', 'or', 'and "', 'and “', 'and the', ', the', ', and the', 'or the'].includes(between);
  };
  const ms = env.s.mentions;
  const idx = ms.indexOf(m);
  for (let k = idx - 1; k >= 0 && joined(ms[k] as RawMention, ms[k + 1] as RawMention); k -= 1) out.unshift(ms[k] as RawMention);
  for (let k = idx + 1; k < ms.length && joined(ms[k - 1] as RawMention, ms[k] as RawMention); k += 1) out.push(ms[k] as RawMention);
  return out.filter((x) => entityOf(env, x) && (x === m || keepLocatives || !locative(env, x)));
}

function agentAfterBy(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  for (let k = hit.last + 1; k < tokens.length && k <= hit.last + 8; k += 1) {
    if ((tokens[k] as Token).lower !== 'by') continue;
    // "warned in a statement carried by KCNA": "by" belongs to the nearer participle, not to the trigger
    if (tokens.slice(hit.last + 1, k).some((t) => t.isWord && !t.isCap && t.lower.length > 3 && /(?:ed|wn)$/.test(t.lower))) return null;
    const m = env.s.mentions.find((x) => x.first > k && x.first <= k + 3);
    return m && eligible(env, m, false) ? m : null;
  }
  return null;
}

const PARENTHETICAL_OPENERS = new Set(['who', 'which', 'whose', 'where', 'a', 'an', 'the', 'its', 'his', 'her', 'their']);

/**
 * "Hungary, whose prime minister has threatened a veto, did not block ..." / "Britain, which is
 * no longer a member, announced ...": the subject before a comma-enclosed relative clause or
 * apposition that ends right before the trigger's clause.
 */
function subjectAcrossParenthetical(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  let close = -1;
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - 20; k -= 1) {
    const t = tokens[k] as Token;
    if (t.text === ',') {
      close = k;
      break;
    }
    if (!t.isWord || t.isCap || env.s.mentions.some((m) => m.first === k && !env.pseudoKeys?.has(m))) return null;
  }
  if (close < 0) return null;
  for (let open = close - 2; open >= 1 && open >= close - 30; open -= 1) {
    if ((tokens[open] as Token).text !== ',') continue;
    if (!PARENTHETICAL_OPENERS.has(tokens[open + 1]?.lower ?? '')) return null;
    // "The Alliance for the Republic (APR), the party of ...,": the subject may carry its acronym
    let end = open - 1;
    if (tokens[end]?.text === ')') {
      const paren = tokens.slice(0, end).map((t) => t.text).lastIndexOf('(');
      if (paren > 0 && end - paren <= 3) end = paren - 1;
    }
    const m = env.s.mentions.find((x) => x.last === end);
    if (!m || !eligible(env, m, false)) return null;
    // the subject starts its clause: sentence start, after a dateline dash, "and", or a comma,
    // possibly behind an article and lowercase modifiers ("The opposition Alliance ...")
    let b = m.first - 1;
    while (b >= 0 && (tokens[b] as Token).isWord && !(tokens[b] as Token).isCap && (tokens[b] as Token).lower !== 'the' && m.first - b <= 3) b -= 1;
    const before = tokens[b];
    return !before || ['—', '–', ',', 'and', 'but', '"', '“'].includes(before.lower) || before.lower === 'the' ? m : null;
  }
  return null;
}

/**
 * "Japan and South Korea, which staged joint drills", "the council, which condemned the launch":
 * in a relative clause with no subject of its own, the antecedent right before ", which" acts.
 */
function relativeAntecedent(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  const clause = env.clauses[hit.first];
  let w = hit.first - 1;
  while (w >= 0 && env.clauses[w] === clause && !/^(?:which|who)$/.test((tokens[w] as Token).lower)) w -= 1;
  if (w < 1 || env.clauses[w] !== clause || tokens[w - 1]?.text !== ',') return null;
  // the relative clause has its own subject before the trigger: "which the army says it struck"
  if (env.s.mentions.some((m) => m.first > w && m.last < hit.first && eligible(env, m, false))) return null;
  const m = env.s.mentions.find((x) => x.last === w - 2);
  return m && actsInRelative(env, m) ? m : null;
}

/** "condemnation from Japan and South Korea, which staged drills": a country that acts in a relative clause is no place. */
function actsInRelative(env: SentenceEnv, m: RawMention): boolean {
  if (eligible(env, m, false)) return true;
  const e = entityOf(env, m);
  const a = env.attribution;
  return e?.place?.featureType === 'COUNTRY' && !isModifierMention(m, env.s.tokens) && !(a && m.start >= a.start && m.end <= a.end) && !demonymOfPerson(env, m);
}

const PREDICATE_FILLERS = new Set(['also', 'then', 'later', 'has', 'had', 'have', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'do',
  'not', 'never', 'immediately', 'quickly', 'further', 'subsequently', 'again', 'instead', 'separately', 'yet', 'still', 'swiftly', 'repeatedly']);
const SUBJECT_LEADERS = new Set(['the', 'a', 'an', 'both', 'opposition', 'neighbouring', 'neighboring', 'former', 'outgoing']);

/**
 * "The EU congratulated Saruul but urged the authorities to ...", "Police detained him and
 * seized his phone": a verb coordinated with an earlier predicate ("and"/"but" and no subject
 * of its own) shares the subject of the sentence, not the object of the first verb.
 */
function coordinatedPredicateSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  // "accused Minsk of using migrants and smuggling goods": a coordinated gerund is no predicate of the subject
  if (hit.form.pos === 'noun' || hit.passive || /ing$/.test((tokens[hit.first] as Token).lower)) return null;
  let k = hit.first - 1;
  while (k >= 0 && PREDICATE_FILLERS.has((tokens[k] as Token).lower)) k -= 1;
  if (!/^(?:and|but)$/.test(tokens[k]?.lower ?? '')) return null;
  // "Japan and South Korea, which staged drills ... and asked for": the relative clause continues
  const clause = env.clauses[hit.first];
  let w = k - 1;
  while (w >= 0 && env.clauses[w] === clause && !/^(?:which|who)$/.test((tokens[w] as Token).lower)) w -= 1;
  if (w >= 1 && env.clauses[w] === clause && tokens[w - 1]?.text === ',') {
    const antecedent = env.s.mentions.find((x) => x.last === w - 2);
    return antecedent && actsInRelative(env, antecedent) ? antecedent : null;
  }
  const a = env.attribution;
  for (const m of env.s.mentions) {
    if (m.last >= k) break;
    if (!eligible(env, m, false) || isPossessiveMention(m, tokens)) continue;
    let b = m.first - 1;
    while (b >= 0 && b >= m.first - 3 && SUBJECT_LEADERS.has((tokens[b] as Token).lower)) b -= 1;
    const t = tokens[b];
    const opens = !t || t.text === '—' || t.text === '–' || t.lower === 'that' || (!!a && t.end <= a.end && t.end >= a.end - 1);
    // the subject acts in the clause the coordination continues: nothing but words, names and commas of appositions between
    if (opens && !tokens.slice(m.last + 1, k).some((x) => x.text === ';' || x.text === ':')) return m;
  }
  return null;
}

function isPassiveSubject(tokens: Token[], m: RawMention): boolean {
  const be = tokens[m.last + 1]?.lower ?? '';
  const verb = tokens[m.last + 2]?.lower ?? '';
  return /^(?:was|were|is|are|been|being)$/.test(be) && /(?:ed|en|wn|ne)$/.test(verb);
}

function nearestBefore(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const relative = relativeAntecedent(env, hit);
  if (relative) return relative;
  const clause = env.clauses[hit.first];
  const before = env.s.mentions.filter((m) => m.last < hit.first && eligible(env, m, false)).reverse();
  const sameClause = before.find((m) => env.clauses[m.first] === clause);
  if (sameClause) return sameClause;
  const across = subjectAcrossParenthetical(env, hit);
  if (across) return across;
  // across clauses: not a possessor, nor the subject of a passive ("soldiers were killed when ...")
  return before.find((m) => !isPossessiveMention(m, env.s.tokens) && !isPassiveSubject(env.s.tokens, m)) ?? null;
}

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

function firstAfter(env: SentenceEnv, hit: TriggerHit, exclude: Set<string>): RawMention | null {
  const war = warTarget(env, hit, exclude);
  if (war) return war;
  const clause = env.clauses[hit.last];
  const m = env.s.mentions.find((x) => x.first > hit.last && env.clauses[x.first] === clause
    && eligible(env, x, true) && !exclude.has(keyOf(env, x) ?? '') && !afterBy(env.s.tokens, x.first) && !insidePseudo(env, x));
  // "broke with Dimitrov's GERB": the possessor qualifies the name that follows, which is the object
  const owned = m && isPossessiveMention(m, env.s.tokens) ? env.s.mentions.find((x) => x.first === m.last + 2 && !env.pseudoKeys?.has(x)) : undefined;
  if (owned && eligible(env, owned, true) && !exclude.has(keyOf(env, owned) ?? '')) return owned;
  return m ?? recipient(env, hit, exclude);
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
  if (!GIVING.has(hit.type)) return null;
  const { tokens } = env.s;
  const m = env.s.mentions.find((x) => x.first > hit.last && x.first <= hit.last + 8 && prepositionBefore(tokens, x.first) === 'to');
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

function keysOf(env: SentenceEnv, ms: RawMention[]): string[] {
  return [...new Set(ms.flatMap((m) => env.pseudoKeys?.get(m) ?? [env.built.keyOf.get(m)]).filter((k): k is string => !!k))];
}

const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

/** "Nordvolt said it had signed a deal": the speaker is the subject of the reported clause. */
function speakerAsSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const a = env.attribution;
  if (!a) return null;
  const { tokens, mentions } = env.s;
  const pronoun = tokens.some((t, i) => i < hit.first && t.start >= a.end && SUBJECT_PRONOUNS.has(t.lower));
  const speaker = speakerMention(a, ' '.repeat(env.s.sentence.start) + env.s.sentence.text, mentions.filter((m) => env.built.keyOf.has(m)));
  return pronoun && speaker ? speaker : null;
}

/**
 * "Britain announced sanctions on 100 tankers", "the ministry said a probe": a speech verb whose
 * object is the event noun itself; the speaker is who acts, not only who reports.
 */
function speakerOfObjectNoun(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const a = env.attribution;
  if (!a || hit.form.pos !== 'noun') return null;
  const { tokens, mentions } = env.s;
  const after = tokens.filter((t, i) => i < hit.first && t.start >= a.end);
  if (after.length > 4 || after.some((t) => !t.isWord || t.isCap || t.lower === 'that')) return null;
  return speakerMention(a, ' '.repeat(env.s.sentence.start) + env.s.sentence.text, mentions.filter((m) => env.built.keyOf.has(m))) ?? null;
}

/** "demanded that Kinshasa disarm": who is to act on a demand is its target. */
function demandedOf(env: SentenceEnv, hit: TriggerHit, actors: Set<string>): RawMention | null {
  const { tokens } = env.s;
  if (hit.type !== 'DEMAND' || hit.form.pos === 'noun' || tokens[hit.last + 1]?.lower !== 'that') return null;
  const m = env.s.mentions.find((x) => x.first > hit.last + 1 && x.first <= hit.last + 3);
  if (!m || !tokens.slice(hit.last + 2, m.first).every((t) => /^(?:the|a|an)$/.test(t.lower))) return null;
  return eligible(env, m, true) && !actors.has(keyOf(env, m) ?? '') ? m : null;
}

/** Words that open a short adjunct between a verb and its that-clause: "warned in a statement on Monday that". */
const ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'during', 'through', 'via', 'late', 'early', 'last', 'this', 'again', 'repeatedly', 'publicly', 'earlier', 'previously']);

const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'may', 'might', 'must', 'shall']);

/**
 * "pledged that the EU would help", "promised that Japan will fund": the subject of a
 * that-clause right after the trigger verb, followed by a modal, is who will do it.
 */
function complementSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  if (hit.form.pos === 'noun') return null;
  // "warned in a statement on Monday that it would": a short adjunct may come before "that"
  let that = hit.last + 1;
  if (tokens[that]?.lower !== 'that' && !ADJUNCT_OPENERS.has(tokens[that]?.lower ?? '')) return null;
  while (that < tokens.length && that <= hit.last + 8 && (tokens[that] as Token).isWord && (tokens[that] as Token).lower !== 'that') {
    if (/^(?:and|but|or)$/.test((tokens[that] as Token).lower)) return null;
    that += 1;
  }
  if (tokens[that]?.lower !== 'that') return null;
  const m = env.s.mentions.find((x) => x.first > that && x.first <= that + 2);
  if (!m || !tokens.slice(that + 1, m.first).every((t) => /^(?:the|a|an)$/.test(t.lower))) return null;
  return MODALS.has(tokens[m.last + 1]?.lower ?? '') && eligible(env, m, false) ? m : null;
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
  if (!m || isPossessiveMention(m, tokens) || (tokens[m.last + 1]?.lower === next && !/^(?:to|with|that|for|of)$/.test(next))) return null;
  if (tokens[m.last + 1]?.lower === '-' || actors.has(keyOf(env, m) ?? '')) return null;
  return eligible(env, m, true) ? m : null;
}

/** Noun triggers whose "from X" names who acts: "condemnation from Japan", "aid from the EU". */
const FROM_AGENT_TYPES = new Set<PloverType>(['DISAPPROVE', 'SUPPORT', 'AID', 'DEMAND', 'THREATEN']);

/** "drawing condemnation from Japan and South Korea": the mention after "from" is the agent. */
function agentAfterFrom(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  if (hit.form.pos !== 'noun' || !FROM_AGENT_TYPES.has(hit.type) || env.s.tokens[hit.last + 1]?.lower !== 'from') return null;
  const m = env.s.mentions.find((x) => x.first > hit.last + 1 && x.first <= hit.last + 3);
  const e = m ? entityOf(env, m) : undefined;
  if (!m || !e || (e.type === 'LOCATION' && e.place?.featureType !== 'COUNTRY')) return null;
  return env.s.tokens.slice(hit.last + 2, m.first).every((t) => /^(?:the|a|an)$/.test(t.lower)) ? m : null;
}

export function participantsFor(env: SentenceEnv, hit: TriggerHit): ExtractedParticipant[] {
  const fromAgent = agentAfterFrom(env, hit);
  if (fromAgent) {
    // "from Britain and France": "from" is no place here, so neither is what is coordinated with it
    const actorKeys = new Set(keysOf(env, coordinated(env, fromAgent, true)));
    const patient = nearestBefore(env, hit);
    const targetKeys = patient ? keysOf(env, coordinated(env, patient)).filter((k) => !actorKeys.has(k)) : [];
    return [
      ...[...actorKeys].map((entityKey) => ({ entityKey, role: 'ACTOR' as const })),
      ...targetKeys.map((entityKey) => ({ entityKey, role: 'TARGET' as const })),
    ];
  }
  const agent = agentAfterBy(env, hit) ?? complementSubject(env, hit);
  const before = coordinatedPredicateSubject(env, hit) ?? nearestBefore(env, hit) ?? speakerAsSubject(env, hit) ?? speakerOfObjectNoun(env, hit);
  const selfDirected = SELF_DIRECTED.has(hit.type);
  const actorMention = agent ?? (hit.passive && !selfDirected ? null : before);
  const actorMentions = actorMention ? coordinated(env, actorMention, !eligible(env, actorMention, false)) : [];
  const actors = new Set(keysOf(env, actorMentions));
  for (const k of partnersOf(env, hit, actors)) actors.add(k);
  let targets: string[] = [];
  if (!selfDirected) {
    const patient = hit.passive ? (before && before !== agent ? before : null) : gapObject(env, hit, actors) ?? demandedOf(env, hit, actors) ?? firstAfter(env, hit, actors);
    targets = patient ? keysOf(env, coordinated(env, patient)).filter((k) => !actors.has(k)) : [];
  }
  return [
    ...[...actors].map((entityKey) => ({ entityKey, role: 'ACTOR' as const })),
    ...targets.map((entityKey) => ({ entityKey, role: 'TARGET' as const })),
  ];
}

/**
 * Where it happened: a place in the trigger's clause, a locative place anywhere in the
 * sentence ("in Syria"), or a place that is the target ("aggressions on Yemen"); the
 * same clause first, then locatives, then the most specific. Actors are never the location.
 */
export function locationFor(env: SentenceEnv, hit: TriggerHit, participants: ExtractedParticipant[]): string | null {
  const actors = new Set(participants.filter((p) => p.role === 'ACTOR').map((p) => p.entityKey));
  const targets = new Set(participants.filter((p) => p.role === 'TARGET').map((p) => p.entityKey));
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
