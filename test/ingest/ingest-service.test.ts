import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { connectDb } from '../../src/db/client';
import { createExtractor } from '../../src/extraction';
import type { Extractor } from '../../src/extraction/types';
import { buildTestApp, createTestDatabase, type TestApp } from '../helper';
import { seedArticle, shortArticle } from '../articles-fixture';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

describe('idempotent ingest under concurrency', () => {
  test('20 identical POSTs at once make one article: one 201, the rest 200 with its id', async () => {
    const article = shortArticle({ url: 'https://example.org/concurrent-1' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: article })),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 200)).toHaveLength(19);
    const ids = new Set(responses.map((r) => r.json<{ id: string }>().id));
    expect(ids.size).toBe(1);
    expect(await t.db.prisma.article.count({ where: { url: 'https://example.org/concurrent-1' } })).toBe(1);
  });

  test('same text posted at once without url is one article', async () => {
    const { url: _u, ...article } = shortArticle();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: article })),
    );
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(await t.db.prisma.article.count({ where: { title: article.title } })).toBe(1);
  });

  test('different articles sharing entities ingest concurrently without deadlock, one entity per key', async () => {
    const articles = Array.from({ length: 12 }, () => shortArticle());
    const responses = await Promise.all(
      articles.map((payload) => t.app.inject({ method: 'POST', url: '/api/v1/articles', payload })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(articles.map(() => 201));
    const duplicates = await t.db.pool.query('SELECT key FROM entities GROUP BY key HAVING count(*) > 1');
    expect(duplicates.rowCount).toBe(0);
    // one city and one region (the city lies in the Jakarta special region), each stored once
    const jakarta = await t.db.prisma.entity.findMany({ where: { name: 'Jakarta' }, orderBy: { featureType: 'asc' } });
    expect(jakarta.map((e) => e.featureType)).toEqual(['REGION', 'CITY']);
    const city = jakarta.find((e) => e.featureType === 'CITY');
    expect(city?.containedInId).toBe(jakarta.find((e) => e.featureType === 'REGION')?.id);
  });
});

describe('one transaction', () => {
  test('an article whose extraction cannot be stored leaves nothing behind and answers 500 without leaking', async () => {
    const database = await createTestDatabase();
    const db = connectDb(database.url, 3);
    const real = createExtractor();
    // Entities and mentions are written before this relation, whose predicate the database refuses.
    const broken: Extractor = {
      version: 'broken-test',
      extract(input) {
        const result = real.extract(input);
        const [first] = result.entities;
        if (!first) throw new Error('expected an entity');
        return {
          ...result,
          relations: [{ subjectKey: first.key, objectKey: first.key, predicate: 'NOT_A_PREDICATE' as never, evidence: null, role: null, confidence: 1 }],
        };
      },
    };
    const app = await buildApp({ config: loadConfig({ DATABASE_URL: database.url }), db, extractor: broken });
    try {
      const response = await app.inject({ method: 'POST', url: '/api/v1/articles', payload: seedArticle() });
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).not.toMatch(/NOT_A_PREDICATE|prisma|SELECT|INSERT|at .*\.ts/i);
      const counts = await db.pool.query(
        'SELECT (SELECT count(*) FROM articles)::int a, (SELECT count(*) FROM entities)::int e, (SELECT count(*) FROM mentions)::int m',
      );
      expect(counts.rows[0]).toEqual({ a: 0, e: 0, m: 0 });
    } finally {
      await app.close();
      await db.close();
      await database.drop();
    }
  });
});

describe('entities across articles', () => {
  test('a place mentioned in two articles is one entity; aliases accumulate', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: seedArticle() });
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      payload: shortArticle({ title: 'Talks in Damascus', body: 'Officials from Syria and Iraq met in Damascus on Monday to discuss border security.' }),
    });
    expect([200, 201]).toContain(first.statusCode);
    expect(second.statusCode).toBe(201);
    const syriaIds = [first, second].map((r) => r.json<{ entities: { id: string; name: string }[] }>().entities.find((e) => e.name === 'Syria')?.id);
    expect(syriaIds[0]).toBeDefined();
    expect(syriaIds[0]).toBe(syriaIds[1]);
  });
});

describe('entity merging', () => {
  /** An extractor that names one fixed entity with the aliases given per article. */
  function fixedEntity(aliasesFor: (title: string) => string[], wikidataFor: (title: string) => string | null): Extractor {
    return {
      version: 'fixed-test',
      extract(input) {
        const start = input.body.indexOf('Acme');
        return {
          pipelineVersion: 'fixed-test',
          language: 'en',
          entities: [
            {
              key: 'ORGANIZATION:acme corporation',
              name: 'Acme Corporation',
              type: 'ORGANIZATION',
              aliases: aliasesFor(input.title),
              wikidataId: wikidataFor(input.title),
              place: null,
              mentions: [{ field: 'BODY', start, end: start + 4, text: 'Acme', sentenceIndex: 0, confidence: 0.9 }],
              confidence: 0.9,
            },
          ],
          events: [],
          relations: [],
          quotes: [],
        };
      },
    };
  }

  test('aliases accumulate across articles and a known identifier is never overwritten', async () => {
    const database = await createTestDatabase();
    const db = connectDb(database.url, 3);
    const extractor = fixedEntity(
      (title) => (title === 'one' ? ['Acme'] : title === 'two' ? ['Acme', 'ACME Corp'] : ['Acme Co']),
      (title) => (title === 'one' ? null : title === 'two' ? 'Q1' : 'Q2'),
    );
    const app = await buildApp({ config: loadConfig({ DATABASE_URL: database.url }), db, extractor });
    try {
      for (const title of ['one', 'two', 'three']) {
        const response = await app.inject({ method: 'POST', url: '/api/v1/articles', payload: { title, body: `Acme said so (${title}).` } });
        expect(response.statusCode).toBe(201);
      }
      const entities = await db.prisma.entity.findMany();
      expect(entities).toHaveLength(1);
      expect(entities[0]!.aliases).toEqual(['ACME Corp', 'Acme', 'Acme Co']);
      expect(entities[0]!.wikidataId).toBe('Q1');
    } finally {
      await app.close();
      await db.close();
      await database.drop();
    }
  });
});
