/**
 * `npm run ingest -- PATH…`: ingests text, JSON and NDJSON files and folders through the same
 * ingest service as the API, with a progress bar and a summary (failures with their reasons).
 * Exit code 0 when nothing failed, 1 when something did, 2 for a usage error.
 */
import { SingleBar, Presets } from 'cli-progress';
import { ArticleInputError } from '../ingest/article-input';
import { createIngestService, type IngestService } from '../ingest/ingest-service';
import { listFiles, readArticleFile, type ArticleItem } from './read-article-files';
import { runCli } from './cli-runtime';

const CONCURRENCY = 4;

interface Summary {
  ingested: number;
  duplicates: number;
  failed: { origin: string; reason: string }[];
}

async function ingestAll(items: ArticleItem[], service: IngestService, tick: () => void): Promise<Summary> {
  const summary: Summary = { ingested: 0, duplicates: 0, failed: [] };
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        if (item.error || !item.article) throw new ArticleInputError('file', item.error ?? 'unreadable');
        const outcome = await service.ingest(item.article);
        if (outcome.created) summary.ingested++;
        else summary.duplicates++;
      } catch (error) {
        const reason = error instanceof ArticleInputError ? error.message : `server error: ${(error as Error).message}`;
        summary.failed.push({ origin: item.origin, reason });
      }
      tick();
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return summary;
}

function printSummary(summary: Summary): void {
  const out = process.stdout;
  out.write(`ingested: ${summary.ingested}\nduplicates: ${summary.duplicates}\nfailed: ${summary.failed.length}\n`);
  for (const { origin, reason } of summary.failed) out.write(`  ${origin}: ${reason}\n`);
}

const paths = process.argv.slice(2);
if (paths.length === 0 || paths.includes('--help')) {
  process.stderr.write('usage: npm run ingest -- PATH... (.txt: first line title; .json: object or array; .ndjson/.jsonl: one per line)\n');
  process.exit(paths.length === 0 ? 2 : 0);
}

let items: ArticleItem[];
try {
  items = listFiles(paths).flatMap(readArticleFile);
} catch (error) {
  process.stderr.write(`ingest: ${(error as Error).message}\n`);
  process.exit(2);
}

void runCli('ingest', async (runtime, config) => {
  const bar = new SingleBar({ stream: process.stderr, hideCursor: true, noTTYOutput: false }, Presets.shades_classic);
  bar.start(items.length, 0);
  const summary = await ingestAll(items, createIngestService(runtime.db, runtime.extractor, { maxBodyChars: config.maxArticleChars }), () => bar.increment());
  bar.stop();
  printSummary(summary);
  return summary.failed.length > 0 ? 1 : 0;
});
