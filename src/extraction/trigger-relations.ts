/**
 * How the triggers of one sentence relate: a noun that is the object or the reason of a reaction
 * verb ("condemned the attack", "protested over the attack") is what the verb is about, not a new
 * event; the complement of "threatened to" / "refused to" and what a demand asks for ("urged X
 * to stop ...") are no events yet; the trigger of a that-clause ("pledged that the EU would
 * help") describes the event.
 */
import type { PloverType } from './types';
import type { Token } from './tokens';
import type { TriggerHit } from './triggers';

/**
 * "pledged that the EU would help": when a trigger of the group is the verb of a that-clause
 * complementing another trigger of the group, the complement's trigger (with its own subject)
 * describes the event.
 */
export function complementFirst(tokens: Token[], hits: TriggerHit[]): TriggerHit[] {
  const inner = hits.filter((h) => hits.some((v) => v !== h && v.form.pos !== 'noun' && v.last < h.first
    && tokens[v.last + 1]?.lower === 'that' && h.first - v.last <= 10
    && tokens.slice(v.last + 2, h.first).every((t) => t.isWord)));
  return inner.length === 0 ? hits : [...inner, ...hits.filter((h) => !inner.includes(h))];
}

/** Verbs whose object noun names the event, not a new one: "hosts the summit" is the summit. */
export const NEEDS_OBJECT = new Set(['host',
  // "was working with the RCMP", "would work closely with the Commission": cooperation needs a named partner ("working with children" is none)
  'working with', 'work with', 'work closely with', 'working closely with', 'worked closely with', 'works closely with', 'work together with', 'working together with']);

const REACTION_TYPES = new Set<PloverType>(['DISAPPROVE', 'PROTEST', 'REJECT', 'SUPPORT', 'DEMAND']);

/** "... over the water cannon attack", "... about the strikes": the noun is introduced as a reason. */
function reasonNoun(tokens: Token[], verbLast: number, nounFirst: number): boolean {
  let k = nounFirst - 1;
  while (k > verbLast && (tokens[k] as Token).isWord && !(tokens[k] as Token).isCap && !/^(?:over|about|against|for|the|a|an)$/.test((tokens[k] as Token).lower)) k -= 1;
  if ((tokens[k] as Token | undefined)?.lower && /^(?:the|a|an)$/.test((tokens[k] as Token).lower)) k -= 1;
  return /^(?:over|about|against)$/.test(tokens[k]?.lower ?? '') && tokens.slice(verbLast + 1, k).every((t) => t.isWord || t.text === '-');
}

/**
 * "condemned the attack", "welcomed the package", "threatened to veto sanctions": a noun trigger
 * that is the object of a verb trigger of another type is what the verb is about, not a new
 * event. Returns the verb hits with the type of the noun they take as object.
 */
/**
 * The words between a verb and its object noun: lowercase words, and a possessor's name with its
 * "'s" ("demanded Badji's immediate release"); at most four words besides the possessor.
 */
function plainObjectGap(tokens: Token[], from: number, to: number): boolean {
  let plain = 0;
  for (let k = from; k < to; k += 1) {
    const t = tokens[k] as Token;
    // 'condemned "a deliberate attack on seafarers"': a quotation mark opening the object is no gap
    if (/^["“”‘']$/.test(t.text)) continue;
    if (t.isWord && !t.isCap) plain += 1;
    else if (!(t.isWord && t.isCap && tokens.slice(k + 1, Math.min(to, k + 4)).some((x) => /^['’]s$/.test(x.text))) && !(/^['’]s$/.test(t.text) && k > from)) return false;
  }
  return plain <= 4;
}

export function objectNouns(tokens: Token[], hits: TriggerHit[], clauses: number[]): Map<TriggerHit, TriggerHit> {
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
    // ('condemned the "senseless and barbaric" killings': quotation marks inside the object open no clause)
    const verb = hits.find((v) => v !== noun && v.type !== noun.type && v.form.pos !== 'noun' && v.last < noun.first
      && noun.first - v.last <= 7 && (clauses[v.last] === clauses[noun.first] || tokens.slice(v.last + 1, noun.first).some((t) => /^["“”]$/.test(t.text)))
      && plainObjectGap(tokens, v.last + 1, noun.first))
      // "protested to China over the water cannon attack": the reason of a reaction is its object too
      ?? hits.find(reason);
    if (verb) out.set(verb, noun);
  }
  return out;
}

/** "threatened to veto", "refused to sign": the complement is the content of the threat/refusal. */
const COMPLEMENT_TAKERS = new Set<PloverType>(['THREATEN', 'REJECT']);

/** Participles a court orders someone into: "ordered X held", "ordered them released". */
const COURT_PARTICIPLES = /^(?:held|detained|jailed|remanded|released|freed|deported|extradited|expelled|suspended|barred|banned)$/;

/** Who carries out an order given to them: "ordered troops to retake the town", "ordered police to disperse the crowd". */
const OWN_FORCES = new Set(['troops', 'forces', 'army', 'soldiers', 'police', 'policemen', 'officers', 'units', 'military', 'navy', 'commanders', 'gendarmes', 'guards', 'battalions', 'brigades']);

/**
 * "ordered troops to retake the town": an order to the orderer's own forces is carried out, and
 * the act is the event (by whoever gave the order), not a demand. Maps each such order to its act.
 */
export function commandsToForces(tokens: Token[], hits: TriggerHit[]): Map<TriggerHit, TriggerHit> {
  const out = new Map<TriggerHit, TriggerHit>();
  for (const v of hits) {
    if (v.form.lemma !== 'order' || v.form.pos !== 'verb') continue;
    const act = hits.find((h) => h !== v && h.form.pos !== 'noun' && h.first > v.last && h.first - v.last <= 9 && tokens[h.first - 1]?.lower === 'to');
    const between = act ? tokens.slice(v.last + 1, act.first - 1) : [];
    if (act && between.every((t) => t.isWord) && between.some((t) => OWN_FORCES.has(t.lower))) {
      out.set(v, act);
      continue;
    }
    // "the judge ordered Ajcip and Chen held in pre-trial detention", "ordered the two men released": a court's
    // order with a participle is the detention or release itself
    let p = v.last + 2;
    while (p < tokens.length && p - v.last <= 16 && !COURT_PARTICIPLES.test((tokens[p] as Token).lower)) {
      const t = tokens[p] as Token;
      if (!(t.isWord || t.text === ',' || /^['’]s$/.test(t.text)) || t.lower === 'to' || t.lower === 'that') break;
      p += 1;
    }
    if (!COURT_PARTICIPLES.test(tokens[p]?.lower ?? '')) continue;
    // the participle itself, or the noun it is held in ("held in pre-trial detention")
    const done = hits.find((h) => h !== v && h.first >= p && h.first <= p + 4 && (h.type === 'COERCE' || h.type === 'CONCEDE' || h.type === 'SANCTION'));
    if (done) out.set(v, done);
  }
  return out;
}

/** `commands`: the orders commandsToForces found, whose acts are events rather than demanded content. */
export function complements(tokens: Token[], hits: TriggerHit[], clauses: number[], commands: Map<TriggerHit, TriggerHit>): Set<TriggerHit> {
  const out = new Set<TriggerHit>();
  for (const h of hits) {
    if (h.form.pos === 'noun') {
      // "urged Rome to stop the detentions": the object of the demanded action is no new event
      if (hits.some((v) => v !== h && (v.type === 'DEMAND' || v.form.lemma === 'order') && v.form.pos !== 'noun' && v.last < h.first && h.first - v.last <= 10
        && demandedObject(tokens, v.last, h.first))) out.add(h);
      continue;
    }
    if (tokens[h.first - 1]?.lower === 'to'
      && hits.some((v) => v !== h && COMPLEMENT_TAKERS.has(v.type) && ((v.form.pos === 'verb' && v.last === h.first - 2)
        // "had no plans to impose", "has no intention of": a phrase that ends in the "to"
        || (v.form.pos === 'phrase' && v.last === h.first - 1)))) out.add(h);
    // "demanded that Kinshasa disarm the militias", "urged Rome to stop detentions": what is demanded is no event yet
    else if (hits.some((v) => v !== h && !commands.has(v) && (v.type === 'DEMAND' || v.form.lemma === 'order') && v.form.pos === 'verb' && v.last < h.first && h.first - v.last <= 8
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
