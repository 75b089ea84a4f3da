/**
 * A quick speed check (not a benchmark): after warm-up, extracting the ~3 KB seed article
 * must take well under 10 ms on average. The bound asserted here is loose (25 ms) so the test
 * stays reliable on slow CI machines; the measured figure is printed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createExtractor, warmUp } from '../../src/extraction';

it('extracts a ~3 KB article in a few milliseconds after warm-up', () => {
  const raw = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'seed', 'seed-article.txt'), 'utf8');
  const nl = raw.indexOf('\n');
  const input = { title: raw.slice(0, nl), body: raw.slice(nl + 1), publishedAt: new Date('2024-02-03T10:00:00Z') };
  const loadStart = process.hrtime.bigint();
  warmUp();
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  const ex = createExtractor();
  for (let i = 0; i < 20; i += 1) ex.extract(input);
  const n = 100;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) ex.extract(input);
  const perArticle = Number(process.hrtime.bigint() - start) / 1e6 / n;
  // eslint-disable-next-line no-console
  console.log(`extraction: ${input.body.length} chars, ${perArticle.toFixed(2)} ms/article, resources load ${loadMs.toFixed(0)} ms`);
  expect(perArticle).toBeLessThan(25);
});
