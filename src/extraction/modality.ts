/**
 * Event modality from the nearest cue before the trigger, within the same clause and six
 * tokens: considering/could/may/would/rumors of → HYPOTHETICAL, not/denied → NEGATED,
 * will/plans to/set to → FUTURE; otherwise ASSERTED.
 */
import type { Modality } from './types';
import type { CuePhrase, EventLexicon } from './event-lexicon';
import type { Token } from './tokens';

const WINDOW = 6;
const DENIALS = new Set(['denied', 'denies', 'deny', 'refused to', 'failed to']);

interface IndexedCue { cue: CuePhrase<Modality>; denial: boolean }
/** Per lexicon, the cues (in lexicon order) a token can end, by the token's lowercase text. */
const cuesEnding = new WeakMap<EventLexicon, Map<string, IndexedCue[]>>();

function cuesEndingIn(lex: EventLexicon, lower: string): IndexedCue[] {
  let byWord = cuesEnding.get(lex);
  if (!byWord) cuesEnding.set(lex, (byWord = new Map()));
  let list = byWord.get(lower);
  if (!list) {
    list = lex.modalityCues
      .filter((cue) => { const w = cue.words[cue.words.length - 1]; return w === lower || (w === "n't" && lower.endsWith("n't")); })
      .map((cue) => ({ cue, denial: DENIALS.has(cue.words.join(' ')) }));
    if (byWord.size >= 20_000) byWord.clear();
    byWord.set(lower, list);
  }
  return list;
}

export function modalityAt(tokens: Token[], triggerIndex: number, clauses: number[], lex: EventLexicon): Modality {
  const clause = clauses[triggerIndex];
  // "denied the charges and threatened to retaliate": a denial before "and" does not reach the verb after it
  let conjoined = false;
  for (let end = triggerIndex - 1; end >= 0 && end >= triggerIndex - WINDOW; end -= 1) {
    if (clauses[end] !== clause) break;
    const last = tokens[end] as Token;
    if (/^(?:and|but)$/.test(last.lower)) conjoined = true;
    if (last.text !== last.lower) continue;
    for (const { cue, denial } of cuesEndingIn(lex, last.lower)) {
      if (conjoined && denial) continue;
      const n = cue.words.length;
      const first = end - n + 1;
      if (first < 0) continue;
      const ok = cue.words.every((w, k) => {
        const t = tokens[first + k] as Token;
        return t.text === t.lower && (t.lower === w || (w === "n't" && t.lower.endsWith("n't")));
      });
      if (ok) return cue.value;
    }
  }
  return 'ASSERTED';
}
