import * as fs from 'node:fs';
import { getResources } from './src/extraction/resources';
import { splitSentences } from './src/extraction/sentences';
import { tokenize } from './src/extraction/tokens';
import { detectMentions } from './src/extraction/mention-detection';
const r = getResources();
const raw = fs.readFileSync('test/fixtures/seed/seed-article.txt', 'utf8');
const body = raw.slice(raw.indexOf('\n') + 1);
for (const s of splitSentences(body, 'BODY')) {
  const ms = detectMentions(r, body, s, tokenize(s.text, s.start), new Set());
  console.log(s.index, ms.map(m => `${m.text}/${m.type}/${m.weak ? 'w' : ''}${m.confidence}${m.ref ? '/' + m.ref.kind : ''}`).join(' | '));
}
