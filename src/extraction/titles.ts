/**
 * Honorifics and job titles ("Mr", "CEO", "Prime Minister"), loaded from
 * data/lexicons/titles.json. Used to strip titles off names and to find role relations.
 */
import { readDataJson } from './data-files';
import type { Token } from './tokens';

export type TitleKind = 'HONORIFIC' | 'LEADER' | 'SPOKESPERSON' | 'ROLE';

export interface TitleMatch {
  kind: TitleKind;
  /** Token index range [first, last] inclusive. */
  first: number;
  last: number;
  text: string;
}

interface TitlesFile {
  honorifics: string[];
  titles: string[];
  leaderTitles: string[];
  spokespersonTitles: string[];
}

export interface TitleLexicon {
  /** Longest title starting at token i (case-insensitive), or null. */
  matchAt(tokens: Token[], i: number, fieldText: string): TitleMatch | null;
  isTitleWord(lower: string): boolean;
}

function keyOf(words: string[]): string {
  return words.join(' ').toLowerCase();
}

function splitWords(title: string): string[] {
  return title.split(/[\s-]+/).filter((w) => w.length > 0);
}

export function loadTitleLexicon(): TitleLexicon {
  const data = readDataJson<TitlesFile>('lexicons/titles.json');
  const kinds = new Map<string, TitleKind>();
  const leaders = new Set(data.leaderTitles.map((t) => keyOf(splitWords(t))));
  const spokes = new Set(data.spokespersonTitles.map((t) => keyOf(splitWords(t))));
  for (const h of data.honorifics) kinds.set(keyOf(splitWords(h)), 'HONORIFIC');
  for (const t of [...data.titles, ...data.spokespersonTitles]) {
    const key = keyOf(splitWords(t));
    const kind: TitleKind = spokes.has(key) ? 'SPOKESPERSON' : leaders.has(key) ? 'LEADER' : 'ROLE';
    if (!kinds.has(key)) kinds.set(key, kind);
  }
  const words = new Set([...kinds.keys()].flatMap((k) => k.split(' ')));
  const maxLen = Math.max(...[...kinds.keys()].map((k) => k.split(' ').length));
  /** Proper word prefixes of the titles ("deputy", "deputy prime"): a match attempt stops where none goes on. */
  const prefixes = new Set<string>();
  for (const key of kinds.keys()) {
    const w = key.split(' ');
    for (let n = 1; n < w.length; n += 1) prefixes.add(w.slice(0, n).join(' '));
  }
  return {
    isTitleWord: (lower) => words.has(lower),
    matchAt(tokens, i, fieldText) {
      const parts: string[] = [];
      let best: TitleMatch | null = null;
      for (let j = i; j < tokens.length && parts.length < maxLen; j += 1) {
        const t = tokens[j] as Token;
        if (t.text === '-' && j > i) continue;
        if (!t.isWord) break;
        parts.push(t.lower);
        const key = parts.join(' ');
        const kind = kinds.get(key);
        if (kind) best = { kind, first: i, last: j, text: fieldText.slice((tokens[i] as Token).start, t.end) };
        if (!prefixes.has(key)) break;
      }
      return best;
    },
  };
}
