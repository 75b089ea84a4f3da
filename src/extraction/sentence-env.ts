/**
 * What the participant rules share about one sentence: its mentions with their entities and
 * pseudo-mentions, the attribution phrase, clauses; and which mentions may take part in an event
 * at all (not in the attribution, not a modifier such as "US-backed", not a locative such as
 * "in Syria" unless aimed at, not a dateline), and which are coordinated ("US and UK").
 */
import type { ExtractedEntity, ExtractedRelation } from './types';
import type { Attribution } from './attribution';
import type { BuiltEntities } from './entity-builder';
import { isLocativeMention, isModifierMention, isPossessiveMention } from './clauses';
import type { EventLexicon } from './event-lexicon';
import type { AnalyzedSentence, RawMention } from './mention-detection';
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

export const TARGET_PREPOSITIONS = new Set(['on', 'against', 'at', 'targeting']);

export function keyOf(env: SentenceEnv, m: RawMention): string | undefined {
  return env.pseudoKeys?.get(m)?.[0] ?? env.built.keyOf.get(m);
}

export function entityOf(env: SentenceEnv, m: RawMention): ExtractedEntity | undefined {
  const key = keyOf(env, m);
  return key ? env.built.byKey.get(key) : undefined;
}

/** "Chinese President Xi Jinping", "the Ukrainian leader": a demonym qualifying a person. */
export function demonymOfPerson(env: SentenceEnv, m: RawMention): boolean {
  if (m.ref?.kind !== 'demonym') return false;
  const next = env.s.mentions.find((x) => x.first > m.last);
  if (!next || next.first - m.last > 4 || entityOf(env, next)?.type !== 'PERSON') return false;
  return env.s.tokens.slice(m.last + 1, next.first).every((t) => t.isWord && t.isCap);
}

export function previousMention(env: SentenceEnv, m: RawMention): RawMention | undefined {
  const before = env.s.mentions.filter((x) => x.last < m.first);
  return before[before.length - 1];
}

export function locative(env: SentenceEnv, m: RawMention): boolean {
  // "In Kitwe, police fired", "In Blantyre, DPP supporters burned tyres": an unnamed agent or a body after a place
  // is no second place of a list ("in Kitwe, Zambia")
  if (env.s.tokens[m.first - 1]?.text === ',' && (env.pseudoKeys?.has(m) || entityOf(env, m)?.type !== 'LOCATION')) return false;
  return isLocativeMention(m, env.s.tokens, env.lex, previousMention(env, m));
}

/** Token index of the dash ending a dateline ("KOSTI, Sudan —"), or -1. */
export function datelineEnd(tokens: Token[]): number {
  const dash = tokens.findIndex((t, i) => i < 12 && (t.text === '—' || t.text === '–'));
  return dash > 0 && tokens.slice(0, dash).every((t) => !t.isWord || t.isCap) ? dash : -1;
}

/** The preposition before a mention, past "the" and place adjectives ("at northern Israel" → "at"). */
export function prepositionBefore(tokens: Token[], first: number): string {
  let k = first - 1;
  while (k >= 0 && /^(?:the|a|an|northern|southern|eastern|western|central|north|south|east|west|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)$/.test((tokens[k] as Token).lower)) k -= 1;
  return tokens[k]?.lower ?? '';
}

/** A speech verb closing its sentence or clause after its speaker. */
const SPEECH_AFTER = /^(?:said|says|added|told|stated|reported|announced|confirmed)$/;

/** "..., the defence ministry said.": a mention a closing speech verb follows is the sentence's (or clause's) speaker. */
export function closingSpeaker(env: SentenceEnv, m: RawMention): boolean {
  return SPEECH_AFTER.test(env.s.tokens[m.last + 1]?.lower ?? '') && !env.s.tokens[m.last + 2]?.isWord;
}

export function eligible(env: SentenceEnv, m: RawMention, asTarget: boolean): boolean {
  const e = entityOf(env, m);
  if (!e || m.last < datelineEnd(env.s.tokens)) return false;
  const a = env.attribution;
  if (a && m.start >= a.start && m.end <= a.end) return false;
  // "..., the defence ministry said": whoever a closing speech verb follows speaks; it is no one acted on
  if (asTarget && closingSpeaker(env, m)) return false;
  // "the Russian embassy called them baseless", "Tunisia's interior ministry denied": the country an organ is named
  // through only names the organ
  if (asTarget && (m.ref?.kind === 'country' || m.ref?.kind === 'demonym') && env.s.mentions.some((o) => o.organ?.country === m)) return false;
  // "overlaps between the two companies": "between" locates only places.
  // "an investigation into TikTok": "into" aims at bodies and people as it locates places
  const relational = e.type !== 'LOCATION' && /^(?:between|into)$/.test(env.s.tokens[m.first - 1]?.lower ?? '');
  // "fired rockets at northern Israel": a country aimed at is a target, not where it happened
  const aimedAt = asTarget && e.place?.featureType === 'COUNTRY' && TARGET_PREPOSITIONS.has(prepositionBefore(env.s.tokens, m.first));
  if (isModifierMention(m, env.s.tokens) || (locative(env, m) && !relational && !aimedAt) || demonymOfPerson(env, m)) return false;
  // a referring expression (discourse.ts) acts as what it stands for: "Ontario's premier" is the province acting
  if (e.type !== 'LOCATION' || e.place?.featureType === 'COUNTRY' || env.pseudoKeys?.has(m)) return true;
  return asTarget && TARGET_PREPOSITIONS.has(env.s.tokens[m.first - 1]?.lower ?? '');
}

/** "by the French miner Eramet": a demonym describing a name that follows it; returns that name, or null. */
export function describedName(env: SentenceEnv, m: RawMention): RawMention | null {
  if (m.ref?.kind !== 'demonym') return null;
  const { tokens } = env.s;
  // "the French miner Eramet", "a Yemeni businessman, Abdulkarim al-Haddad"
  const next = env.s.mentions.find((x) => x.first > m.last + 1 && x.first <= m.last + 5);
  const gap = next ? tokens.slice(m.last + 1, next.first) : [];
  const comma = gap.findIndex((t) => t.text === ',');
  if (!next || !gap.every((t, k) => (t.isWord && !t.isCap) || (t.text === ',' && k === gap.length - 1 && k > 0)) || (comma >= 0 && entityOf(env, next)?.type !== 'PERSON')) return null;
  // only a description: no preposition or verb in between ("Chinese companies accused of supplying Iran" describes no Iran)
  // ("Eritrean smuggling kingpin Tesfay Gebremariam": an -ing or -ed word before another noun of the description modifies it)
  if (gap.some((t, k) => /^(?:of|to|for|with|in|on|at|by|from|into|over|against|and|or|that|which|who)$/.test(t.lower)
    || (t.lower.length > 4 && /(?:ed|ing)$/.test(t.lower) && !(gap[k + 1]?.isWord && !gap[k + 1]?.isCap)))) return null;
  return eligible(env, next, false) ? next : null;
}

/** Mentions coordinated with m ("US and UK", "Iraq, Syria"), in both directions. */
export function coordinated(env: SentenceEnv, m: RawMention, keepLocatives = false): RawMention[] {
  const out = [m];
  const ms = env.s.mentions;
  // "Électricité de France (EDF) and ...": the closing bracket of an acronym is no gap
  const between = (a: RawMention, b: RawMention): string => env.s.tokens.slice(a.last + 1, b.first).map((t) => t.lower).join(' ').replace(/^\) /, '');
  const joined = (a: RawMention, b: RawMention): boolean => {
    const gap = between(a, b);
    // "Perusahaan Listrik Negara (PLN)": an acronym in brackets continues its own name
    if (gap === '(' && env.s.tokens[b.last + 1]?.text === ')') return true;
    // "Rwandan troops and the Armed Defence Forces of Mozambique": a state's forces named by its demonym are a conjunct too
    if (a.ref?.kind === 'demonym' && DEMONYM_FORCES_GAP.test(gap)) return true;
    // "EDF and the state utility PLN": a short lowercase description before the second name
    if (!['and', ',', ', and', 'or', 'and "', 'and “', 'and the', ', the', ', and the', 'or the'].includes(gap) && !DESCRIBED_CONJUNCT.test(gap)) return false;
    // "Moscow, Mongolia's other neighbour,": a possessor after a comma opens an apposition
    if (gap.startsWith(',') && isPossessiveMention(b, env.s.tokens)) return false;
    return !(gap.startsWith(', and') && clauseSubject(a, b));
  };
  // "sent aircraft to Portugal, and Italy sent two more": ", and" before a name followed by a
  // lowercase word (its verb) opens a new clause, unless it ends a list ("Iran, Syria, and Russia").
  const clauseSubject = (a: RawMention, b: RawMention): boolean => {
    const next = env.s.tokens[b.last + 1];
    if (!next?.isWord || next.isCap || CLAUSE_LINKS.has(next.lower)) return false;
    const prev = ms[ms.indexOf(a) - 1];
    // ("the World Bank, the IMF, and the UN condemned")
    return !(prev && (between(prev, a) === ',' || between(prev, a) === ', the'));
  };
  const idx = ms.indexOf(m);
  for (let k = idx - 1; k >= 0 && joined(ms[k] as RawMention, ms[k + 1] as RawMention); k -= 1) out.unshift(ms[k] as RawMention);
  for (let k = idx + 1; k < ms.length && joined(ms[k - 1] as RawMention, ms[k] as RawMention); k += 1) out.push(ms[k] as RawMention);
  // "Eramet and the Indonesian state holding MIND ID": a conjunct's demonym describes the name after it
  const named = out.map((x) => (x === m ? x : describedName(env, x) ?? x));
  // "PulseMetric, the California-based maker": a modifier in an apposition is no conjunct
  return [...new Set(named)].filter((x) => entityOf(env, x) && (x === m || ((keepLocatives || !locative(env, x)) && !isModifierMention(x, env.s.tokens))));
}

/** The gap after a demonym in "Rwandan troops and the FADM", "Chadian soldiers, and": the force's noun and the conjunction. */
const DEMONYM_FORCES_GAP = /^(?:troops|soldiers|forces|police|policemen|gendarmes|sailors|marines|commandos|peacekeepers|special forces) (?:, )?(?:and|or)(?: the)?$/;

const DESCRIBED_CONJUNCT = /^(?:, )?and (?:the|its|their) (?!(?:of|in|on|at|for|with|to|from|by|into|over|near)\b)[a-z-]+(?: (?!(?:of|in|on|at|for|with|to|from|by|into|over|near)\b)[a-z-]+)?$/;

/** Words after a name that continue a noun phrase rather than start a predicate. */
const CLAUSE_LINKS = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'and', 'or', 'as', 'into', 'over', 'near', 'between', 'against']);

export function keysOf(env: SentenceEnv, ms: RawMention[]): string[] {
  return [...new Set(ms.flatMap((m) => env.pseudoKeys?.get(m) ?? [env.built.keyOf.get(m)]).filter((k): k is string => !!k))];
}
