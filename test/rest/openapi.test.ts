import SwaggerParser from '@apidevtools/swagger-parser';
import { buildTestApp, type TestApp } from '../helper';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

test('/docs/json is an OpenAPI 3 document that a validator accepts, covering every REST route', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/docs/json' });
  expect(response.statusCode).toBe(200);
  const document = response.json();
  expect(document.openapi).toMatch(/^3\./);
  await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeDefined();
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining([
      '/healthz', '/readyz', '/api/v1/articles', '/api/v1/articles/{id}', '/api/v1/articles/batch',
      '/api/v1/entities', '/api/v1/entities/{id}', '/api/v1/entities/{id}/articles', '/api/v1/entities/{id}/timeline',
      '/api/v1/graph', '/api/v1/locations', '/api/v1/locations.geojson', '/api/v1/events', '/api/v1/events/{id}',
      '/api/v1/events.csv', '/api/v1/sources',
    ]),
  );
  expect(document.paths['/api/v1/articles'].post.requestBody.content['application/json'].schema.required).toEqual(['title', 'body']);
  // Every route documents its successful answer and its client errors.
  for (const [path, operations] of Object.entries<Record<string, { responses: Record<string, unknown> }>>(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (path.startsWith('/docs') || path === '/graphql' || path.startsWith('/graphiql')) continue;
      expect([path, method, Object.keys(operation.responses).some((code) => code.startsWith('2'))]).toEqual([path, method, true]);
      if (path.startsWith('/api/')) expect([path, method, '400' in operation.responses]).toEqual([path, method, true]);
    }
  }
});

test('/docs serves a browsable page', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/docs/' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/text\/html/);
});
