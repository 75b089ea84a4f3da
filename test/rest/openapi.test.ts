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
    expect.arrayContaining(['/healthz', '/readyz', '/api/v1/articles', '/api/v1/articles/{id}']),
  );
  expect(document.paths['/api/v1/articles'].post.requestBody.content['application/json'].schema.required).toEqual(['title', 'body']);
});

test('/docs serves a browsable page', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/docs/' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/text\/html/);
});
