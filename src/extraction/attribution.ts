/**
 * Attribution of a sentence's claims, returned as written: "according to X" → "X",
 * "sources told Al Mayadeen", "as per Pentagon claims", "Foreign Policy had reported",
 * "the sources said".
 */
import type { EventLexicon } from './event-lexicon';
import type { RawMention } from './mention-detection';
import type { Token } from './tokens';

export interface Attribution {
  text: string;
  /** Offsets into the field text. */
  start: number;
  end: number;
  /** The verb before the speaker, after a quote: '"...," said Captain Didier Lokwa'. */
  inverted?: boolean;
  /** Named as a source ("according to X", "sources told X"): one who reports, rather than one who states. */
  source?: boolean;
}

const ACCORDING = /\baccording to ((?:[^,.;:"“”()]|\.(?=\w)){2,80})/i;
const SOURCES_TOLD = /\b[Ss]ources? (?:told|tell|tells|speaking to|cited by) [\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3}/u;
const AS_PER = /\bas per [^,.;:"“”]{1,60}?\b(?:claims?|reports?|statements?|sources|figures|data|officials)\b/i;
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'also', 'later', 'previously', 'earlier']);
const DETERMINERS = new Set(['the', 'a', 'an', 'two', 'three', 'several', 'some', 'many', 'other']);

function regexAttribution(text: string, offset: number): Attribution | null {
  for (const [re, group] of [[ACCORDING, 1], [SOURCES_TOLD, 0], [AS_PER, 0]] as const) {
    const m = re.exec(text);
    const matched = m?.[group];
    if (m && matched) {
      const trimmed = matched.replace(/\s+$/, '');
      const start = m.index + m[0].indexOf(matched);
      return { text: trimmed, start: offset + start, end: offset + start + trimmed.length, source: true };
    }
  }
  return null;
}

/** Start token of the speaker phrase ending at token `k` ("the sources", a mention), or -1. */
function speakerStart(tokens: Token[], k: number, mentions: RawMention[], lex: EventLexicon): number {
  const mention = mentions.find((m) => m.last === k);
  if (mention) return mention.first;
  const t = tokens[k];
  if (!t || !lex.speakerNouns.has(t.lower)) return -1;
  let s = k;
  while (s - 1 >= 0 && s > k - 3 && (tokens[s - 1] as Token).isWord && !lex.attributionVerbs.has((tokens[s - 1] as Token).lower)) {
    const prev = tokens[s - 1] as Token;
    if (!DETERMINERS.has(prev.lower) && !/(?:ed|al|an|ic|ish|ior|ary)$/.test(prev.lower) && !prev.isCap) break;
    s -= 1;
  }
  return s;
}

/**
 * "Abdullahi Rabiu, a spokesman for the Nigeria Police Force in Zamfara, said": the name before an
 * apposition that ends right before the verb. `comma` is the apposition's closing comma; returns
 * the name's first token, or -1.
 */
function appositionHead(tokens: Token[], comma: number, mentions: RawMention[]): number {
  for (let open = comma - 2; open >= 1 && open >= comma - 14; open -= 1) {
    const t = tokens[open] as Token;
    if (t.text !== ',') {
      if (!t.isWord && !/^['’]s$/.test(t.text) && t.text !== '-') return -1;
      continue;
    }
    if (!/^(?:a|an|the|its|his|her|their)$/.test(tokens[open + 1]?.lower ?? '')) return -1;
    const head = mentions.find((m) => m.last === open - 1);
    return head ? head.first : -1;
  }
  return -1;
}

/** "X said", "X had reported", "the sources said". */
/** Attribution verbs that also take a plain object: "posted the data", "wrote a letter", "reported profits". */
const OBJECT_TAKING = new Set(['posted', 'wrote', 'tweeted', 'reported', 'reports', 'published']);

function takesObject(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.isNumber || /^(?:the|a|an|its|their|his|her|samples|details|photos|pictures|images|videos?|documents|data|figures|results|profits?|losses|revenue|sales)$/.test(next.lower)) return true;
  return false;
}

/** Title words that may stand between an inverted "said" and the speaker's name: "said Captain Didier Lokwa". */
const INVERTED_GAP = 3;

/** '"...," said Captain Didier Lokwa': the speaker named right after a verb that follows a closing quote. */
function invertedSpeaker(tokens: Token[], i: number, mentions: RawMention[]): RawMention | null {
  const before = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  if (!/^["”]$/.test(tokens[before]?.text ?? '')) return null;
  const m = mentions.find((x) => x.first > i && x.first <= i + INVERTED_GAP);
  return m && tokens.slice(i + 1, m.first).every((t) => t.isWord) ? m : null;
}

function subjectVerbAttribution(tokens: Token[], mentions: RawMention[], lex: EventLexicon, fieldText: string): Attribution | null {
  for (let i = 1; i < tokens.length; i += 1) {
    if (!lex.attributionVerbs.has((tokens[i] as Token).lower)) continue;
    // "posted samples of the data", "reported a 41 percent rise": a verb with a direct object reports no clause
    if (OBJECT_TAKING.has((tokens[i] as Token).lower) && takesObject(tokens, i)) continue;
    let k = i - 1;
    while (k > 0 && AUXILIARIES.has((tokens[k] as Token).lower)) k -= 1;
    // "The Sierra Leone Police (SLP) said": past the bracketed acronym to the name
    if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(') k -= 3;
    let s = tokens[k]?.text === ',' ? appositionHead(tokens, k, mentions) : speakerStart(tokens, k, mentions, lex);
    // "Spain's Minister for Digital Transformation, Lucía Barredo, said": the name set off by commas after its title
    if (s < 0 && tokens[k]?.text === ',') {
      const named = mentions.find((m) => m.last === k - 1 && tokens[m.first - 1]?.text === ',');
      // the title phrase before the opening comma runs back to the sentence's start or a dash ("MADRID — Spain's Minister ...")
      let b = named ? named.first - 2 : -1;
      while (b >= 0 && named && b > named.first - 10 && ((tokens[b] as Token).isWord || /^['’]s$/.test((tokens[b] as Token).text))) b -= 1;
      const opener = named ? tokens.slice(b + 1, named.first - 1) : [];
      const bounded = b < 0 || /^[—–-]$/.test(tokens[b]?.text ?? '');
      if (named && bounded && opener.length > 0 && opener.some((t) => t.isCap)) s = named.first;
    }
    // '"We will challenge this decision," she said': a pronoun speaker right after the quote (resolved by discourse.ts)
    if (s < 0 && /^(?:he|she|they)$/.test(tokens[k]?.lower ?? '') && /^["”]$/.test(tokens[tokens[k - 1]?.text === ',' ? k - 2 : k - 1]?.text ?? '')) s = k;
    if (s < 0) {
      const inverted = invertedSpeaker(tokens, i, mentions);
      if (inverted) return { text: fieldText.slice((tokens[i] as Token).start, inverted.end), start: (tokens[i] as Token).start, end: inverted.end, inverted: true };
      continue;
    }
    // "Canada's embassy in Lima said": the place is where the speaker is; the speaker's phrase starts before it
    if (/^(?:in|at)$/.test(tokens[s - 1]?.lower ?? '')) {
      const owner = mentions.find((m) => m.last < s - 1 && m.last >= s - 5 && tokens.slice(m.last + 1, s - 1).every((t) => t.isWord || /^['’]s$/.test(t.text)));
      if (owner) s = owner.first;
    }
    // "Libya's Department for Combating Illegal Migration said": the speaker's owner belongs to the speaker's phrase
    if (/^['’]s$/.test(tokens[s - 1]?.text ?? '')) {
      const owner = mentions.find((m) => m.last === s - 2);
      if (owner) s = owner.first;
    }
    const start = (tokens[s] as Token).start;
    const end = (tokens[i] as Token).end;
    return { text: fieldText.slice(start, end), start, end };
  }
  return null;
}

export function findAttribution(
  sentenceText: string, sentenceStart: number, tokens: Token[], mentions: RawMention[], lex: EventLexicon, fieldText: string,
): Attribution | null {
  return regexAttribution(sentenceText, sentenceStart) ?? subjectVerbAttribution(tokens, mentions, lex, fieldText);
}

/**
 * The speaker among the mentions inside an attribution: the last one ("Kremlin spokesman Dmitry
 * Peskov said"), unless an apposition follows the subject ("The APR, the party of former
 * president Macky Sall, said"), whose head is the mention before its first comma.
 */
export function speakerMention<M extends { start: number; end: number; locative?: boolean }>(a: Attribution, mentions: M[]): M | undefined {
  // "Canada's embassy in Lima said": a place the speaker is in does not speak
  const all = mentions.filter((m) => m.start >= a.start && m.end <= a.end);
  const inside = all.some((m) => !m.locative) ? all.filter((m) => !m.locative) : all;
  const comma = a.start + a.text.indexOf(','); // a.text is the span's own text
  if (comma > a.start) {
    const head = inside.filter((m) => m.end <= comma).pop();
    // ("Spain's Minister for Digital Transformation, Lucía Barredo, said": a title, not an apposition, stands between the
    // possessor and the comma; the name after the comma speaks)
    const titled = head && /^['’]s\s+[\p{L}\s-]+$/u.test(a.text.slice(head.end - a.start, comma - a.start));
    if (head && !titled) return head;
  }
  return inside.pop();
}
