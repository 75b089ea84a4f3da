/**
 * The server entry: configuration, logger, database lifecycle, listen, graceful close.
 * Everything HTTP lives in app.ts.
 */
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { isEmpty, seedDemoCorpus } from './ingest/demo-corpus';
import { createIngestService } from './ingest/ingest-service';
import { openRuntime, type Runtime } from './runtime';

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`newsgraph: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

async function seedIfWanted(config: Config, runtime: Runtime, logger: pino.Logger): Promise<void> {
  const wanted = config.seedDemo === 'always' || (config.seedDemo === 'auto' && runtime.databaseServer.embedded);
  if (!wanted || !(await isEmpty(runtime.db))) return;
  const summary = await seedDemoCorpus(createIngestService(runtime.db, runtime.extractor, { maxBodyChars: config.maxArticleChars }));
  logger.info(summary, 'loaded the demo corpus into the empty database (SEED_DEMO=never turns this off)');
}

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = pino({ level: config.logLevel, name: 'newsgraph' });
  const runtime = await openRuntime(config, logger);
  try {
    await serve(config, runtime, logger);
  } catch (error) {
    await runtime.close(); // never leave an embedded server running behind a failed start
    throw error;
  }
}

async function serve(config: Config, runtime: Runtime, logger: pino.Logger): Promise<void> {
  const app = await buildApp({ config, db: runtime.db, extractor: runtime.extractor, logger });

  closeWithGrace({ delay: config.shutdownTimeoutMs }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an uncaught error');
    else logger.info({ signal }, 'shutting down: finishing in-flight requests');
    await app.close(); // stops accepting, waits for in-flight requests
    await runtime.close(); // then the pool, then the embedded server
    logger.info('stopped');
  });

  await seedIfWanted(config, runtime, logger);
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  process.stderr.write(`newsgraph failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
