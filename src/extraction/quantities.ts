/**
 * Numbers in event sentences: the event count with its qualifier ("around 100 times" →
 * 100 ABOUT, "over 150" → OVER, "at least 12" → AT_LEAST) and casualties ("killing 12",
 * "12 people were killed", "injuring 30", "death toll rose to 40").
 */
import type { CountQualifier } from './types';
import type { EventLexicon } from './event-lexicon';
import type { Token } from './tokens';

/** A Map, not an object: looked up for every token, and "constructor" is no number. */
const WORD_NUMBERS = new Map<string, number>(Object.entries({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
}));
const SCALES = new Map<string, number>([['hundred', 100], ['thousand', 1000], ['million', 1_000_000]]);
const NUM = '(\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a dozen)(?: (thousand|million|hundred))?';
const QUAL = '(?:(?:at least|more than|over|around|about|nearly|almost|some|up to|an estimated) )?';
const KILLED = [
  new RegExp(`\\b(?:killing|killed|kills|leaving|left) ${QUAL}${NUM}\\b`),
  new RegExp(`\\b${NUM} (?:[a-z]+ ){0,2}(?:(?:were|have been|had been|was|are|being) )?(?:killed|dead|died|slain|martyred)\\b`),
  new RegExp(`\\bdeath toll (?:[a-z]+ ){0,2}(?:to|of|at) ${QUAL}${NUM}\\b`),
];
const INJURED = [
  new RegExp(`\\b(?:injuring|wounding|injured|wounded) ${QUAL}${NUM}\\b`),
  new RegExp(`\\b${NUM} (?:[a-z]+ ){0,2}(?:(?:were|have been|had been|was|are) )?(?:injured|wounded|hurt)\\b`),
];

export function parseNumber(raw: string, scale?: string): number | null {
  const word = raw.toLowerCase().replace(/^a /, '');
  const base = /^\d/.test(word) ? Number(word.replace(/,/g, '')) : WORD_NUMBERS.get(word);
  if (base === undefined || !Number.isFinite(base)) return null;
  return scale ? base * (SCALES.get(scale) ?? 1) : base;
}

function firstMatch(patterns: RegExp[], text: string): number | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m?.[1]) {
      const n = parseNumber(m[1], m[2]);
      if (n !== null && n > 0) return n;
    }
  }
  return null;
}

const KILLED_WORDS = /kill|leaving|left|dead|died|slain|martyred|death toll/;
const INJURED_WORDS = /injur|wound|hurt/;

/** The last sentence asked about: every event of a sentence asks about the same text, one after another. */
let lastCasualties: { text: string; killed: number | null; injured: number | null } | null = null;

export function casualties(sentenceText: string): { killed: number | null; injured: number | null } {
  if (lastCasualties?.text !== sentenceText) {
    const text = sentenceText.toLowerCase().replace(/\s+/g, ' ');
    // (each pattern needs one of these words: most sentences have none, and the patterns are slow to fail)
    lastCasualties = {
      text: sentenceText,
      killed: KILLED_WORDS.test(text) ? firstMatch(KILLED, text) : null,
      injured: INJURED_WORDS.test(text) ? firstMatch(INJURED, text) : null,
    };
  }
  return { killed: lastCasualties.killed, injured: lastCasualties.injured };
}

export interface CountMention {
  value: number;
  qualifier: CountQualifier;
  tokenIndex: number;
}

function qualifierBefore(tokens: Token[], i: number, lex: EventLexicon): CountQualifier {
  for (const cue of lex.countQualifiers) {
    const n = cue.words.length;
    if (i - n < 0) continue;
    if (cue.words.every((w, k) => tokens[i - n + k]?.lower === w)) return cue.value;
  }
  return 'EXACT';
}

function isYearLike(t: Token): boolean {
  return /^(1[89]|20)\d{2}$/.test(t.text);
}

/** Count candidates: numbers with a qualifier, or followed by "times" or a people noun, or plain digits. */
export function findCounts(tokens: Token[], lex: EventLexicon, excluded: (t: Token) => boolean): CountMention[] {
  const out: CountMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const scale = tokens[i + 1]?.lower;
    const base = t.isNumber ? parseNumber(t.text) : WORD_NUMBERS.get(t.lower) ?? null;
    const scaleValue = base !== null && scale ? SCALES.get(scale) : undefined;
    const value = base !== null && scaleValue && scale !== 'hundred' ? base * scaleValue : base;
    if (value === null || value <= 0 || excluded(t) || (t.isNumber && isYearLike(t))) continue;
    const prev = tokens[i - 1]?.text ?? '';
    const next = tokens[i + 1];
    if (/^[$£€%]$/.test(prev) || next?.text === '%' || next?.lower === 'percent' || next?.lower === 'per') continue;
    const qualifier = qualifierBefore(tokens, i, lex);
    const nextWords = [tokens[i + 1]?.lower, tokens[i + 2]?.lower];
    const countable = nextWords.includes('times') || nextWords.some((w) => !!w && lex.casualtyNouns.has(w));
    if (qualifier !== 'EXACT' || countable || t.isNumber) out.push({ value, qualifier, tokenIndex: i });
  }
  return out;
}
