/**
 * Quotes: text between double quotes (straight or curly) of at least three words, with a
 * speaker from "X said" / "said X" right after the closing quote or "X said:" right before
 * the opening one. speakerKey when the speaker is an entity, else speakerText as written.
 */
import type { ExtractedQuote, TextField } from './types';
import type { BuiltEntities } from './entity-builder';
import type { AnalyzedSentence, RawMention } from './mention-detection';
import type { Resources } from './resources';

type Fields = Record<TextField, string>;

const QUOTE_PAIRS = [/"([^"\n]{1,2000})"/g, /“([^”\n]{1,2000})”/g];
const SPEECH = '(?:said|says|added|reported|announced|told [\\w ]{1,30}?|stated|wrote|claimed|insisted|explained|warned|noted|tweeted|stressed|argued)';
const AFTER_SAID_X = new RegExp(`^\\s*,?\\s*${SPEECH}\\s+((?:[\\p{L}'’.-]+ ?){1,6}?)(?=[,.;!?]|$)`, 'u');
const AFTER_X_SAID = new RegExp(`^\\s*,?\\s*((?:[\\p{L}'’.-]+ ){1,6}?)${SPEECH}\\b`, 'u');
const BEFORE_X_SAID = new RegExp(`((?:[\\p{L}'’.-]+ ){0,5}[\\p{L}'’.-]+)\\s+${SPEECH}(?:\\s+that)?\\s*[:,]?\\s*$`, 'u');

interface Speaker {
  text: string;
  start: number;
  end: number;
}

function findSpeaker(text: string, open: number, close: number): Speaker | null {
  const after = text.slice(close, close + 120);
  const a1 = AFTER_SAID_X.exec(after) ?? AFTER_X_SAID.exec(after);
  if (a1?.[1]) {
    const t = a1[1].trim();
    const start = close + after.indexOf(t, a1.index);
    return { text: t, start, end: start + t.length };
  }
  const windowStart = Math.max(0, open - 120);
  const window = text.slice(windowStart, open);
  const cut = Math.max(...[...window.matchAll(/[.!?]["”’]?\s+/g)].map((x) => x.index + x[0].length), 0);
  const before = window.slice(cut);
  const b = BEFORE_X_SAID.exec(before);
  if (b?.[1]) {
    const t = b[1].trim();
    const start = windowStart + cut + b.index + b[0].indexOf(t);
    return { text: t, start, end: start + t.length };
  }
  return null;
}

/** The speaker's mention: a person if there is one ("Peachtree Chief Executive Laura Whitfield"), else the last. */
function speakerMention(mentions: RawMention[], field: TextField, sp: Speaker): RawMention | null {
  const inside = mentions.filter((m) => m.field === field && m.start >= sp.start && m.end <= sp.end);
  return inside.find((m) => m.type === 'PERSON') ?? inside[inside.length - 1] ?? null;
}

function fieldQuotes(field: TextField, text: string, mentions: RawMention[], built: BuiltEntities): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  for (const re of QUOTE_PAIRS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const inner = m[1] ?? '';
      const trimmed = inner.replace(/^\s+/, '').replace(/[\s,]+$/, '');
      if (trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3) continue;
      const start = m.index + 1 + inner.indexOf(trimmed);
      const end = start + trimmed.length;
      const speaker = findSpeaker(text, m.index, m.index + m[0].length);
      if (!speaker) continue;
      const sm = speakerMention(mentions, field, speaker);
      const speakerKey = sm ? built.keyOf.get(sm) ?? null : null;
      out.push({
        speakerKey, speakerText: speakerKey ? null : speaker.text, text: text.slice(start, end),
        span: { field, start, end, text: text.slice(start, end) },
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function extractQuotes(fields: Fields, sentences: AnalyzedSentence[], built: BuiltEntities, _res: Resources): ExtractedQuote[] {
  const mentions = sentences.flatMap((s) => s.mentions);
  return [...fieldQuotes('TITLE', fields.TITLE, mentions, built), ...fieldQuotes('BODY', fields.BODY, mentions, built)];
}
