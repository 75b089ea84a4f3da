import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { connectDb } from '../../src/db/client';
import { migrateDatabase, pendingMigrations, shippedMigrations } from '../../src/db/migrate';
import { createExtractor } from '../../src/extraction';
import { buildTestApp, createEmptyDatabase } from '../helper';

test('/healthz answers while the process lives; /readyz when the database is migrated', async () => {
  const t = await buildTestApp();
  try {
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    expect(health.headers['x-request-id']).toBeTruthy();
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', migrations: shippedMigrations().length });
  } finally {
    await t.close();
  }
});

test('migrations apply to an empty database; /readyz is 503 before and 200 after', async () => {
  const database = await createEmptyDatabase();
  const db = connectDb(database.url, 2);
  const app = await buildApp({ config: loadConfig({ DATABASE_URL: database.url }), db, extractor: createExtractor() });
  try {
    expect(await pendingMigrations(db.pool)).toEqual(shippedMigrations());
    const before = await app.inject({ method: 'GET', url: '/readyz' });
    expect(before.statusCode).toBe(503);
    expect(before.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(before.json().detail).toContain(shippedMigrations()[0]);

    await migrateDatabase(database.url);
    expect(await pendingMigrations(db.pool)).toEqual([]);
    const tables = await db.pool.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    expect(tables.rows.map((r) => r.tablename)).toEqual(
      expect.arrayContaining(['articles', 'entities', 'mentions', 'events', 'event_participants', 'relations', 'quotes', 'sources']),
    );
    const after = await app.inject({ method: 'GET', url: '/readyz' });
    expect(after.statusCode).toBe(200);

    await migrateDatabase(database.url); // a second run is a no-op
    expect(await pendingMigrations(db.pool)).toEqual([]);
  } finally {
    await app.close();
    await db.close();
    await database.drop();
  }
});

test('/readyz is 503 when the database is unreachable', async () => {
  const db = connectDb('postgresql://postgres@127.0.0.1:1/nothing', 1);
  const app = await buildApp({ config: loadConfig({}), db, extractor: createExtractor() });
  try {
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json().detail).toBe('The database is unreachable');
  } finally {
    await app.close();
    await db.close();
  }
});

test('a body over BODY_LIMIT_BYTES is a 413 problem', async () => {
  const t = await buildTestApp({ BODY_LIMIT_BYTES: '2048' });
  try {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      payload: { title: 'Too long', body: 'word '.repeat(1000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await t.db.prisma.article.count()).toBe(0);
  } finally {
    await t.close();
  }
});

test('security headers are set and CORS answers preflights', async () => {
  const t = await buildTestApp({ CORS_ORIGIN: 'https://analyst.example' });
  try {
    const response = await t.app.inject({ method: 'GET', url: '/healthz', headers: { origin: 'https://analyst.example' } });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBe('https://analyst.example');
    const other = await t.app.inject({ method: 'GET', url: '/healthz', headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  } finally {
    await t.close();
  }
});
