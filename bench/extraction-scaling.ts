/**
 * How extraction time grows with article length (it runs on the server's event loop, so this
 * bounds MAX_ARTICLE_CHARS). Demo-corpus text cut to each size; 3 warm-up runs, then 1 timed.
 * Usage: npx tsx bench/extraction-scaling.ts
 */
import { createExtractor } from '../src/extraction';
import { readDemoCorpus } from '../src/ingest/demo-corpus';

const corpus = readDemoCorpus();
const extractor = createExtractor();
extractor.extract({ title: 'Warm-up', body: 'Officials in Paris met on Monday.' });
for (const kb of [3, 10, 25, 50, 100]) {
  let body = '';
  for (let i = 0; body.length < kb * 1024; i++) body += `${corpus[i % corpus.length]!.body}\n`;
  body = body.slice(0, kb * 1024);
  const input = { title: 'Long article', body, publishedAt: new Date('2025-01-01T00:00:00Z') };
  for (let w = 0; w < 3; w++) extractor.extract(input);
  const started = performance.now();
  const result = extractor.extract(input);
  console.log(`${String(kb).padStart(3)} KB  ${(performance.now() - started).toFixed(0).padStart(5)} ms  ${result.entities.length} entities, ${result.events.length} events`);
}
