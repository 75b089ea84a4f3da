/**
 * What test files share: a database of their own (created from the migrated template), the
 * app built on it without listening, and a way to close both.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import { connectDb, type Db } from '../src/db/client';
import { createExtractor } from '../src/extraction';

function serverUrl(): string {
  const url = process.env.NEWSGRAPH_TEST_SERVER_URL;
  if (!url) throw new Error('NEWSGRAPH_TEST_SERVER_URL is not set: run the tests with `npm test`');
  return url;
}

export function databaseUrl(database: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** Ends in the test run's id, so that global teardown can drop whatever a crashed file left. */
function uniqueName(prefix: string): string {
  const runId = process.env.NEWSGRAPH_TEST_TEMPLATE!.split('_').pop();
  return `${prefix}_${randomBytes(6).toString('hex')}_${runId}`;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database that only the calling test file uses. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.NEWSGRAPH_TEST_TEMPLATE!;
  const name = uniqueName('newsgraph_test');
  await admin(async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (error) {
        // Two files cloning the template at the same instant can collide; try again.
        if (attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

/** An empty database with no migrations applied. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = uniqueName('newsgraph_test_empty');
  await admin(async (client) => void (await client.query(`CREATE DATABASE ${name}`)));
  return {
    name,
    url: databaseUrl(name),
    drop: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ ...env, DATABASE_URL: database.url });
  const db = connectDb(database.url, 5);
  const app = await buildApp({ config, db, extractor: createExtractor() });
  await app.ready();
  return {
    app,
    db,
    config,
    database,
    async close() {
      await app.close();
      await db.close();
      await database.drop();
    },
  };
}
