/**
 * What every process (server, CLI commands) needs before it can work: the database server
 * (embedded or DATABASE_URL), migrations applied, a connection pool, the extractor.
 */
import type { Logger } from 'pino';
import type { Config } from './config';
import { connectDb, type Db } from './db/client';
import { openDatabaseServer, type DatabaseServer } from './db/database-server';
import { migrateDatabase } from './db/migrate';
import { loadExtractor } from './extraction/load-extractor';
import type { Extractor } from './extraction/types';

export interface Runtime {
  db: Db;
  databaseServer: DatabaseServer;
  extractor: Extractor;
  /** Closes the pool, then stops the embedded server if this process started it. */
  close(): Promise<void>;
}

export async function openRuntime(config: Config, logger: Logger): Promise<Runtime> {
  // Before the database starts: a bad EXTRACTOR_MODULE stops the boot without leaving a server behind.
  const extractor = loadExtractor(config.extractorModule);
  // Load gazetteer and lexicons now, not during the first request (about a second).
  extractor.extract({ title: 'Warm-up', body: 'Officials in Paris met on Monday.' });
  const pgLog = logger.child({ component: 'embedded-postgres' });
  const databaseServer = await openDatabaseServer(config, (line) => pgLog.debug(line));
  try {
    const started = Date.now();
    await migrateDatabase(databaseServer.url);
    logger.info({ ms: Date.now() - started, embedded: databaseServer.embedded }, 'database migrated');
  } catch (error) {
    await databaseServer.stop();
    throw error;
  }
  const db = connectDb(databaseServer.url, config.dbPoolSize);
  return {
    db,
    databaseServer,
    extractor,
    async close() {
      await db.close();
      await databaseServer.stop();
    },
  };
}
