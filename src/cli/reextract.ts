/**
 * `npm run reextract [-- --all]`: runs stored articles through the current extraction
 * pipeline. By default only articles whose stored pipeline version differs from the current
 * one; `--all` re-runs every article. Ids clients hold survive (see reextract-service.ts).
 */
import { Presets, SingleBar } from 'cli-progress';
import { articlesToReextract, reextractArticle } from '../ingest/reextract-service';
import { runCli } from './cli-runtime';

const all = process.argv.includes('--all');

void runCli('reextract', async (runtime) => {
  const ids = await articlesToReextract(runtime.db, runtime.extractor.version, all);
  const bar = new SingleBar({ stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(ids.length, 0);
  const failed: string[] = [];
  let done = 0;
  for (const id of ids) {
    try {
      if ((await reextractArticle(runtime.db, runtime.extractor, id)) === 'reextracted') done++;
    } catch (error) {
      failed.push(`${id}: ${(error as Error).message}`);
    }
    bar.increment();
  }
  bar.stop();
  process.stdout.write(`reextract: pipeline ${runtime.extractor.version}; ${done} article(s) re-extracted, ${failed.length} failed\n`);
  for (const line of failed) process.stdout.write(`  ${line}\n`);
  return failed.length > 0 ? 1 : 0;
});
