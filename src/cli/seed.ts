/** `npm run seed`: loads the demo corpus (data/demo-corpus); articles already stored are skipped. */
import { seedDemoCorpus } from '../ingest/demo-corpus';
import { createIngestService } from '../ingest/ingest-service';
import { runCli } from './cli-runtime';

void runCli('seed', async (runtime, config) => {
  const summary = await seedDemoCorpus(createIngestService(runtime.db, runtime.extractor, { maxBodyChars: config.maxArticleChars }));
  process.stdout.write(`seed: ${summary.created} article(s) ingested, ${summary.duplicates} already stored\n`);
  return 0;
});
