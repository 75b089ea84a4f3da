import path from 'node:path';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { connectDb } from '../../src/db/client';
import { PIPELINE_VERSION } from '../../src/extraction';
import { ExtractorModuleError, loadExtractor } from '../../src/extraction/load-extractor';
import { createTestDatabase } from '../helper';

const plugin = path.join(__dirname, '..', 'fixtures', 'extractor-plugin', 'uppercase-words.cjs');

test('the built-in pipeline is the default', () => {
  expect(loadExtractor(null).version).toBe(PIPELINE_VERSION);
});

test('EXTRACTOR_MODULE plugs in another extractor, which ingest then uses', async () => {
  const config = loadConfig({ EXTRACTOR_MODULE: plugin });
  const extractor = loadExtractor(config.extractorModule);
  expect(extractor.version).toBe('uppercase-words-1');
  const database = await createTestDatabase();
  const db = connectDb(database.url, 2);
  const app = await buildApp({ config: loadConfig({ DATABASE_URL: database.url }), db, extractor });
  try {
    const response = await app.inject({ method: 'POST', url: '/api/v1/articles', payload: { title: 'Hello', body: 'Acme met Globex.' } });
    expect(response.statusCode).toBe(201);
    expect(response.json().pipelineVersion).toBe('uppercase-words-1');
    expect(response.json().entities.map((e: { name: string }) => e.name).sort()).toEqual(['Acme', 'Globex', 'Hello']);
  } finally {
    await app.close();
    await db.close();
    await database.drop();
  }
});

test('a module that is missing or exports no createExtractor stops with a clear error', () => {
  expect(() => loadExtractor('/nonexistent/extractor.js')).toThrow(ExtractorModuleError);
  expect(() => loadExtractor(path.join(__dirname, '..', 'fixtures', 'seed', 'seed-article.expected.json'))).toThrow(/does not export createExtractor/);
});
