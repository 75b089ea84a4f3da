/**
 * Targets of reactions that point back at an earlier event: "condemned the attack" targets the
 * attack's perpetrator, "did not block the package" the package's author, "condemned the launch"
 * whoever launched. Also the article state those need (events so far, and the head nouns of
 * multi-word event nouns, "package" → SANCTION).
 */
import type { ExtractedEvent, PloverType } from './types';
import type { DiscourseState } from './discourse';
import type { EventMeta } from './event-merging';
import type { SentenceEnv } from './event-participants';
import { summaryFor } from './event-summary';
import type { AnalyzedSentence } from './mention-detection';
import type { Resources } from './resources';
import type { Token } from './tokens';
import { keysInRole } from './event-participants';
import { findTriggers, type TriggerHit } from './triggers';

const VIOLENT = new Set<PloverType>(['ASSAULT', 'FIGHT']);

export interface ArticleState {
  discourse: DiscourseState;
  meta: Map<ExtractedEvent, EventMeta>;
  events: ExtractedEvent[];
  /** Head noun → type of the article's multi-word noun triggers so far ("package" → SANCTION). */
  heads: Map<string, PloverType>;
}

/** Verb types whose object noun is an earlier event: "did not block the package", "welcomed the deal". */
export const REACTIONS = new Set<PloverType>(['REJECT', 'DISAPPROVE', 'SUPPORT', 'THREATEN']);

/**
 * "X condemned the attack", "Y did not block the package": the target is the agent of the
 * earlier event the noun refers to: among earlier events of that type with an actor other than
 * the reacting one, the actor named most often (ties: the earliest, usually the lead event).
 * For violent nouns the culprit replaces any target found in the sentence; otherwise it only
 * fills a missing target.
 */
export function referTarget(e: ExtractedEvent, hit: TriggerHit, type: PloverType, st: ArticleState, env: SentenceEnv, override: boolean): void {
  if (!override && e.participants.some((p) => p.role === 'TARGET')) return;
  const actors = new Set(keysInRole(e.participants, 'ACTOR'));
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

export const DEFINITE_OBJECT = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * Nouns that name an act that need not be a trigger ("condemned the launch"), with what the
 * earlier sentence reporting that act must contain. Generic nouns ("the move") name whatever
 * event came last; specific ones need the act's own verb or noun in its evidence.
 */
export const ACT_NOUNS: Record<string, RegExp | null> = {
  move: null, step: null, action: null, decision: null,
  launch: /\b(?:launch\w*|fired|fires|firing|test-fired)\b/i,
  launches: /\b(?:launch\w*|fired|fires|firing|test-fired)\b/i,
  test: /\btest\w*/i,
  tests: /\btest\w*/i,
  visit: /\bvisit\w*/i,
  ruling: /\brul(?:ed|ing|es)\b/i,
  verdict: /\b(?:ruled|convicted|sentenced|acquitted|verdict)\b/i,
  expulsion: /\bexpel\w*|\bexpulsion/i,
  expulsions: /\bexpel\w*|\bexpulsion/i,
  takeover: /\b(?:takeover|take over|acquir\w*|buy|bought)\b/i,
  arrest: /\barrest\w*/i,
  arrests: /\barrest\w*/i,
};

/** How many sentences back a reaction may reach for the act it names. */
export const ACT_REACH = 2;

/**
 * "Norway condemned the launch" after "Iran launched a missile": a definite object naming an
 * act that is no trigger itself refers to the most recent earlier event that plausibly reports
 * it (in the ACT_REACH sentences before); its actors are the target. Conservative: the first candidate
 * decides, and nothing is set when it has no actor other than the reacting one.
 */
export function actNounTarget(e: ExtractedEvent, hit: TriggerHit, env: SentenceEnv, st: ArticleState): void {
  const { tokens } = env.s;
  if (hit.form.pos === 'noun' || e.participants.some((p) => p.role === 'TARGET') || !DEFINITE_OBJECT.has(tokens[hit.last + 1]?.lower ?? '')) return;
  const noun = tokens[hit.last + 2];
  if (!noun?.isWord || noun.isCap || !(noun.lower in ACT_NOUNS)) return;
  const cue = ACT_NOUNS[noun.lower];
  const here = env.s.sentence.index;
  const actors = new Set(keysInRole(e.participants, 'ACTOR'));
  // events of earlier sentences only: the sentence's own evidence would match the reaction's noun
  for (let k = st.events.length - 1; k >= 0; k -= 1) {
    const p = st.events[k] as ExtractedEvent;
    const at = st.meta.get(p)?.sentence ?? here;
    if (here - at > ACT_REACH) return;
    if (REACTIONS.has(p.type) && p.type === e.type) continue;
    if (cue && !cue.test(p.evidence.text)) continue;
    const culprits = p.participants.filter((x) => x.role === 'ACTOR' && !actors.has(x.entityKey)).map((x) => x.entityKey);
    if (culprits.length === 0) return;
    e.participants = [...e.participants, ...culprits.map((entityKey) => ({ entityKey, role: 'TARGET' as const }))];
    e.summary = summaryFor(env, hit, e.participants, e.locationKey);
    return;
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

/**
 * Remember the head nouns of noun phrases that name an event: multi-word noun triggers
 * ("sanctions package" → "package") and "<noun> of <trigger>" ("a package of sanctions").
 */
export function rememberHeads(s: AnalyzedSentence, res: Resources, st: ArticleState): void {
  for (const h of findTriggers(s.tokens, s.mentions, res.events)) {
    const head = h.form.pos === 'noun' && h.last > h.first ? s.tokens[h.last] : undefined;
    if (head?.isWord && !head.isCap) st.heads.set(head.lower, h.type);
    const of = s.tokens[h.first - 1];
    const before = s.tokens[h.first - 2];
    if (of?.lower === 'of' && before?.isWord && !before.isCap && !before.isNumber && before.lower.length > 2) st.heads.set(before.lower, h.type);
  }
}
