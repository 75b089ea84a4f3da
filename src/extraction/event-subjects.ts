/**
 * Who acts: the grammatical subject of an event trigger, found across relative clauses and
 * appositions ("Hungary, whose ..., did not block"), coordinated verbs ("X congratulated Kenya but
 * urged ..."), "by" agents of passives, speakers of "X said it would", subjects of that-clauses
 * ("pledged that the EU would"), and "condemnation from X".
 */
import type { PloverType } from './types';
import { speakerMention, type Attribution } from './attribution';
import { isModifierMention, isPossessiveMention } from './clauses';
import type { RawMention } from './mention-detection';
import type { TriggerHit } from './triggers';
import type { Token } from './tokens';
import { getResources } from './resources';
import { BE_FORMS, QUOTE_MARKS } from './trigger-constructions';
import { TARGET_PREPOSITIONS, demonymOfPerson, describedName, eligible, entityOf, keyOf, prepositionBefore, type SentenceEnv } from './sentence-env';

/** Participles without -ed/-wn: "an injunction sought by the JRS", "a statement read by the minister". */
const IRREGULAR_PARTICIPLES = new Set(['sought', 'brought', 'bought', 'caught', 'taught', 'thought', 'fought', 'held', 'led', 'won', 'given', 'taken',
  'put', 'paid', 'said', 'sent', 'read', 'written', 'built', 'left', 'kept', 'met', 'told', 'sold', 'spent', 'struck', 'lost', 'found']);

/** Participles of issuing an act: "sanctions announced by", "a deal brokered by", "a ban imposed by" name its author. */
const AUTHORING = new Set(['announced', 'imposed', 'approved', 'adopted', 'issued', 'ordered', 'signed', 'brokered', 'mediated', 'launched', 'introduced', 'unveiled',
  'passed', 'decreed', 'declared', 'conducted', 'staged', 'organised', 'organized', 'hosted', 'called', 'led', 'convened', 'initiated']);

export function agentAfterBy(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  // "was paid for by Gavi": a trigger phrase that ends in "by" names its agent next ("alarmed by X" names what alarms)
  const from = tokens[hit.last]?.lower === 'by' && hit.last > hit.first && hit.type !== 'DISAPPROVE' ? hit.last : hit.last + 1;
  for (let k = from; k < tokens.length && k <= hit.last + 8; k += 1) {
    if ((tokens[k] as Token).lower !== 'by') continue;
    // "warned in a statement carried by KCNA": "by" belongs to the nearer participle, not to the trigger
    // ("The sanctions, announced by the Treasury": a participle of issuing the act itself names its author)
    // "summoned the ambassador over comments by the foreign secretary": "by" there belongs to the noun of another phrase
    if (tokens.slice(hit.last + 1, k).some((t, j) => /^(?:over|about|following|against)$/.test(t.lower) && !tokens[hit.last + 2 + j]?.isNumber)) return null;
    // "rejected an application by the breakaway group": after an active verb's object, "by" names the object's author
    if (hit.form.pos === 'verb' && !hit.passive && /^(?:a|an|the|its|their|his|her)$/.test(tokens[hit.last + 1]?.lower ?? '')) return null;
    const authored = hit.form.pos !== 'verb' && k <= hit.last + 3 && AUTHORING.has(tokens[k - 1]?.lower ?? '');
    if (!authored && tokens.slice(hit.last + 1, k).some((t) => t.isWord && !t.isCap && ((t.lower.length > 3 && /(?:ed|wn)$/.test(t.lower)) || IRREGULAR_PARTICIPLES.has(t.lower)))) return null;
    const first = env.s.mentions.find((x) => x.first > k && x.first <= k + 3);
    // "by the Sri Lankan navy": the country's word names the organ that follows it, which is the agent
    const m = first ? organAfter(env, first) ?? first : first;
    const named = m ? describedName(env, m) : null;
    if (named) return named;
    return m && eligible(env, m, false) ? m : null;
  }
  return null;
}


/** "Sri Lankan navy", "Zambian police": the organ a place's word names right after it, which acts for it. */
function organAfter(env: SentenceEnv, m: RawMention): RawMention | undefined {
  if (!entityOf(env, m)?.place) return undefined;
  return env.s.mentions.find((x) => (x.first === m.last + 1 || x.organ?.country === m) && entityOf(env, x)?.type === 'ORGANIZATION');
}

export const PARENTHETICAL_OPENERS = new Set(['who', 'which', 'whose', 'where', 'a', 'an', 'the', 'its', 'his', 'her', 'their']);

/**
 * "Hungary, whose prime minister has threatened a veto, did not block ..." / "Britain, which is
 * no longer a member, announced ...": the subject before a comma-enclosed relative clause or
 * apposition that ends right before the trigger's clause.
 */
export function subjectAcrossParenthetical(env: SentenceEnv, hit: TriggerHit): RawMention | null {
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
    // ("CADE, Brazil's antitrust regulator, approved": a possessor opens the apposition too)
    // ("Habibur Rahman Chowdhury, managing director of Ruposhi Navigation, denied": a person's post set off after the name)
    const post = !tokens[open + 1]?.isCap && !!getResources().titles.matchAt(tokens, open + 1, '');
    // ("the Senate, on a motion by Senator Luka Dakwom, urged": a circumstance set off by commas)
    const circumstance = opensCircumstance(tokens, open);
    if (!PARENTHETICAL_OPENERS.has(tokens[open + 1]?.lower ?? '') && !/^['’]s$/.test(tokens[open + 2]?.text ?? '') && !post && !circumstance) return null;
    // "The Alliance for the Republic (APR), the party of ...,": the subject may carry its acronym
    let end = open - 1;
    if (tokens[end]?.text === ')') {
      const paren = tokens.slice(0, end).map((t) => t.text).lastIndexOf('(');
      if (paren > 0 && end - paren <= 3) end = paren - 1;
    }
    // "The M23 rebels, who ...": the name may carry a lowercase descriptor noun or two
    const m = env.s.mentions.find((x) => x.last === end)
      ?? env.s.mentions.find((x) => x.last >= end - 2 && x.last < end && tokens.slice(x.last + 1, end + 1).every((t) => t.isWord && !t.isCap));
    if (!m || !eligible(env, m, false)) return null;
    // the subject starts its clause: sentence start, after a dateline dash, "and", or a comma,
    // possibly behind an article and lowercase modifiers ("The opposition Alliance ...")
    // ("General Musa Danladi, the country's chief of army staff, ordered": past the title before the name)
    let b = m.title && m.title.last < m.first ? m.title.first - 1 : m.first - 1;
    // ("Mali and Burkina Faso, Niger's partners ...,": a conjunction before the name is no modifier of it)
    while (b >= 0 && (tokens[b] as Token).isWord && !(tokens[b] as Token).isCap && !/^(?:the|and|but)$/.test((tokens[b] as Token).lower) && m.first - b <= 3) b -= 1;
    const before = tokens[b];
    return !before || ['—', '–', ',', 'and', 'but', '"', '“'].includes(before.lower) || before.lower === 'the' ? m : null;
  }
  return null;
}

/**
 * "Japan and South Korea, which staged joint drills", "the council, which condemned the launch":
 * in a relative clause with no subject of its own, the antecedent right before ", which" acts.
 */
export function relativeAntecedent(env: SentenceEnv, hit: TriggerHit): RawMention | null {
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

/**
 * "The BLA, which the United States designated a terrorist organisation": in a relative clause with a subject of its
 * own, the antecedent is what the verb acts on. The antecedent, or null.
 */
export function relativeObject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  if (hit.form.pos === 'noun' || hit.passive) return null;
  const clause = env.clauses[hit.first];
  let w = hit.first - 1;
  while (w >= 0 && env.clauses[w] === clause && !/^(?:which|whom|who)$/.test((tokens[w] as Token).lower)) w -= 1;
  if (w < 1 || env.clauses[w] !== clause || tokens[w - 1]?.text !== ',') return null;
  // the clause's own subject, right after the relative word
  const subject = env.s.mentions.find((m) => m.first > w && m.first <= w + 2 && m.last < hit.first && eligible(env, m, false));
  if (!subject || !tokens.slice(w + 1, subject.first).every((t) => /^(?:the|a|an)$/.test(t.lower))) return null;
  const m = env.s.mentions.find((x) => x.last === w - 2 && !!entityOf(env, x));
  return m ?? null;
}

/** "condemnation from Japan and South Korea, which staged drills": a country that acts in a relative clause is no place. */
export function actsInRelative(env: SentenceEnv, m: RawMention): boolean {
  if (eligible(env, m, false)) return true;
  const e = entityOf(env, m);
  const a = env.attribution;
  return e?.place?.featureType === 'COUNTRY' && !isModifierMention(m, env.s.tokens) && !(a && m.start >= a.start && m.end <= a.end) && !demonymOfPerson(env, m);
}

export const PREDICATE_FILLERS = new Set(['also', 'then', 'later', 'has', 'had', 'have', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'do',
  'not', 'never', 'immediately', 'quickly', 'further', 'subsequently', 'again', 'instead', 'separately', 'yet', 'still', 'swiftly', 'repeatedly']);

export const SUBJECT_LEADERS = new Set(['the', 'a', 'an', 'both', 'opposition', 'neighbouring', 'neighboring', 'former', 'outgoing']);

/** The token before a subject mention and what may lead it: its title ("Judge Norliza", "Prime Minister X" open nothing themselves) and SUBJECT_LEADERS. */
function beforeSubject(tokens: Token[], m: RawMention, mentions: RawMention[] = []): number {
  let b = m.first - 1;
  if (m.title) while (b >= 0 && b >= m.first - 4 && (tokens[b] as Token).isWord && (tokens[b] as Token).isCap) b -= 1;
  // "Yemen's Houthi rebels rejected ... and vowed": past the subject's possessor
  if (/^['’]s$/.test(tokens[b]?.text ?? '')) {
    const owner = mentions.find((x) => x.last === b - 1);
    if (owner) b = owner.first - 1;
  }
  while (b >= 0 && b >= m.first - 3 && SUBJECT_LEADERS.has((tokens[b] as Token).lower)) b -= 1;
  return b;
}

/**
 * "The EU congratulated Saruul but urged the authorities to ...", "Police detained him and
 * seized his phone": a verb coordinated with an earlier predicate ("and"/"but" and no subject
 * of its own) shares the subject of the sentence, not the object of the first verb.
 */
export function coordinatedPredicateSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  // "accused Minsk of using migrants and smuggling goods": a coordinated gerund is no predicate of the subject
  if (hit.passive || /ing$/.test((tokens[hit.first] as Token).lower)) return null;
  // "criticised Israel and announced sanctions on settlers": a noun trigger that is the object of a coordinated verb
  const verbAt = hit.form.pos === 'noun' ? objectOfVerb(tokens, hit.first) : hit.first;
  if (verbAt < 0) return null;
  let k = verbAt - 1;
  while (k >= 0 && PREDICATE_FILLERS.has((tokens[k] as Token).lower)) k -= 1;
  // "allowed Rosli bail ..., ordered him to surrender": a list of predicates separated by commas, when a verb precedes the comma
  const listed = tokens[k]?.text === ',' && /ed$/.test((tokens[verbAt] as Token).lower) && predicateBefore(tokens, k);
  if (!/^(?:and|but)$/.test(tokens[k]?.lower ?? '') && !listed) return null;
  // "A spokeswoman for the Federal Foreign Office said ... and urged Tehran to": a speech act coordinated after the
  // attribution continues the speaker's own predicate
  const a = env.attribution;
  if (a && SPEECH_ACTS.has(hit.type) && (tokens[k] as Token).start >= a.end) {
    const speaker = attributedSpeaker(env, a);
    if (speaker) return speaker;
  }
  // "Japan and South Korea, which staged drills ... and asked for": the relative clause continues
  const clause = env.clauses[hit.first];
  let w = k - 1;
  while (w >= 0 && env.clauses[w] === clause && !/^(?:which|who)$/.test((tokens[w] as Token).lower)) w -= 1;
  if (w >= 1 && env.clauses[w] === clause && tokens[w - 1]?.text === ',') {
    const antecedent = env.s.mentions.find((x) => x.last === w - 2);
    return antecedent && actsInRelative(env, antecedent) ? antecedent : null;
  }
  for (const m of env.s.mentions) {
    if (m.last >= k) break;
    // "East Nusa Tenggara regional police detained ... and searched": a place whose own body follows it opens the subject
    const body = organAfter(env, m);
    if (!(eligible(env, m, false) && !isPossessiveMention(m, tokens)) && !body?.organ) continue;
    const b = beforeSubject(tokens, m, env.s.mentions);
    const t = tokens[b];
    // "A group calling itself Black Tern posted ... and threatened", "a cell known as X": the name the subject goes by
    const selfNamed = (/^(?:itself|themselves)$/.test(t?.lower ?? '') && /^(?:calling|calls|call)$/.test(tokens[b - 1]?.lower ?? ''))
      || (t?.lower === 'as' && tokens[b - 1]?.lower === 'known');
    const opens = !t || selfNamed || t.text === '—' || t.text === '–' || t.lower === 'that' || (!!a && t.end <= a.end && t.end >= a.end - 1)
      || openingAdverbial(tokens, b);
    // the subject acts in the clause the coordination continues: nothing but words, names and commas of appositions between
    if (opens && !tokens.slice(m.last + 1, k).some((x) => x.text === ';' || x.text === ':')) return organAfter(env, m) ?? m;
  }
  return null;
}

/** Words of a short time adverbial that may open a sentence before its subject: "On Tuesday", "Late on Monday,", "Last week". */
const ADVERBIAL_WORDS = /^(?:on|in|at|by|late|early|earlier|later|last|this|next|overnight|afterwards|then|week|month|year|morning|afternoon|evening|night)$/;

/** Tokens 0..b are a short time adverbial opening the sentence ("On Tuesday the department ordered ..."). */
function openingAdverbial(tokens: Token[], b: number): boolean {
  if (b < 0 || b > 4 || !ADVERBIAL_WORDS.test((tokens[0] as Token).lower)) return false;
  return tokens.slice(0, b + 1).every((x) => x.text === ',' || x.isNumber || ADVERBIAL_WORDS.test(x.lower) || (x.isCap && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.?$/.test(x.text)));
}

/** The past-tense verb whose object the noun at i is ("announced new sanctions"), or -1. */
function objectOfVerb(tokens: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && (tokens[j] as Token).isWord && !(tokens[j] as Token).isCap && /^(?:a|an|the|new|fresh|further|more|its|their|sweeping|additional)$/.test((tokens[j] as Token).lower)) j -= 1;
  const v = tokens[j];
  return v && v.isWord && !v.isCap && /[a-z]{3,}ed$/.test(v.lower) && !BE_FORMS.has(tokens[j - 1]?.lower ?? '') ? j : -1;
}

/** A past-tense verb between the last clause break and the comma at k, so the comma closes a predicate ("allowed Rosli bail of 1 million ringgit,"). */
function predicateBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 12; j -= 1) {
    const t = tokens[j] as Token;
    if (t.text === ',' || t.text === ';' || t.text === '—' || /^(?:who|which|that)$/.test(t.lower)) return false;
    if (t.isWord && !t.isCap && /[a-z]{3,}ed$/.test(t.lower) && !BE_FORMS.has(tokens[j - 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "anti-dumping duties that Pretoria placed on Brazilian chicken", "the strikes which Israel
 * launched": a noun trigger whose relative clause has a subject of its own is that subject's act.
 */
export function relativeClauseSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  if (hit.form.pos === 'verb' || !/^(?:that|which)$/.test(tokens[hit.last + 1]?.lower ?? '')) return null;
  let k = hit.last + 2;
  if (tokens[k]?.lower === 'the') k += 1;
  const m = env.s.mentions.find((x) => x.first === k);
  if (!m || !eligible(env, m, false)) return null;
  let v = m.last + 1;
  while (tokens[v] && /^(?:has|had|have|also|then|later|recently)$/.test((tokens[v] as Token).lower)) v += 1;
  const verb = tokens[v];
  return verb?.isWord && !verb.isCap && /[a-z]{2,}(?:ed|ied)$/.test(verb.lower) ? m : null;
}

/** "sanctions against Russia over its war in Ukraine": "its" before a noun trigger is the nearest thing named before it. */
export function possessivePronounOwner(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  if (hit.form.pos === 'verb' || !/^(?:its|their)$/.test(tokens[hit.first - 1]?.lower ?? '')) return null;
  const before = env.s.mentions.filter((m) => m.last < hit.first - 1 && eligible(env, m, true) && entityOf(env, m)?.type !== 'PERSON');
  return before[before.length - 1] ?? null;
}

const MESSAGE_NOUNS = new Set(['note', 'statement', 'letter', 'alert', 'message', 'communique', 'communiqué', 'resolution', 'notice', 'decree', 'declaration', 'warning', 'appeal', 'memo', 'advisory']);

/**
 * "handed the envoy a note demanding that ...", "issued an alert urging ...": a participle
 * describing a message acts for whoever sends the message, the subject of the clause.
 */
export function messageSender(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  if (!/ing$/.test((tokens[hit.first] as Token).lower) || !MESSAGE_NOUNS.has(tokens[hit.first - 1]?.lower ?? '')) return null;
  return sentenceSubject(env, hit.first);
}

/** The sentence's subject: its first eligible name before token `before`, when nothing but a title, an article or an opening adverbial comes before it. */
function sentenceSubject(env: SentenceEnv, before: number): RawMention | null {
  const { tokens } = env.s;
  const m = env.s.mentions.find((x) => x.last < before && ((eligible(env, x, false) && !isPossessiveMention(x, tokens)) || !!organAfter(env, x)?.organ));
  if (!m) return null;
  const b = beforeSubject(tokens, m);
  const t = tokens[b];
  // "On Sunday the court granted ...": a short opening adverbial of time
  // ("In March 2022 the authorities suspended ...": a month and a year too)
  const opener = tokens.slice(0, b + 1).every((x) => (x.isNumber && /^\d{4}$/.test(x.text)) || (x.isWord && (/^(?:on|in|late|early|last|this|at|by)$/.test(x.lower) || TIME_WORD.test(x.lower))));
  // "East Nusa Tenggara regional police detained ..., seizing": the place's own body is the subject
  const subject = eligible(env, m, false) ? m : organAfter(env, m) ?? null;
  return !t || t.text === '—' || t.text === '–' || opener ? subject : null;
}

const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * "The court granted an injunction sought by the JRS, barring the removal of children", "Gunmen
 * stormed the school, seizing 71 people": a participle clause after a comma shares the subject of
 * the main clause.
 */
export function participleClauseSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  if (!/ing$/.test((tokens[hit.first] as Token).lower) || hit.form.pos === 'noun') return null;
  // "..., weeks after expelling France's ambassador", "before leaving": a gerund after a time word has the main subject too
  if (tokens[hit.first - 1]?.text !== ',' && !/^(?:after|before|while|since|without|when)$/.test(tokens[hit.first - 1]?.lower ?? '')) return null;
  return sentenceSubject(env, hit.first);
}

export function isPassiveSubject(tokens: Token[], m: RawMention): boolean {
  return passiveFollows(tokens, m.last);
}

/** "was/were/is ... -ed/-en/-wn/-ne" right after token i: whatever ends at i is the subject of a passive. */
export function passiveFollows(tokens: Token[], i: number): boolean {
  return /^(?:was|were|is|are|been|being)$/.test(tokens[i + 1]?.lower ?? '') && /(?:ed|en|wn|ne)$/.test(tokens[i + 2]?.lower ?? '');
}

export function nearestBefore(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const relative = relativeAntecedent(env, hit);
  if (relative) return relative;
  const clause = env.clauses[hit.first];
  // "Operation Aspides, the European Union's naval mission, shot down": a possessor is no subject of a verb
  const verb = hit.form.pos !== 'noun';
  const before = env.s.mentions.filter((m) => m.last < hit.first && eligible(env, m, false) && !(verb && isPossessiveMention(m, env.s.tokens) && !env.pseudoKeys?.has(m))
    && !(verb && opensApposition(env, m)) && !TARGET_PREPOSITIONS.has(prepositionBefore(env.s.tokens, m.first)) && !qualifiesNoun(env.s.tokens, m)
    && !(verb && inCircumstance(env.s.tokens, m, hit))).reverse();
  // "The M23 rebels, who are backed by Rwanda, seized Goma": right after a closing comma, the subject before the parenthetical
  const across = subjectAcrossParenthetical(env, hit);
  if (across && env.s.tokens[hit.first - 1]?.text === ',') return across;
  const sameClause = before.find((m) => env.clauses[m.first] === clause);
  if (sameClause) return ownerOfHead(env, sameClause) ?? sameClause;
  if (across) return across;
  // across clauses: not a possessor, nor the subject of a passive ("soldiers were killed when ...")
  const fallback = before.find((m) => !isPossessiveMention(m, env.s.tokens) && !isPassiveSubject(env.s.tokens, m));
  return fallback ? ownerOfHead(env, fallback) ?? fallback : null;
}

/** The comma at `comma` opens a circumstance: ", on a motion by", ", in a statement", ", after the talks". */
function opensCircumstance(tokens: Token[], comma: number): boolean {
  return /^(?:on|in|after|following|at|under|during|citing)$/.test(tokens[comma + 1]?.lower ?? '') && /^(?:a|an|the|its|their)$/.test(tokens[comma + 2]?.lower ?? '');
}

/**
 * "and, on a motion by Senator Luka Dakwom, urged": a name inside a circumstance set off by commas right before the verb
 * ("on a motion by", "in a statement with", "after talks with") is no subject of it.
 */
function inCircumstance(tokens: Token[], m: RawMention, hit: TriggerHit): boolean {
  if (tokens[hit.first - 1]?.text !== ',' || !tokens.slice(m.last + 1, hit.first - 1).every((t) => t.isWord)) return false;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 8; k -= 1) {
    const t = tokens[k] as Token;
    if (t.text === ',') return opensCircumstance(tokens, k);
    if (!t.isWord) return false;
  }
  return false;
}

/** People a body's name may qualify without the body acting through them: "a Plaza Abierta columnist", "a Reuters photographer". */
const QUALIFIED_PEOPLE = new Set(['columnist', 'journalist', 'reporter', 'photographer', 'correspondent', 'cameraman', 'editor', 'employee', 'worker',
  'staffer', 'contractor', 'customer', 'user', 'passenger', 'student', 'driver', 'subscriber', 'client', 'patient', 'pilot', 'crew']);

/** "the home of a Plaza Abierta columnist": a name between "a" and such a person qualifies that person; it does not act. */
function qualifiesNoun(tokens: Token[], m: RawMention): boolean {
  return /^(?:a|an)$/.test(tokens[m.first - 1]?.lower ?? '') && m.ref?.kind !== 'demonym' && QUALIFIED_PEOPLE.has(tokens[m.last + 1]?.lower ?? '');
}

/** "Operation Aspides, the European Union's naval mission,": a description set off after another name is not the subject. */
function opensApposition(env: SentenceEnv, m: RawMention): boolean {
  const { tokens } = env.s;
  let b = m.first - 1;
  if (/^(?:the|a|an)$/.test(tokens[b]?.lower ?? '')) b -= 1;
  return tokens[b]?.text === ',' && env.s.mentions.some((x) => x.last === b - 1 && x !== m && eligible(env, x, false));
}

/**
 * "The Professional Football Disciplinary Board (PFDK) of the Turkish Football Federation banned":
 * a body named after "of the" is the owner of the phrase's head, which is who acts. Returns the
 * head body, or null when `m` is no such owner.
 */
function ownerOfHead(env: SentenceEnv, mention: RawMention): RawMention | null {
  const { tokens } = env.s;
  // the nearest name may be the owner's bracketed acronym: "of the Turkish Football Federation (TFF)"
  const m = tokens[mention.first - 1]?.text === '(' ? env.s.mentions.find((x) => x.last === mention.first - 2) ?? mention : mention;
  let k = m.first - 1;
  if (tokens[k]?.lower === 'the') k -= 1;
  if (tokens[k]?.lower !== 'of') return null;
  let end = k - 1;
  // a bracketed acronym after the head: "Board (PFDK) of the"
  if (tokens[end]?.text === ')' && tokens[end - 2]?.text === '(') end -= 3;
  const head = env.s.mentions.find((x) => x.last === end && x !== m);
  const e = head ? entityOf(env, head) : undefined;
  // "Foreign Minister Helena Aaltonen of Finland rejected", "Judge Elena Challco Huamán of the Mixed Court suspended": the person acts
  if (head && e?.type === 'PERSON' && eligible(env, head, false)) return head;
  return head && e?.type === 'ORGANIZATION' && entityOf(env, m)?.type === 'ORGANIZATION' && eligible(env, head, false) ? head : null;
}

export const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

/** "Nordvolt said it had signed a deal": the speaker is the subject of the reported clause. */
export function speakerAsSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const a = env.attribution;
  if (!a) return null;
  const { tokens, mentions } = env.s;
  const pronoun = tokens.some((t, i) => i < hit.first && t.start >= a.end && SUBJECT_PRONOUNS.has(t.lower));
  const speaker = speakerMention(a, mentions.filter((m) => env.built.keyOf.has(m)));
  return pronoun && speaker ? speaker : null;
}

/**
 * "The BLA warned it would step up attacks", "Bishkek accused Dushanbe of ...": when the trigger is
 * itself the attribution's verb, its speaker is who acts.
 */
export function speakerOfOwnVerb(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const a = env.attribution;
  const t = env.s.tokens[hit.first] as Token;
  if (!a || hit.form.pos === 'noun' || t.start < a.start || t.end > a.end) return null;
  const speaker = speakerMention(a, env.s.mentions.filter((m) => env.built.keyOf.has(m) && m.end <= t.start));
  return speaker && !demonymOfPerson(env, speaker) && !isModifierMention(speaker, env.s.tokens) ? speaker : null;
}

/**
 * "Britain announced sanctions on 100 tankers", "the ministry said a probe": a speech verb whose
 * object is the event noun itself; the speaker is who acts, not only who reports.
 */
export function speakerOfObjectNoun(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const a = env.attribution;
  if (!a || hit.form.pos !== 'noun') return null;
  const { tokens, mentions } = env.s;
  // ("the raid netted two tonnes, the navy said": an agency may state its own act; not "hurt in the clashes,
  // according to the hospital", a source, nor '"the most ambitious agreement Mexico has signed," said X')
  if ((a.source || a.inverted) && (tokens[hit.first] as Token).start < a.start) return null;
  const after = tokens.filter((t, i) => i < hit.first && t.start >= a.end);
  if (after.length > 4 || after.some((t) => !t.isWord || t.isCap || t.lower === 'that')) return null;
  // ('"The door remains open," she told a news conference': a pronoun speaker counts as discourse.ts resolved it)
  return speakerMention(a, mentions.filter((m) => env.built.keyOf.has(m))) ?? (a.inverted ? null : attributedSpeaker(env, a)) ?? null;
}

/** Acts done by saying them: with no subject of their own in the reported clause, the speaker does them. */
const SPEECH_ACTS = new Set<PloverType>(['DISAPPROVE', 'REJECT', 'DEMAND', 'SUPPORT', 'THREATEN']);

/** The speaker of the attribution among the sentence's mentions that stand for an entity, named or referred to ("he", "the ministry"). */
/** The named (or referred-to) speaker of the sentence's attribution. */
export function attributedSpeaker(env: SentenceEnv, a: Attribution): RawMention | undefined {
  return speakerMention(a, env.s.mentions.filter((m) => env.built.keyOf.has(m) || env.pseudoKeys?.has(m)));
}

/** Speech acts a passive clause states as well as an active one: "those responsible must be brought to justice", "will be hunted down". */
const PASSIVE_SPEECH_ACTS = new Set<PloverType>(['DEMAND', 'THREATEN']);

/** A trigger in a direct quote that closes before the attribution: '"... must be brought to justice," said Sow'. */
function quotedBefore(tokens: Token[], hit: TriggerHit, a: Attribution): boolean {
  if ((tokens[hit.first] as Token).start >= a.start) return false;
  for (let k = hit.last + 1; k < tokens.length && (tokens[k] as Token).start < a.start; k += 1) if (QUOTE_MARKS.has((tokens[k] as Token).text)) return true;
  return false;
}

/**
 * "Minister Hauwa Bello said the strike was illegal", '"Those responsible must be brought to justice,"
 * said Sow': the speaker of a speech act with no subject of its own, in the reported clause or the quote.
 */
export function speakerOfSpeechAct(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const a = env.attribution;
  if (!a || !SPEECH_ACTS.has(hit.type) || (hit.passive && !PASSIVE_SPEECH_ACTS.has(hit.type))) return null;
  if ((env.s.tokens[hit.first] as Token).start < a.end && !quotedBefore(env.s.tokens, hit, a)) return null;
  return attributedSpeaker(env, a) ?? null;
}

/** Words that open a short adjunct between a verb and its that-clause: "warned in a statement on Monday that". */
export const ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'during', 'through', 'via', 'late', 'early', 'last', 'this', 'again', 'repeatedly', 'publicly', 'earlier', 'previously']);

export const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'may', 'might', 'must', 'shall']);

/**
 * "pledged that the EU would help", "promised that Japan will fund": the subject of a
 * that-clause right after the trigger verb, followed by a modal, is who will do it.
 */
export function complementSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
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

/** Verbs that make someone do something: "prompting Beijing to vow", "forced the government to withdraw". */
const CAUSATIVES = /^(?:prompt|prompts|prompted|prompting|force|forces|forced|forcing|lead|leads|led|leading|cause|causes|caused|causing|push|pushes|pushed|pushing|compel|compels|compelled|compelling|spur|spurs|spurred|spurring|drive|drives|drove|driving|persuade|persuades|persuaded|persuading)$/;

/**
 * "..., prompting Beijing to vow all necessary measures", "the strike forced the government to withdraw
 * the tax": the one a causative verb makes act is the subject of the act.
 */
export function causedSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  // the act's verb may come before a phrase trigger ("to vow all necessary measures")
  const to = tokens[hit.first - 1]?.lower === 'to' ? hit.first - 1
    : tokens[hit.first - 2]?.lower === 'to' && tokens[hit.first - 1]?.isWord && !tokens[hit.first - 1]?.isCap ? hit.first - 2 : -1;
  if (to < 0 || (hit.form.pos === 'noun' && to === hit.first - 1)) return null;
  const c = controlledBefore(env, to);
  return c && CAUSATIVES.test(tokens[c.verb]?.lower ?? '') ? c.object : null;
}

/**
 * "<verb> <object> to <act>" with "to" at token `to`: the named object right before "to" and the index of the word
 * before that object and its determiner (the verb that has it act: "prompting Beijing to", "allowed the police to").
 */
function controlledBefore(env: SentenceEnv, to: number): { object: RawMention; verb: number } | null {
  const { tokens } = env.s;
  const object = env.s.mentions.filter((x) => x.last === to - 1 && !!keyOf(env, x)).pop();
  if (!object) return null;
  let k = object.first - 1;
  while (k >= 0 && /^(?:the|a|an|its|their|his|her)$/.test((tokens[k] as Token).lower)) k -= 1;
  return { object, verb: k };
}

/** Verbs that give leave to act: "allowed the police to hold", "authorised investigators to search". */
const PERMITS = /^(?:allow|allows|allowed|allowing|authori[sz]e|authori[sz]es|authori[sz]ed|authori[sz]ing|permit|permits|permitted|permitting|empower|empowers|empowered|empowering)$/;

/**
 * "Magistrate Rose Ndegwa allowed the police to hold the three suspects", "the court authorised investigators to
 * search the offices": coercion done on someone's leave is the act of whoever gives the leave (a court, a judge), as
 * an order to one's forces is. The subject of the permitting verb, or null. (Only for COERCE: "allowed protesters to
 * march" leaves the march to the marchers.)
 */
export function permittingSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  if (hit.type !== 'COERCE' || hit.form.pos === 'noun' || tokens[hit.first - 1]?.lower !== 'to') return null;
  const c = controlledBefore(env, hit.first - 1);
  if (!c || !PERMITS.test(tokens[c.verb]?.lower ?? '')) return null;
  return nearestBefore(env, { ...hit, first: c.verb, last: c.verb, form: { ...hit.form, pos: 'verb' } });
}

/** Verbs whose object does what follows "to": "urged X to", "asked X to", "forced X to" (the object acts, not the subject). */
const OBJECT_CONTROL = /^(?:urge|urges|urged|urging|ask|asks|asked|asking|call|calls|called|calling|tell|tells|told|telling|force|forces|forced|forcing|allow|allows|allowed|allowing|order|orders|ordered|ordering|persuade|persuaded|encourage|encouraged|encourages|invite|invited|invites|request|requested|requests|require|required|requires|want|wants|wanted|help|helps|helped|helping|prompt|prompted|prompting|lead|led|leading|enable|enabled|authorise|authorised|authorize|authorized|permit|permitted|push|pushed|pressure|pressured|press|pressed|compel|compelled|instruct|instructed|direct|directed|appeal|appealed|expect|expected|expects)$/;

/**
 * "Mary Banda met the chief justice, Joseph Mwale, on Monday to protest against the arrest": an act after "to" that
 * says what the sentence's subject did something for is the subject's, not the last name's before it (unless a verb
 * like "urged" or "asked" hands the act to its object). The sentence's subject, or null.
 */
export function purposeSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  if (hit.form.pos === 'noun' || tokens[hit.first - 1]?.lower !== 'to') return null;
  let subject = sentenceSubject(env, hit.first);
  // ("Zambian opposition leader Mary Banda met": a demonym before a title describes the person after it)
  if (subject?.ref?.kind === 'demonym') {
    const s0 = subject;
    subject = env.s.mentions.find((m) => m.first > s0.last && m.first <= s0.last + 4 && entityOf(env, m)?.type === 'PERSON'
      && tokens.slice(s0.last + 1, m.first).every((t) => t.isWord)) ?? null;
  }
  if (!subject || subject.last >= hit.first - 2) return null;
  // the subject's own verb right after it, and no object-control verb or clause break between it and "to"
  const between = tokens.slice(subject.last + 1, hit.first - 1);
  if (between.length < 3 || between.some((t) => OBJECT_CONTROL.test(t.lower) || /^(?:[;:]|that|who|which|and|but)$/.test(t.lower))) return null;
  const verb = between.find((t) => t.isWord && !t.isCap);
  return verb && /(?:ed|met|went|came|flew)$/.test(verb.lower) ? subject : null;
}

/** Noun triggers whose "from X" names who acts: "condemnation from Japan", "aid from the EU". */
export const FROM_AGENT_TYPES = new Set<PloverType>(['DISAPPROVE', 'SUPPORT', 'AID', 'DEMAND', 'THREATEN']);

/** "drawing condemnation from Japan and South Korea": the mention after "from" is the agent. */
export function agentAfterFrom(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  if (hit.form.pos !== 'noun' || !FROM_AGENT_TYPES.has(hit.type) || env.s.tokens[hit.last + 1]?.lower !== 'from') return null;
  const m = env.s.mentions.find((x) => x.first > hit.last + 1 && x.first <= hit.last + 3);
  const e = m ? entityOf(env, m) : undefined;
  if (!m || !e || (e.type === 'LOCATION' && e.place?.featureType !== 'COUNTRY')) return null;
  return env.s.tokens.slice(hit.last + 2, m.first).every((t) => /^(?:the|a|an)$/.test(t.lower)) ? m : null;
}

const ACCUSED = new Set(['accused', 'suspected', 'charged', 'convicted', 'blamed', 'indicted', 'guilty']);

/**
 * "Mali's army and Wagner were accused by UN investigators of executing 500 people": the act
 * after "accused of" is the accused's, even when the accuser is named in between. Returns the
 * subject of the passive accusation, or null.
 */
export function accusedOfSubject(env: SentenceEnv, hit: TriggerHit): RawMention | null {
  const { tokens } = env.s;
  if (hit.form.pos === 'noun' || !/ing$/.test((tokens[hit.first] as Token).lower) || tokens[hit.first - 1]?.lower !== 'of') return null;
  let k = hit.first - 2;
  while (k >= 0 && hit.first - k <= 8 && !ACCUSED.has((tokens[k] as Token).lower)) {
    if (!(tokens[k] as Token).isWord) return null;
    k -= 1;
  }
  if (k < 1 || !ACCUSED.has((tokens[k] as Token).lower)) return null;
  let b = k - 1;
  if (/^(?:also|repeatedly|formally|previously|later|found)$/.test(tokens[b]?.lower ?? '')) b -= 1;
  if (!BE_FORMS.has(tokens[b]?.lower ?? '')) return null;
  return env.s.mentions.filter((x) => x.last < b && eligible(env, x, false) && !isPossessiveMention(x, tokens)).pop() ?? null;
}
