/**
 * Longest-match lookup of known phrases over token sequences. Phrases are keyed by their
 * normalized words; a match also has to respect the phrase's capitalisation: an all-caps
 * word ("US") only matches all caps, a capitalised word only a capitalised word, a lowercase
 * word ("camp" in "al-Hol camp") anything. Phrases from lowercase sources (compromise's
 * lexicon) require every word to be capitalised.
 */
import { normalizeName } from './name-normalization';
import type { Token } from './tokens';

interface Entry<T> {
  value: T;
  /** Per word: 'upper' | 'cap' | 'any'. */
  casing: Array<'upper' | 'cap' | 'any'>;
  /** The alias's letters, lower-cased with their accents ("macao"), to reject "Mação". */
  letters: string;
  /** The alias ends in a possessive "'s" ("Moody's"), which the tokenizer splits off: the match needs it after. */
  possessive?: boolean;
}

/** A name that ends in a possessive "'s": "Moody's", "McDonald's". */
const POSSESSIVE_NAME = /^(.*\S)['’]s$/u;

const lettersOf = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Letters an English text writes without accents; a surface with others must match an alias exactly. */
const PLAIN = /^[a-z0-9]*$/;

export interface PhraseMatch<T> {
  value: T;
  /** Token index range [first, last] inclusive. */
  first: number;
  last: number;
}

/** Punctuation allowed inside a phrase ("al-Hol", "U.S.", "Workers'"). */
const INNER_PUNCT = new Set(['-', '.', "'", '’', '&']);

function casingOf(alias: string, allCapitalised: boolean): Entry<unknown>['casing'] {
  // apostrophes join as in normalizeName: "Côte d'Ivoire" is two words, "cote divoire"
  const words = alias.replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return words.map((w) => {
    if (allCapitalised) return 'cap';
    if (w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase()) return 'upper';
    return /^\p{Lu}/u.test(w) ? 'cap' : 'any';
  });
}

const startsWithDigit = (text: string) => /^\p{N}/u.test(text);

function wordCasingOk(token: Token, casing: 'upper' | 'cap' | 'any'): boolean {
  if (casing === 'upper') return token.isUpper || (/\p{N}/u.test(token.text) && /\p{Lu}/u.test(token.text) && token.text === token.text.toUpperCase()); // "G7"
  if (casing === 'cap') return token.isCap || /^\p{N}/u.test(token.text);
  return true;
}

export class PhraseDictionary<T> {
  private readonly entries = new Map<string, Entry<T>[]>();
  private readonly firstWords = new Map<string, number>();
  /** First words some phrase accepts in any casing ("camp ..."): the only phrases a lowercase word can open. */
  private readonly anyCaseFirstWords = new Set<string>();
  /** Proper word prefixes of the phrases ("united", "united arab"): a match attempt stops where none goes on. */
  private readonly prefixes = new Set<string>();

  /** `capitalisedOnly`: the alias comes from a lowercase list; require capitalised words. */
  add(alias: string, value: T, capitalisedOnly = false): void {
    // ("Moody's": the tokens are "Moody" and "'s", so the name is looked up without its "'s")
    const possessive = POSSESSIVE_NAME.exec(alias);
    if (possessive) alias = possessive[1] as string;
    const key = normalizeName(alias);
    if (!key) return;
    const words = key.split(' ');
    const list = this.entries.get(key) ?? [];
    const casing = casingOf(alias, capitalisedOnly);
    list.push({ value, casing, letters: lettersOf(alias), ...(possessive ? { possessive: true } : {}) });
    this.entries.set(key, list);
    const first = words[0] as string;
    if (casing[0] === 'any') this.anyCaseFirstWords.add(first);
    for (let n = 1; n < words.length; n += 1) this.prefixes.add(words.slice(0, n).join(' '));
    this.firstWords.set(first, Math.max(this.firstWords.get(first) ?? 0, words.length));
  }

  /** Longest phrase starting at token `i` (a word token), or null. */
  matchAt(tokens: Token[], i: number): PhraseMatch<T> | null {
    const start = tokens[i];
    if (!start || !start.isWord) return null;
    const space = start.norm.indexOf(' ');
    const firstWord = space < 0 ? start.norm : start.norm.slice(0, space);
    // most words of a sentence are lowercase, and a lowercase word fails every 'upper' or 'cap' casing
    if (!start.isCap && !start.isUpper && !startsWithDigit(start.text) && !this.anyCaseFirstWords.has(firstWord)) return null;
    const maxWords = this.firstWords.get(firstWord);
    if (!maxWords) return null;
    const candidates: Array<{ last: number; key: string; wordCount: number }> = [];
    const words: Token[] = [];
    let key = '';
    for (let j = i; j < tokens.length && words.length < maxWords; j += 1) {
      const t = tokens[j] as Token;
      if (!t.isWord) {
        if (INNER_PUNCT.has(t.text) && j > i) continue;
        break;
      }
      words.push(t);
      key = key ? `${key} ${t.norm}` : t.norm;
      if (this.entries.has(key)) candidates.push({ last: j, key, wordCount: words.length });
      if (!this.prefixes.has(key)) break;
    }
    for (let k = candidates.length - 1; k >= 0; k -= 1) {
      const c = candidates[k] as (typeof candidates)[number];
      const hit = this.lookup(c.key, words.slice(0, c.wordCount), /^['’]s$/.test(tokens[c.last + 1]?.text ?? ''));
      if (hit) return { value: hit, first: i, last: c.last };
    }
    return null;
  }

  private lookup(key: string, words: Token[], possessiveAfter: boolean): T | null {
    const list = this.entries.get(key);
    if (!list) return null;
    const parts = words.flatMap((w) => (w.norm.includes(' ') ? w.norm.split(' ').map(() => w) : [w]));
    // "Mação" is not "Macao": accents the surface has and the alias lacks make another name
    const surface = lettersOf(words.map((w) => w.text).join(''));
    const accented = !PLAIN.test(surface);
    for (const entry of list) {
      if (entry.casing.length !== parts.length || (entry.possessive && !possessiveAfter)) continue;
      if (accented && surface !== entry.letters) continue;
      if (entry.casing.every((c, idx) => wordCasingOk(parts[idx] as Token, c))) return entry.value;
    }
    return null;
  }
}
