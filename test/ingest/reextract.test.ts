import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { connectDb, type Db } from '../../src/db/client';
import { createExtractor } from '../../src/extraction';
import type { Extractor } from '../../src/extraction/types';
import { articlesToReextract, reextractArticle } from '../../src/ingest/reextract-service';
import { createTestDatabase, type TestDatabase } from '../helper';
import { seedArticle, shortArticle } from '../articles-fixture';

/** The built-in pipeline under another version name, minus its last event: an "upgrade" that changes something. */
function upgraded(): Extractor {
  const real = createExtractor();
  return {
    version: 'upgraded-test',
    extract(input) {
      const result = real.extract(input);
      return { ...result, pipelineVersion: 'upgraded-test', events: result.events.slice(0, -1) };
    },
  };
}

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = connectDb(database.url, 3);
});
afterAll(async () => {
  await db.close();
  await database.drop();
});

async function snapshot() {
  const q = async (sql: string) => (await db.pool.query(sql)).rows;
  return {
    articles: await q('SELECT id, pipeline_version FROM articles ORDER BY id'),
    entities: await q('SELECT id, key FROM entities ORDER BY key'),
    events: await q('SELECT id, article_id FROM events ORDER BY id'),
    relations: await q('SELECT id FROM relations ORDER BY id'),
    mentions: Number((await q('SELECT count(*) AS n FROM mentions'))[0].n),
  };
}

test('re-extraction updates articles left behind by an upgrade and keeps every id clients hold', async () => {
  const app = await buildApp({ config: loadConfig({ DATABASE_URL: database.url }), db, extractor: createExtractor() });
  for (const payload of [seedArticle(), shortArticle()]) {
    const response = await app.inject({ method: 'POST', url: '/api/v1/articles', payload });
    expect(response.statusCode).toBe(201);
  }
  await app.close();
  const before = await snapshot();
  expect(before.events.length).toBeGreaterThan(2);

  const extractor = upgraded();
  const pending = await articlesToReextract(db, extractor.version, false);
  expect(pending.sort()).toEqual(before.articles.map((a) => a.id).sort());
  for (const id of pending) expect(await reextractArticle(db, extractor, id)).toBe('reextracted');

  const after = await snapshot();
  expect(after.articles.map((a) => a.id)).toEqual(before.articles.map((a) => a.id));
  expect(after.articles.every((a) => a.pipeline_version === 'upgraded-test')).toBe(true);
  expect(after.entities).toEqual(before.entities); // same entities, same ids, none duplicated
  expect(after.mentions).toBe(before.mentions);
  // One event fewer per article; every remaining event kept its id.
  expect(after.events).toHaveLength(before.events.length - 2);
  const beforeIds = new Set(before.events.map((e) => e.id));
  expect(after.events.every((e) => beforeIds.has(e.id))).toBe(true);
  expect(after.relations).toEqual(before.relations);

  expect(await articlesToReextract(db, extractor.version, false)).toEqual([]);
  expect(await articlesToReextract(db, extractor.version, true)).toHaveLength(2);
  expect(await reextractArticle(db, extractor, '00000000-0000-4000-8000-000000000000')).toBe('missing');
});

test('re-extraction moves a city stored inside its country into its region, which lies in that country', async () => {
  const app = await buildApp({ config: loadConfig({ DATABASE_URL: database.url }), db, extractor: createExtractor() });
  const response = await app.inject({ method: 'POST', url: '/api/v1/articles', payload: seedArticle() });
  expect([200, 201]).toContain(response.statusCode);
  await app.close();
  const row = async (key: string) => (await db.pool.query('SELECT id, contained_in_id FROM entities WHERE key = $1', [key])).rows[0];
  const city = await row('LOCATION:geonames:173811'); // Al Ḩasakah
  const region = await row('LOCATION:admin1:SY-HA');
  const syria = await row('LOCATION:country:SY');
  expect(city.contained_in_id).toBe(region.id);
  expect(region.contained_in_id).toBe(syria.id);

  // as an article stored before regions were known left it: the city directly inside its country
  await db.pool.query('UPDATE entities SET contained_in_id = $1 WHERE id = $2', [syria.id, city.id]);
  const articleId = (await db.pool.query('SELECT id FROM articles ORDER BY ingested_at LIMIT 1')).rows[0].id;
  expect(await reextractArticle(db, upgraded(), articleId)).toBe('reextracted');
  expect((await row('LOCATION:geonames:173811')).contained_in_id).toBe(region.id);
});
