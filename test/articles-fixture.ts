/**
 * Articles the service tests post. The seed article is the project's acceptance example
 * (test/fixtures/seed); the others are short texts written for these tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../src/ingest/article-input';

const seedDir = path.join(__dirname, 'fixtures', 'seed');

export function seedArticle(): ArticleInput & { title: string; body: string } {
  const text = fs.readFileSync(path.join(seedDir, 'seed-article.txt'), 'utf8');
  const newline = text.indexOf('\n');
  return {
    title: text.slice(0, newline).trim(),
    body: text.slice(newline + 1).trim(),
    url: 'https://example.org/seed',
    publishedAt: '2024-02-03T10:00:00Z',
    source: 'Al Mayadeen',
  };
}

let counter = 0;

/** A distinct short article each call, so tests do not collide on content hashes. */
export function shortArticle(overrides: Partial<ArticleInput> = {}): ArticleInput & { title: string; body: string } {
  counter++;
  return {
    title: `Flooding in Jakarta forces evacuations (${counter}-${process.pid}-${Date.now()})`,
    body:
      'Heavy rain flooded parts of Jakarta, Indonesia, on Tuesday, forcing at least 2,000 residents from their homes, ' +
      'the National Disaster Mitigation Agency said. President Joko Widodo visited shelters in East Jakarta. ' +
      `Reference ${counter}-${process.pid}.`,
    publishedAt: '2025-01-14T08:00:00Z',
    source: 'Newsgraph Test Wire',
    ...overrides,
  };
}
