/**
 * Sentence-level PLOVER event extraction: triggers from the lexicon, one event per
 * (sentence, type) with the triggers of that type merged; participants, location, count,
 * casualties, modality, attribution and date; the evidence span is the sentence.
 */
import type { ExtractedEvent, ExtractedParticipant, ExtractedRelation, PloverType } from './types';
import { findAttribution } from './attribution';
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

/** "An earthquake killed 12": natural hazards and accidents are not PLOVER events. */
function suppressed(tokens: Token[], hit: TriggerHit, res: Resources): boolean {
  if (!VIOLENT.has(hit.type)) return false;
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - 4; k -= 1) {
    if (res.events.suppressors.has((tokens[k] as Token).lower)) return true;
  }
  return false;
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

function buildEvent(env: SentenceEnv, hits: TriggerHit[], dates: DateMention[], single: boolean, res: Resources): ExtractedEvent {
  const withActor = hits.map((h) => ({ h, p: participantsFor(env, h) })).find((x) => x.p.some((p) => p.role === 'ACTOR'));
  const hit = withActor?.h ?? (hits[0] as TriggerHit);
  const participants = withActor?.p ?? participantsFor(env, hit);
  const locationKey = locationFor(env, hit, participants);
  const count = countFor(env, hit, dates, res);
  const date = nearestDate(dates, env, hit, single);
  const { killed, injured } = casualties(env.s.sentence.text);
  const s = env.s.sentence;
  const confidence = 0.45 + (participants.some((p) => p.role === 'ACTOR') ? 0.2 : 0) + (participants.some((p) => p.role === 'TARGET') ? 0.1 : 0)
    + (locationKey ? 0.05 : 0) + (hit.form.pos === 'noun' ? 0 : 0.05);
  return {
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
}

function sentenceEvents(s: AnalyzedSentence, built: BuiltEntities, relations: ExtractedRelation[], res: Resources, ctx: EventContext): ExtractedEvent[] {
  const found = findTriggers(s.tokens, s.mentions, res.events).filter((h) => !suppressed(s.tokens, h, res));
  // "Drone strikes ... killed 12": the killing is the casualty count of the strike, not another event.
  const hasOtherViolence = found.some((h) => VIOLENT.has(h.type) && h.form.lemma !== 'kill');
  const hits = found.filter((h) => !(hasOtherViolence && h.form.lemma === 'kill'));
  if (hits.length === 0) return [];
  const attribution = findAttribution(s.sentence.text, s.sentence.start, s.tokens, s.mentions, res.events, ctx.text);
  const env: SentenceEnv = { s, clauses: clauseIds(s.tokens), built, relations, lex: res.events, attribution };
  const dates = findDates(s.sentence.text, ctx.publishedAt).map((d) => ({ ...d, start: d.start + s.sentence.start, end: d.end + s.sentence.start }));
  const byType = new Map<PloverType, TriggerHit[]>();
  for (const h of hits) byType.set(h.type, [...(byType.get(h.type) ?? []), h]);
  return [...byType.values()].map((group) => buildEvent(env, group, dates, byType.size === 1, res));
}

export function extractEvents(sentences: AnalyzedSentence[], built: BuiltEntities, relations: ExtractedRelation[], res: Resources, ctx: EventContext): ExtractedEvent[] {
  return sentences.flatMap((s) => sentenceEvents(s, built, relations, res, ctx));
}
