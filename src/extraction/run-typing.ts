/**
 * Heuristic typing of a capitalised sequence that is not in the gazetteer: head words
 * ("... Forces" → ORGANIZATION, "... Sea" → LOCATION), a preceding honorific or title
 * (→ PERSON), given names from compromise's lexicon, acronyms, and finally the shape of the
 * sequence. Single capitalised words with no evidence are returned as `weak`.
 */
import type { EntityType } from './types';
import type { NameLexicon } from './name-lexicon';
import { foldDiacritics } from './name-normalization';
import type { NamePatterns } from './name-patterns';
import type { Token } from './tokens';

export interface RunTyping {
  /** null: unknown (a single capitalised word, maybe a place). */
  type: EntityType | null;
  confidence: number;
  weak: boolean;
  /** Drop it altogether (common word capitalised at sentence start, weekday, boilerplate). */
  drop: boolean;
}

export interface TypingContext {
  lexicon: NameLexicon;
  patterns: NamePatterns;
  /** A person title/honorific precedes the sequence ("Mr", "CEO", "spokesman"). */
  personTitleBefore: boolean;
  /** First word of its sentence (or after a colon/quote). */
  sentenceInitial: boolean;
  /** Lowercase word forms used elsewhere in the article in lowercase. */
  lowercaseWords: Set<string>;
  /** Right after "the"/"his"/"their"...: not a person's name ("the Nord Stream pipelines"). */
  determinerBefore?: boolean;
  /** A lowercase word follows ("MINUSCA blamed"): an all-capital word opening the sentence is then no shouted headline. */
  lowercaseWordAfter?: boolean;
}

function result(type: EntityType | null, confidence: number, weak = false, drop = false): RunTyping {
  return { type, confidence, weak, drop };
}

function typeSingleWord(t: Token, ctx: TypingContext): RunTyping {
  const w = t.lower;
  const { lexicon, patterns } = ctx;
  if (patterns.nonEntities.has(w) || lexicon.isCalendarWord(w)) return result(null, 0, true, true);
  const letters = t.text.replace(/[^\p{L}]/gu, '').length;
  if (t.isUpper && letters <= 6) return result('ORGANIZATION', 0.55);
  // "MONUSCO", "UNRWA": a longer all-caps word in a normal sentence (datelines are read earlier) that
  // is not an English word is an acronym too.
  if (t.isUpper && letters <= 10 && (!ctx.sentenceInitial || ctx.lowercaseWordAfter) && !lexicon.isCommonWord(w)) return result('ORGANIZATION', 0.5);
  if (ctx.personTitleBefore) return result('PERSON', 0.7);
  if (isCamelCaseBrand(t.text)) return result('ORGANIZATION', 0.55);
  const common = lexicon.isCommonWord(w) || ctx.lowercaseWords.has(w);
  if (ctx.sentenceInitial && common) return result(null, 0, true, true);
  if ((lexicon.isGivenName(w) || lexicon.isSurname(w)) && !ctx.determinerBefore) return result('PERSON', 0.5, true);
  return result(null, common ? 0.3 : 0.4, true);
}

/** Name prefixes that put a capital inside a person's name: "McCarthy", "MacArthur", "DiCaprio", "LaGuardia", "VanDyke". */
const NAME_PREFIXES = /^(?:mc|mac|o|d|di|de|da|du|del|della|le|la|van|von|der|st|fitz)$/i;

/** "PulseMetric", "TotalEnergies", "BlackRock": a capital inside a word after a lowercase run is a brand's, not a person's. */
export function isCamelCaseBrand(text: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)+$/u.exec(text);
  return !!m && !NAME_PREFIXES.test(m[1] as string) && !PLACE_NAME_PREFIXES.test(m[1] as string) && (m[1] as string).length >= 3;
}

/** Prefixes that put a capital inside a place's name: Zulu and Xhosa "Kwa-" ("KwaNobuhle", "KwaMashu", "KwaZulu"). */
const PLACE_NAME_PREFIXES = /^(?:kwa)$/i;

/**
 * The head word: the last word, or the word before the first connector ("Gulf" of Aden). "and"
 * joins two subjects of one body and is no cut: "Emergency and Civil Protection Authority".
 */
function headOf(words: Token[], patterns: NamePatterns): Token {
  const cut = words.findIndex((w, i) => i > 0 && !w.isCap && w.lower !== 'and' && patterns.connectors.has(w.lower));
  return (cut > 0 ? words[cut - 1] : words[words.length - 1]) as Token;
}

/** The parts of the first (possibly hyphenated) word: "Jean-Claude Habimana" → jean, claude. */
function firstNamePieces(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (t.isWord) out.push(t.lower);
    const next = tokens[i + 1];
    if (!next || !(t.isWord ? next.text === '-' && next.start === t.end : true)) break;
  }
  return out;
}

/** "Ban Ki-moon", "Yeo Han-koo": a family name and a hyphenated two-syllable given name. */
function isRomanisedGivenName(tokens: Token[]): boolean {
  if (tokens.length !== 4) return false;
  const [fam, giv, hyphen, syl] = tokens as [Token, Token, Token, Token];
  return fam.isCap && !fam.isUpper && giv.isCap && !giv.isUpper && hyphen.text === '-' && syl.isWord && !syl.isCap && giv.end === hyphen.start;
}

export function typeRun(tokens: Token[], ctx: TypingContext): RunTyping {
  // Lowercase particles ("al", "bin") and hyphenated lowercase syllables ("Han-koo") are not words of their own.
  const words = tokens.filter((t, i) => t.isWord && !(t.text === t.lower && (ctx.patterns.particles.has(t.lower) || tokens[i - 1]?.text === '-')));
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return result(null, 0, true, true);
  if (words.length === 1) return typeSingleWord(first, ctx);
  const { lexicon, patterns } = ctx;
  // "the European Championship", "the Africa Cup of Nations", "the Lobito Corridor": competitions, events and projects are no entities
  if (/^(?:championship|championships|cup|tournament|games|olympics|festival|summit|conference|forum|expo|corridor|prize|award|awards|pipeline|project|programme)$/.test(last.lower)
    && words.length >= 2 && !patterns.orgHeads.has(last.lower)) return result(null, 0, true, true);
  // "the Data Protection Regulation", "the Digital Markets Act": a law or treaty is no entity (annotation README: treaty names)
  // ("the Arusha Declaration", "the Paris Agreement", "Decree-Law 54", "the Finance Bill": the same for declarations, accords and bills)
  if (/^(?:regulation|directive|act|treaty|convention|protocol|charter|declaration|agreement|accord|accords|decree|law|bill)$/.test(last.lower) && words.length >= 2) return result(null, 0, true, true);
  const head = headOf(words, patterns);
  if (patterns.orgHeads.has(head.lower)) return result('ORGANIZATION', 0.7);
  if (patterns.placeHeads.has(head.lower)) return result('LOCATION', 0.6);
  if (ctx.personTitleBefore) return result('PERSON', 0.8);
  if (patterns.placePrefixes.has(first.lower)) return result('LOCATION', 0.5);
  // "Ligue Iteka", "Partido Nacional", "Operation Aspides": a body's word (often in the name's own language) opening it
  if (patterns.orgPrefixes.has(first.lower)) return result('ORGANIZATION', 0.6);
  // "Cyclone Nandeka", "Hurricane Otis", "Storm Boris": a storm's name is no entity
  if (/^(?:cyclone|hurricane|typhoon|storm|tropical)$/.test(first.lower)) return result(null, 0, true, true);
  // "La Familia Michoacana", "El Fasher": a Spanish or Arabic article opens no person's name (a place or a body: context decides)
  if (/^(?:La|El|Los|Las)$/.test(first.text) && words.length >= 2) return result(null, 0.4);
  if (words.every((w) => w.isUpper)) return result('ORGANIZATION', 0.5);
  if (ctx.determinerBefore) return result(null, 0.4);
  if (firstNamePieces(tokens).some((w) => lexicon.isGivenName(w) || lexicon.isGivenName(foldDiacritics(w)) || patterns.givenNames.has(w))) return result('PERSON', 0.75);
  if (isRomanisedGivenName(tokens)) return result('PERSON', 0.6);
  if (lexicon.isSurname(last.lower)) return result('PERSON', 0.6);
  // "Pham Thi Ngoc Anh", "Tran Van Loc": a Vietnamese name, its gendered middle name second
  if (words.length >= 3 && words.length <= 4 && /^(?:thi|van)$/.test((words[1] as Token).lower) && words.every((w) => w.isCap && !w.isUpper)) return result('PERSON', 0.6);
  const plainName = tokens.every((t) => t.isWord || t.text === '-' || t.text === '.');
  const uncommon = !lexicon.isCommonWord(first.lower) && words.every((w) => !ctx.lowercaseWords.has(w.lower));
  if (plainName && uncommon && words.length <= 3 && words.every((w) => w.isCap)) return result('PERSON', 0.45);
  return result(null, 0.4);
}
