import { buildTestApp, type TestApp } from '../helper';
import { shortArticle } from '../articles-fixture';

const KEY = 'test-key-0123456789';
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ API_KEY: KEY });
});
afterAll(async () => t.close());

test('a REST write without the key is a 401 problem and stores nothing', async () => {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/articles', payload: shortArticle() });
  expect(response.statusCode).toBe(401);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
  expect(await t.db.prisma.article.count()).toBe(0);
});

test('a wrong key is refused', async () => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/articles',
    headers: { 'x-api-key': 'wrong-key-0123456789' },
    payload: shortArticle(),
  });
  expect(response.statusCode).toBe(401);
});

test('the key in x-api-key or as a Bearer token allows writes', async () => {
  const viaHeader = await t.app.inject({ method: 'POST', url: '/api/v1/articles', headers: { 'x-api-key': KEY }, payload: shortArticle() });
  expect(viaHeader.statusCode).toBe(201);
  const viaBearer = await t.app.inject({
    method: 'POST',
    url: '/api/v1/articles',
    headers: { authorization: `Bearer ${KEY}` },
    payload: shortArticle(),
  });
  expect(viaBearer.statusCode).toBe(201);
});

test('reads stay open', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/articles' });
  expect(response.statusCode).toBe(200);
  const graphql = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ articles(first: 1) { totalCount } }' } });
  expect(graphql.statusCode).toBe(200);
  expect(graphql.json().data.articles.totalCount).toBe(2);
});

test('a GraphQL mutation without the key is refused with UNAUTHENTICATED', async () => {
  const mutation = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { created article { id } } }';
  const refused = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: mutation, variables: { input: shortArticle() } } });
  expect(refused.statusCode).toBe(401);
  expect(refused.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(await t.db.prisma.article.count()).toBe(2);
  const allowed = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'x-api-key': KEY },
    payload: { query: mutation, variables: { input: shortArticle() } },
  });
  expect(allowed.statusCode).toBe(200);
  expect(allowed.json().data.ingestArticle.created).toBe(true);
});
