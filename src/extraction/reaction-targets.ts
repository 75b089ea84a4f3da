/**
 * Targets of reactions that point back at an earlier event: "condemned the attack" targets the
 * attack's perpetrator, "did not block the package" the package's author, "condemned the launch"
 * whoever launched. Also the article state those need (events so far, and the head nouns of
 * multi-word event nouns, "package" → SANCTION).
 */
import type { ExtractedEvent, PloverType } from './types';
import { STATE_FORCE_NAME, type DiscourseState } from './discourse';
import type { EventMeta } from './event-merging';
import type { SentenceEnv } from './event-participants';
import { summaryFor } from './event-summary';
import type { AnalyzedSentence } from './mention-detection';
import type { Token } from './tokens';
import { keysInRole } from './event-participants';
import { keyOf } from './sentence-env';
import { ARMED_MOVEMENT } from './referring-expressions';
import type { TriggerHit } from './triggers';
import type { EventLexicon, TriggerForm } from './event-lexicon';

const VIOLENT = new Set<PloverType>(['ASSAULT', 'FIGHT']);
/** Penalties and coercion one noun may name either way ("the expulsions" of diplomats are coded SANCTION). */
export const PENALISING = new Set<PloverType>(['COERCE', 'SANCTION']);

export interface ArticleState {
  discourse: DiscourseState;
  meta: Map<ExtractedEvent, EventMeta>;
  events: ExtractedEvent[];
  /** Head noun → type of the article's multi-word noun triggers so far ("package" → SANCTION). */
  heads: Map<string, PloverType>;
  /** Reactions whose act had no actor yet when they were read (see settleReactions). */
  pending: Array<{ e: ExtractedEvent; act: ExtractedEvent; hit: TriggerHit; env: SentenceEnv }>;
}

/** Verb types whose object noun is an earlier event: "did not block the package", "welcomed the deal", "opened a review of the merger". */
export const REACTIONS = new Set<PloverType>(['REJECT', 'DISAPPROVE', 'SUPPORT', 'THREATEN', 'INVESTIGATE']);
/** Reactions that only answer an act and never are the act a later noun names ("the charges" are no rejection of them). */
const RESPONSES = new Set<PloverType>(['REJECT', 'SUPPORT']);
/** The acts "the charges", "the accusations" can name: an accuser's, not the crime charged ("charged X with fraud" also reports X's CRIME). */
const ACCUSING = new Set<PloverType>(['DISAPPROVE', 'COERCE', 'INVESTIGATE']);

/**
 * "X condemned the attack", "Y did not block the package": the target is the agent of the
 * earlier event the noun refers to: among earlier events of that type with an actor other than
 * the reacting one, the actor named most often (ties: the earliest, usually the lead event).
 * For violent nouns the culprit replaces any target found in the sentence; otherwise it only
 * fills a missing target.
 */
export function referTarget(e: ExtractedEvent, hit: TriggerHit, type: PloverType, st: ArticleState, env: SentenceEnv, override: boolean): boolean {
  if (!override && e.participants.some((p) => p.role === 'TARGET')) return true;
  const actors = new Set(keysInRole(e.participants, 'ACTOR'));
  const counts = new Map<string, number>();
  for (const p of st.events) {
    // "called the expulsions an unfriendly act" after diplomats were expelled (SANCTION): the noun's own type is COERCE
    if (!(p.type === type || (VIOLENT.has(p.type) && VIOLENT.has(type)) || (PENALISING.has(p.type) && PENALISING.has(type)))) continue;
    const culprits = culpritsOf(env, p, actors);
    for (const c of culprits) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  // "condemned the attack" after militants attacked and the army stormed back: the attack is the armed group's, not the state's answer
  const armedGroups = VIOLENT.has(type) ? [...counts.keys()].filter((k) => {
    const a = env.built.byKey.get(k);
    // ("Balochistan Liberation Army" is an armed movement whatever its head word; "Frontier Corps" a state's)
    return !!a && !a.place && (a.type === 'GROUP' || ARMED_MOVEMENT.test(a.name)
      || (a.type === 'ORGANIZATION' && !STATE_FORCE_NAME.test(a.name) && !/\b(?:Corps|Service|Battalion|Unit)\b/.test(a.name)));
  }) : [];
  let best: string | null = null;
  for (const [key, n] of counts) {
    if (armedGroups.length > 0 && !armedGroups.includes(key)) continue;
    if (best === null || n > (counts.get(best) ?? 0)) best = key;
  }
  if (best === null) return false;
  e.participants = [...e.participants.filter((p) => p.role !== 'TARGET'), { entityKey: best, role: 'TARGET' as const }];
  e.summary = summaryFor(env, hit, e.participants, e.locationKey);
  return true;
}

export const DEFINITE_OBJECT = new Set(['the', 'this', 'that', 'these', 'those']);

/** What opens a noun phrase naming an act: "the move", "both steps", "a move that ...". */
const ACT_OPENERS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'both', 'any', 'such', 'a']);

const LAUNCH = /\b(?:launch\w*|fired|fires|firing|test-fired)\b/i;
const OPERATIONS = new Set<PloverType>(['COERCE', 'FIGHT', 'ASSAULT', 'MOBILIZE']);
/** What "the operation" names: an act of force or policing, not a statement. */
const OPERATION = /\b(?:operation|board\w*|detain\w*|seiz\w*|raid\w*|arrest\w*|demolish\w*|demolition|evict\w*|strik\w*|attack\w*|storm\w*|deploy\w*|offensive)\b/i;
const PROPOSAL = /\b(?:draft\w*|resolution|propos\w*|tabled|submitted|introduced)\b/i;
const ACCUSATION = /\b(?:accus\w*|alleg\w*|claim\w*|blam\w*|charg\w*)\b/i;
const CRITICISM = /\b(?:critici\w*|condemn\w*|accus\w*|blam\w*|slam\w*|denounc\w*|called)\b/i;
const FINDING = /\b(?:found|finds|findings|concluded|determined|attributed|blamed|ruled|accus\w*)\b/i;

/** Words that call an act violence: "a cowardly act", "this barbaric act", "an act of terror". */
const CONDEMNED_ACT = /^(?:cowardly|barbaric|heinous|terrorist|criminal|despicable|senseless|brutal|abhorrent|vile|murderous|savage|atrocious)$/;

/** Whom a person speaks for (SPOKESPERSON_FOR), or the key itself. */
function principalOf(env: SentenceEnv, key: string): string {
  if (env.built.byKey.get(key)?.type !== 'PERSON') return key;
  return env.relations.find((r) => r.subjectKey === key && r.predicate === 'SPOKESPERSON_FOR')?.objectKey ?? key;
}

/** Whose act an earlier event is: its actors, each spokesperson read as whom it speaks for, other than the reacting `actors`. */
function culpritsOf(env: SentenceEnv, act: ExtractedEvent, actors: ReadonlySet<string>): string[] {
  return [...new Set(keysInRole(act.participants, 'ACTOR').map((k) => principalOf(env, k)))].filter((k) => !actors.has(k));
}

/**
 * Nouns that name an act that need not be a trigger ("condemned the launch"), with what the
 * earlier sentence reporting that act must contain. Generic nouns ("the move") name whatever
 * event came last; specific ones need the act's own verb or noun in its evidence.
 */
/** What an earlier report of a penalty contains: "fined the club", "imposed anti-dumping duties", "a penalty of". */
const PENALTY = /\b(?:fin(?:e|es|ed|ing)|penalt(?:y|ies)|dut(?:y|ies)|tariffs?|sanction(?:s|ed)?)\b/i;

export const ACT_NOUNS: Record<string, RegExp | null> = {
  move: null, moves: null, step: null, steps: null, action: null, actions: null, decision: null, measure: null, measures: null, act: null, acts: null,
  operation: OPERATION, operations: OPERATION, boarding: /\b(?:board\w*|detain\w*|seiz\w*)/i,
  launch: LAUNCH, launches: LAUNCH,
  test: /\btest\w*/i,
  tests: /\btest\w*/i,
  visit: /\bvisit\w*/i,
  ruling: /\brul(?:ed|ing|es)\b/i,
  verdict: /\b(?:ruled|convicted|sentenced|acquitted|verdict)\b/i,
  judgment: /\b(?:rul(?:ed|ing)|annull?ed|convicted|sentenced|acquitted|judgm?ent)\b/i,
  judgement: /\b(?:rul(?:ed|ing)|annull?ed|convicted|sentenced|acquitted|judgement)\b/i,
  expulsion: /\bexpel\w*|\bexpulsion/i,
  expulsions: /\bexpel\w*|\bexpulsion/i,
  takeover: /\b(?:takeover|take over|acquir\w*|buy|bought)\b/i,
  arrest: /\barrest\w*/i,
  arrests: /\barrest\w*/i,
  coup: /\b(?:coup|took power|seized power|ousted|overthrew|overthrown|toppled)\b/i,
  // "welcomed the fine", "said the duties were unfair": a penalty names the act that imposed it
  fine: PENALTY, fines: PENALTY, penalty: PENALTY, penalties: PENALTY, duties: PENALTY,
  draft: PROPOSAL, text: PROPOSAL, proposal: PROPOSAL, resolution: PROPOSAL,
  findings: FINDING, conclusions: FINDING,
  // "denied any wrongdoing": the accusation of it
  wrongdoing: ACCUSATION,
  accusation: ACCUSATION, accusations: ACCUSATION, allegation: ACCUSATION, allegations: ACCUSATION, claims: ACCUSATION, charge: ACCUSATION, charges: ACCUSATION,
  criticism: CRITICISM, criticisms: CRITICISM, condemnation: CRITICISM,
};

/** Acts of force, not decisions: "the decision" names none of them. */
const PHYSICAL = new Set<PloverType>(['FIGHT', 'ASSAULT', 'PROTEST', 'MOBILIZE', 'CRIME']);
/** Coercion done by hand rather than decided ("barred him from the race" is a decision; "surrounded his home" is not). */
const FORCIBLE = /\b(?:surround\w*|arrest\w*|detain\w*|raid\w*|search\w*|seiz\w*|tear gas|dispers\w*)\b/i;

/** How many sentences back a reaction may reach for the act it names. */
export const ACT_REACH = 10;
/** How far back a noun that names its act specifically ("the launch", "the operation") may reach. */
const LONG_REACH = 30;

/** The single-word noun trigger a word is (singular or plural), or null. */
function triggerNoun(lex: EventLexicon, lower: string): TriggerForm | null {
  return (lex.triggersByFirstWord.get(lower) ?? []).find((f) => f.pos === 'noun' && f.words.length === 1) ?? null;
}

/** Prepositions between a reaction and the act it is about. */
const REACTION_PREPOSITIONS = /^(?:with|against|over|at|about|by|to)$/;

/** A word that may stand between an act noun's opener and the noun: "the Western draft", "the balloon flights". */
function modifier(t: Token | undefined): boolean {
  return !!t && t.isWord && !t.isNumber && !(t.lower in ACT_NOUNS) && !/^(?:of|to|in|on|at|for|with|by|as|and|or|but|that|which|who)$/.test(t.lower);
}

/**
 * The act noun a reaction names: its object ("condemned the launch", "called both steps a
 * serious escalation", "the Western draft"), the head of a relative clause it is in ("a move
 * that Indian officials have called unfair"), or the subject of its predicate ("said the strike
 * was illegal"). Returns the noun's token index, or -1.
 */
export function actNounOf(tokens: Token[], hit: TriggerHit, lex?: EventLexicon): number {
  const isAct = (k: number) => !!tokens[k]?.isWord && !tokens[k]?.isCap && (tokens[k] as Token).lower in ACT_NOUNS;
  // before the reaction, a trigger noun names an act too ("said the strike was illegal"); after it, events.ts's object nouns do
  const isActOrTrigger = (k: number) => isAct(k) || (!!lex && !!tokens[k]?.isWord && !tokens[k]?.isCap && !!triggerNoun(lex, (tokens[k] as Token).lower));
  // the object: opener, up to two modifiers, the noun ("disagrees with the findings", "protested against the move": after a preposition)
  // (a closing quote may come first: 'said it "strongly disagrees" with the findings')
  const after = /^["”]$/.test(tokens[hit.last + 1]?.text ?? '') ? hit.last + 2 : hit.last + 1;
  const o = REACTION_PREPOSITIONS.test(tokens[after]?.lower ?? '') ? after + 1 : after;
  if (ACT_OPENERS.has(tokens[o]?.lower ?? '')) {
    for (let k = o + 1; k <= o + 5 && k < tokens.length; k += 1) {
      // ('condemned "a cowardly and barbaric act"': "a" opens only an act called so, not "a move" still to come)
      if (isAct(k) && (tokens[o]?.lower !== 'a' || /^acts?$/.test((tokens[k] as Token).lower))) return k;
      // (two adjectives joined by "and" still qualify the noun)
      if (tokens[k]?.lower === 'and' && k > o + 1 && modifier(tokens[k - 1]) && modifier(tokens[k + 1])) continue;
      if (!modifier(tokens[k]) || k === o + 4) break;
    }
  }
  // a relative clause on the noun: "a move that/which X (has) called ..."
  for (let k = hit.first - 1; k >= 1 && k >= hit.first - 7; k -= 1) {
    const t = tokens[k] as Token;
    if (!t.isWord && t.text !== ',') break;
    if ((t.lower === 'that' || t.lower === 'which') && isActOrTrigger(k - 1) && ACT_OPENERS.has(tokens[k - 2]?.lower ?? '')) return k - 1;
  }
  // a relative clause without "that": "a charge Kigali denied", "the accusations Moscow rejected"
  let n = hit.first - 1;
  while (n > 0 && tokens[n]?.isCap && tokens[n]?.isWord) n -= 1;
  if (n < hit.first - 1 && n > 0 && isAct(n) && ACT_OPENERS.has(tokens[n - 1]?.lower ?? '')) return n;
  // the subject of the reaction's predicate: "said the strike was illegal", "called the findings baseless"
  for (let k = hit.first - 1; k >= 1 && k >= hit.first - 4; k -= 1) {
    if (isActOrTrigger(k) && ACT_OPENERS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 1]?.lower !== 'a') return k;
    if (!tokens[k]?.isWord && tokens[k]?.text !== '"' && tokens[k]?.text !== '“') break;
  }
  return -1;
}

/**
 * "Norway condemned the launch" after "Iran launched a missile": a noun naming an act that is
 * no trigger itself refers to the most recent event before it (in its own sentence, or in the
 * ACT_REACH sentences before) that plausibly reports it; its actors are the target.
 * Conservative: the first candidate decides, and nothing is set when it has no actor other than
 * the reacting one. `sentenceEvents` are the events of the reaction's own sentence by trigger:
 * those whose trigger comes before the act noun count (the noun itself, "the strike", is no earlier act).
 */
export function actNounTarget(e: ExtractedEvent, hit: TriggerHit, env: SentenceEnv, st: ArticleState, sentenceEvents: ReadonlyMap<TriggerHit, ExtractedEvent> = new Map()): void {
  const { tokens } = env.s;
  if (hit.form.pos === 'noun') return;
  const at = actNounOf(tokens, hit, env.lex);
  if (at < 0) return;
  // "rejected the criticism, saying the ECZ was independent": the act named as object decides over a name further on;
  // a target found otherwise is kept when the act is named before the reaction ("a move that ...")
  const targets = e.participants.filter((p) => p.role === 'TARGET').map((p) => p.entityKey);
  const asObject = at > hit.last;
  const named = targets.some((k) => env.s.mentions.some((m) => m.first > hit.last && m.last < at && keyOf(env, m) === k));
  if (targets.length > 0 && (!asObject || named)) return;
  const noun = tokens[at] as Token;
  // '"This judgment steals the votes ..."': a court's decision is the court's that ruled in the story
  if (/^(?:judgm?ent|judgement|verdict|ruling|sentence)$/.test(noun.lower)) {
    const court = rulingCourt(env, st);
    if (court && !keysInRole(e.participants, 'ACTOR').includes(court) && !e.participants.some((p) => p.role === 'TARGET')) {
      e.participants = [...e.participants, { entityKey: court, role: 'TARGET' as const }];
      e.summary = summaryFor(env, hit, e.participants, e.locationKey);
      return;
    }
  }
  // 'condemned "a cowardly and barbaric act"': an act called by such words is violence, whose culprit is the target
  if (/^acts?$/.test(noun.lower) && tokens.slice(Math.max(0, at - 4), at).some((x) => CONDEMNED_ACT.test(x.lower))) {
    referTarget(e, hit, 'ASSAULT', st, env, true);
    return;
  }
  const cue = noun.lower in ACT_NOUNS ? ACT_NOUNS[noun.lower] ?? null : new RegExp(`\\b${noun.lower.replace(/e?s$/, '')}`, 'i');
  const here = env.s.sentence.index;
  const actors = new Set(keysInRole(e.participants, 'ACTOR'));
  // the sentence's own earlier acts: any for a generic noun ("imposed tariffs ..., a move that"), and for a specific one
  // those whose own trigger it names; a reaction counts only then ("a charge Kigali denied" after "Kinshasa accused Rwanda")
  // ("whose home was surrounded by police, called the decision a coup": a decision is no police action)
  const decided = (p: ExtractedEvent) => !/^decisions?$/.test(noun.lower) || !(PHYSICAL.has(p.type) || (p.type === 'COERCE' && FORCIBLE.test(p.summary)));
  const before = [...sentenceEvents].filter(([h, p]) => h.last < at && p !== e && decided(p)
    && (cue ? p.type !== e.type && cue.test(tokens.slice(h.first, h.last + 1).map((t) => t.text).join(' ')) : !REACTIONS.has(p.type)));
  const own = [...new Set(before.map(([, p]) => p))];
  // an earlier rejection or welcome that names the same noun ("his client rejected the charges") reacts to the act, it is not it
  // "the operation" is an act of force or policing, whatever else its sentence reports
  const operational = (p: ExtractedEvent) => cue !== OPERATION || OPERATIONS.has(p.type);
  // a noun that names its act by the act's own words may reach back to the lead ("the operation" ten paragraphs on)
  const reach = cue && noun.lower in ACT_NOUNS && cue !== ACCUSATION && cue !== CRITICISM ? LONG_REACH : ACT_REACH;
  const earlier = st.events.filter((p) => here - (st.meta.get(p)?.sentence ?? here) <= reach && !(REACTIONS.has(p.type) && p.type === e.type) && decided(p) && operational(p)
    && !RESPONSES.has(p.type) && (cue !== ACCUSATION || ACCUSING.has(p.type)) && (!cue || cue.test(p.evidence.text)));
  for (const p of [...own].reverse().concat([...earlier].reverse())) {
    // ("government spokesman Désiré Mukendi accused Rwanda ... Kigali rejected the accusation": a spokesperson's words are the principal's)
    const culprits = culpritsOf(env, p, actors);
    // "Its sponsors accuse Andrianjafy ... Andrianjafy denied any wrongdoing": the accusation's author is known only once
    // the article's events are merged (the sponsors are the impeaching assembly's): settled then
    if (culprits.length === 0 && p.participants.every((x) => x.role !== 'ACTOR')) st.pending.push({ e, act: p, hit, env });
    if (culprits.length === 0) return;
    e.participants = [...e.participants.filter((x) => x.role !== 'TARGET'), ...culprits.map((entityKey) => ({ entityKey, role: 'TARGET' as const }))];
    e.summary = summaryFor(env, hit, e.participants, e.locationKey);
    return;
  }
}

/**
 * Reactions read before their act had an actor (actNounTarget) take, once the article's events are merged
 * and the act has borrowed its actor from the event it repeats, that actor as their target, if they still
 * have none. `kept` are the events that survived merging.
 */
export function settleReactions(st: ArticleState, kept: ReadonlySet<ExtractedEvent>): void {
  for (const { e, act, hit, env } of st.pending) {
    if (!kept.has(e) || e.participants.some((p) => p.role === 'TARGET')) continue;
    const actors = new Set(keysInRole(e.participants, 'ACTOR'));
    const culprits = keysInRole(act.participants, 'ACTOR').filter((k) => !actors.has(k));
    if (culprits.length === 0) continue;
    e.participants = [...e.participants, ...culprits.map((entityKey) => ({ entityKey, role: 'TARGET' as const }))];
    e.summary = summaryFor(env, hit, e.participants, e.locationKey);
  }
}

/**
 * "did not block the package" after "a sanctions package": a definite object whose noun is the
 * head of an earlier noun trigger names that earlier event. Returns the event type, or null.
 */
export function anaphoricObject(tokens: Token[], hit: TriggerHit, st: ArticleState): PloverType | null {
  if (hit.form.pos === 'noun' || !DEFINITE_OBJECT.has(tokens[hit.last + 1]?.lower ?? '')) return null;
  const noun = tokens[hit.last + 2];
  if (!noun?.isWord || noun.isCap) return null;
  return st.heads.get(noun.lower) ?? null;
}

/** Nouns of a court's decision: "welcomed the ruling", "rejected the verdict". */
const RULINGS = new Set(['ruling', 'rulings', 'verdict', 'judgment', 'judgement', 'decision']);
const COURT_NAME = /\b(?:Court|Tribunal)\b/;

/**
 * "welcomed the ruling", "called the ruling a victory", "rejected the court's verdict": a reaction to a
 * ruling with no named target targets the court named most recently before it. Returns whether it did.
 */
export function rulingTarget(e: ExtractedEvent, hit: TriggerHit, env: SentenceEnv, st?: ArticleState): boolean {
  const { tokens } = env.s;
  let k = hit.last + 1;
  if (!DEFINITE_OBJECT.has(tokens[k]?.lower ?? '') && !/^(?:its|their)$/.test(tokens[k]?.lower ?? '')) return false;
  k += 1;
  if (tokens[k]?.lower === 'court' && /^['’]s$/.test(tokens[k + 1]?.text ?? '')) k += 2;
  if (!RULINGS.has(tokens[k]?.lower ?? '')) return false;
  // 'called the ruling "a dark day"': the court that has ruled in the story (acted in an earlier event), before one only named
  // ("would appeal to the Court of Appeal"); "the decision" of a body that is no court is left to actNounTarget
  const decision = /^decisions?$/.test(tokens[k]?.lower ?? '');
  if (hit.labelFirst !== undefined && decision) return false;
  // ('welcomed the ruling as "a testament to the independence of Malawi's judiciary"': the court that ruled, over a name after the object)
  const ruled = st && !decision ? rulingCourt(env, st) : null;
  if (ruled && !keysInRole(e.participants, 'ACTOR').includes(ruled)) {
    e.participants = [...e.participants.filter((p) => p.role !== 'TARGET'), { entityKey: ruled, role: 'TARGET' as const }];
    e.summary = summaryFor(env, hit, e.participants, e.locationKey);
    return true;
  }
  if (e.participants.some((p) => p.role === 'TARGET')) return false;
  return courtAsTarget(e, hit, env);
}

/** The court that acted last in the story's events so far (a ruling, a sentence, an order), or null. */
export function rulingCourt(env: SentenceEnv, st: ArticleState): string | null {
  for (const p of [...st.events].reverse()) {
    for (const key of keysInRole(p.participants, 'ACTOR')) {
      const c = env.built.byKey.get(key);
      if (c?.type === 'ORGANIZATION' && [c.name, ...c.aliases].some((n) => COURT_NAME.test(n))) return key;
    }
  }
  return null;
}

/**
 * "The DPP said it would appeal to the Supreme Court of Appeal": an appeal with no named target is against
 * the ruling of the court named most recently before it (not the court appealed to). Returns whether it set one.
 */
export function appealTarget(e: ExtractedEvent, hit: TriggerHit, env: SentenceEnv, st?: ArticleState): boolean {
  if (hit.type !== 'REJECT' || hit.form.lemma !== 'appeal' || e.participants.some((p) => p.role === 'TARGET')) return false;
  return courtAsTarget(e, hit, env) || (!!st && penaltyAuthorAsTarget(e, hit, env, st));
}

/** Decisions one appeals against: a penalty, an order, a ban. */
const APPEALABLE = new Set<PloverType>(['SANCTION', 'COERCE', 'DISAPPROVE']);
/** What a refusal answers: a demand, an accusation, a penalty. */
const REFUSABLE = new Set<PloverType>(['DEMAND', 'DISAPPROVE', 'SANCTION', 'COERCE']);

/**
 * "The SJB demanded Amarasekera's resignation ... Amarasekera said he would not resign": a rejection with no target
 * answers whoever last demanded something of, accused or penalised the one who rejects. Returns whether it set one.
 */
export function refusalTarget(e: ExtractedEvent, hit: TriggerHit, env: SentenceEnv, st: ArticleState): boolean {
  if (e.type !== 'REJECT' || e.participants.some((p) => p.role === 'TARGET')) return false;
  return penaltyAuthorAsTarget(e, hit, env, st, REFUSABLE);
}

/**
 * "The CMA fined Veltrix ... Veltrix said it would appeal": with no court named, an appeal is against
 * whoever last took such a decision against the appellant. Returns whether it set a target.
 */
function penaltyAuthorAsTarget(e: ExtractedEvent, hit: TriggerHit, env: SentenceEnv, st: ArticleState, types: ReadonlySet<PloverType> = APPEALABLE): boolean {
  const actors = new Set(keysInRole(e.participants, 'ACTOR'));
  if (actors.size === 0) return false;
  const decision = [...st.events].reverse().find((p) => types.has(p.type) && p.participants.some((x) => x.role === 'TARGET' && actors.has(x.entityKey)));
  const authors = decision ? keysInRole(decision.participants, 'ACTOR').filter((k) => !actors.has(k)) : [];
  if (authors.length === 0) return false;
  e.participants = [...e.participants, ...authors.map((entityKey) => ({ entityKey, role: 'TARGET' as const }))];
  e.summary = summaryFor(env, hit, e.participants, e.locationKey);
  return true;
}

function courtAsTarget(e: ExtractedEvent, hit: TriggerHit, env: SentenceEnv): boolean {
  const { tokens } = env.s;
  const at = (tokens[hit.first] as Token).start;
  const field = env.s.sentence.field;
  let best: { key: string; at: number } | null = null;
  for (const c of env.built.entities) {
    if (c.type !== 'ORGANIZATION' || ![c.name, ...c.aliases].some((n) => COURT_NAME.test(n))) continue;
    for (const m of c.mentions) {
      const pos = m.field === field ? m.start : m.field === 'TITLE' ? -1 : Infinity;
      if (pos < at && (best === null || pos > best.at)) best = { key: c.key, at: pos };
    }
  }
  const actors = new Set(keysInRole(e.participants, 'ACTOR'));
  if (!best || actors.has(best.key)) return false;
  e.participants = [...e.participants, { entityKey: best.key, role: 'TARGET' as const }];
  e.summary = summaryFor(env, hit, e.participants, e.locationKey);
  return true;
}

/**
 * "rallied outside the courthouse", "a sit-in outside the court": a protest at a court's building with no target is
 * aimed at the court that ruled in the story. Returns whether it set one.
 */
export function courthouseTarget(e: ExtractedEvent, hit: TriggerHit, env: SentenceEnv, st: ArticleState): boolean {
  if (e.type !== 'PROTEST' || e.participants.some((p) => p.role === 'TARGET')) return false;
  const { tokens } = env.s;
  const at = tokens.findIndex((t, k) => k > hit.last && k <= hit.last + 12 && /^(?:courthouse|court)$/.test(t.lower)
    && tokens[k - 1]?.lower === 'the' && /^(?:outside|towards|toward|to|at|near)$/.test(tokens[k - 2]?.lower ?? ''));
  const court = at >= 0 ? rulingCourt(env, st) : null;
  if (!court || keysInRole(e.participants, 'ACTOR').includes(court)) return false;
  e.participants = [...e.participants, { entityKey: court, role: 'TARGET' as const }];
  e.summary = summaryFor(env, hit, e.participants, e.locationKey);
  return true;
}

/**
 * Remember the head nouns of noun phrases that name an event: multi-word noun triggers
 * ("sanctions package" → "package") and "<noun> of <trigger>" ("a package of sanctions").
 */
export function rememberHeads(s: AnalyzedSentence, hits: TriggerHit[], st: ArticleState): void {
  for (const h of hits) {
    const head = h.form.pos === 'noun' && h.last > h.first ? s.tokens[h.last] : undefined;
    if (head?.isWord && !head.isCap) st.heads.set(head.lower, h.type);
    const of = s.tokens[h.first - 1];
    const before = s.tokens[h.first - 2];
    if (of?.lower === 'of' && before?.isWord && !before.isCap && !before.isNumber && before.lower.length > 2) st.heads.set(before.lower, h.type);
  }
}
