/**
 * The demo corpus (data/demo-corpus/*.json): a few articles of different kinds so that a new
 * user sees data in GraphiQL at once. Loaded into an empty database at start, or on demand.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client';
import { projectRoot } from '../project-root';
import type { ArticleInput } from './article-input';
import type { IngestService } from './ingest-service';

export const DEMO_CORPUS_DIR = path.join(projectRoot, 'data', 'demo-corpus');

export function readDemoCorpus(dir = DEMO_CORPUS_DIR): ArticleInput[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ArticleInput);
}

export interface SeedSummary {
  created: number;
  duplicates: number;
}

export async function seedDemoCorpus(ingest: IngestService): Promise<SeedSummary> {
  const summary: SeedSummary = { created: 0, duplicates: 0 };
  for (const article of readDemoCorpus()) {
    const outcome = await ingest.ingest(article);
    if (outcome.created) summary.created++;
    else summary.duplicates++;
  }
  return summary;
}

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.prisma.article.findFirst({ select: { id: true } })) === null;
}
