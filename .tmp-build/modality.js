"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.modalityAt = modalityAt;
const WINDOW = 6;
function modalityAt(tokens, triggerIndex, clauses, lex) {
    const clause = clauses[triggerIndex];
    for (let end = triggerIndex - 1; end >= 0 && end >= triggerIndex - WINDOW; end -= 1) {
        if (clauses[end] !== clause)
            break;
        for (const cue of lex.modalityCues) {
            const n = cue.words.length;
            const first = end - n + 1;
            if (first < 0)
                continue;
            const ok = cue.words.every((w, k) => {
                const t = tokens[first + k];
                return t.text === t.lower && (t.lower === w || (w === "n't" && t.lower.endsWith("n't")));
            });
            if (ok)
                return cue.value;
        }
    }
    return 'ASSERTED';
}
