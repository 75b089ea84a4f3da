/**
 * Sentence-level PLOVER event extraction: triggers from the lexicon, one event per
 * (sentence, type) with the triggers of that type merged; participants, location, count,
 * casualties, modality, attribution and date; the evidence span is the sentence.
 */
import type { ExtractedEvent, ExtractedRelation, PloverType } from './types';
import { findAttribution } from './attribution';
import { advanceDiscourse, initialDiscourse, pseudoMentions } from './discourse';
import { isDefiniteNoun, mergeEvents } from './event-merging';
import { clauseIds } from './clauses';
import { findDates, type DateMention } from './dates';
import type { BuiltEntities } from './entity-builder';
import { keysInRole, locationFor, participantsFor, type SentenceEnv } from './event-participants';
import { attributedSpeaker, relativeClauseSubject } from './event-subjects';
import { entityOf, keyOf } from './sentence-env';
import type { AnalyzedSentence, RawMention } from './mention-detection';
import { modalityAt } from './modality';
import { casualties, findCounts, type CountMention } from './quantities';
import type { Resources } from './resources';
import type { Token } from './tokens';
import { findTriggers, type TriggerHit } from './triggers';
import { QUOTE_MARKS } from './trigger-constructions';
import { NEEDS_OBJECT, commandsToForces, complementFirst, complements, objectNouns } from './trigger-relations';
import { captorAsTarget, claimResponsibility, implicitState, strikeLocationTarget } from './implied-roles';
import { summaryFor } from './event-summary';
import { PENALISING, REACTIONS, actNounTarget, anaphoricObject, referTarget, refusalTarget, rememberHeads, rulingTarget, appealTarget, settleReactions, courthouseTarget, type ArticleState } from './reaction-targets';

export interface EventContext {
  text: string;
  publishedAt: Date;
  /** Length of the body's dateline (datelineLength in geocoding.ts), 0 when it has none. */
  dateline?: number;
}

const VIOLENT = new Set<PloverType>(['ASSAULT', 'FIGHT']);
/** Judgements whose grammatical subject may be the act judged: "the raid raises serious questions". */
const JUDGEMENTS = new Set<PloverType>(['DISAPPROVE', 'SUPPORT', 'REJECT']);
/** Verbs whose object noun is the act itself, done on their subject's authority. */
const ORDERING = new Set(['order', 'authorise', 'authorize', 'approve']);

/** A body of a state: an organization PART_OF a country, or named through one ("Libya's Department for Combating Illegal Migration"). */
function stateBody(env: SentenceEnv, m: RawMention, key: string): boolean {
  if (env.built.byKey.get(key)?.type !== 'ORGANIZATION') return false;
  if (env.relations.some((r) => r.subjectKey === key && r.predicate === 'PART_OF' && env.built.byKey.get(r.objectKey)?.place?.featureType === 'COUNTRY')) return true;
  const { tokens } = env.s;
  return env.s.mentions.some((x) => (x.ref?.kind === 'country' && x.last === m.first - 2 && /^['’]s$/.test(tokens[x.last + 1]?.text ?? ''))
    || (x.ref?.kind === 'demonym' && x.last === m.first - 1));
}

/**
 * "An earthquake killed 12": natural hazards and accidents are not PLOVER events. A hazard word
 * right before a violence trigger suppresses it; for "kill" anywhere earlier in the sentence.
 */
function suppressed(tokens: Token[], mentions: RawMention[], hit: TriggerHit, res: Resources): boolean {
  if (!VIOLENT.has(hit.type)) return false;
  // "to the family of each person killed", "relatives of those killed": the dead named as a group, no act reported
  if (hit.form.pos === 'verb' && /^(?:person|people|those|victims)$/.test(tokens[hit.first - 1]?.lower ?? '')
    && /^(?:each|every|of|all)$/.test(tokens[hit.first - 2]?.lower ?? '')) return true;
  // "Rivers burst their banks ..., killing 12": a death toll in a sentence about a hazard.
  const reach = hit.form.lemma === 'kill' ? hit.first : 4;
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - reach; k -= 1) {
    if (res.events.suppressors.has((tokens[k] as Token).lower) && !gunfire(tokens, k, mentions)) return true;
  }
  return false;
}

const WEAPON_FIRE = new Set(['artillery', 'mortar', 'sniper', 'tank', 'gun', 'rocket', 'machine-gun', 'small-arms', 'enemy', 'hostile', 'cross', 'return', 'heavy', 'automatic']);

/** "Kyrgyz fire killed five", "artillery fire hit the town": fire from a side or a weapon is gunfire, no blaze. */
function gunfire(tokens: Token[], k: number, mentions: RawMention[]): boolean {
  if ((tokens[k] as Token).lower !== 'fire') return false;
  const prev = tokens[k - 1];
  return !!prev && (WEAPON_FIRE.has(prev.lower) || mentions.some((m) => m.last === k - 1 && m.ref?.kind === 'demonym'));
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

/** A trigger opening a relative clause: "fighters who attacked", "the group that had bombed". */
function inRelativeClause(tokens: Token[], h: TriggerHit): boolean {
  const rel = (t: Token | undefined) => /^(?:who|which|that)$/.test(t?.lower ?? '');
  return rel(tokens[h.first - 1]) || (rel(tokens[h.first - 2]) && /ly$|^(?:had|have|has|also)$/.test(tokens[h.first - 1]?.lower ?? ''));
}

/** The count candidates of a sentence (by its token array), found once for all its events. */
const sentenceCounts = new WeakMap<Token[], CountMention[]>();

function countFor(env: SentenceEnv, hit: TriggerHit, dates: DateMention[], res: Resources) {
  let all = sentenceCounts.get(env.s.tokens);
  if (!all) {
    const inDate = (t: Token) => dates.some((d) => t.start >= d.start && t.end <= d.end) || env.s.tokens[env.s.tokens.indexOf(t) + 1]?.text === '-';
    all = findCounts(env.s.tokens, res.events, inDate);
    sentenceCounts.set(env.s.tokens, all);
  }
  const clause = env.clauses[hit.first];
  const counts = all.filter((c) => env.clauses[c.tokenIndex] === clause);
  return counts.reduce<(typeof counts)[number] | null>((best, c) => (!best || Math.abs(c.tokenIndex - hit.first) < Math.abs(best.tokenIndex - hit.first) ? c : best), null);
}

function buildEvent(env: SentenceEnv, hits: TriggerHit[], dates: DateMention[], single: boolean, res: Resources): { event: ExtractedEvent; hit: TriggerHit } {
  hits = complementFirst(env.s.tokens, hits);
  let withActor = hits.map((h) => ({ h, p: participantsFor(env, h) })).find((x) => x.p.some((p) => p.role === 'ACTOR'));
  // "Russia's ambassador was summoned ... and handed a protest note": the passive predicate says who was acted on;
  // a noun of the same act whose actor is that patient reads the possessor wrongly
  const passiveHit = hits.find((h) => (h.passive && h.form.pos !== 'noun') || / summoned$/.test(h.form.lemma));
  if (withActor && passiveHit && withActor.h !== passiveHit) {
    const pp = participantsFor(env, passiveHit);
    const patient = new Set(keysInRole(pp, 'TARGET'));
    if (withActor.p.some((p) => p.role === 'ACTOR' && patient.has(p.entityKey))) withActor = { h: passiveHit, p: pp };
  }
  const hit = withActor?.h ?? (hits[0] as TriggerHit);
  let participants = withActor?.p ?? participantsFor(env, hit);
  // "summoned the envoy, accusing Belarus of ...": one event, so another trigger of it may name the target
  if (hits.length > 1 && !participants.some((p) => p.role === 'TARGET')) {
    const actors = new Set(keysInRole(participants, 'ACTOR'));
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
    modality: hit.ruledOut ? 'HYPOTHETICAL' : modalityAt(env.s.tokens, hit.first, env.clauses, res.events),
    attribution: env.attribution?.text ?? null,
    locationKey,
    participants,
    confidence: Math.round(Math.min(0.9, confidence) * 100) / 100,
  };
  return { event, hit };
}

function sentenceEvents(
  s: AnalyzedSentence, triggers: TriggerHit[], built: BuiltEntities, relations: ExtractedRelation[], res: Resources, ctx: EventContext, st: ArticleState, passive: Set<ExtractedEvent>,
): ExtractedEvent[] {
  const quoted = quotedTokens(s.tokens);
  const found: TriggerHit[] = triggers.filter((h) => !suppressed(s.tokens, s.mentions, h, res) && !(quoted.has(h.first) && RHETORICAL.has(h.type)));
  if (found.length === 0) return [];
  // "Drone strikes ... killed 12": the killing is the casualty count of the strike, not another event.
  // ("soldiers killed eight fighters who attacked a police post": violence in a relative clause is another event, told as background)
  const hasOtherViolence = found.some((h) => VIOLENT.has(h.type) && h.form.lemma !== 'kill' && !inRelativeClause(s.tokens, h));
  const clauses = clauseIds(s.tokens);
  ruledOut(found, s.tokens, clauses, res);
  const objects = objectNouns(s.tokens, found, clauses);
  // "ordered the deployment of troops", "approved the expulsion of ...": ordering an act is that act, by whoever orders it
  // "ordered troops to retake the town": the same for an order to one's own forces (the order maps to the act)
  const toForces = commandsToForces(s.tokens, found);
  const commands = new Map([...objects].filter(([v, n]) => ORDERING.has(v.form.lemma) && n.form.pos === 'noun' && /^(?:the|a|an|its|their)$/.test(s.tokens[n.first - 1]?.lower ?? '')));
  for (const [v, act] of toForces) commands.set(v, act);
  const ordering = new Set(commands.keys());
  for (const v of ordering) objects.delete(v);
  const objectOf = new Set(objects.values());
  // "said the raid \"raises serious questions\"": a definite act noun that is the subject of a judgement is the act judged, no new one
  for (const v of found) {
    if (v.form.pos === 'noun' || !JUDGEMENTS.has(v.type)) continue;
    let k = v.first - 1;
    while (k >= 0 && QUOTE_MARKS.has((s.tokens[k] as Token).text)) k -= 1;
    const subject = found.find((n) => n !== v && n.last === k && n.type !== v.type && isDefiniteNoun(s.tokens, n.first, n.form.pos));
    if (subject) objectOf.add(subject);
  }
  // 'The EU said the suspension "further shrinks the space"': a definite act noun right after a speech verb names an act the
  // article has reported, no new act of the speaker's
  for (const n of found) {
    if (n.form.pos !== 'noun' || !/^(?:the|this|that)$/.test(s.tokens[n.first - 1]?.lower ?? '')) continue;
    const k = s.tokens[n.first - 2]?.lower === 'that' ? n.first - 3 : n.first - 2;
    if (!SAYING.test(s.tokens[k]?.lower ?? '')) continue;
    // ("The union said the strike would go on": a speaker's own act is still reported)
    const speaker = [...s.mentions].reverse().find((m) => m.last < k);
    const speakerKey = speaker ? built.keyOf.get(speaker) : undefined;
    const earlier = st.events.filter((p) => p.type === n.type || (PENALISING.has(p.type) && PENALISING.has(n.type)));
    if (earlier.length > 0 && !!speakerKey && !earlier.some((p) => p.participants.some((x) => x.role === 'ACTOR' && x.entityKey === speakerKey))) objectOf.add(n);
  }
  const complement = complements(s.tokens, found, clauses, toForces);
  const background = backgroundSpan(s.tokens, found);
  const hits = found.filter((h) => !(hasOtherViolence && h.form.lemma === 'kill') && !objectOf.has(h) && !ordering.has(h) && !complement.has(h)
    && !(background && h.first >= background[0] && h.first <= background[1]) && !circumstantial(s.tokens, h, found)
    && !(NEEDS_OBJECT.has(h.form.lemma) && !objects.has(h) && !s.mentions.some((m) => m.first > h.last && m.first <= h.last + 4)));
  if (hits.length === 0) return [];
  const attribution = findAttribution(s.sentence.text, s.sentence.start, s.tokens, s.mentions, res.events, ctx.text);
  const extra = pseudoMentions(s, st.discourse, built, attribution, relations);
  const sentence = extra.mentions.length === 0 ? s : { ...s, mentions: [...s.mentions, ...extra.mentions].sort((a, b) => a.first - b.first) };
  const env: SentenceEnv = { s: sentence, clauses, built, relations, lex: res.events, attribution, pseudoKeys: extra.keys };
  const dates = findDates(s.sentence.text, ctx.publishedAt).map((d) => ({ ...d, start: d.start + s.sentence.start, end: d.end + s.sentence.start }));
  const byType = new Map<PloverType, TriggerHit[]>();
  for (const h of hits) byType.set(h.type, [...(byType.get(h.type) ?? []), h]);
  const extraEvents: ExtractedEvent[] = [];
  const acts: Array<{ e: ExtractedEvent; hit: TriggerHit }> = [];
  const eventOf = new Map<TriggerHit, ExtractedEvent>();
  const built1 = [...byType.values()].flatMap((g) => splitByActor(env, g)).map((group) => {
    const { event: e, hit } = buildEvent(env, group, dates, byType.size === 1, res);
    for (const h of group) eventOf.set(h, e);
    if (hit.passive) passive.add(e);
    const definiteNoun = group.every((h) => isDefiniteNoun(s.tokens, h.first, h.form.pos));
    const opener = group.reduce((a, b) => (b.first < a.first ? b : a));
    const subjectNoun = isDefiniteNoun(s.tokens, opener.first, opener.form.pos)
      && s.tokens.slice(0, opener.first).every((t) => !t.isWord || /^(?:the|this|that|its|their)$/.test(t.lower));
    st.meta.set(e, { sentence: s.sentence.index, definiteNoun, subjectNoun });
    const gapped = hit.passive ? gappedRepeat(env, hit, e) : hit.form.pos !== 'noun' ? gappedSubject(env, hit, e) : null;
    if (gapped) {
      if (hit.passive) passive.add(gapped);
      st.meta.set(gapped, { sentence: s.sentence.index, definiteNoun: false, subjectNoun: false });
      extraEvents.push(gapped);
    }
    const noun = objects.get(hit);
    if (REACTIONS.has(hit.type) && rulingTarget(e, hit, env, st)) {
      // "welcomed the ruling", 'called the ruling "a dark day"': the court's ruling, whatever else the sentence names
    } else if (noun && (VIOLENT.has(noun.type) || REACTIONS.has(hit.type))) {
      // an object noun no earlier event of its kind answers may still name an act by its own word
      if (!referTarget(e, hit, noun.type, st, env, VIOLENT.has(noun.type)) && REACTIONS.has(hit.type)) acts.push({ e, hit });
    } else if (!noun && REACTIONS.has(hit.type)) {
      const type = anaphoricObject(s.tokens, hit, st);
      if (type) referTarget(e, hit, type, st, env, false);
      else if (!appealTarget(e, hit, env, st)) acts.push({ e, hit });
    }
    return e;
  });
  // "Washington imposed tariffs ..., a move that Indian officials called unfair": the sentence's own earlier acts count too
  for (const { e, hit } of acts) actNounTarget(e, hit, env, st, eventOf);
  // "..., prompting Beijing to vow 'all necessary measures'", "forcing the authorities to suspend the campaign": a response the
  // main clause's act provokes is aimed at that act's author
  for (const [hit, e] of eventOf) {
    if (e.participants.some((p) => p.role === 'TARGET')) continue;
    const from = Math.max(0, hit.first - 8);
    const at = s.tokens.slice(from, hit.first).findIndex((t) => PROVOKING.test(t.lower));
    if (at < 0) continue;
    const provoking = from + at;
    // ("prompting Beijing to vow 'all necessary measures'": the provoked act follows "to", its trigger perhaps later)
    if (!s.tokens.slice(provoking + 1, hit.first).some((t) => t.lower === 'to') || s.tokens.slice(provoking + 1, hit.first).some((t) => CLAUSE_END.test(t.text))) continue;
    const own = new Set(keysInRole(e.participants, 'ACTOR'));
    const cause = [...eventOf].find(([h, x]) => h.last < provoking && x !== e && keysInRole(x.participants, 'ACTOR').some((k) => !own.has(k)))?.[1];
    const authors = cause ? keysInRole(cause.participants, 'ACTOR').filter((k) => !own.has(k)) : [];
    if (authors.length === 0 || own.size === 0) continue;
    e.participants = [...e.participants, ...authors.map((entityKey) => ({ entityKey, role: 'TARGET' as const }))];
    e.summary = summaryFor(env, hit, e.participants, e.locationKey);
  }
  for (const [hit, e] of eventOf) refusalTarget(e, hit, env, st);
  for (const [hit, e] of eventOf) courthouseTarget(e, hit, env, st);
  // "... marched on parliament. Police fired tear gas and arrested 11 people": policing a protest just reported is aimed at its marchers
  const marchers = st.discourse.lastProtesters;
  if (marchers && st.discourse.lastProtestSentence !== undefined && s.sentence.index - st.discourse.lastProtestSentence <= 2) {
    // ("Police cut the chains of six activists ... and held them": the protesters named as those acted on)
    const onProtesters = PROTESTER_WORDS.test(s.sentence.text.toLowerCase());
    for (const [hit, e] of eventOf) {
      if (e.type !== 'COERCE' || e.participants.some((p) => p.role === 'TARGET') || !e.participants.some((p) => p.role === 'ACTOR') || !(POLICING.test(e.summary) || onProtesters)) continue;
      const actors = new Set(keysInRole(e.participants, 'ACTOR'));
      e.participants = [...e.participants, ...marchers.filter((k) => !actors.has(k)).map((entityKey) => ({ entityKey, role: 'TARGET' as const }))];
      e.summary = summaryFor(env, hit, e.participants, e.locationKey);
    }
  }
  // "Ituri's military governor, Lieutenant General X, imposed a curfew ... and banned motorcycle taxis": a verb coordinated
  // with an earlier one of the sentence shares its actor when it found none of its own, or only a place
  const ordered = [...eventOf].sort((a, b) => a[0].first - b[0].first);
  for (let j = 1; j < ordered.length; j += 1) {
    const [hit, e] = ordered[j]!;
    if (hit.form.pos !== 'verb' || hit.passive || !andBefore(env, hit) || env.clauses[hit.first] !== env.clauses[ordered[j - 1]![0].first]) continue;
    const own = keysInRole(e.participants, 'ACTOR');
    if (own.some((k) => { const a = built.byKey.get(k); return !a?.place || a.place.featureType === 'COUNTRY'; })) continue;
    const prev = keysInRole(ordered[j - 1]![1].participants, 'ACTOR');
    if (prev.length === 0 || prev.every((k) => own.includes(k))) continue;
    e.participants = [...prev.map((entityKey) => ({ entityKey, role: 'ACTOR' as const })), ...e.participants.filter((p) => p.role !== 'ACTOR' && !prev.includes(p.entityKey))];
    e.summary = summaryFor(env, hit, e.participants, e.locationKey);
  }
  // "Police said 29 of those arrested were released on bail": custody no one is said to act in is the speaking force's
  // (or the speaking state body's: "Libya's Department for Combating Illegal Migration said the survivors would be moved to a detention centre")
  const speaker = attribution ? attributedSpeaker(env, attribution) : undefined;
  const speakerKey = speaker ? keyOf(env, speaker) : undefined;
  if (speaker && speakerKey && (speakerKey === st.discourse.police || stateBody(env, speaker, speakerKey))) {
    for (const [hit, e] of eventOf) {
      if ((e.type !== 'COERCE' && e.type !== 'CONCEDE') || e.participants.some((p) => p.role === 'ACTOR')) continue;
      e.participants = [{ entityKey: speakerKey, role: 'ACTOR' }, ...e.participants.filter((p) => p.entityKey !== speakerKey)];
      e.summary = summaryFor(env, hit, e.participants, e.locationKey);
    }
  }
  // "15 fishermen arrested by the navy for poaching", "detained on suspicion of falsifying the records": the crime a
  // penalty is for is the penalised one's, not the penaliser's
  for (const [hit, e] of eventOf) {
    if (e.type !== 'CRIME') continue;
    const lead = s.tokens.slice(Math.max(0, hit.first - 3), hit.first).map((t) => t.lower).join(' ');
    if (!/(?:^|\s)(?:for|suspicion of|charges of|charged with|accused of|suspected of)$/.test(lead)) continue;
    const penalty = [...eventOf].filter(([h, p]) => h.last < hit.first && (p.type === 'COERCE' || p.type === 'SANCTION') && keysInRole(p.participants, 'TARGET').length > 0).pop();
    if (!penalty) continue;
    // ("detained the airline's maintenance manager ... on suspicion of falsifying": the manager's crime, not his employer's)
    const penalised = keysInRole(penalty[1].participants, 'TARGET');
    const people = penalised.filter((k) => env.built.byKey.get(k)?.type === 'PERSON');
    const culprits = people.length > 0 ? people : penalised;
    e.participants = [...culprits.map((entityKey) => ({ entityKey, role: 'ACTOR' as const })),
      ...e.participants.filter((p) => p.role === 'TARGET' && !culprits.includes(p.entityKey) && !keysInRole(penalty[1].participants, 'ACTOR').includes(p.entityKey))];
    e.summary = summaryFor(env, hit, e.participants, e.locationKey);
  }
  // "General X ordered troops to retake the town", "X ordered the arrest of": whoever gives the order is the actor of the act
  for (const [order, act] of commands) {
    const e = eventOf.get(act);
    const actors = participantsFor(env, order).filter((p) => p.role === 'ACTOR');
    if (e && actors.length > 0) e.participants = [...actors, ...e.participants.filter((p) => p.role !== 'ACTOR' && !actors.some((a) => a.entityKey === p.entityKey))];
    // "ordered Ajcip and Chen held": whoever the order names before the act is its target
    if (e && !e.participants.some((p) => p.role === 'TARGET')) {
      const named = [...new Set(env.s.mentions.filter((m) => m.first > order.last && m.last < act.first && entityOf(env, m)?.type === 'PERSON').map((m) => keyOf(env, m)))];
      for (const key of named) if (key && !e.participants.some((p) => p.entityKey === key)) e.participants.push({ entityKey: key, role: 'TARGET' });
    }
  }
  return [...built1, ...extraEvents];
}

/**
 * "had not ruled out deploying its standby force": not ruling an act out is that act as a
 * possibility (the modality cue makes it hypothetical), not a refusal; with no act named ("did not
 * rule out other options") it is a veiled threat. Drops or retypes such hits in place.
 */
function ruledOut(hits: TriggerHit[], tokens: Token[], clauses: number[], res: Resources): void {
  for (let i = hits.length - 1; i >= 0; i -= 1) {
    const h = hits[i] as TriggerHit;
    if (h.form.lemma !== 'rule out' || modalityAt(tokens, h.first, clauses, res.events) !== 'NEGATED') continue;
    const act = hits.some((o) => o !== h && o.first > h.last && o.first <= h.last + 6 && clauses[o.first] === clauses[h.first]);
    if (act) hits.splice(i, 1);
    else hits[i] = { ...h, type: 'THREATEN', ruledOut: true };
  }
}

/**
 * Triggers that only set the scene of another one in the sentence: the rally an attack struck
 * ("killed 15 people at a political rally") and the purpose of a protest ("blocked roads to
 * denounce power cuts") are part of that attack or protest, not events of their own.
 */
function circumstantial(tokens: Token[], h: TriggerHit, found: TriggerHit[]): boolean {
  if (h.type === 'PROTEST' && h.form.pos === 'noun' && found.some((o) => VIOLENT.has(o.type) && o.first < h.first)) {
    let k = h.first - 1;
    while (k >= 0 && (tokens[k] as Token).isWord && !(tokens[k] as Token).isCap && !/^(?:at|during|near|outside)$/.test((tokens[k] as Token).lower) && h.first - k <= 3) k -= 1;
    if (/^(?:at|during|near|outside)$/.test(tokens[k]?.lower ?? '')) return true;
  }
  // "summoned China's ambassador to protest over the incident": the protest is what the summons is for (a diplomatic protest)
  if (h.type === 'PROTEST' && h.form.pos === 'verb' && tokens[h.first - 1]?.lower === 'to' && found.some((o) => /^summon/.test(o.form.lemma) && o.last < h.first)) return true;
  return (h.type === 'DISAPPROVE' || h.type === 'DEMAND') && h.form.pos === 'verb' && tokens[h.first - 1]?.lower === 'to'
    && found.some((o) => o.type === 'PROTEST' && o.last < h.first);
}

const ONSET_VERBS = new Set(['erupted', 'began', 'begun', 'broke', 'started', 'flared', 'escalated']);

/**
 * "The war, which erupted in April 2023 over plans to merge ..., has killed": a definite violent
 * noun whose relative clause tells when it began is the background of the sentence, not a new
 * event; neither it nor any trigger inside that clause is reported. Returns the token range
 * [noun, end of the relative clause], or null.
 */
function backgroundSpan(tokens: Token[], found: TriggerHit[]): [number, number] | null {
  for (const h of found) {
    if (!VIOLENT.has(h.type) || h.form.pos !== 'noun' || !isDefiniteNoun(tokens, h.first, 'noun')) continue;
    let k = h.last + 1;
    if (tokens[k]?.text !== ',' || !/^(?:which|that)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    k += 2;
    if (/^(?:has|had|have|first)$/.test(tokens[k]?.lower ?? '')) k += 1;
    if (!ONSET_VERBS.has(tokens[k]?.lower ?? '')) continue;
    let end = k + 1;
    while (end < tokens.length && !/^[,;—–]$/.test((tokens[end] as Token).text)) end += 1;
    return [h.first, end];
  }
  return null;
}

const GAP_QUANTIFIERS = new Set(['another', 'further', 'more']);

const GAP_OBJECT_OPENERS = /^(?:a|an|the|its|their|another|two|three|four|five|six|several|more|\d[\d,.]*)$/;

/**
 * "The Greek navy had sent a gunboat and a frigate to the area, and Turkey's navy a corvette": a clause
 * repeating the verb's act with the verb left out (", and" + another subject + its object) reports the same
 * kind of act by that subject. Returns the copy, or null.
 */
function gappedSubject(env: SentenceEnv, hit: TriggerHit, e: ExtractedEvent): ExtractedEvent | null {
  const { tokens, mentions } = env.s;
  if (!e.participants.some((p) => p.role === 'ACTOR')) return null;
  for (let k = hit.last + 1; k < tokens.length - 3; k += 1) {
    const t = tokens[k] as Token;
    if (t.lower === ';' || (t.isWord && /^(?:who|which|where|when|after|before|because|said|says|but)$/.test(t.lower))) return null;
    if (t.text !== ',' || tokens[k + 1]?.lower !== 'and') continue;
    const subject = mentions.find((m) => m.first === k + 2);
    if (!subject) return null;
    // "Turkey's navy": the organ named through the country acts
    const organ = /^['’]s$/.test(tokens[subject.last + 1]?.text ?? '') ? mentions.find((m) => m.first === subject.last + 2 && m.organ) : undefined;
    const actor = organ ?? subject;
    const next = tokens[actor.last + 1];
    if (!next || !GAP_OBJECT_OPENERS.test(next.lower)) return null;
    const keys = env.pseudoKeys?.get(actor) ?? [env.built.keyOf.get(actor)].filter((x): x is string => !!x);
    const actors = keys.filter((key) => { const a = env.built.byKey.get(key); return !!a && (a.type !== 'LOCATION' || a.place?.featureType === 'COUNTRY'); });
    if (actors.length === 0 || actors.every((key) => e.participants.some((p) => p.role === 'ACTOR' && p.entityKey === key))) return null;
    const participants = [...actors.map((entityKey) => ({ entityKey, role: 'ACTOR' as const })), ...e.participants.filter((p) => p.role === 'TARGET' && !actors.includes(p.entityKey))];
    const copy: ExtractedEvent = { ...e, participants };
    copy.summary = summaryFor(env, hit, copy.participants, e.locationKey);
    return copy;
  }
  return null;
}

/**
 * "46 people were arrested in X and another 12 in Y": a passive verb whose clause is repeated
 * with the verb left out ("and another N [noun] in <place>") reports a second happening at
 * that place. Returns the copy, or null.
 */
function gappedRepeat(env: SentenceEnv, hit: TriggerHit, e: ExtractedEvent): ExtractedEvent | null {
  const { tokens, mentions } = env.s;
  for (let k = hit.last + 1; k < tokens.length - 3; k += 1) {
    const t = tokens[k] as Token;
    if (t.lower === ';' || (t.isWord && /^(?:who|which|where|when|after|before|because|said|says)$/.test(t.lower))) return null;
    if (t.lower !== 'and') continue;
    let j = k + 1;
    if (tokens[j]?.lower === 'a') j += 1;
    if (!GAP_QUANTIFIERS.has(tokens[j]?.lower ?? '')) continue;
    j += 1;
    const number = tokens[j];
    if (!number?.isNumber) continue;
    j += 1;
    // an optional plain noun: "another 12 people in Y"
    const n = tokens[j];
    if (n?.isWord && !n.isCap && !/^(?:in|at)$/.test(n.lower)) j += 1;
    if (!/^(?:in|at)$/.test(tokens[j]?.lower ?? '')) continue;
    let at = j + 1;
    if (tokens[at]?.lower === 'the') at += 1;
    const place = mentions.find((m) => m.first === at);
    const key = place ? env.built.keyOf.get(place) : undefined;
    if (!key || env.built.byKey.get(key)?.type !== 'LOCATION' || key === e.locationKey) return null;
    const copy: ExtractedEvent = { ...e, locationKey: key, count: Number(number.text.replace(/,/g, '')), countQualifier: null, participants: [...e.participants] };
    copy.summary = summaryFor(env, hit, copy.participants, key);
    return copy;
  }
  return null;
}

/**
 * "Spain sent two water bombers, and Italy dispatched two more": verb triggers of one type in
 * different clauses, each with an actor of its own and no actor in common, are separate events.
 */
function splitByActor(env: SentenceEnv, group: TriggerHit[]): TriggerHit[][] {
  if (group.length < 2 || (group.filter((h) => h.form.pos !== 'noun').length < 2 && !group.some((h) => relativeClauseSubject(env, h)))) return [group];
  const out: Array<{ hits: TriggerHit[]; actors: Set<string>; targets: Set<string>; clause: number }> = [];
  for (const h of group) {
    const parts = participantsFor(env, h);
    const actors = new Set(keysInRole(parts, 'ACTOR'));
    const targets = new Set(keysInRole(parts, 'TARGET'));
    const current = out[out.length - 1];
    // "banned Kerem Aydın for four matches and suspended Murat Güler for 45 days": one actor, two acts on two targets
    const newTarget = !!current && h.form.pos !== 'noun' && !h.passive && targets.size > 0 && current.targets.size > 0
      && [...targets].every((k) => !current.targets.has(k) && !current.actors.has(k)) && coordinatedVerb(env, h);
    // "closed the borders and imposed a curfew": another verb of the same kind, coordinated with the first and with the same
    // subject, is another act (two happenings, as annotators list them), not a second trigger of one ("arrested and charged
    // 14 people", with nothing between the verbs, is one)
    const newAct = !!current && h.form.pos !== 'noun' && !h.passive && andBefore(env, h) && !/ing$/.test(env.s.tokens[h.first]?.lower ?? '')
      && current.hits.every((x) => x.form.lemma !== h.form.lemma && x.form.pos !== 'noun' && !(x.first === x.last && x.last + 2 >= h.first))
      && current.actors.size > 0 && [...actors].every((k) => current.actors.has(k)) && actors.size > 0;
    // "was arrested on Tuesday and charged with ...", "were detained in Bo and deported": coordinated passives of two
    // different acts are two events (annotators list the arrest and the charge apart); "arrested and detained" stays one
    // (adjacent "were arrested and charged", like "arrested and charged 14 people", is one act done at once)
    const newPassiveAct = !!current && h.passive && h.form.pos !== 'noun' && andBefore(env, h) && current.hits.every((x) => x.last + 2 < h.first)
      && current.hits.every((x) => x.passive && x.form.pos !== 'noun' && x.form.lemma !== h.form.lemma && !(CUSTODY_VERBS.has(x.form.lemma) && CUSTODY_VERBS.has(h.form.lemma)));
    // "charged the suspects ..., offences that carry sentences of up to 26 years if they are convicted": the conviction
    // the condition speaks of is another (hypothetical) act than the charge
    const newConditional = !!current && conditional(env, h) && !current.hits.some((x) => conditional(env, x));
    // "suspended the broadcasters ..., weeks after expelling France's ambassador": an act a time clause places before or after is another
    const newTimedAct = !!current && h.form.pos !== 'noun' && /ing$/.test(env.s.tokens[h.first]?.lower ?? '')
      && /^(?:after|before|since)$/.test(env.s.tokens[h.first - 1]?.lower ?? '') && current.hits.every((x) => x.last < h.first - 1);
    if (newTarget || newAct || newPassiveAct || newConditional || newTimedAct) {
      out.push({ hits: [h], actors, targets, clause: env.clauses[h.first] ?? 0 });
      continue;
    }
    // "..., retaliating against duties that Pretoria placed on ...": a noun with its own relative-clause subject is another act;
    // so is a verb with a subject of its own in another clause ("North Korea fired a missile ..., and Japan said it would send ships")
    const own = (h.form.pos !== 'noun' && !h.passive && actors.size > 0)
      || (h.form.pos !== 'verb' && actors.size > 0 && relativeClauseSubject(env, h) !== null);
    // ("Kenya expelled two diplomats and Uganda closed its border": a subject of its own after "and" opens another clause too)
    // (even when both subjects stand for one state: "Police arrested 12 people and the army imposed a curfew")
    if (current && !(own && current.actors.size > 0 && ((env.clauses[h.first] !== current.clause && [...actors].every((k) => !current.actors.has(k)))
      || subjectAfterCoordinator(env, h, current.hits, actors)))) {
      current.hits.push(h);
      if (current.actors.size === 0) for (const k of actors) current.actors.add(k);
      if (current.targets.size === 0) for (const k of targets) current.targets.add(k);
      continue;
    }
    out.push({ hits: [h], actors, targets, clause: env.clauses[h.first] ?? 0 });
  }
  return out.map((x) => x.hits);
}

/**
 * "... and Uganda closed its border": between the group's last trigger and `h`, an "and" or "but" followed by a mention of one
 * of `h`'s own actors, before `h`: `h` has a subject of its own in a coordinated clause.
 */
function subjectAfterCoordinator(env: SentenceEnv, h: TriggerHit, hits: TriggerHit[], actors: ReadonlySet<string>): boolean {
  const from = Math.max(...hits.map((x) => x.last));
  let and = -1;
  for (let k = h.first - 1; k > from; k -= 1) if (/^(?:and|but)$/.test((env.s.tokens[k] as Token).lower)) { and = k; break; }
  if (and < 0) return false;
  return env.s.mentions.some((m) => m.first > and && m.last < h.first && actors.has(keyOf(env, m) ?? ''));
}

/** Punctuation that ends the clause a provoked act stands in. */
const CLAUSE_END = /^[.;:!?]$/;
/** Participles by which one act provokes another: "prompting Kyiv to summon", "forcing the authorities to suspend". */
const PROVOKING = /^(?:prompting|forcing|pushing|leading|causing|spurring|provoking|drawing)$/;

/** Speech verbs after which "the suspension", "the expulsion" refer back. */
const SAYING = /^(?:said|says|say|added|noted|warned|argued|insisted|stressed|believed|believes|considered|considers|called)$/;
/** Policing a crowd: tear gas, water cannon, dispersing, clearing, arrests. */
const POLICING = /\b(?:tear gas|water cannon|dispers\w*|clear\w*|arrest\w*|detain\w*|rubber bullets|baton\w*)\b/i;
/** The protesters named as those a police act is done to. */
const PROTESTER_WORDS = /\b(?:activists|protesters|protestors|demonstrators|marchers|strikers|rioters)\b/;

/** The trigger stands in an "if"/"unless" clause: "if they are convicted". */
function conditional(env: SentenceEnv, h: TriggerHit): boolean {
  const clause = env.clauses[h.first];
  for (let k = h.first - 1; k >= 0 && k >= h.first - 6 && env.clauses[k] === clause; k -= 1) {
    if (/^(?:if|unless)$/.test((env.s.tokens[k] as Token).lower)) return true;
  }
  return false;
}

/** Verbs of taking someone into custody: two of them coordinated are one act ("arrested and detained"). */
const CUSTODY_VERBS = new Set(['arrest', 'detain', 'hold', 'apprehend', 'capture', 'seize', 'round up', 'take into custody', 'nab']);

/** The word before a verb, past the adverbs of sequence ("and also suspended" → "and"), lowercased; '' at the start. */
function coordinatorBefore(env: SentenceEnv, h: TriggerHit): string {
  let k = h.first - 1;
  while (k >= 0 && /^(?:also|then|later|further|separately)$/.test((env.s.tokens[k] as Token).lower)) k -= 1;
  return env.s.tokens[k]?.lower ?? '';
}

/** "... and suspended": the coordinating word before the verb is "and", not a comma ("..., accusing"). */
function andBefore(env: SentenceEnv, h: TriggerHit): boolean {
  return coordinatorBefore(env, h) === 'and';
}

/** "... and suspended", "..., fined": a verb opening a coordinated predicate (after "and" or a comma, past adverbs). */
function coordinatedVerb(env: SentenceEnv, h: TriggerHit): boolean {
  return /^(?:and|,)$/.test(coordinatorBefore(env, h));
}

export function extractEvents(sentences: AnalyzedSentence[], built: BuiltEntities, relations: ExtractedRelation[], res: Resources, ctx: EventContext): ExtractedEvent[] {
  const st: ArticleState = { discourse: initialDiscourse(built, ctx.dateline ?? 0), meta: new Map(), events: [], heads: new Map(), pending: [] };
  const passive = new Set<ExtractedEvent>();
  for (const s of sentences) {
    // one trigger pass per sentence serves its events and the event heads later sentences refer to
    const hits = findTriggers(s.tokens, s.mentions, res.events);
    const events = sentenceEvents(s, hits, built, relations, res, ctx, st, passive);
    rememberHeads(s, hits, st);
    st.events.push(...events);
    claimResponsibility(s, built, st.events);
    advanceDiscourse(st.discourse, s, built, events);
  }
  const merged = mergeEvents(st.events, st.meta);
  if (st.discourse.homeCountry || st.discourse.police) for (const e of merged) implicitState(e, st.discourse.homeCountry, passive.has(e), built, st.discourse.police ?? null);
  captorAsTarget(merged, built);
  strikeLocationTarget(merged, built);
  settleReactions(st, new Set(merged));
  return merged;
}
