/**
 * Event modality from the nearest cue before the trigger, within the same clause and six
 * tokens: considering/could/may/would/rumors of → HYPOTHETICAL, not/denied → NEGATED,
 * will/plans to/set to → FUTURE; otherwise ASSERTED.
 */
import type { Modality } from './types';
import type { EventLexicon } from './event-lexicon';
import type { Token } from './tokens';

const WINDOW = 6;
const DENIALS = new Set(['denied', 'denies', 'deny', 'refused to', 'failed to']);

export function modalityAt(tokens: Token[], triggerIndex: number, clauses: number[], lex: EventLexicon): Modality {
  const clause = clauses[triggerIndex];
  // "denied the charges and threatened to retaliate": a denial before "and" does not reach the verb after it
  let conjoined = false;
  for (let end = triggerIndex - 1; end >= 0 && end >= triggerIndex - WINDOW; end -= 1) {
    if (clauses[end] !== clause) break;
    if (/^(?:and|but)$/.test((tokens[end] as Token).lower)) conjoined = true;
    for (const cue of lex.modalityCues) {
      if (conjoined && DENIALS.has(cue.words.join(' '))) continue;
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
