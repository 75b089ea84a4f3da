/**
 * Once per `npm test`: a real PostgreSQL (DATABASE_URL's server, or an embedded one in a
 * temporary folder, never the dev data) and a template database with every migration applied.
 * Each test file then creates its own database from the template (see helper.ts), so files
 * run in parallel without seeing each other's data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/db/embedded-postgres';
import { migrateDatabase } from '../src/db/migrate';

declare global {
  // eslint-disable-next-line no-var
  var __NEWSGRAPH_TEST__: { embedded: EmbeddedPostgres | null; dataDir: string | null; serverUrl: string; template: string } | undefined;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export default async function globalSetup(): Promise<void> {
  let embedded: EmbeddedPostgres | null = null;
  let dataDir: string | null = null;
  let serverUrl = process.env.DATABASE_URL?.trim() || '';
  if (!serverUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-test-'));
    fs.chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: 54400 });
    serverUrl = embedded.url;
  }
  const template = `newsgraph_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  await migrateDatabase(withDatabase(serverUrl, template));

  globalThis.__NEWSGRAPH_TEST__ = { embedded, dataDir, serverUrl, template };
  // Workers inherit the environment of this process.
  process.env.NEWSGRAPH_TEST_SERVER_URL = serverUrl;
  process.env.NEWSGRAPH_TEST_TEMPLATE = template;
}
