/**
 * Sentence-level PLOVER event extraction: triggers from the lexicon, one event per
 * (sentence, type) with the triggers of that type merged; participants, location, count,
 * casualties, modality, attribution and date; the evidence span is the sentence.
 */
import type { ExtractedEvent, ExtractedParticipant, ExtractedRelation, PloverType } from './types';
import { findAttribution } from './attribution';
import { advanceDiscourse, initialDiscourse, isDefiniteNoun, mergeEvents, pseudoMentions, type DiscourseState, type EventMeta } from './discourse';
import { clauseIds } from './clauses';
import { findDates, type DateMention } from './dates';
import type { BuiltEntities } from './entity-builder';
import { locationFor, participantsFor, type SentenceEnv } from './event-participants';
import type { AnalyzedSentence } from './mention-detection';
import { modalityAt } from './modality';
import { casualties, findCounts } from './quantities';
import type { Resources } from './resources';
import type { Token } from './tokens';
import { findTriggers, type TriggerHit } from './triggers';

export interface EventContext {
  text: string;
  publishedAt: Date;
}

const VIOLENT = new Set<PloverType>(['ASSAULT', 'FIGHT']);

/**
 * "An earthquake killed 12": natural hazards and accidents are not PLOVER events. A hazard word
 * right before a violence trigger suppresses it; for "kill" anywhere earlier in the sentence.
 */
function suppressed(tokens: Token[], hit: TriggerHit, res: Resources): boolean {
  if (!VIOLENT.has(hit.type)) return false;
  // "Rivers burst their banks ..., killing 12": a death toll in a sentence about a hazard.
  const reach = hit.form.lemma === 'kill' ? hit.first : 4;
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - reach; k -= 1) {
    if (res.events.suppressors.has((tokens[k] as Token).lower)) return true;
  }
  return false;
}

/**
 * Tokens inside a direct quote of several words. Violence, retreat and crime words there are
 * mostly rhetoric ("We are fighting cholera on the beaches", "we did not come to surrender");
 * demands, threats and refusals in a quote are what the speaker does by saying them. Short scare
 * quotes ("piracy") stay readable as events.
 */
/** Types a speaker uses as metaphor far more often than as report: "fighting cholera", "taken hostage by both sides". */
const RHETORICAL = new Set<PloverType>(['FIGHT', 'ASSAULT', 'RETREAT', 'CRIME', 'COERCE']);

function quotedTokens(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  let open = -1;
  tokens.forEach((t, i) => {
    const opening = t.text === '“' || (t.text === '"' && open < 0);
    const closing = t.text === '”' || (t.text === '"' && open >= 0);
    if (closing && open >= 0) {
      const words = tokens.slice(open + 1, i).filter((w) => w.isWord).length;
      if (words >= 6) for (let k = open + 1; k < i; k += 1) out.add(k);
      open = -1;
    } else if (opening) open = i;
  });
  // a quote that runs to the end of the sentence (closed in a later one)
  if (open >= 0 && tokens.slice(open + 1).filter((w) => w.isWord).length >= 6) for (let k = open + 1; k < tokens.length; k += 1) out.add(k);
  return out;
}

function nearestDate(dates: DateMention[], env: SentenceEnv, hit: TriggerHit, single: boolean): DateMention | null {
  const clause = env.clauses[hit.first];
  const tokenAt = (offset: number) => env.s.tokens.findIndex((t) => t.start >= offset);
  const inClause = dates.filter((d) => env.clauses[tokenAt(d.start)] === clause);
  const pool = inClause.length > 0 ? inClause : single ? dates : [];
  const at = (env.s.tokens[hit.first] as Token).start;
  return pool.reduce<DateMention | null>((best, d) => (!best || Math.abs(d.start - at) < Math.abs(best.start - at) ? d : best), null);
}

function countFor(env: SentenceEnv, hit: TriggerHit, dates: DateMention[], res: Resources) {
  const inDate = (t: Token) => dates.some((d) => t.start >= d.start && t.end <= d.end) || env.s.tokens[env.s.tokens.indexOf(t) + 1]?.text === '-';
  const clause = env.clauses[hit.first];
  const counts = findCounts(env.s.tokens, res.events, inDate).filter((c) => env.clauses[c.tokenIndex] === clause);
  return counts.reduce<(typeof counts)[number] | null>((best, c) => (!best || Math.abs(c.tokenIndex - hit.first) < Math.abs(best.tokenIndex - hit.first) ? c : best), null);
}

function nameOf(env: SentenceEnv, key: string): string {
  return env.built.byKey.get(key)?.name ?? key;
}

function summaryFor(env: SentenceEnv, hit: TriggerHit, participants: ExtractedParticipant[], locationKey: string | null): string {
  const names = (role: string) => participants.filter((p) => p.role === role).map((p) => nameOf(env, p.entityKey)).join(' and ');
  const trigger = env.s.tokens.slice(hit.first, hit.last + 1).map((t) => t.text).join(' ').replace(/ - /g, '-');
  const parts = [names('ACTOR'), trigger, names('TARGET')].filter((p) => p.length > 0);
  if (locationKey) parts.push(`in ${nameOf(env, locationKey)}`);
  return `${hit.type}: ${parts.join(' ')}`;
}

/**
 * "pledged that the EU would help": when a trigger of the group is the verb of a that-clause
 * complementing another trigger of the group, the complement's trigger (with its own subject)
 * describes the event.
 */
function complementFirst(tokens: Token[], hits: TriggerHit[]): TriggerHit[] {
  const inner = hits.filter((h) => hits.some((v) => v !== h && v.form.pos !== 'noun' && v.last < h.first
    && tokens[v.last + 1]?.lower === 'that' && h.first - v.last <= 10
    && tokens.slice(v.last + 2, h.first).every((t) => t.isWord)));
  return inner.length === 0 ? hits : [...inner, ...hits.filter((h) => !inner.includes(h))];
}

function buildEvent(env: SentenceEnv, hits: TriggerHit[], dates: DateMention[], single: boolean, res: Resources): { event: ExtractedEvent; hit: TriggerHit } {
  hits = complementFirst(env.s.tokens, hits);
  const withActor = hits.map((h) => ({ h, p: participantsFor(env, h) })).find((x) => x.p.some((p) => p.role === 'ACTOR'));
  const hit = withActor?.h ?? (hits[0] as TriggerHit);
  let participants = withActor?.p ?? participantsFor(env, hit);
  // "summoned the envoy, accusing Belarus of ...": one event, so another trigger of it may name the target
  if (hits.length > 1 && !participants.some((p) => p.role === 'TARGET')) {
    const actors = new Set(participants.filter((p) => p.role === 'ACTOR').map((p) => p.entityKey));
    for (const h of hits) {
      if (h === hit || h.form.pos === 'noun' || h.passive) continue;
      const targets = participantsFor(env, h).filter((p) => p.role === 'TARGET' && !actors.has(p.entityKey));
      if (targets.length > 0) {
        participants = [...participants, ...targets];
        break;
      }
    }
  }
  const locationKey = locationFor(env, hit, participants);
  const count = countFor(env, hit, dates, res);
  const date = nearestDate(dates, env, hit, single);
  const { killed, injured } = casualties(env.s.sentence.text);
  const s = env.s.sentence;
  const confidence = 0.45 + (participants.some((p) => p.role === 'ACTOR') ? 0.2 : 0) + (participants.some((p) => p.role === 'TARGET') ? 0.1 : 0)
    + (locationKey ? 0.05 : 0) + (hit.form.pos === 'noun' ? 0 : 0.05);
  const event: ExtractedEvent = {
    type: hit.type,
    summary: summaryFor(env, hit, participants, locationKey),
    evidence: { field: s.field, start: s.start, end: s.end, text: s.text },
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    count: count?.value ?? null,
    countQualifier: count?.qualifier ?? null,
    killed,
    injured,
    modality: modalityAt(env.s.tokens, hit.first, env.clauses, res.events),
    attribution: env.attribution?.text ?? null,
    locationKey,
    participants,
    confidence: Math.round(Math.min(0.9, confidence) * 100) / 100,
  };
  return { event, hit };
}

/** Verbs whose object noun names the event, not a new one: "hosts the summit" is the summit. */
const NEEDS_OBJECT = new Set(['host']);

/**
 * "condemned the attack", "welcomed the package", "threatened to veto sanctions": a noun trigger
 * that is the object of a verb trigger of another type is what the verb is about, not a new
 * event. Returns the verb hits with the type of the noun they take as object.
 */
const REACTION_TYPES = new Set<PloverType>(['DISAPPROVE', 'PROTEST', 'REJECT', 'SUPPORT', 'DEMAND']);

/** "... over the water cannon attack", "... about the strikes": the noun is introduced as a reason. */
function reasonNoun(tokens: Token[], verbLast: number, nounFirst: number): boolean {
  let k = nounFirst - 1;
  while (k > verbLast && (tokens[k] as Token).isWord && !(tokens[k] as Token).isCap && !/^(?:over|about|against|for|the|a|an)$/.test((tokens[k] as Token).lower)) k -= 1;
  if ((tokens[k] as Token | undefined)?.lower && /^(?:the|a|an)$/.test((tokens[k] as Token).lower)) k -= 1;
  return /^(?:over|about|against)$/.test(tokens[k]?.lower ?? '') && tokens.slice(verbLast + 1, k).every((t) => t.isWord || t.text === '-');
}

function objectNouns(tokens: Token[], hits: TriggerHit[], clauses: number[]): Map<TriggerHit, TriggerHit> {
  const out = new Map<TriggerHit, TriggerHit>();
  for (const noun of hits) {
    const reason = (v: TriggerHit) => v !== noun && v.type !== noun.type && REACTION_TYPES.has(v.type) && v.form.pos !== 'noun' && v.last < noun.first
      && noun.first - v.last <= 10 && reasonNoun(tokens, v.last, noun.first);
    if (noun.form.pos !== 'noun') {
      // "over the water cannon attack" reads "attack" as a verb form; after "over the" it is the noun
      const v = hits.find(reason);
      if (v) out.set(v, noun);
      continue;
    }
    const verb = hits.find((v) => v !== noun && v.type !== noun.type && v.form.pos !== 'noun' && v.last < noun.first
      && noun.first - v.last <= 4 && clauses[v.last] === clauses[noun.first]
      && tokens.slice(v.last + 1, noun.first).every((t) => t.isWord && !t.isCap))
      // "protested to China over the water cannon attack": the reason of a reaction is its object too
      ?? hits.find(reason);
    if (verb) out.set(verb, noun);
  }
  return out;
}

/** "threatened to veto", "refused to sign": the complement is the content of the threat/refusal. */
const COMPLEMENT_TAKERS = new Set<PloverType>(['THREATEN', 'REJECT']);

function complements(tokens: Token[], hits: TriggerHit[], clauses: number[]): Set<TriggerHit> {
  const out = new Set<TriggerHit>();
  for (const h of hits) {
    if (h.form.pos === 'noun') {
      // "urged Rome to stop the detentions": the object of the demanded action is no new event
      if (hits.some((v) => v !== h && v.type === 'DEMAND' && v.form.pos !== 'noun' && v.last < h.first && h.first - v.last <= 10
        && demandedObject(tokens, v.last, h.first))) out.add(h);
      continue;
    }
    if (tokens[h.first - 1]?.lower === 'to'
      && hits.some((v) => v !== h && COMPLEMENT_TAKERS.has(v.type) && v.form.pos === 'verb' && v.last === h.first - 2)) out.add(h);
    // "demanded that Kinshasa disarm the militias", "urged Rome to stop detentions": what is demanded is no event yet
    else if (hits.some((v) => v !== h && v.type === 'DEMAND' && v.form.pos === 'verb' && v.last < h.first && h.first - v.last <= 8
      && isDemandedAction(tokens, v, h, clauses))) out.add(h);
  }
  return out;
}

/** "... to stop the detentions": between the demand and the noun, "to", a plain verb and at most a determiner and two modifiers. */
function demandedObject(tokens: Token[], verbLast: number, nounFirst: number): boolean {
  const between = tokens.slice(verbLast + 1, nounFirst);
  if (between.some((t) => /^[,;:.—–()"“”]$/.test(t.text))) return false;
  const to = between.map((t) => t.lower).lastIndexOf('to');
  const verb = between[to + 1];
  return to >= 0 && !!verb && verb.isWord && !verb.isCap && between.length - to - 2 <= 3 && between.slice(to + 2).every((t) => t.isWord && !t.isCap);
}

/** The verb h is the bare or to-infinitive of what v demands: "demand that X disarm", "urged X to stop". */
function isDemandedAction(tokens: Token[], v: TriggerHit, h: TriggerHit, clauses: number[]): boolean {
  const between = tokens.slice(v.last + 1, h.first);
  if (between.some((t) => t.text === ',' || t.text === ';' || t.text === '.')) return false;
  const head = tokens[h.first] as Token;
  const bare = head.lower === h.form.lemma.split(' ')[0];
  if (tokens[h.first - 1]?.lower === 'to') return true;
  return between[0]?.lower === 'that' && bare && clauses[h.first] !== undefined;
}

interface ArticleState {
  discourse: DiscourseState;
  meta: Map<ExtractedEvent, EventMeta>;
  events: ExtractedEvent[];
  /** Head noun → type of the article's multi-word noun triggers so far ("package" → SANCTION). */
  heads: Map<string, PloverType>;
}

function sentenceEvents(
  s: AnalyzedSentence, built: BuiltEntities, relations: ExtractedRelation[], res: Resources, ctx: EventContext, st: ArticleState, passive: Set<ExtractedEvent>,
): ExtractedEvent[] {
  const quoted = quotedTokens(s.tokens);
  const found = findTriggers(s.tokens, s.mentions, res.events).filter((h) => !suppressed(s.tokens, h, res) && !(quoted.has(h.first) && RHETORICAL.has(h.type)));
  if (found.length === 0) return [];
  // "Drone strikes ... killed 12": the killing is the casualty count of the strike, not another event.
  const hasOtherViolence = found.some((h) => VIOLENT.has(h.type) && h.form.lemma !== 'kill');
  const clauses = clauseIds(s.tokens);
  const objects = objectNouns(s.tokens, found, clauses);
  const objectOf = new Set(objects.values());
  const complement = complements(s.tokens, found, clauses);
  const hits = found.filter((h) => !(hasOtherViolence && h.form.lemma === 'kill') && !objectOf.has(h) && !complement.has(h)
    && !(NEEDS_OBJECT.has(h.form.lemma) && !objects.has(h) && !s.mentions.some((m) => m.first > h.last && m.first <= h.last + 4)));
  if (hits.length === 0) return [];
  const attribution = findAttribution(s.sentence.text, s.sentence.start, s.tokens, s.mentions, res.events, ctx.text);
  const extra = pseudoMentions(s, st.discourse, built, attribution, relations);
  const sentence = extra.mentions.length === 0 ? s : { ...s, mentions: [...s.mentions, ...extra.mentions].sort((a, b) => a.first - b.first) };
  const env: SentenceEnv = { s: sentence, clauses, built, relations, lex: res.events, attribution, pseudoKeys: extra.keys };
  const dates = findDates(s.sentence.text, ctx.publishedAt).map((d) => ({ ...d, start: d.start + s.sentence.start, end: d.end + s.sentence.start }));
  const byType = new Map<PloverType, TriggerHit[]>();
  for (const h of hits) byType.set(h.type, [...(byType.get(h.type) ?? []), h]);
  return [...byType.values()].flatMap((g) => splitByActor(env, g)).map((group) => {
    const { event: e, hit } = buildEvent(env, group, dates, byType.size === 1, res);
    if (hit.passive) passive.add(e);
    const definiteNoun = group.every((h) => isDefiniteNoun(s.tokens, h.first, h.form.pos));
    const opener = group.reduce((a, b) => (b.first < a.first ? b : a));
    const subjectNoun = isDefiniteNoun(s.tokens, opener.first, opener.form.pos)
      && s.tokens.slice(0, opener.first).every((t) => !t.isWord || /^(?:the|this|that|its|their)$/.test(t.lower));
    st.meta.set(e, { sentence: s.sentence.index, definiteNoun, subjectNoun });
    const noun = objects.get(hit);
    if (noun && (VIOLENT.has(noun.type) || REACTIONS.has(hit.type))) referTarget(e, hit, noun.type, st, env, VIOLENT.has(noun.type));
    else if (!noun && REACTIONS.has(hit.type)) {
      const type = anaphoricObject(s.tokens, hit, st);
      if (type) referTarget(e, hit, type, st, env, false);
    }
    return e;
  });
}

/**
 * "Spain sent two water bombers, and Italy dispatched two more": verb triggers of one type in
 * different clauses, each with its own subject and no actor in common, are separate events.
 */
function splitByActor(env: SentenceEnv, group: TriggerHit[]): TriggerHit[][] {
  if (group.filter((h) => h.form.pos !== 'noun').length < 2) return [group];
  const out: Array<{ hits: TriggerHit[]; actors: Set<string>; clause: number }> = [];
  for (const h of group) {
    const actors = new Set(participantsFor(env, h).filter((p) => p.role === 'ACTOR').map((p) => p.entityKey));
    const current = out[out.length - 1];
    const own = h.form.pos !== 'noun' && !h.passive && actors.size > 0 && coordinateSubject(env, h, actors);
    if (current && !(own && current.actors.size > 0 && env.clauses[h.first] !== current.clause && [...actors].every((k) => !current.actors.has(k)))) {
      current.hits.push(h);
      if (current.actors.size === 0) for (const k of actors) current.actors.add(k);
      continue;
    }
    out.push({ hits: [h], actors, clause: env.clauses[h.first] ?? 0 });
  }
  return out.map((x) => x.hits);
}

/** "..., and Italy dispatched": the actor is named right before the verb, at the start of a coordinate clause. */
function coordinateSubject(env: SentenceEnv, h: TriggerHit, actors: Set<string>): boolean {
  const { tokens } = env.s;
  const subject = env.s.mentions.filter((m) => m.last < h.first && h.first - m.last <= 3 && actors.has(env.pseudoKeys?.get(m)?.[0] ?? env.built.keyOf.get(m) ?? '')).pop();
  if (!subject || tokens.slice(subject.last + 1, h.first).some((t) => !t.isWord || t.isCap)) return false;
  let b = subject.first - 1;
  if (tokens[b]?.lower === 'the') b -= 1;
  return /^(?:and|but|while|whereas|;)$/.test(tokens[b]?.lower ?? '');
}

/** Verb types whose object noun is an earlier event: "did not block the package", "welcomed the deal". */
const REACTIONS = new Set<PloverType>(['REJECT', 'DISAPPROVE', 'SUPPORT', 'THREATEN']);

/**
 * "X condemned the attack", "Y did not block the package": the target is the agent of the
 * earlier event the noun refers to: among earlier events of that type with an actor other than
 * the reacting one, the actor named most often (ties: the earliest, usually the lead event).
 * For violent nouns the culprit replaces any target found in the sentence; otherwise it only
 * fills a missing target.
 */
function referTarget(e: ExtractedEvent, hit: TriggerHit, type: PloverType, st: ArticleState, env: SentenceEnv, override: boolean): void {
  if (!override && e.participants.some((p) => p.role === 'TARGET')) return;
  const actors = new Set(e.participants.filter((p) => p.role === 'ACTOR').map((p) => p.entityKey));
  const counts = new Map<string, number>();
  for (const p of st.events) {
    if (!(p.type === type || (VIOLENT.has(p.type) && VIOLENT.has(type)))) continue;
    const culprits = p.participants.filter((x) => x.role === 'ACTOR' && !actors.has(x.entityKey));
    for (const c of culprits) counts.set(c.entityKey, (counts.get(c.entityKey) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [key, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = key;
  if (best === null) return;
  e.participants = [...e.participants.filter((p) => p.role !== 'TARGET'), { entityKey: best, role: 'TARGET' as const }];
  e.summary = summaryFor(env, hit, e.participants, e.locationKey);
}

const DEFINITE_OBJECT = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * "did not block the package" after "a sanctions package": a definite object whose noun is the
 * head of an earlier noun trigger names that earlier event. Returns the event type, or null.
 */
function anaphoricObject(tokens: Token[], hit: TriggerHit, st: ArticleState): PloverType | null {
  if (hit.form.pos === 'noun' || !DEFINITE_OBJECT.has(tokens[hit.last + 1]?.lower ?? '')) return null;
  const noun = tokens[hit.last + 2];
  if (!noun?.isWord || noun.isCap) return null;
  return st.heads.get(noun.lower) ?? null;
}

/**
 * Remember the head nouns of noun phrases that name an event: multi-word noun triggers
 * ("sanctions package" → "package") and "<noun> of <trigger>" ("a package of sanctions").
 */
function rememberHeads(s: AnalyzedSentence, res: Resources, st: ArticleState): void {
  for (const h of findTriggers(s.tokens, s.mentions, res.events)) {
    const head = h.form.pos === 'noun' && h.last > h.first ? s.tokens[h.last] : undefined;
    if (head?.isWord && !head.isCap) st.heads.set(head.lower, h.type);
    const of = s.tokens[h.first - 1];
    const before = s.tokens[h.first - 2];
    if (of?.lower === 'of' && before?.isWord && !before.isCap && !before.isNumber && before.lower.length > 2) st.heads.set(before.lower, h.type);
  }
}

export function extractEvents(sentences: AnalyzedSentence[], built: BuiltEntities, relations: ExtractedRelation[], res: Resources, ctx: EventContext): ExtractedEvent[] {
  const st: ArticleState = { discourse: initialDiscourse(built, ctx.text), meta: new Map(), events: [], heads: new Map() };
  const passive = new Set<ExtractedEvent>();
  for (const s of sentences) {
    const events = sentenceEvents(s, built, relations, res, ctx, st, passive);
    rememberHeads(s, res, st);
    st.events.push(...events);
    claimResponsibility(s, built, st.events);
    advanceDiscourse(st.discourse, s, built, events);
  }
  const merged = mergeEvents(st.events, st.meta);
  if (st.discourse.homeCountry) for (const e of merged) implicitState(e, st.discourse.homeCountry, passive.has(e), built);
  return merged;
}

const CLAIM_VERBS = new Set(['claimed', 'claims', 'claiming', 'claim', 'admitted', 'acknowledged']);

/**
 * "The BLA claimed responsibility": the claimant is the perpetrator of the latest violent event,
 * and the claim itself is no new violence: events of the sentence that describe the claimed
 * attack merge into it.
 */
function claimResponsibility(s: AnalyzedSentence, built: BuiltEntities, events: ExtractedEvent[]): void {
  const { tokens } = s;
  const at = tokens.findIndex((t, i) => CLAIM_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'responsibility');
  if (at < 0) return;
  const claimant = s.mentions.filter((m) => m.last < at && built.keyOf.has(m))
    .map((m) => built.keyOf.get(m) as string)
    .filter((k) => built.byKey.get(k)?.type !== 'LOCATION').pop();
  if (!claimant) return;
  const inSentence = (e: ExtractedEvent) => e.evidence.field === s.sentence.field && e.evidence.start === s.sentence.start;
  const violent = events.filter((e) => VIOLENT.has(e.type));
  const target = [...violent].reverse().find((e) => !inSentence(e)) ?? violent.find(inSentence);
  if (!target) return;
  target.participants = [{ entityKey: claimant, role: 'ACTOR' }, ...target.participants.filter((p) => p.role !== 'ACTOR' && p.entityKey !== claimant)];
  for (let k = events.length - 1; k >= 0; k -= 1) {
    const e = events[k] as ExtractedEvent;
    if (e !== target && inSentence(e) && VIOLENT.has(e.type)) events.splice(k, 1);
  }
}

/** Types whose unnamed other party is, in news, the government of the country the story is about. */
const GOVERNMENT_TARGETED = new Set<PloverType>(['PROTEST', 'AID', 'DEMAND']);

/**
 * Roles the text leaves to the state, as CAMEO coders fill them: "12 protesters were detained"
 * (by the state's police), a protest or strike with no named target (against the government),
 * aid or a demand from abroad with no named recipient (to the country the story is about).
 */
function implicitState(e: ExtractedEvent, home: string, passive: boolean, built: BuiltEntities): void {
  const actors = e.participants.filter((p) => p.role === 'ACTOR').map((p) => p.entityKey);
  const hasTarget = e.participants.some((p) => p.role === 'TARGET');
  if (e.type === 'COERCE' && passive && actors.length === 0) {
    e.participants = [{ entityKey: home, role: 'ACTOR' }, ...e.participants];
    return;
  }
  if (!GOVERNMENT_TARGETED.has(e.type) || hasTarget || actors.includes(home)) return;
  // unnamed protesters still protest against someone; unnamed donors or demanders are left alone
  if (actors.length === 0 && e.type !== 'PROTEST') return;
  const homeCode = built.byKey.get(home)?.place?.countryCode;
  // a domestic body asking or giving something is not addressing its own government by default
  if (e.type !== 'PROTEST' && actors.some((k) => isDomestic(built, k, homeCode))) return;
  e.participants = [...e.participants, { entityKey: home, role: 'TARGET' }];
}

/** An actor known to belong to the home country: a place in it, or a name carrying its demonym or name. */
function isDomestic(built: BuiltEntities, key: string, homeCode: string | null | undefined): boolean {
  const e = built.byKey.get(key);
  if (!e || !homeCode) return false;
  if (e.place) return e.place.countryCode === homeCode;
  const country = built.entities.find((c) => c.place?.featureType === 'COUNTRY' && c.place.countryCode === homeCode);
  const words = new Set([country?.name, ...(country?.aliases ?? [])].filter((w): w is string => !!w).map((w) => w.toLowerCase()));
  return [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/\s+/).some((w) => words.has(w)));
}
