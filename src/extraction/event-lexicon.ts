/**
 * The PLOVER trigger lexicon (data/lexicons/plover-triggers.json) compiled into word
 * sequences (verbs conjugated with compromise, nouns pluralised), plus the event cue words
 * (data/lexicons/event-cues.json): modality, locative prepositions, count qualifiers,
 * casualty and attribution words.
 */
import type { CountQualifier, Modality, PloverType } from './types';
import { readDataJson } from './data-files';
import { conjugateVerb } from './name-lexicon';

export interface TriggerForm {
  type: PloverType;
  lemma: string;
  pos: 'verb' | 'noun' | 'phrase';
  /** Lowercase words; '...' allows up to two intervening words. */
  words: string[];
}

export interface CuePhrase<T> {
  words: string[];
  value: T;
}

export interface EventLexicon {
  triggersByFirstWord: Map<string, TriggerForm[]>;
  suppressors: Set<string>;
  modalityCues: CuePhrase<Modality>[];
  locatives: Set<string>;
  countQualifiers: CuePhrase<CountQualifier>[];
  killedWords: Set<string>;
  injuredWords: Set<string>;
  casualtyNouns: Set<string>;
  attributionVerbs: Set<string>;
  speakerNouns: Set<string>;
}

interface TriggerFile {
  verbs: Record<string, PloverType>;
  verbForms: Record<string, string[]>;
  nouns: Record<string, PloverType>;
  phrases: Record<string, PloverType>;
  suppressors: { words: string[] };
}

interface CueFile {
  modality: Record<'HYPOTHETICAL' | 'NEGATED' | 'FUTURE', string[]>;
  locativePrepositions: string[];
  countQualifiers: Record<'ABOUT' | 'OVER' | 'AT_LEAST' | 'UNDER', string[]>;
  killedWords: string[];
  injuredWords: string[];
  casualtyNouns: string[];
  attributionVerbs: string[];
  speakerNouns: string[];
}

function words(phrase: string): string[] {
  return phrase.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 0);
}

export function pluralise(noun: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function compileTriggers(file: TriggerFile): Map<string, TriggerForm[]> {
  const forms: TriggerForm[] = [];
  for (const [lemma, type] of Object.entries(file.verbs)) {
    const all = file.verbForms[lemma] ?? conjugateVerb(lemma);
    for (const f of all) forms.push({ type, lemma, pos: 'verb', words: words(f) });
  }
  for (const [lemma, type] of Object.entries(file.nouns)) {
    const w = words(lemma);
    const last = w[w.length - 1] ?? '';
    forms.push({ type, lemma, pos: 'noun', words: w });
    if (!/s$/.test(last)) forms.push({ type, lemma, pos: 'noun', words: [...w.slice(0, -1), pluralise(last)] });
  }
  for (const [phrase, type] of Object.entries(file.phrases)) forms.push({ type, lemma: phrase, pos: 'phrase', words: words(phrase) });
  const byFirst = new Map<string, TriggerForm[]>();
  for (const f of forms) {
    const first = f.words[0];
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push(f);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

function cues<T extends string>(table: Record<T, string[]>): CuePhrase<T>[] {
  const out: CuePhrase<T>[] = [];
  for (const [value, phrases] of Object.entries(table) as Array<[T, string[]]>) {
    for (const p of phrases) out.push({ words: p.toLowerCase().split(/\s+/), value });
  }
  return out.sort((a, b) => b.words.length - a.words.length);
}

export function loadEventLexicon(): EventLexicon {
  const triggers = readDataJson<TriggerFile>('lexicons/plover-triggers.json');
  const c = readDataJson<CueFile>('lexicons/event-cues.json');
  return {
    triggersByFirstWord: compileTriggers(triggers),
    suppressors: new Set(triggers.suppressors.words),
    modalityCues: cues(c.modality),
    locatives: new Set(c.locativePrepositions),
    countQualifiers: cues(c.countQualifiers),
    killedWords: new Set(c.killedWords),
    injuredWords: new Set(c.injuredWords),
    casualtyNouns: new Set(c.casualtyNouns),
    attributionVerbs: new Set(c.attributionVerbs),
    speakerNouns: new Set(c.speakerNouns),
  };
}
